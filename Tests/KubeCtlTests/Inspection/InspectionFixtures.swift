import KubeCluster
@testable import KubeCtl

/// Objects the inspection tests need, created straight through the simulated API server (so these tests do
/// not depend on the `create`/`apply` verbs).
extension KubectlHarness {
    /// A Deployment of `replicas` pods labelled `app=<name>`, each running `image` (optionally with a command).
    func deploy(_ name: String, image: String = "nginx:1.27", replicas: Int32 = 1, port: Int32? = 80, command: [String]? = nil,
                namespace: String = "default") {
        var container = Container(name: name.components(separatedBy: "-").first ?? name, image: image)
        container.command = command
        if let port { container.ports = [ContainerPort(containerPort: port)] }
        var deployment = Deployment()
        deployment.metadata = ObjectMeta(name: name, namespace: namespace, labels: ["app": name])
        deployment.spec.replicas = replicas
        deployment.spec.selector = LabelSelectorSpec(matchLabels: ["app": name])
        deployment.spec.template.metadata = ObjectMeta(name: "", labels: ["app": name])
        deployment.spec.template.metadata.name = nil
        deployment.spec.template.spec = PodSpec(containers: [container])
        _ = try? cluster.api.create(deployment)
        cluster.settle()
    }

    /// A bare pod with the given containers (`name=image` pairs, optional commands).
    func pod(_ name: String, containers: [Container], restartPolicy: String = "Always", namespace: String = "default",
             annotations: [String: String]? = nil) {
        var pod = Pod(metadata: ObjectMeta(name: name, namespace: namespace, labels: ["run": name]), spec: PodSpec(containers: containers))
        pod.spec.restartPolicy = restartPolicy
        pod.metadata.annotations = annotations
        _ = try? cluster.api.create(pod)
        cluster.settle()
    }

    /// A container spec.
    static func container(_ name: String, _ image: String, command: [String]? = nil, port: Int32? = nil) -> Container {
        var container = Container(name: name, image: image)
        container.command = command
        if let port { container.ports = [ContainerPort(containerPort: port)] }
        return container
    }

    /// A Service selecting `app=<selector>`; NodePort when `nodePort` is given.
    func service(_ name: String, selector: String? = nil, port: Int32 = 80, targetPort: Int32 = 80, nodePort: Int32? = nil,
                 type: String? = nil) {
        var service = Service()
        service.metadata = ObjectMeta(name: name, namespace: "default", labels: ["app": name])
        service.spec.selector = ["app": selector ?? name]
        service.spec.ports = [ServicePort(port: port, targetPort: .int(targetPort), nodePort: nodePort)]
        service.spec.type = type ?? (nodePort == nil ? "ClusterIP" : "NodePort")
        _ = try? cluster.api.create(service)
        cluster.settle()
    }

    /// metrics-server in kube-system, as `minikube addons enable metrics-server` installs it.
    func installMetricsServer() {
        var container = Container(name: "metrics-server", image: "registry.k8s.io/metrics-server/metrics-server:v0.7.2")
        container.args = ["--cert-dir=/tmp", "--secure-port=4443", "--kubelet-insecure-tls"]
        var deployment = Deployment()
        let labels = ["k8s-app": "metrics-server"]
        deployment.metadata = ObjectMeta(name: "metrics-server", namespace: "kube-system", labels: labels)
        deployment.spec.replicas = 1
        deployment.spec.selector = LabelSelectorSpec(matchLabels: labels)
        deployment.spec.template.metadata = ObjectMeta(name: "", labels: labels)
        deployment.spec.template.metadata.name = nil
        deployment.spec.template.spec = PodSpec(containers: [container])
        _ = try? cluster.api.create(deployment)
        cluster.settle()
    }

    /// Lets simulated time pass.
    func wait(_ seconds: Double) { cluster.advance(by: seconds) }

    /// The names of the pods whose names start with `prefix`, sorted.
    func podNames(_ prefix: String, namespace: String = "default") -> [String] {
        cluster.store.list(Pod.self, namespace: namespace).map(\.name).filter { $0.hasPrefix(prefix) }.sorted()
    }
}
