/// A Deployment's API rules: `SetDefaults_Deployment` (apps/v1) plus pod-template defaults, the
/// status reset of create and keep of update, and `ValidateDeploymentSpec` / `ValidateDeploymentUpdate`
/// with the selector immutability the apps/v1 strategy adds.
extension Deployment: APIObjectRules {
    /// apps/v1 Deployment defaults and template defaults; on update keeps the stored status.
    public mutating func applyDefaults(in cluster: Cluster) {
        if spec.replicas == nil { spec.replicas = 1 }
        if spec.strategy.type?.isEmpty ?? true { spec.strategy.type = "RollingUpdate" }
        if spec.strategy.type == "RollingUpdate" {
            var rolling = spec.strategy.rollingUpdate ?? RollingUpdateParameters(maxUnavailable: nil, maxSurge: nil)
            if rolling.maxUnavailable == nil { rolling.maxUnavailable = .string("25%") }
            if rolling.maxSurge == nil { rolling.maxSurge = .string("25%") }
            spec.strategy.rollingUpdate = rolling
        }
        if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
        if spec.progressDeadlineSeconds == nil { spec.progressDeadlineSeconds = 600 }
        PodSpecDefaults.apply(to: &spec.template.spec)
        if let old = cluster.store.get(Deployment.self, key), old.metadata.uid != nil, old.metadata.uid == metadata.uid {
            status = old.status
        }
    }

    /// `ValidateDeploymentSpec`, plus selector immutability on update.
    public func validationErrors(old: Deployment?, in cluster: Cluster) -> [FieldError] {
        var errors = WorkloadValidation.nonNegative(spec.replicas, "spec.replicas")
        errors += WorkloadValidation.selectorAndTemplateErrors(spec.selector, spec.template, kind: "deployment")
        errors += WorkloadValidation.strategyErrors(spec.strategy)
        errors += WorkloadValidation.nonNegative(spec.minReadySeconds, "spec.minReadySeconds")
        errors += WorkloadValidation.nonNegative(spec.revisionHistoryLimit, "spec.revisionHistoryLimit")
        if let deadline = spec.progressDeadlineSeconds {
            errors += WorkloadValidation.nonNegative(deadline, "spec.progressDeadlineSeconds")
            if deadline <= (spec.minReadySeconds ?? 0) {
                errors.append(FieldError(.invalid, "spec.progressDeadlineSeconds", value: String(deadline),
                                         "must be greater than minReadySeconds"))
            }
        }
        if let old { errors += WorkloadValidation.immutableSelectorErrors(new: spec.selector, old: old.spec.selector) }
        return errors
    }

    /// A new Deployment starts with an empty status.
    public mutating func admit(in cluster: Cluster) throws {
        status = DeploymentStatus()
    }
}

/// A ReplicaSet's API rules: `SetDefaults_ReplicaSet` plus pod-template defaults, status reset/keep,
/// and `ValidateReplicaSetSpec` with the apps/v1 selector immutability.
extension ReplicaSet: APIObjectRules {
    /// apps/v1 ReplicaSet defaults and template defaults; on update keeps the stored status.
    public mutating func applyDefaults(in cluster: Cluster) {
        if spec.replicas == nil { spec.replicas = 1 }
        PodSpecDefaults.apply(to: &spec.template.spec)
        if let old = cluster.store.get(ReplicaSet.self, key), old.metadata.uid != nil, old.metadata.uid == metadata.uid {
            status = old.status
        }
    }

    /// `ValidateReplicaSetSpec`, plus selector immutability on update.
    public func validationErrors(old: ReplicaSet?, in cluster: Cluster) -> [FieldError] {
        var errors = WorkloadValidation.nonNegative(spec.replicas, "spec.replicas")
        errors += WorkloadValidation.nonNegative(spec.minReadySeconds, "spec.minReadySeconds")
        // Upstream's ReplicaSet validation reuses the deployment wording for an empty selector.
        errors += WorkloadValidation.selectorAndTemplateErrors(spec.selector, spec.template, kind: "deployment")
        if let old { errors += WorkloadValidation.immutableSelectorErrors(new: spec.selector, old: old.spec.selector) }
        return errors
    }

    /// A new ReplicaSet starts with an empty status.
    public mutating func admit(in cluster: Cluster) throws {
        status = ReplicaSetStatus()
    }
}

/// The validation shared by Deployments and ReplicaSets (`pkg/apis/apps/validation`).
enum WorkloadValidation {
    /// `ValidateNonnegativeField`.
    static func nonNegative<Number: BinaryInteger>(_ value: Number?, _ path: String) -> [FieldError] {
        guard let value, value < 0 else { return [] }
        return [FieldError(.invalid, path, value: String(value), PodSpecValidation.nonNegativeDetail)]
    }

    /// The selector (required, well formed, not empty), its match with the template labels, the
    /// template's pod spec, and the template rules of replicated pods (restartPolicy Always, no deadline).
    static func selectorAndTemplateErrors(_ selector: LabelSelectorSpec?, _ template: PodTemplateSpec, kind: String) -> [FieldError] {
        var errors: [FieldError] = []
        guard let selector else {
            errors.append(FieldError(.required, "spec.selector"))
            return errors + templateErrors(template, selectorMatches: false)
        }
        errors += selectorRequirementErrors(selector)
        if selector.isEmpty {
            errors.append(FieldError(.invalid, "spec.selector", value: GoValueSyntax.labelSelector(selector),
                                     "empty selector is invalid for \(kind)"))
        }
        guard let compiled = try? selector.selector() else {
            errors.append(FieldError(.invalid, "spec.selector", value: GoValueSyntax.labelSelector(selector), "invalid label selector"))
            return errors
        }
        return errors + templateErrors(template, selectorMatches: compiled.matches(template.metadata.labelMap))
    }

    /// `ValidatePodTemplateSpecForReplicaSet`.
    private static func templateErrors(_ template: PodTemplateSpec, selectorMatches: Bool) -> [FieldError] {
        var errors: [FieldError] = []
        if !selectorMatches {
            errors.append(FieldError(.invalid, "spec.template.metadata.labels", value: GoValueSyntax.stringMap(template.metadata.labels),
                                     "`selector` does not match template `labels`"))
        }
        errors += PodSpecValidation.errors(template.spec, path: "spec.template.spec", isPod: false)
        if let policy = template.spec.restartPolicy, policy != "Always" {
            errors.append(FieldError(.notSupported, "spec.template.spec.restartPolicy", value: FieldError.quote(policy),
                                     GoValueSyntax.supportedValues(["Always"])))
        }
        if template.spec.activeDeadlineSeconds != nil {
            errors.append(FieldError(.forbidden, "spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in ReplicaSet is not Supported"))
        }
        return errors
    }

    /// `ValidateLabelSelectorRequirement` for each `matchExpressions` entry.
    private static func selectorRequirementErrors(_ selector: LabelSelectorSpec) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, requirement) in (selector.matchExpressions ?? []).enumerated() {
            let path = "spec.selector.matchExpressions[\(index)]"
            let values = requirement.values ?? []
            switch requirement.operator {
            case "In", "NotIn":
                if values.isEmpty { errors.append(FieldError(.required, "\(path).values", "must be specified when `operator` is 'In' or 'NotIn'")) }
            case "Exists", "DoesNotExist":
                if !values.isEmpty {
                    errors.append(FieldError(.forbidden, "\(path).values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
                }
            default:
                errors.append(FieldError(.invalid, "\(path).operator", value: FieldError.quote(requirement.operator),
                                         "not a valid selector operator"))
            }
        }
        return errors
    }

    /// `ValidateDeploymentStrategy` and `ValidateRollingUpdateDeployment`.
    static func strategyErrors(_ strategy: DeploymentStrategy) -> [FieldError] {
        switch strategy.type {
        case "Recreate":
            if strategy.rollingUpdate != nil {
                return [FieldError(.forbidden, "spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'")]
            }
            return []
        case "RollingUpdate":
            guard let rolling = strategy.rollingUpdate else {
                return [FieldError(.required, "spec.strategy.rollingUpdate", "this should be defaulted and never be nil")]
            }
            let unavailablePath = "spec.strategy.rollingUpdate.maxUnavailable"
            var errors = intOrPercentErrors(rolling.maxUnavailable, unavailablePath)
                + intOrPercentErrors(rolling.maxSurge, "spec.strategy.rollingUpdate.maxSurge")
            if intOrPercentValue(rolling.maxUnavailable) == 0 && intOrPercentValue(rolling.maxSurge) == 0 {
                errors.append(FieldError(.invalid, unavailablePath, value: GoValueSyntax.intOrString(rolling.maxUnavailable),
                                         "may not be 0 when `maxSurge` is 0"))
            }
            if case .string(let text)? = rolling.maxUnavailable, let percent = percentValue(text), percent > 100 {
                errors.append(FieldError(.invalid, unavailablePath, value: GoValueSyntax.intOrString(rolling.maxUnavailable),
                                         "must not be greater than 100%"))
            }
            return errors
        default:
            return [FieldError(.notSupported, "spec.strategy", value: GoValueSyntax.deploymentStrategy(strategy),
                               GoValueSyntax.supportedValues(["Recreate", "RollingUpdate"]))]
        }
    }

    /// `ValidatePositiveIntOrPercent`.
    private static func intOrPercentErrors(_ value: IntOrString?, _ path: String) -> [FieldError] {
        switch value {
        case .string(let text)?:
            guard percentValue(text) == nil else { return [] }
            return [FieldError(.invalid, path, value: GoValueSyntax.intOrString(value),
                               "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', "
                                   + "regex used for validation is '[0-9]+%')")]
        case .int(let number)?:
            return nonNegative(number, path)
        case nil:
            return []
        }
    }

    /// `getIntOrPercentValue`: N of a valid "N%", else the value's `IntValue()` (0 for other strings).
    private static func intOrPercentValue(_ value: IntOrString?) -> Int {
        guard let value else { return 0 }
        if case .string(let text) = value, let percent = percentValue(text) { return percent }
        return value.intValue
    }

    /// N of a valid percent string (`IsValidPercent`, `^[0-9]+%$`), else nil.
    private static func percentValue(_ text: String) -> Int? {
        guard text.hasSuffix("%"), text.count > 1 else { return nil }
        let digits = text.dropLast()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// apps/v1 forbids changing the selector (`ValidateImmutableField`).
    static func immutableSelectorErrors(new: LabelSelectorSpec?, old: LabelSelectorSpec?) -> [FieldError] {
        if SemanticEquality.tree(new) == SemanticEquality.tree(old) { return [] }
        return [FieldError(.invalid, "spec.selector", value: GoValueSyntax.labelSelector(new), "field is immutable")]
    }
}
