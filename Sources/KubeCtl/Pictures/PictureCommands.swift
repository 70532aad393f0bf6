import KubeCluster

/// The `draw` and `why` commands: their words and flags, and which picture they print.
public enum PictureCommands {
    /// The usage line of `draw`.
    public static let drawUsage = "usage: draw service NAME | draw rollout DEPLOYMENT | draw hpa NAME | draw nodes [-A]   (-n NAMESPACE)"
    /// The usage line of `why`.
    public static let whyUsage = "usage: why POD [-n NAMESPACE]"

    /// `draw WHAT [NAME] [-n NS] [-A]`; returns the exit status.
    public static func draw(_ argv: [String], session: KubectlSession, history: ClusterHistory?, style: PictureStyle,
                            io: ShellIO) -> Int32 {
        let parsed: PictureArguments
        switch PictureArguments.parse(Array(argv.dropFirst()), session: session) {
        case .failure(let message):
            io.stderr("draw: \(message)\n\(drawUsage)\n")
            return 1
        case .success(let arguments): parsed = arguments
        }
        var words = parsed.words
        if let first = words.first, let slash = first.firstIndex(of: "/") {
            words = [String(first[..<slash]), String(first[first.index(after: slash)...])] + words.dropFirst()
        }
        guard let what = words.first else {
            io.stderr("draw: what should I draw?\n\(drawUsage)\n")
            return 1
        }
        let cluster = session.cluster
        let name = words.count > 1 ? words[1] : nil
        switch what {
        case "nodes", "node", "no":
            io.stdout(NodesPicture.draw(cluster: cluster, allNamespaces: parsed.allNamespaces, style: style))
            return 0
        case "service", "services", "svc":
            guard let name else { return missingName("service", io: io) }
            guard let service = cluster.store.get(Service.self, namespace: parsed.namespace, name: name) else {
                return notFound("services", name, io: io)
            }
            io.stdout(ServicePicture.draw(service, cluster: cluster, style: style))
        case "rollout", "deployment", "deployments", "deploy":
            guard let name else { return missingName("rollout", io: io) }
            guard let deployment = cluster.store.get(Deployment.self, namespace: parsed.namespace, name: name) else {
                return notFound("deployments.apps", name, io: io)
            }
            io.stdout(RolloutPicture.draw(deployment, history: history, cluster: cluster, style: style))
        case "hpa", "horizontalpodautoscaler", "horizontalpodautoscalers":
            guard let name else { return missingName("hpa", io: io) }
            guard let hpa = cluster.store.get(HorizontalPodAutoscaler.self, namespace: parsed.namespace, name: name) else {
                return notFound("horizontalpodautoscalers.autoscaling", name, io: io)
            }
            io.stdout(HPAPicture.draw(hpa, history: history, cluster: cluster, style: style))
        default:
            io.stderr("draw: I can't draw \"\(what)\"\n\(drawUsage)\n")
            return 1
        }
        return 0
    }

    /// `why POD [-n NS]`; returns the exit status.
    public static func why(_ argv: [String], session: KubectlSession, style: PictureStyle, io: ShellIO) -> Int32 {
        let parsed: PictureArguments
        switch PictureArguments.parse(Array(argv.dropFirst()), session: session) {
        case .failure(let message):
            io.stderr("why: \(message)\n\(whyUsage)\n")
            return 1
        case .success(let arguments): parsed = arguments
        }
        guard var name = parsed.words.first, parsed.words.count == 1 else {
            io.stderr("why: which pod? (kubectl get pods lists them)\n\(whyUsage)\n")
            return 1
        }
        for prefix in ["pod/", "pods/", "po/"] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        let result = WhyPicture.explain(name, namespace: parsed.namespace, currentNamespace: session.config.defaultNamespace,
                                        cluster: session.cluster, isKind: session.profile == .kind, style: style)
        if result.failed { io.stderr(result.text) } else { io.stdout(result.text) }
        return result.failed ? 1 : 0
    }

    private static func missingName(_ what: String, io: ShellIO) -> Int32 {
        io.stderr("draw \(what): which one? give its name\n\(drawUsage)\n")
        return 1
    }

    private static func notFound(_ resource: String, _ name: String, io: ShellIO) -> Int32 {
        io.stderr("Error from server (NotFound): \(resource) \"\(name)\" not found\n")
        return 1
    }
}

/// The words and flags of a picture command.
struct PictureArguments {
    var words: [String] = []
    var namespace: String
    var allNamespaces = false

    static func parse(_ args: [String], session: KubectlSession) -> Result<PictureArguments, PictureArgumentError> {
        var result = PictureArguments(namespace: session.config.defaultNamespace)
        var index = 0
        while index < args.count {
            let word = args[index]
            switch word {
            case "-n", "--namespace":
                guard index + 1 < args.count else { return .failure(PictureArgumentError("flag needs an argument: \(word)")) }
                result.namespace = args[index + 1]
                index += 1
            case "-A", "--all-namespaces":
                result.allNamespaces = true
            default:
                if word.hasPrefix("--namespace=") {
                    result.namespace = String(word.dropFirst("--namespace=".count))
                } else if word.hasPrefix("-n"), word.count > 2 {
                    result.namespace = String(word.dropFirst(2))
                } else if word.hasPrefix("-") {
                    return .failure(PictureArgumentError("unknown flag: \(word)"))
                } else {
                    result.words.append(word)
                }
            }
            index += 1
        }
        return .success(result)
    }
}

/// A mistake in a picture command's arguments.
struct PictureArgumentError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
