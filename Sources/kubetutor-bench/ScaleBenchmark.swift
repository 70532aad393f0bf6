import Foundation
import KubeCluster
import KubeCtl

/// The cluster at scale: 100 Deployments × 100 replicas on 100 nodes brought to Running, then one
/// simulated hour with an HPA under load and a few crash loops; then command latency at that size.
enum ScaleBenchmark {
    static let deployments = 100
    static let replicas: Int32 = 100

    /// A 100-node kind cluster (control plane + 99 workers) at the sandbox's fixed start.
    static func makeCluster() -> Cluster {
        Cluster.make(profile: .kind, seed: 1, start: 1_767_603_600, workers: 99)
    }

    static func run(latencyIterations: Int) {
        BenchReport.heading("Scale: \(deployments) Deployments × \(replicas) replicas on 100 nodes (kind, 1 + 99 workers)")
        var cluster: Cluster!
        let boot = BenchMeasure.milliseconds { cluster = makeCluster() }
        BenchReport.line("bootstrap 100-node cluster", BenchReport.ms(boot))
        var simulated: Double?
        let ramp = BenchMeasure.milliseconds {
            for index in 0..<deployments {
                _ = try? cluster.api.create(BenchWorkloads.deployment("app-\(index)", replicas: replicas))
            }
            simulated = cluster.advanceUntilDeploymentsReady()
        }
        let counts = cluster.podCounts
        BenchReport.line("create + advance until all ready (wall)", "\(BenchReport.ms(ramp))   "
                         + "(\(simulated.map { "\(Int($0)) s simulated" } ?? "NOT READY within 1800 s simulated"); "
                         + "\(counts.running)/\(counts.total) pods Running)")
        BenchReport.line("peak memory after ramp (ru_maxrss)", String(format: "%.1f MiB", BenchMeasure.peakResidentMiB()))
        if ProcessInfo.processInfo.environment["KUBETUTOR_BENCH_MEMORY"] != nil { memoryBreakdown(cluster) }
        simulateHour(cluster)
        let peak = BenchMeasure.peakResidentMiB()
        BenchReport.line("peak memory after the hour (ru_maxrss)",
                         String(format: "%.1f MiB   target ≤ 100 MiB: %@", peak, BenchReport.verdict(peak, target: 100)))
        CommandLatencyBenchmark(cluster: cluster, scale: "\(cluster.store.count(resource: "pods")) pods (after the hour)",
                                iterations: latencyIterations, getPodsTarget: 30, commandTarget: nil).run()
    }

    /// Where the live heap goes (KUBETUTOR_BENCH_MEMORY=1): the heap now, then after dropping the
    /// events, then the pods from the store (the cluster is unusable afterwards, so the run stops).
    static func memoryBreakdown(_ cluster: Cluster) {
        let pods = cluster.store.count(resource: "pods"), events = cluster.store.count(resource: "events")
        let start = BenchMeasure.heapInUseMiB()
        BenchReport.line("malloc heap in use", String(format: "%.1f MiB (%d pods, %d events, %d timers)", start, pods, events,
                                               cluster.clock.pendingCount))
        for event in cluster.store.listAny(resource: "events") { cluster.store.removeAny(resource: "events", event.key) }
        let withoutEvents = BenchMeasure.heapInUseMiB()
        BenchReport.line("  per event (store only)", String(format: "%.0f B", (start - withoutEvents) * 1_048_576 / Double(max(1, events))))
        for pod in cluster.store.listAny(resource: "pods") { cluster.store.removeAny(resource: "pods", pod.key) }
        let withoutPods = BenchMeasure.heapInUseMiB()
        BenchReport.line("  per pod (store only)", String(format: "%.0f B", (withoutEvents - withoutPods) * 1_048_576 / Double(max(1, pods))))
        BenchReport.line("  rest (kubelet, controllers, timers)", String(format: "%.1f MiB", withoutPods))
        exit(0)
    }

    /// One simulated hour: php-apache (hpa-example) with an HPA, a load generator for the first 20
    /// minutes, and three crash-looping busybox Deployments.
    static func simulateHour(_ cluster: Cluster) {
        _ = try? cluster.api.create(BenchWorkloads.metricsServer())
        _ = try? cluster.api.create(BenchWorkloads.deployment("php-apache", replicas: 1, image: "registry.k8s.io/hpa-example",
                                                              cpuRequest: "200m"))
        _ = try? cluster.api.create(BenchWorkloads.service("php-apache"))
        _ = try? cluster.api.create(BenchWorkloads.autoscaler("php-apache"))
        for index in 0..<3 {
            _ = try? cluster.api.create(BenchWorkloads.deployment("crasher-\(index)", replicas: 2, image: "busybox:1.36",
                                                                  command: ["sh", "-c", "exit 1"]))
        }
        cluster.advance(by: 60)
        _ = try? cluster.api.create(BenchWorkloads.loadGenerator(for: "php-apache"))
        let events = cluster.store.count(resource: "events")
        var peakReplicas: Int32 = 0
        let hour = BenchMeasure.milliseconds {
            for minute in 1...60 {
                if minute == 21 {
                    _ = try? cluster.api.delete(Pod.self, ObjectKey(namespace: "default", name: "load-generator"), gracePeriod: 0)
                }
                cluster.advance(by: 60)
                let replicas = cluster.store.get(Deployment.self, namespace: "default", name: "php-apache")?.spec.replicas ?? 0
                peakReplicas = max(peakReplicas, replicas)
            }
        }
        let hpa = cluster.store.get(HorizontalPodAutoscaler.self, namespace: "default", name: "php-apache")
        // Type-erased and filtered by name first: only the crashers are copied out (a [Pod] of all 10,000
        // would add its own megabytes to the peak read just below).
        let restarts = cluster.store.listAny(resource: Pod.resource, namespace: "default")
            .filter { $0.metadata.name?.hasPrefix("crasher-") ?? false }
            .map { ($0 as? Pod)?.status.containerStatuses?.first?.restartCount ?? 0 }
        BenchReport.line("one simulated hour (HPA + load + crash loops)",
                         "\(BenchReport.ms(hour))   target ≤ 1 s: \(BenchReport.verdict(hour, target: 1000))")
        BenchReport.line("  what happened", "php-apache peaked at \(peakReplicas) replicas, HPA desired \(hpa?.status.desiredReplicas ?? -1) at the end, "
                         + "current \(hpa?.status.currentReplicas ?? -1), crash-loop restarts \(restarts), "
                         + "events \(events) → \(cluster.store.count(resource: "events")), timers pending \(cluster.clock.pendingCount)")
    }
}
