/// Pod usage as the kubelets measure it, plus the CPU work a load fault puts on a deployment's pods.
///
/// The load is a total shared by the deployment's running pods, like traffic spread by a Service: when
/// an autoscaler adds pods, each one gets a smaller share. A container's CPU limit caps its usage.
final class LoadedMetricsProvider: PodMetricsProvider {
    private let base: PodMetricsProvider?
    private unowned let injector: FaultInjector
    private unowned let cluster: Cluster

    init(base: PodMetricsProvider?, injector: FaultInjector, cluster: Cluster) {
        self.base = base
        self.injector = injector
        self.cluster = cluster
    }

    func usage(of pod: Pod, at time: Double) -> PodUsage? {
        guard var usage = base?.usage(of: pod, at: time) else { return nil }
        guard !injector.active.isEmpty, let deployment = injector.owningDeployment(of: pod),
              let total = injector.cpuLoad(on: deployment.key) else { return usage }
        let sharing = max(1, FaultLoad.runningPods(of: deployment, in: cluster).count)
        var extra = total / Int64(sharing)
        for index in usage.containers.indices where extra > 0 {
            let name = usage.containers[index].name
            let limit = pod.spec.containers.first { $0.name == name }?.resources.limits?["cpu"]
                .map(\.milliValue)
            let current = usage.containers[index].cpuMillicores
            let added = limit.map { max(0, min(extra, $0 - current)) } ?? extra
            usage.containers[index].cpuMillicores = current + added
            extra -= added
        }
        return usage
    }
}

/// Which pods share a deployment's load.
enum FaultLoad {
    /// The deployment's pods that are Running with every container running (those metrics-server measures).
    static func runningPods(of deployment: Deployment, in cluster: Cluster) -> [Pod] {
        cluster.faults.pods(of: deployment).filter { pod in
            pod.status.phase == "Running" && (pod.status.containerStatuses ?? []).allSatisfy { $0.state.running != nil }
        }
    }
}
