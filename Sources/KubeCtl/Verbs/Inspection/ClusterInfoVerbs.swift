import Collections
import KubeCluster

/// `kubectl cluster-info` (the control plane and `kubernetes.io/cluster-service` services, plain text since
/// the prompt's stdout is never a terminal), `cluster-info dump`, and `auth can-i` / `auth whoami` for the
/// cluster-admin the sandbox always runs as.
enum ClusterInfoVerbs {
    static func clusterInfo(_ context: VerbContext) -> Int32 {
        guard context.invocation.arguments.isEmpty else {
            return context.fail("unknown command \(DiscoveryVerbs.goList(context.invocation.arguments))")
        }
        let server = serverURL(context)
        context.line("Kubernetes control plane is running at \(server)")
        let services = context.store.list(Service.self, namespace: "kube-system")
            .filter { $0.metadata.labelMap["kubernetes.io/cluster-service"] == "true" }
        for service in services {
            var link: String
            if let ingress = service.status.loadBalancer.ingress?.first {
                let address = ingress.ip ?? ingress.hostname ?? ""
                link = "http://\(address)"
                if let port = service.spec.ports?.first?.port, port != 80 { link += ":\(port)" }
            } else {
                var name = service.name
                if let port = service.spec.ports?.first {
                    let scheme = port.name == "https" || port.port == 443 ? "https" : ""
                    name = joinSchemeNamePort(scheme, service.name, port.name ?? "")
                }
                link = "\(server)/api/v1/namespaces/\(service.namespace)/services/\(name)/proxy"
            }
            let shown = service.metadata.labelMap["kubernetes.io/name"].flatMap { $0.isEmpty ? nil : $0 } ?? service.name
            context.line("\(shown) is running at \(link)")
        }
        context.write("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")
        return 0
    }

    /// `utilnet.JoinSchemeNamePort`: `scheme:name:port`, or `name:port` / `name` without a scheme.
    static func joinSchemeNamePort(_ scheme: String, _ name: String, _ port: String) -> String {
        if !scheme.isEmpty { return "\(scheme):\(name):\(port)" }
        return port.isEmpty ? name : "\(name):\(port)"
    }

    /// The API server address of the current context's cluster.
    static func serverURL(_ context: VerbContext) -> String {
        let config = context.session.config
        let clusterName = config.current?.cluster
        return config.clusters.first { $0.name == clusterName }?.server ?? config.clusters.first?.server ?? "http://localhost:8080"
    }

    static func dump(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let store = context.store
        var namespaces = invocation.strings("namespaces")
        if invocation.bool("all-namespaces") {
            namespaces = store.list(Namespace.self).map(\.name)
        } else if namespaces.isEmpty {
            namespaces = ["kube-system", context.namespace]
        }
        let directory = invocation.string("output-directory")
        var files: [(String, String)] = []
        func emit(_ path: String, _ text: String) {
            if directory.isEmpty || directory == "-" { context.write(text) } else { files.append((path, text)) }
        }
        emit("nodes.json", listText("NodeList", store.list(Node.self)))
        for namespace in namespaces {
            emit("\(namespace)/events.json", listText("EventList", store.list(Event.self, namespace: namespace)))
            emit("\(namespace)/replication-controllers.json", listText("ReplicationControllerList", [Pod]()))
            emit("\(namespace)/services.json", listText("ServiceList", store.list(Service.self, namespace: namespace)))
            emit("\(namespace)/daemonsets.json", listText("DaemonSetList", store.list(DaemonSet.self, namespace: namespace)))
            emit("\(namespace)/deployments.json", listText("DeploymentList", store.list(Deployment.self, namespace: namespace)))
            emit("\(namespace)/replicasets.json", listText("ReplicaSetList", store.list(ReplicaSet.self, namespace: namespace)))
            let pods = store.list(Pod.self, namespace: namespace)
            emit("\(namespace)/pods.json", listText("PodList", pods))
            for pod in pods {
                for container in pod.spec.allContainers {
                    let lines = (try? context.cluster.logs(namespace: namespace, pod: pod.name, container: container.name)) ?? []
                    let body = lines.map { $0.text + "\n" }.joined()
                    emit("\(namespace)/\(pod.name)/logs.txt",
                         "==== START logs for container \(container.name) of pod \(namespace)/\(pod.name) ====\n"
                            + body + "==== END logs for container \(container.name) of pod \(namespace)/\(pod.name) ====\n")
                }
            }
        }
        guard !files.isEmpty else { return 0 }
        var merged = OrderedDictionary<String, String>()
        for (path, text) in files { merged[path, default: ""] += text }
        for (path, text) in merged {
            do { try context.session.files.write("\(directory)/\(path)", text) } catch { return context.fail("\(error)") }
        }
        context.line("Cluster info dumped to \(directory)")
        return 0
    }

    /// A typed list as `-o json` prints it.
    static func listText<T: APIObject>(_ kind: String, _ items: [T]) -> String {
        var list = OrderedDictionary<String, JSONValue>()
        list["kind"] = .string(kind)
        list["apiVersion"] = .string(T.apiVersion)
        list["metadata"] = ["resourceVersion": "1"]
        list["items"] = .array(items.map(ObjectJSON.encode))
        return JSONValue.object(list).sortedKeys().jsonText() + "\n"
    }

    static func canI(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        if invocation.bool("list") { return listPermissions(context) }
        let arguments = invocation.arguments
        guard arguments.count == 2 else {
            context.io.stderr("error: you must specify two arguments: verb resource or verb resource/resourceName.\n"
                + "See 'kubectl auth can-i -h' for help and examples.\n")
            return 1
        }
        let target = arguments[1]
        if !target.hasPrefix("/") {
            let type = String(target.split(separator: "/", maxSplits: 1).first ?? "")
            if type != "*", ResourceCatalog.standard.resolve(type) == nil {
                context.errorLine("Warning: the server doesn't have a resource type '\(type)'")
            }
        }
        if !invocation.bool("quiet") { context.line("yes") }
        return 0
    }

    /// `auth can-i --list` for cluster-admin: everything, plus the rules every authenticated user has.
    static func listPermissions(_ context: VerbContext) -> Int32 {
        var writer = TabWriter(settings: .kubectlGet)
        if !context.invocation.bool("no-headers") {
            writer.write(row: ["Resources", "Non-Resource URLs", "Resource Names", "Verbs"])
        }
        writer.write(row: ["*.*", "[]", "[]", "[*]"])
        writer.write(row: ["", "[*]", "[]", "[*]"])
        for resource in ["selfsubjectreviews.authentication.k8s.io", "selfsubjectaccessreviews.authorization.k8s.io",
                         "selfsubjectrulesreviews.authorization.k8s.io"] {
            writer.write(row: [resource, "[]", "[]", "[create]"])
        }
        for url in ["/api/*", "/api", "/apis/*", "/apis", "/healthz", "/healthz", "/livez", "/livez", "/openapi/*", "/openapi",
                    "/readyz", "/readyz", "/version/", "/version/", "/version", "/version"] {
            writer.write(row: ["", "[\(url)]", "[]", "[get]"])
        }
        context.write(writer.flush())
        return 0
    }

    static func whoami(_ context: VerbContext) -> Int32 {
        let user = context.session.config.current?.user ?? "minikube"
        let name = context.session.profile == .multiNode ? "kubernetes-admin" : user
        var writer = TabWriter(settings: .kubectlGet)
        writer.write(row: ["ATTRIBUTE", "VALUE"])
        writer.write(row: ["Username", name])
        writer.write(row: ["Groups", "[\(context.session.profile == .minikube ? "system:masters" : "kubeadm:cluster-admins") system:authenticated]"])
        context.write(writer.flush())
        return 0
    }
}
