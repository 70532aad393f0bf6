import KubeCluster
@testable import KubeCtl

/// The sandbox the logs, events and top tests share: three nginx replicas behind a NodePort Service, a
/// two-container pod whose sidecar prints `tick` every five seconds, a crash-looping pod, a pod whose image
/// does not exist, and metrics-server; 90 simulated seconds after they were created.
enum LogsWorld {
    static func make(metrics: Bool = true) -> KubectlHarness {
        let harness = KubectlHarness()
        harness.deploy("web", replicas: 3)
        harness.service("web", nodePort: 30080)
        harness.pod("multi", containers: [
            KubectlHarness.container("app", "nginx:1.27", port: 80),
            KubectlHarness.container("sidecar", "busybox:1.36", command: ["sh", "-c", "while true; do echo tick; sleep 5; done"]),
        ])
        harness.pod("crashy", containers: [KubectlHarness.container("crashy", "busybox:1.36",
                                                                    command: ["sh", "-c", "echo starting; echo fatal: config not found; exit 1"])])
        harness.pod("pending-img", containers: [KubectlHarness.container("pending-img", "nginx:does-not-exist")])
        if metrics { harness.installMetricsServer() }
        harness.wait(90)
        return harness
    }
}
