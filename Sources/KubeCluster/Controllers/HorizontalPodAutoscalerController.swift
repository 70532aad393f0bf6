import Foundation

/// The horizontal-pod-autoscaler controller (kube-controller-manager, `horizontal.go`), autoscaling/v2
/// with Resource metrics (cpu, memory; Utilization and AverageValue targets).
///
/// Every HPA is synced every 15 s, the first time 15 s after it is created (upstream's fixed-interval
/// work queue). A sync reads the target's scale, computes a proposal per metric from the metrics API
/// (largest wins), normalizes it (stabilization, rate limits, min/max), writes `spec.replicas` of the
/// Deployment or ReplicaSet through the API server, and records conditions, status and events.
public final class HorizontalPodAutoscalerController: Controller {
    public let name = "horizontal-pod-autoscaler"
    /// The event source component.
    public static let component = "horizontal-pod-autoscaler"
    /// `--horizontal-pod-autoscaler-sync-period`.
    public var syncPeriod: Double = 15
    /// `--horizontal-pod-autoscaler-downscale-stabilization`.
    public var downscaleStabilizationWindow: Double = 300
    /// The replica calculator (tolerance, CPU initialization period, initial readiness delay).
    public var calculator = ReplicaCalculator()
    private var histories: [ObjectKey: HPAScalingHistory] = [:]
    private var nextSync: [ObjectKey: Double] = [:]

    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        event.object is HorizontalPodAutoscaler ? [event.key] : []
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let hpa = cluster.store.get(HorizontalPodAutoscaler.self, key) else {
            histories[key] = nil
            nextSync[key] = nil
            return
        }
        guard let due = nextSync[key] else {
            schedule(key, in: cluster)
            return
        }
        guard cluster.now + 1e-9 >= due else { return }
        schedule(key, in: cluster)
        sync(hpa, key: key, in: cluster)
    }

    private func schedule(_ key: ObjectKey, in cluster: Cluster) {
        nextSync[key] = cluster.now + syncPeriod
        cluster.requeue(self, key, after: syncPeriod)
    }

    // MARK: - One sync (`reconcileAutoscaler`)

    private func sync(_ original: HorizontalPodAutoscaler, key: ObjectKey, in cluster: Cluster) {
        var hpa = original
        let target: HPAScaleTarget
        switch HPAScaleTarget.lookup(hpa, in: cluster) {
        case .failure(let error):
            record(hpa, warning: "FailedGetScale", error.message, in: cluster)
            setCondition(&hpa, "AbleToScale", false, "FailedGetScale",
                         "the HPA controller was unable to get the target's current scale: \(error.message)", in: cluster)
            writeStatusIfChanged(hpa, original: original, in: cluster)
            return
        case .success(let found): target = found
        }
        setCondition(&hpa, "AbleToScale", true, "SucceededGetScale", "the HPA controller was able to get the target's current scale", in: cluster)
        let current = target.specReplicas
        histories[key, default: HPAScalingHistory()].recordInitialRecommendation(current, at: cluster.now)
        let minReplicas = hpa.spec.minReplicas ?? 1
        var desired: Int32 = 0
        var reason = ""
        var statuses: [MetricStatus]?
        var rescale = true
        if current == 0 && minReplicas != 0 {
            rescale = false
            setCondition(&hpa, "ScalingActive", false, "ScalingDisabled", "scaling is disabled since the replica count of the target is zero", in: cluster)
        } else if current > hpa.spec.maxReplicas {
            reason = "Current number of replicas above Spec.MaxReplicas"
            desired = hpa.spec.maxReplicas
        } else if current < minReplicas {
            reason = "Current number of replicas below Spec.MinReplicas"
            desired = minReplicas
        } else {
            let computed = computeReplicasForMetrics(&hpa, target: target, in: cluster)
            statuses = computed.statuses
            if let error = computed.error, computed.replicas == -1 {
                setStatus(&hpa, current: current, desired: hpa.status.desiredReplicas, metrics: statuses, rescaled: false, in: cluster)
                writeStatusIfChanged(hpa, original: original, in: cluster)
                record(hpa, warning: "FailedComputeMetricsReplicas", error, in: cluster)
                return
            }
            desired = max(computed.replicas, 0)
            if desired > current { reason = "\(computed.metric) above target" }
            if desired < current { reason = "All metrics below target" }
            desired = normalize(&hpa, key: key, current: current, proposed: desired, min: minReplicas, in: cluster)
            rescale = desired != current
        }
        if rescale {
            do {
                try target.update(desired, cluster)
            } catch {
                let text = (error as? APIError)?.message ?? "\(error)"
                record(hpa, warning: "FailedRescale", "New size: \(desired); reason: \(reason); error: \(text)", in: cluster)
                setCondition(&hpa, "AbleToScale", false, "FailedUpdateScale", "the HPA controller was unable to update the target scale: \(text)", in: cluster)
                setStatus(&hpa, current: current, desired: hpa.status.desiredReplicas, metrics: statuses, rescaled: false, in: cluster)
                writeStatusIfChanged(hpa, original: original, in: cluster)
                return
            }
            setCondition(&hpa, "AbleToScale", true, "SucceededRescale", "the HPA controller was able to update the target scale to \(desired)", in: cluster)
            cluster.events.record(hpa, reason: "SuccessfulRescale", message: "New size: \(desired); reason: \(reason)",
                                  component: Self.component)
            histories[key, default: HPAScalingHistory()].recordScale(behavior: HPABehavior(json: hpa.spec.behavior),
                                                                      from: current, to: desired, at: cluster.now)
        } else {
            desired = current
        }
        setStatus(&hpa, current: current, desired: desired, metrics: statuses, rescaled: rescale, in: cluster)
        writeStatusIfChanged(hpa, original: original, in: cluster)
    }

    private func normalize(_ hpa: inout HorizontalPodAutoscaler, key: ObjectKey, current: Int32, proposed: Int32,
                           min minReplicas: Int32, in cluster: Cluster) -> Int32 {
        var history = histories[key] ?? HPAScalingHistory()
        defer { histories[key] = history }
        let outcome: (replicas: Int32, ableToScale: HPAConditionOutcome, limited: HPAConditionOutcome, isLimited: Bool)
        if let behavior = HPABehavior(json: hpa.spec.behavior) {
            outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: current, proposed: proposed,
                                                        min: minReplicas, max: hpa.spec.maxReplicas,
                                                        downscaleWindow: downscaleStabilizationWindow, now: cluster.now)
        } else {
            outcome = HPAReplicaNormalizer.legacy(history: &history, current: current, proposed: proposed, min: minReplicas,
                                                  max: hpa.spec.maxReplicas, downscaleWindow: downscaleStabilizationWindow,
                                                  now: cluster.now)
        }
        setCondition(&hpa, "AbleToScale", true, outcome.ableToScale.reason, outcome.ableToScale.message, in: cluster)
        setCondition(&hpa, "ScalingLimited", outcome.isLimited, outcome.limited.reason, outcome.limited.message, in: cluster)
        return outcome.replicas
    }

    // MARK: - Metrics (`computeReplicasForMetrics`)

    private struct MetricsOutcome {
        var replicas: Int32
        var metric: String
        var statuses: [MetricStatus]
        var error: String?
    }

    private func computeReplicasForMetrics(_ hpa: inout HorizontalPodAutoscaler, target: HPAScaleTarget,
                                           in cluster: Cluster) -> MetricsOutcome {
        let specs = hpa.spec.metrics ?? []
        guard let selector = target.selector, !selector.description.isEmpty else {
            record(hpa, warning: "SelectorRequired", "selector is required", in: cluster)
            setCondition(&hpa, "ScalingActive", false, "InvalidSelector", "the HPA target's scale is missing a selector", in: cluster)
            return MetricsOutcome(replicas: -1, metric: "", statuses: [], error: "selector is required")
        }
        let pods = cluster.store.list(Pod.self, namespace: hpa.namespace, selector: selector)
        var statuses = Array(repeating: MetricStatus(type: "", resource: nil), count: specs.count)
        var replicas: Int32 = 0
        var metric = ""
        var invalidCount = 0
        var firstError: String?
        var firstCondition: (reason: String, message: String)?
        for (index, spec) in specs.enumerated() {
            switch computeReplicasForMetric(spec, hpa: hpa, current: target.specReplicas, pods: pods, in: cluster) {
            case .failure(let failure):
                if invalidCount == 0 {
                    firstError = failure.error
                    firstCondition = (failure.reason, "the HPA was unable to compute the replica count: \(failure.conditionError)")
                }
                invalidCount += 1
            case .success(let proposal):
                statuses[index] = proposal.status
                if replicas == 0 || proposal.replicas > replicas {
                    replicas = proposal.replicas
                    metric = proposal.metric
                }
            }
        }
        let error = firstError.map { "invalid metrics (\(invalidCount) invalid out of \(specs.count)), first error is: \($0)" }
        if invalidCount >= specs.count || (invalidCount > 0 && replicas < target.specReplicas) {
            if let condition = firstCondition {
                setCondition(&hpa, "ScalingActive", false, condition.reason, condition.message, in: cluster)
            }
            return MetricsOutcome(replicas: -1, metric: "", statuses: statuses, error: error ?? "no metrics")
        }
        setCondition(&hpa, "ScalingActive", true, "ValidMetricFound",
                     "the HPA was able to successfully calculate a replica count from \(metric)", in: cluster)
        return MetricsOutcome(replicas: replicas, metric: metric, statuses: statuses, error: error)
    }

    private struct MetricProposal {
        var replicas: Int32
        var metric: String
        var status: MetricStatus
    }

    private struct MetricFailure: Error {
        var reason: String
        /// The text of the per-metric event and condition.
        var conditionError: String
        /// The wrapped error returned to `computeReplicasForMetrics`.
        var error: String
    }

    private func computeReplicasForMetric(_ spec: MetricSpec, hpa: HorizontalPodAutoscaler, current: Int32, pods: [Pod],
                                          in cluster: Cluster) -> Result<MetricProposal, MetricFailure> {
        guard spec.type == "Resource", let source = spec.resource else {
            let text = "unknown metric source type \"\(spec.type)\""
            record(hpa, warning: "InvalidMetricSourceType", text, in: cluster)
            return .failure(MetricFailure(reason: "InvalidMetricSourceType", conditionError: text, error: text))
        }
        let resource = source.name
        let fetched = ReplicaCalculator.fetchResourceMetrics(resource: resource, pods: pods, in: cluster)
        func failure(_ text: String) -> Result<MetricProposal, MetricFailure> {
            record(hpa, warning: "FailedGetResourceMetric", text, in: cluster)
            return .failure(MetricFailure(reason: "FailedGetResourceMetric", conditionError: text,
                                          error: "failed to get \(resource) resource metric value: \(text)"))
        }
        if let averageValue = source.target.averageValue {
            let milli = averageValue.milliValue
            do {
                let proposal = try calculator.rawResourceReplicas(currentReplicas: current, targetAverageValue: milli,
                                                                  resource: resource, metrics: fetched, pods: pods, now: cluster.now)
                let value = MetricValueStatus(averageValue: Quantity(milli: proposal.usage), averageUtilization: nil)
                return .success(MetricProposal(replicas: proposal.replicas, metric: "\(resource) resource",
                                               status: MetricStatus(type: "Resource", resource: ResourceMetricStatus(name: resource, current: value))))
            } catch {
                return failure("failed to get \(resource) usage: \(error)")
            }
        }
        guard let utilization = source.target.averageUtilization else {
            return failure("invalid resource metric source: neither an average utilization target nor an average value (usage) target was set")
        }
        do {
            let proposal = try calculator.resourceReplicas(currentReplicas: current, targetUtilization: utilization, resource: resource,
                                                           metrics: fetched, pods: pods, now: cluster.now)
            let value = MetricValueStatus(averageValue: Quantity(milli: proposal.rawAverage),
                                          averageUtilization: proposal.utilization)
            return .success(MetricProposal(replicas: proposal.replicas, metric: "\(resource) resource utilization (percentage of request)",
                                           status: MetricStatus(type: "Resource", resource: ResourceMetricStatus(name: resource, current: value))))
        } catch {
            return failure("failed to get \(resource) utilization: \(error)")
        }
    }

    // MARK: - Status, conditions, events

    private func setStatus(_ hpa: inout HorizontalPodAutoscaler, current: Int32, desired: Int32, metrics: [MetricStatus]?,
                           rescaled: Bool, in cluster: Cluster) {
        var status = HPAStatus()
        status.currentReplicas = current == 0 ? nil : current
        status.desiredReplicas = desired
        status.lastScaleTime = rescaled ? cluster.timestamp : hpa.status.lastScaleTime
        status.currentMetrics = (metrics?.isEmpty ?? true) ? nil : metrics
        status.conditions = hpa.status.conditions
        hpa.status = status
    }

    private func setCondition(_ hpa: inout HorizontalPodAutoscaler, _ type: String, _ isTrue: Bool, _ reason: String,
                              _ message: String, in cluster: Cluster) {
        let status = isTrue ? "True" : "False"
        var conditions = hpa.status.conditions ?? []
        if let index = conditions.firstIndex(where: { $0.type == type }) {
            if conditions[index].status != status { conditions[index].lastTransitionTime = cluster.timestamp }
            conditions[index].status = status
            conditions[index].reason = reason
            conditions[index].message = message
        } else {
            conditions.append(WorkloadCondition(type: type, status: status, lastUpdateTime: nil,
                                                lastTransitionTime: cluster.timestamp, reason: reason, message: message))
        }
        hpa.status.conditions = conditions
    }

    private func writeStatusIfChanged(_ hpa: HorizontalPodAutoscaler, original: HorizontalPodAutoscaler, in cluster: Cluster) {
        guard hpa.status != original.status else { return }
        guard var latest = cluster.store.get(HorizontalPodAutoscaler.self, hpa.key) else { return }
        latest.status = hpa.status
        cluster.api.updateStatus(latest)
    }

    private func record(_ hpa: HorizontalPodAutoscaler, warning reason: String, _ message: String, in cluster: Cluster) {
        cluster.events.record(hpa, type: "Warning", reason: reason, message: message, component: Self.component)
    }
}

/// An HPA's target seen through its scale subresource: replicas, the pod selector and how to resize it.
struct HPAScaleTarget {
    var specReplicas: Int32
    /// The target's compiled `spec.selector` (the scale subresource's `status.selector`); nil when it
    /// cannot be compiled.
    var selector: LabelSelector?
    var update: (Int32, Cluster) throws -> Void

    /// Resolves `scaleTargetRef` (Deployment or ReplicaSet of `apps`), with upstream's error texts.
    static func lookup(_ hpa: HorizontalPodAutoscaler, in cluster: Cluster) -> Result<HPAScaleTarget, ReplicaCalculationError> {
        let reference = hpa.spec.scaleTargetRef
        let version = reference.apiVersion ?? ""
        let parts = version.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(ReplicaCalculationError("unexpected GroupVersion string: \(version)")) }
        let group = parts.count == 2 ? String(parts[0]) : ""
        let key = ObjectKey(namespace: hpa.namespace, name: reference.name)
        switch (group, reference.kind) {
        case ("apps", Deployment.kind):
            guard let deployment = cluster.store.get(Deployment.self, key) else {
                return .failure(ReplicaCalculationError("deployments.apps \"\(reference.name)\" not found"))
            }
            let selector = try? LabelSelectorSpec.selector(for: deployment.spec.selector)
            return .success(HPAScaleTarget(specReplicas: deployment.spec.replicas ?? 1, selector: selector) { replicas, cluster in
                guard var latest = cluster.store.get(Deployment.self, key) else { throw APIError.notFound("deployments.apps", key.name) }
                latest.spec.replicas = replicas
                try cluster.api.update(latest)
            })
        case ("apps", ReplicaSet.kind):
            guard let replicaSet = cluster.store.get(ReplicaSet.self, key) else {
                return .failure(ReplicaCalculationError("replicasets.apps \"\(reference.name)\" not found"))
            }
            let selector = try? LabelSelectorSpec.selector(for: replicaSet.spec.selector)
            return .success(HPAScaleTarget(specReplicas: replicaSet.spec.replicas ?? 1, selector: selector) { replicas, cluster in
                guard var latest = cluster.store.get(ReplicaSet.self, key) else { throw APIError.notFound("replicasets.apps", key.name) }
                latest.spec.replicas = replicas
                try cluster.api.update(latest)
            })
        default:
            return .failure(ReplicaCalculationError("no matches for kind \"\(reference.kind)\" in group \"\(group)\""))
        }
    }
}
