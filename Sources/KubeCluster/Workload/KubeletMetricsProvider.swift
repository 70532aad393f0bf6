/// Feeds metrics-server (and so the HPA and `kubectl top`) from what the kubelets' containers use.
///
/// The kubelet model knows current usage only; a sample for a past scrape instant uses the usage at the
/// time it is asked for, which differs only while load is changing within one 15 s scrape interval.
public final class KubeletMetricsProvider: PodMetricsProvider {
    private unowned let cluster: Cluster

    public init(cluster: Cluster) { self.cluster = cluster }

    public func usage(of pod: Pod, at time: Double) -> PodUsage? {
        let containers = cluster.podUsage(namespace: pod.namespace, pod: pod.name)
        guard !containers.isEmpty else { return nil }
        return PodUsage(containers: containers, timestamp: time)
    }
}
