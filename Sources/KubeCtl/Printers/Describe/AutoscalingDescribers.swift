import KubeCluster

/// `kubectl describe hpa` (autoscaling/v2): reference, each metric as `( current / target )`, bounds,
/// the target's pod counts, conditions and events.
public enum HorizontalPodAutoscalerDescriber {
    public static func describe(_ hpa: HorizontalPodAutoscaler, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", hpa.name)
        out.field(0, "Namespace", hpa.namespace)
        out.list(0, "Labels", DescribeText.labels(hpa.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(hpa.metadata.annotations))
        out.field(0, "CreationTimestamp", DescribeText.date(hpa.metadata.creationTimestamp))
        let target = hpa.spec.scaleTargetRef
        out.field(0, "Reference", "\(target.kind)/\(target.name)")
        out.field(0, "Metrics", "( current / target )")
        for (index, metric) in (hpa.spec.metrics ?? []).enumerated() {
            guard metric.type == "Resource", let resource = metric.resource else { continue }
            let current = hpa.status.currentMetrics?.indices.contains(index) == true ? hpa.status.currentMetrics?[index].resource?.current : nil
            if let utilization = resource.target.averageUtilization {
                var now = "<unknown>"
                if let percent = current?.averageUtilization {
                    now = "\(percent)%" + (current?.averageValue.map { " (\($0.description))" } ?? "")
                }
                out.field(1, "resource \(resource.name) on pods  (as a percentage of request)", "\(now) / \(utilization)%")
            } else {
                let wanted = resource.target.averageValue?.description ?? "<auto>"
                out.field(1, "resource \(resource.name) on pods", "\(current?.averageValue?.description ?? "<unknown>") / \(wanted)")
            }
        }
        out.field(0, "Min replicas", String(hpa.spec.minReplicas ?? 1))
        out.field(0, "Max replicas", String(hpa.spec.maxReplicas))
        out.field(0, "\(target.kind) pods", "\(hpa.status.currentReplicas ?? 0) current / \(hpa.status.desiredReplicas) desired")
        if let conditions = hpa.status.conditions, !conditions.isEmpty {
            out.line(0, "Conditions:")
            out.line(1, "Type\tStatus\tReason\tMessage")
            out.line(1, "----\t------\t------\t-------")
            for condition in conditions {
                out.line(1, "\(condition.type)\t\(condition.status)\t\(condition.reason ?? "")\t\(condition.message ?? "")")
            }
        }
        EventsSection.write(&out, store: store, now: now, namespace: hpa.namespace, kind: HorizontalPodAutoscaler.kind,
                            name: hpa.name, uid: hpa.metadata.uid)
        return out.render()
    }
}

/// `kubectl describe job`: parallelism, completions, timing, pod statuses, the pod template and events.
public enum JobDescriber {
    public static func describe(_ job: Job, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", job.name)
        out.field(0, "Namespace", job.namespace)
        out.field(0, "Selector", SelectorText.format(job.spec.selector))
        out.list(0, "Labels", DescribeText.labels(job.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(job.metadata.annotations))
        if let owner = job.metadata.controllerReference { out.field(0, "Controlled By", "\(owner.kind)/\(owner.name)") }
        out.field(0, "Parallelism", String(job.spec.parallelism ?? 1))
        out.field(0, "Completions", job.spec.completions.map(String.init) ?? "<unset>")
        out.field(0, "Completion Mode", job.spec.completionMode ?? "NonIndexed")
        if job.spec.suspend == true { out.field(0, "Suspend", "true") }
        out.field(0, "Backoff Limit", String(job.spec.backoffLimit ?? 6))
        if let start = job.status.startTime {
            out.field(0, "Start Time", DescribeText.date(start))
            if let done = job.status.completionTime {
                out.field(0, "Completed At", DescribeText.date(done))
                out.field(0, "Duration", HumanDuration.format(seconds: done.instant - start.instant))
            }
        }
        if let deadline = job.spec.activeDeadlineSeconds { out.field(0, "Active Deadline Seconds", "\(deadline)s") }
        out.field(0, "Pods Statuses", "\(job.status.active ?? 0) Active (\(job.status.ready ?? 0) Ready) / "
            + "\(job.status.succeeded ?? 0) Succeeded / \(job.status.failed ?? 0) Failed")
        PodTemplateDescriber.write(&out, job.spec.template)
        EventsSection.write(&out, store: store, now: now, namespace: job.namespace, kind: Job.kind, name: job.name,
                            uid: job.metadata.uid)
        return out.render()
    }
}
