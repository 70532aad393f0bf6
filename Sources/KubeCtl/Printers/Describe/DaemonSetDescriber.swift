import KubeCluster

/// `kubectl describe daemonset` (1.32 layout): identity and selectors, the scheduling counts (written
/// without tabs, so they are not aligned), the pods' phases, the pod template and events.
public enum DaemonSetDescriber {
    public static func describe(_ daemonSet: DaemonSet, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", daemonSet.name)
        out.field(0, "Namespace", daemonSet.namespace)
        out.field(0, "Selector", SelectorText.format(daemonSet.spec.selector))
        out.field(0, "Node-Selector", nodeSelectorText(daemonSet.spec.template.spec.nodeSelector))
        out.list(0, "Labels", DescribeText.labels(daemonSet.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(daemonSet.metadata.annotations))
        let status = daemonSet.status
        out.line(0, "Desired Number of Nodes Scheduled: \(status.desiredNumberScheduled)")
        out.line(0, "Current Number of Nodes Scheduled: \(status.currentNumberScheduled)")
        out.line(0, "Number of Nodes Scheduled with Up-to-date Pods: \(status.updatedNumberScheduled ?? 0)")
        out.line(0, "Number of Nodes Scheduled with Available Pods: \(status.numberAvailable ?? 0)")
        out.line(0, "Number of Nodes Misscheduled: \(status.numberMisscheduled)")
        let pods = store.list(Pod.self, namespace: daemonSet.namespace)
            .filter { $0.metadata.controllerReference?.uid == daemonSet.metadata.uid }
        out.field(0, "Pods Status", PodPhaseCounts(pods).text)
        PodTemplateDescriber.write(&out, daemonSet.spec.template)
        EventsSection.write(&out, store: store, now: now, namespace: daemonSet.namespace, kind: DaemonSet.kind,
                            name: daemonSet.name, uid: daemonSet.metadata.uid)
        return out.render()
    }

    /// `labels.FormatLabels`: `k=v,k2=v2` sorted by key, `<none>` when empty.
    static func nodeSelectorText(_ selector: [String: String]?) -> String {
        let pairs = DescribeText.labels(selector)
        return pairs.isEmpty ? "<none>" : pairs.joined(separator: ",")
    }
}
