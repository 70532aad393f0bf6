import KubeCluster
@testable import KubeCtl

/// Objects the workload verb tests start from, created through the API server the way
/// `kubectl create deployment` / `kubectl run` would create them.
extension KubectlHarness {
    /// A Deployment like `kubectl create deployment NAME --image=IMAGE --replicas=N`, settled.
    @discardableResult
    func createDeployment(_ name: String, image: String, replicas: Int32 = 1, namespace: String = "default",
                          container: String? = nil, port: Int32? = nil) throws -> Deployment {
        var deployment = Deployment()
        deployment.metadata = ObjectMeta(name: name, namespace: namespace, labels: ["app": name])
        deployment.spec.replicas = replicas
        var selector = LabelSelectorSpec()
        selector.matchLabels = ["app": name]
        deployment.spec.selector = selector
        deployment.spec.template.metadata.labels = ["app": name]
        var main = Container(name: container ?? Self.containerName(image), image: image)
        if let port {
            let json: JSONValue = [["containerPort": .int(Int64(port))]]
            main.ports = try TreeDecoder().decode([ContainerPort].self, from: json)
        }
        deployment.spec.template.spec.containers = [main]
        let created = try cluster.api.create(deployment)
        cluster.settle()
        return created
    }

    /// A bare pod like `kubectl run NAME --image=IMAGE`, settled.
    @discardableResult
    func createPod(_ name: String, image: String, labels: [String: String]? = nil, emptyDir: Bool = false) throws -> Pod {
        var pod = Pod()
        pod.metadata = ObjectMeta(name: name, namespace: "default", labels: labels ?? ["run": name])
        pod.spec.containers = [Container(name: name, image: image)]
        if emptyDir {
            var volume = Volume(name: "scratch")
            volume.emptyDir = .emptyObject
            pod.spec.volumes = [volume]
        }
        let created = try cluster.api.create(pod)
        cluster.settle()
        return created
    }

    /// The container name `kubectl create deployment` derives from an image (`nginx:1.27` → `nginx`).
    static func containerName(_ image: String) -> String {
        let path = image.split(separator: "/").last.map(String.init) ?? image
        return String(path.split(separator: ":").first ?? Substring(path))
    }

    /// Moves simulated time forward.
    func advance(_ seconds: Double) { cluster.advance(by: seconds) }
}

/// Config maps for the `set env --from` tests.
enum ConfigMapFixture {
    /// A config map in `default` with `data`.
    static func make(_ name: String, data: [String: String]) -> ConfigMap {
        var map = ConfigMap()
        map.metadata = ObjectMeta(name: name, namespace: "default")
        map.data = data
        return map
    }
}
