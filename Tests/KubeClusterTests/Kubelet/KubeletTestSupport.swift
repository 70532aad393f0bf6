import XCTest
@testable import KubeCluster

/// Shared helpers for the kubelet/scheduler/bootstrap tests.
enum KubeletFixture {
    static let start: Double = 1_800_000_000

    static func cluster(_ profile: ClusterProfile = .minikube, workers: Int? = nil, seed: UInt64 = 7) -> Cluster {
        Cluster.make(profile: profile, seed: seed, start: start, workers: workers, age: 600)
    }

    static func container(_ name: String, image: String, command: [String]? = nil) -> Container {
        var container = Container(name: name, image: image)
        container.command = command
        return container
    }

    @discardableResult
    static func createPod(_ cluster: Cluster, name: String, containers: [Container], initContainers: [Container]? = nil,
                          restartPolicy: String = "Always", annotations: [String: String]? = nil, namespace: String = "default",
                          configure: (inout Pod) -> Void = { _ in }) throws -> Pod {
        var pod = Pod(metadata: ObjectMeta(name: name, namespace: namespace, labels: ["run": name]), spec: PodSpec(containers: containers))
        pod.spec.initContainers = initContainers
        pod.spec.restartPolicy = restartPolicy
        pod.metadata.annotations = annotations
        pod.spec.tolerations = ClusterBootstrap.defaultTolerations
        configure(&pod)
        let created = try cluster.api.create(pod)
        cluster.settle()
        return created
    }

    static func pod(_ cluster: Cluster, _ name: String, namespace: String = "default") -> Pod? {
        cluster.store.get(Pod.self, namespace: namespace, name: name)
    }

    static func events(_ cluster: Cluster, about name: String, reason: String? = nil) -> [Event] {
        cluster.store.list(Event.self).filter { $0.involvedObject.name == name && (reason == nil || $0.reason == reason) }
            .sorted { ($0.firstTimestamp.seconds, $0.name) < ($1.firstTimestamp.seconds, $1.name) }
    }

    /// Advances in one-second steps, calling `observe` after each.
    static func step(_ cluster: Cluster, seconds: Int, observe: (Double) -> Void) {
        for _ in 0..<seconds {
            cluster.advance(by: 1)
            observe(cluster.now)
        }
    }
}

/// A resource map (`cpu: 500m`, `memory: 64Mi`) built from quantity texts (test input is always valid).
func resourceMap(_ values: [String: String]) -> [String: Quantity] {
    values.mapValues { text in
        guard let value = Quantity.parse(text) else { fatalError("bad quantity \(text)") }
        return value
    }
}
