import KubeCluster

/// `minikube addons list|enable|disable` for the add-ons learners meet: metrics-server (what `kubectl top`
/// and HPAs need) and the dashboard. metrics-server is installed for real — its Deployment in kube-system,
/// with the `--kubelet-insecure-tls` flag minikube's add-on passes — so the metrics API appears once it is ready.
enum MinikubeAddons {
    /// Add-ons shown by `addons list`: name, maintainer, and whether a fresh minikube has it on.
    static let known: [(name: String, maintainer: String, enabledByDefault: Bool)] = [
        ("dashboard", "Kubernetes", false), ("default-storageclass", "Kubernetes", true), ("ingress", "Kubernetes", false),
        ("ingress-dns", "minikube", false), ("metrics-server", "Kubernetes", false), ("registry", "minikube", false),
        ("storage-provisioner", "minikube", true),
    ]

    static let metricsServerURL = "https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml"

    /// What the add-on applies: the objects of components.yaml that kubetutor simulates (ServiceAccount,
    /// Service, Deployment), the Deployment already started with `--kubelet-insecure-tls` — minikube's
    /// kubelet certificates are self-signed, so its add-on passes the flag from the start (one revision,
    /// one ReplicaSet, no rollout).
    static let addonManifest: String = {
        let kept = ManifestURLCatalogue.metricsServer.components(separatedBy: "\n---\n").filter { document in
            ["kind: ServiceAccount", "kind: Service", "kind: Deployment"].contains { kind in
                document.components(separatedBy: "\n").contains(kind)
            }
        }
        return kept.joined(separator: "\n---\n").replacingOccurrences(
            of: "        - --metric-resolution=15s\n",
            with: "        - --metric-resolution=15s\n        - \(MetricsServerBehaviour.insecureFlag)\n")
    }()

    static func run(_ call: TutorialCommandCall, _ args: [String]) -> Int32 {
        switch args.first {
        case "list":
            let rows = known.map { addon in
                [addon.name, "minikube", isEnabled(addon.name, call) ? "enabled ✅" : "disabled", addon.maintainer]
            }
            call.io.stdout(MinikubeTable.render(header: ["ADDON NAME", "PROFILE", "STATUS", "MAINTAINER"], rows: rows))
            return 0
        case "enable", "disable":
            guard args.count >= 2, let addon = known.first(where: { $0.name == args[1] }) else {
                call.err("❌  Exiting due to MK_ADDON_ENABLE: enable failed: run callbacks: \(args.dropFirst().first ?? "") is not a valid addon")
                return 1
            }
            return args[0] == "enable" ? enable(addon.name, addon.maintainer, call) : disable(addon.name, call)
        default:
            call.err("Error: unknown command \"\(args.first ?? "")\" for \"minikube addons\"\nRun 'minikube addons --help' for usage.")
            return 1
        }
    }

    static func isEnabled(_ name: String, _ call: TutorialCommandCall) -> Bool {
        switch name {
        case "metrics-server": return call.cluster.store.get(Deployment.self, namespace: "kube-system", name: "metrics-server") != nil
        case "dashboard": return call.cluster.store.get(Namespace.self, namespace: "", name: "kubernetes-dashboard") != nil
        default: return known.first { $0.name == name }?.enabledByDefault ?? false
        }
    }

    static func enable(_ name: String, _ maintainer: String, _ call: TutorialCommandCall) -> Int32 {
        call.out("💡  \(name) is an addon maintained by \(maintainer). For any concerns contact minikube on GitHub.")
        call.out("You can view the list of minikube maintainers at: https://github.com/kubernetes/minikube/blob/master/OWNERS")
        var silent = ""
        let quiet = ShellIO(stdout: { silent += $0 }, stderr: { silent += $0 })
        switch name {
        case "metrics-server":
            call.out("    ▪ Using image registry.k8s.io/metrics-server/metrics-server:v0.7.2")
            if !isEnabled(name, call) {
                _ = call.shell.kubectl.run(["apply", "-f", "-"], stdin: addonManifest, io: quiet)
            }
        case "dashboard":
            call.out("    ▪ Using image docker.io/kubernetesui/dashboard:v2.7.0")
            call.out("    ▪ Using image docker.io/kubernetesui/metrics-scraper:v1.0.8")
            if !isEnabled(name, call) {
                _ = call.shell.kubectl.run(["create", "namespace", "kubernetes-dashboard"], stdin: nil, io: quiet)
                _ = call.shell.kubectl.run(["-n", "kubernetes-dashboard", "create", "deployment", "kubernetes-dashboard",
                                            "--image=docker.io/kubernetesui/dashboard:v2.7.0", "--port=9090"], stdin: nil, io: quiet)
            }
        default:
            break
        }
        call.out("🌟  The '\(name)' addon is enabled")
        return 0
    }

    static func disable(_ name: String, _ call: TutorialCommandCall) -> Int32 {
        var silent = ""
        let quiet = ShellIO(stdout: { silent += $0 }, stderr: { silent += $0 })
        switch name {
        case "metrics-server":
            _ = call.shell.kubectl.run(["delete", "-f", metricsServerURL, "--ignore-not-found", "--wait=false"], stdin: nil, io: quiet)
        case "dashboard":
            _ = call.shell.kubectl.run(["delete", "namespace", "kubernetes-dashboard", "--ignore-not-found", "--wait=false"], stdin: nil, io: quiet)
        default:
            break
        }
        call.out("🌑  \"The '\(name)' addon is disabled\"")
        return 0
    }
}
