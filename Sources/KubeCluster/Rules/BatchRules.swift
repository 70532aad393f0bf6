/// Job (`batch/v1`) defaulting, selector generation and validation, as the API server does them.
extension Job: APIObjectRules {
    /// `batch.kubernetes.io/controller-uid`: the label the generated selector matches.
    public static let controllerUIDLabel = "batch.kubernetes.io/controller-uid"
    /// `batch.kubernetes.io/job-name`.
    public static let jobNameLabel = "batch.kubernetes.io/job-name"
    /// The unprefixed labels kept for compatibility.
    public static let legacyControllerUIDLabel = "controller-uid"
    /// The unprefixed job-name label.
    public static let legacyJobNameLabel = "job-name"

    /// `SetDefaults_Job` plus the registry's selector generation: completions/parallelism 1 when both are
    /// unset, parallelism 1, backoffLimit 6, completionMode NonIndexed, suspend false, manualSelector false,
    /// podReplacementPolicy TerminatingOrFailed; on create a `batch.kubernetes.io/controller-uid` selector
    /// and the four job labels on the template; the Job's labels default to the template's.
    public mutating func applyDefaults(in cluster: Cluster) {
        if spec.completions == nil, spec.parallelism == nil {
            spec.completions = 1
            spec.parallelism = 1
        }
        if spec.parallelism == nil { spec.parallelism = 1 }
        if spec.backoffLimit == nil { spec.backoffLimit = 6 }
        if spec.completionMode == nil { spec.completionMode = "NonIndexed" }
        if spec.suspend == nil { spec.suspend = false }
        if spec.podReplacementPolicy == nil { spec.podReplacementPolicy = "TerminatingOrFailed" }
        if spec.manualSelector == nil { spec.manualSelector = false }
        if metadata.uid == nil {
            // Creating: the registry generates the selector from the uid the server is about to assign.
            status = JobStatus()
            if spec.manualSelector != true { generateSelector(uid: Self.upcomingUID(in: cluster)) }
        }
        if let templateLabels = spec.template.metadata.labels, !templateLabels.isEmpty, (metadata.labels ?? [:]).isEmpty {
            metadata.labels = templateLabels
        }
    }

    /// The uid `APIServer.create` will give the object being created: it draws the next uuid right after
    /// admission, and nothing between defaulting and that draw uses randomness.
    static func upcomingUID(in cluster: Cluster) -> String {
        var lookahead = cluster.random
        return lookahead.uuid()
    }

    private mutating func generateSelector(uid: String) {
        var labels = spec.template.metadata.labels ?? [:]
        for key in [Self.legacyJobNameLabel, Self.jobNameLabel] where labels[key] == nil { labels[key] = name }
        for key in [Self.legacyControllerUIDLabel, Self.controllerUIDLabel] where labels[key] == nil { labels[key] = uid }
        spec.template.metadata.labels = labels
        var selector = spec.selector ?? LabelSelectorSpec()
        var matchLabels = selector.matchLabels ?? [:]
        if matchLabels[Self.controllerUIDLabel] == nil { matchLabels[Self.controllerUIDLabel] = uid }
        selector.matchLabels = matchLabels
        spec.selector = selector
    }

    /// Keeps the status the server holds (`PrepareForUpdate`).
    public mutating func prepareForUpdate(from old: Job, in cluster: Cluster) throws {
        status = old.status
    }

    /// `ValidateJob` for the parts kubetutor models (pod template rules belong to the pod validation).
    public func validationErrors(old: Job?, in cluster: Cluster) -> [FieldError] {
        var errors = generatedSelectorErrors(in: cluster)
        for (field, value) in [("parallelism", spec.parallelism.map(Int64.init)), ("completions", spec.completions.map(Int64.init)),
                               ("activeDeadlineSeconds", spec.activeDeadlineSeconds), ("backoffLimit", spec.backoffLimit.map(Int64.init)),
                               ("ttlSecondsAfterFinished", spec.ttlSecondsAfterFinished.map(Int64.init))] {
            if let value, value < 0 {
                errors.append(FieldError(.invalid, "spec.\(field)", value: String(value), "must be greater than or equal to 0"))
            }
        }
        if let mode = spec.completionMode, mode != "NonIndexed", mode != "Indexed" {
            errors.append(FieldError(.notSupported, "spec.completionMode", value: FieldError.quote(mode),
                                     "supported values: \"NonIndexed\", \"Indexed\""))
        }
        if spec.completionMode == "Indexed", spec.completions == nil {
            errors.append(FieldError(.required, "spec.completions", "when completion mode is Indexed"))
        }
        if let policy = spec.podReplacementPolicy, policy != "Failed", policy != "TerminatingOrFailed" {
            errors.append(FieldError(.notSupported, "spec.podReplacementPolicy", value: FieldError.quote(policy),
                                     "supported values: \"Failed\", \"TerminatingOrFailed\""))
        }
        let restartPolicy = spec.template.spec.restartPolicy ?? ""
        if restartPolicy == "Always" || restartPolicy.isEmpty {
            errors.append(FieldError(.required, "spec.template.spec.restartPolicy", "valid values: \"OnFailure\", \"Never\""))
        } else if restartPolicy != "OnFailure", restartPolicy != "Never" {
            errors.append(FieldError(.notSupported, "spec.template.spec.restartPolicy", value: FieldError.quote(restartPolicy),
                                     "supported values: \"OnFailure\", \"Never\""))
        }
        if spec.selector == nil {
            errors.append(FieldError(.required, "spec.selector"))
        } else if !LabelSelectorSpec.matches(spec.selector, labels: spec.template.metadata.labels) {
            errors.append(FieldError(.invalid, "spec.template.metadata.labels", value: goMapText(spec.template.metadata.labels),
                                     "`selector` does not match template `labels`"))
        }
        return errors
    }

    private func generatedSelectorErrors(in cluster: Cluster) -> [FieldError] {
        guard spec.manualSelector != true, spec.selector != nil else { return [] }
        let uid = metadata.uid ?? Self.upcomingUID(in: cluster)
        var errors: [FieldError] = []
        let labels = spec.template.metadata.labelMap
        for (key, expected) in [(Self.legacyControllerUIDLabel, uid), (Self.legacyJobNameLabel, name),
                                (Self.controllerUIDLabel, uid), (Self.jobNameLabel, name)] {
            let path = "spec.template.metadata.labels[\(key)]"
            guard let value = labels[key] else {
                errors.append(FieldError(.required, path))
                continue
            }
            if value != expected { errors.append(FieldError(.invalid, path, value: FieldError.quote(value), "must be '\(expected)'")) }
        }
        let expected = [Self.controllerUIDLabel: uid, Self.jobNameLabel: name, Self.legacyControllerUIDLabel: uid,
                        Self.legacyJobNameLabel: name]
        if !LabelSelectorSpec.matches(spec.selector, labels: expected) {
            errors.append(FieldError(.invalid, "spec.selector", value: goSelectorText(spec.selector), "`selector` not auto-generated"))
        }
        return errors
    }
}

/// Go's `%#v` of a `map[string]string`: `map[string]string{"a":"b", "c":"d"}` (keys sorted).
func goMapText(_ map: [String: String]?) -> String {
    guard let map else { return "map[string]string(nil)" }
    let body = map.keys.sorted().map { "\(FieldError.quote($0)):\(FieldError.quote(map[$0] ?? ""))" }.joined(separator: ", ")
    return "map[string]string{\(body)}"
}

/// Go's `%#v` of a label selector with only `matchLabels` (expressions are not spelled out).
func goSelectorText(_ selector: LabelSelectorSpec?) -> String {
    let labels = selector?.matchLabels ?? [:]
    return "v1.LabelSelector{MatchLabels:\(goMapText(labels.isEmpty ? nil : labels)), "
        + "MatchExpressions:[]v1.LabelSelectorRequirement(nil)}"
}

/// DaemonSet (`apps/v1`) defaulting and validation, as the API server does them.
extension DaemonSet: APIObjectRules {
    /// The annotation holding the template generation (bumped on each template change).
    public static let templateGenerationAnnotation = "deprecated.daemonset.template.generation"

    /// `SetDefaults_DaemonSet`: RollingUpdate with maxUnavailable 1 and maxSurge 0, revisionHistoryLimit 10;
    /// on create the template generation annotation starts at 1 and the status is cleared.
    public mutating func applyDefaults(in cluster: Cluster) {
        var strategy = spec.updateStrategy ?? .emptyObject
        if strategy.objectValue == nil { strategy = .emptyObject }
        if (strategy["type"]?.stringValue ?? "").isEmpty { strategy["type"] = .string("RollingUpdate") }
        if strategy["type"]?.stringValue == "RollingUpdate" {
            var rolling = strategy["rollingUpdate"] ?? .emptyObject
            if rolling.objectValue == nil { rolling = .emptyObject }
            if rolling["maxUnavailable"] == nil { rolling["maxUnavailable"] = .int(1) }
            if rolling["maxSurge"] == nil { rolling["maxSurge"] = .int(0) }
            strategy["rollingUpdate"] = rolling
        }
        spec.updateStrategy = strategy
        if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
        if metadata.uid == nil {
            status = DaemonSetStatus()
            metadata.setAnnotation(Self.templateGenerationAnnotation, "1")
        }
    }

    /// Keeps the status and bumps the template generation when the pod template changed.
    public mutating func prepareForUpdate(from old: DaemonSet, in cluster: Cluster) throws {
        status = old.status
        let previous = Int64(old.metadata.annotationMap[Self.templateGenerationAnnotation] ?? "") ?? 1
        let generation = spec.template != old.spec.template ? previous + 1 : previous
        metadata.setAnnotation(Self.templateGenerationAnnotation, String(generation))
    }

    /// `ValidateDaemonSet` for the parts kubetutor models.
    public func validationErrors(old: DaemonSet?, in cluster: Cluster) -> [FieldError] {
        var errors: [FieldError] = []
        if spec.selector == nil { errors.append(FieldError(.required, "spec.selector")) }
        let compiled = try? LabelSelectorSpec.selector(for: spec.selector)
        if let compiled, !compiled.matches(spec.template.metadata.labelMap) {
            errors.append(FieldError(.invalid, "spec.template.metadata.labels", value: goMapText(spec.template.metadata.labels),
                                     "`selector` does not match template `labels`"))
        }
        if let selector = spec.selector, selector.isEmpty {
            errors.append(FieldError(.invalid, "spec.selector", value: goSelectorText(spec.selector),
                                     "empty selector is invalid for daemonset"))
        }
        if let restartPolicy = spec.template.spec.restartPolicy, restartPolicy != "Always" {
            errors.append(FieldError(.notSupported, "spec.template.spec.restartPolicy", value: FieldError.quote(restartPolicy),
                                     "supported values: \"Always\""))
        }
        if let seconds = spec.minReadySeconds, seconds < 0 {
            errors.append(FieldError(.invalid, "spec.minReadySeconds", value: String(seconds), "must be greater than or equal to 0"))
        }
        if let type = spec.updateStrategy?["type"]?.stringValue, type != "RollingUpdate", type != "OnDelete" {
            errors.append(FieldError(.notSupported, "spec.updateStrategy", value: FieldError.quote(type),
                                     "supported values: \"OnDelete\", \"RollingUpdate\""))
        }
        return errors
    }
}
