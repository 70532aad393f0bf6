/// HorizontalPodAutoscaler (`autoscaling/v2`) defaulting and validation, as the API server does them.
extension HorizontalPodAutoscaler: APIObjectRules {
    /// The CPU target when an HPA names no metric (`autoscaling.DefaultCPUUtilization`).
    public static let defaultCPUUtilization: Int32 = 80
    /// The longest stabilization window a behavior may set.
    public static let maxStabilizationWindowSeconds: Int32 = 3600
    /// The longest policy period a behavior may set.
    public static let maxPeriodSeconds: Int32 = 1800

    /// `SetDefaults_HorizontalPodAutoscaler`: minReplicas 1, an 80 % CPU target when no metrics, and a
    /// behavior block (only when one is given) completed with upstream's scale-up/scale-down defaults.
    public mutating func applyDefaults(in cluster: Cluster) {
        if spec.minReplicas == nil { spec.minReplicas = 1 }
        if (spec.metrics ?? []).isEmpty {
            let target = MetricTarget(type: "Utilization", averageUtilization: Self.defaultCPUUtilization)
            spec.metrics = [MetricSpec(type: "Resource", resource: ResourceMetricSource(name: "cpu", target: target))]
        }
        if let behavior = HPABehavior(json: spec.behavior) { spec.behavior = behavior.defaulted.json }
    }

    /// Clears the status a client sent (`PrepareForCreate`).
    public mutating func admit(in cluster: Cluster) throws {
        status = HPAStatus()
    }

    /// Keeps the status the server holds (`PrepareForUpdate`).
    public mutating func prepareForUpdate(from old: HorizontalPodAutoscaler, in cluster: Cluster) throws {
        status = old.status
    }

    /// `ValidateHorizontalPodAutoscaler` for the parts kubetutor models.
    public func validationErrors(old: HorizontalPodAutoscaler?, in cluster: Cluster) -> [FieldError] {
        var errors: [FieldError] = []
        let lowerBound: Int32 = (old?.spec.minReplicas == 0) ? 0 : 1
        if let minReplicas = spec.minReplicas, minReplicas < lowerBound {
            errors.append(FieldError(.invalid, "spec.minReplicas", value: String(minReplicas),
                                     "must be greater than or equal to \(lowerBound)"))
        }
        if spec.maxReplicas < 1 {
            errors.append(FieldError(.invalid, "spec.maxReplicas", value: String(spec.maxReplicas), "must be greater than 0"))
        }
        if let minReplicas = spec.minReplicas, spec.maxReplicas < minReplicas {
            errors.append(FieldError(.invalid, "spec.maxReplicas", value: String(spec.maxReplicas),
                                     "must be greater than or equal to `minReplicas`"))
        }
        errors += Self.referenceErrors(spec.scaleTargetRef)
        for (index, metric) in (spec.metrics ?? []).enumerated() {
            errors += Self.metricErrors(metric, path: "spec.metrics[\(index)]")
        }
        if let minReplicas = spec.minReplicas, minReplicas == 0,
           !(spec.metrics ?? []).contains(where: { $0.type == "Object" || $0.type == "External" }) {
            errors.append(FieldError(.forbidden, "spec.metrics",
                                     "must specify at least one Object or External metric to support scaling to zero replicas"))
        }
        if let behavior = HPABehavior(json: spec.behavior) {
            errors += Self.rulesErrors(behavior.scaleUp, path: "spec.behavior.scaleUp")
            errors += Self.rulesErrors(behavior.scaleDown, path: "spec.behavior.scaleDown")
        }
        return errors
    }

    private static func referenceErrors(_ reference: CrossVersionObjectReference) -> [FieldError] {
        var errors: [FieldError] = []
        for (field, value) in [("kind", reference.kind), ("name", reference.name)] {
            let path = "spec.scaleTargetRef.\(field)"
            if value.isEmpty {
                errors.append(FieldError(.required, path))
            } else if value == "." || value == ".." {
                errors.append(FieldError(.invalid, path, value: FieldError.quote(value), "may not be '\(value)'"))
            } else if let bad = ["/", "%"].first(where: { value.contains($0) }) {
                errors.append(FieldError(.invalid, path, value: FieldError.quote(value), "may not contain '\(bad)'"))
            }
        }
        return errors
    }

    private static let metricSourceTypes = ["ContainerResource", "External", "Object", "Pods", "Resource"]

    private static func metricErrors(_ metric: MetricSpec, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if metric.type.isEmpty {
            errors.append(FieldError(.required, "\(path).type", "must specify a metric source type"))
        }
        if !metricSourceTypes.contains(metric.type) {
            errors.append(FieldError(.notSupported, "\(path).type", value: FieldError.quote(metric.type),
                                     "supported values: " + metricSourceTypes.map(FieldError.quote).joined(separator: ", ")))
        }
        if let resource = metric.resource {
            errors += resourceSourceErrors(resource, path: "\(path).resource")
        }
        if metric.type == "Resource", metric.resource == nil {
            errors.append(FieldError(.required, "\(path).resource", "must populate information for the given metric source"))
        } else if metric.type != "Resource", metricSourceTypes.contains(metric.type), metric.resource != nil {
            errors.append(FieldError(.forbidden, "\(path).resource", "must populate the given metric source only"))
        }
        return errors
    }

    private static func resourceSourceErrors(_ source: ResourceMetricSource, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if source.name.isEmpty { errors.append(FieldError(.required, "\(path).name", "must specify a resource name")) }
        let target = source.target
        let targetPath = "\(path).target"
        if target.type.isEmpty { errors.append(FieldError(.required, "\(targetPath).type", "must specify a metric target type")) }
        if !["Utilization", "Value", "AverageValue"].contains(target.type) {
            errors.append(FieldError(.invalid, "\(targetPath).type", value: FieldError.quote(target.type),
                                     "must be either Utilization, Value, or AverageValue"))
        }
        for (field, quantity) in [("value", target.value), ("averageValue", target.averageValue)] {
            guard let quantity, quantity.sign != 1 else { continue }
            errors.append(FieldError(.invalid, "\(targetPath).\(field)", value: quantity.description, "must be positive"))
        }
        if let utilization = target.averageUtilization, utilization < 1 {
            errors.append(FieldError(.invalid, "\(targetPath).averageUtilization", value: String(utilization), "must be greater than 0"))
        }
        if target.averageUtilization == nil, target.averageValue == nil {
            errors.append(FieldError(.required, "\(targetPath).averageUtilization", "must set either a target raw value or a target utilization"))
        }
        if target.averageUtilization != nil, target.averageValue != nil {
            errors.append(FieldError(.forbidden, "\(targetPath).averageValue", "may not set both a target raw value and a target utilization"))
        }
        return errors
    }

    private static func rulesErrors(_ rules: HPAScalingRules?, path: String) -> [FieldError] {
        guard let rules else { return [] }
        var errors: [FieldError] = []
        if let window = rules.stabilizationWindowSeconds {
            if window < 0 {
                errors.append(FieldError(.invalid, "\(path).stabilizationWindowSeconds", value: String(window),
                                         "must be greater than or equal to zero"))
            }
            if window > maxStabilizationWindowSeconds {
                errors.append(FieldError(.invalid, "\(path).stabilizationWindowSeconds", value: String(window),
                                         "must be less than or equal to \(maxStabilizationWindowSeconds)"))
            }
        }
        if let select = rules.selectPolicy, !["Disabled", "Max", "Min"].contains(select) {
            errors.append(FieldError(.notSupported, "\(path).selectPolicy", value: FieldError.quote(select),
                                     "supported values: \"Disabled\", \"Max\", \"Min\""))
        }
        if (rules.policies ?? []).isEmpty {
            errors.append(FieldError(.required, "\(path).policies", "must specify at least one Policy"))
        }
        for (index, policy) in (rules.policies ?? []).enumerated() {
            let policyPath = "\(path).policies[\(index)]"
            if policy.type != "Pods", policy.type != "Percent" {
                errors.append(FieldError(.notSupported, "\(policyPath).type", value: FieldError.quote(policy.type),
                                         "supported values: \"Percent\", \"Pods\""))
            }
            if policy.value <= 0 {
                errors.append(FieldError(.invalid, "\(policyPath).value", value: String(policy.value), "must be greater than zero"))
            }
            if policy.periodSeconds <= 0 {
                errors.append(FieldError(.invalid, "\(policyPath).periodSeconds", value: String(policy.periodSeconds),
                                         "must be greater than zero"))
            }
            if policy.periodSeconds > maxPeriodSeconds {
                errors.append(FieldError(.invalid, "\(policyPath).periodSeconds", value: String(policy.periodSeconds),
                                         "must be less than or equal to \(maxPeriodSeconds)"))
            }
        }
        return errors
    }
}
