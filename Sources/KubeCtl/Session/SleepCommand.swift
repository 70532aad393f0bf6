import KubeCluster

/// `sleep N[s|m|h|d]`: waits in simulated time, so the cluster fast-forwards (rollouts finish, crash loops
/// back off) while the learner watches. Accepts several operands and fractions, like coreutils.
public enum SleepCommand {
    /// The most simulated time one `sleep` or `ff` moves: a week. Every timer of the cluster runs on the
    /// way, so a year took minutes; a week of an idle cluster takes well under a second.
    public static let longestWait: Double = 7 * 86_400

    static func run(_ call: TutorialCommandCall) -> Int32 {
        let operands = Array(call.argv.dropFirst())
        guard !operands.isEmpty else {
            call.err("sleep: missing operand\nTry 'sleep --help' for more information.")
            return 1
        }
        var total = 0.0
        for operand in operands {
            guard let seconds = seconds(operand) else {
                call.err("sleep: invalid time interval '\(operand)'\nTry 'sleep --help' for more information.")
                return 1
            }
            total += seconds
        }
        let reached = call.cluster.advance(by: min(total, longestWait))
        return reached || !call.shell.kubectl.isInterrupted() ? 0 : ShellInterpreter.interruptedStatus
    }

    /// The length of one operand (`30`, `1.5`, `2m`, `1h`, `1d`), or nil when malformed.
    static func seconds(_ operand: String) -> Double? {
        var number = operand
        var unit = 1.0
        if let last = operand.last, "smhd".contains(last) {
            number = String(operand.dropLast())
            unit = ["s": 1, "m": 60, "h": 3600, "d": 86_400][String(last)] ?? 1
        }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        return value * unit
    }
}

/// `minikube …` for the minikube profile: status, ip, service, addons, dashboard, start/stop.
enum MinikubeCommand {
    static let nodeIP = "192.168.49.2"

    static func run(_ call: TutorialCommandCall) -> Int32 {
        let args = Array(call.argv.dropFirst())
        guard call.shell.kubectl.profile == .minikube else {
            call.err("🤷  Profile \"minikube\" not found. Run \"minikube profile list\" to view all profiles.")
            call.err("👉  To start a cluster, run: \"minikube start\"")
            return 85
        }
        switch args.first {
        case "ip":
            call.out(nodeIP)
        case "status":
            call.out("minikube\ntype: Control Plane\nhost: Running\nkubelet: Running\napiserver: Running\nkubeconfig: Configured\n")
        case "start":
            call.out("😄  minikube v1.35.0 on Linux (simulated by kubetutor)")
            call.out("✨  Using the docker driver based on existing profile")
            call.out("👍  Starting \"minikube\" primary control-plane node in \"minikube\" cluster")
            call.out("🏄  Done! kubectl is now configured to use \"minikube\" cluster and \"default\" namespace by default")
        case "stop":
            call.out("✋  Stopping node \"minikube\"  ...")
            call.out("🛑  1 node stopped. (kubetutor keeps the simulated cluster running; `minikube start` picks it up again.)")
        case "service":
            return service(call, Array(args.dropFirst()))
        case "dashboard":
            call.out("🤔  Verifying dashboard health ...")
            call.out("🚀  Launching proxy ...")
            call.out("🤔  Verifying proxy health ...")
            call.out("🎉  Opening http://127.0.0.1:37339/api/v1/namespaces/kubernetes-dashboard/services/http:kubernetes-dashboard:/proxy/ in your default browser...")
            call.out("(kubetutor has no browser: explore the same information with kubectl get and describe.)")
        case "ssh":
            return ssh(call, Array(args.dropFirst()))
        case "addons":
            return MinikubeAddons.run(call, Array(args.dropFirst()))
        default:
            call.err("Error: unknown command \"\(args.first ?? "")\" for \"minikube\"\nRun 'minikube --help' for usage.")
            return 1
        }
        return 0
    }

    /// `minikube ssh`: attaches a shell on the node; `minikube ssh -- CMD` (or `minikube ssh CMD`) runs one command.
    static func ssh(_ call: TutorialCommandCall, _ args: [String]) -> Int32 {
        var words = args
        var nodeName = "minikube"
        if let index = words.firstIndex(where: { $0 == "-n" || $0 == "--node" }), index + 1 < words.count, words.firstIndex(of: "--").map({ index < $0 }) ?? true {
            nodeName = words[index + 1]
            words.removeSubrange(index...(index + 1))
        }
        if let dash = words.firstIndex(of: "--") { words.remove(at: dash) }
        guard call.cluster.store.get(Node.self, namespace: "", name: nodeName) != nil else {
            call.err("❌  Exiting due to GUEST_NODE_RETRIEVE: retrieving node: Could not find node \(nodeName)")
            return 85
        }
        let shell = NodeShell(session: call.shell.kubectl, nodeName: nodeName)
        guard words.isEmpty else { return shell.runOnce(words.joined(separator: " "), io: call.io) }
        guard call.stdin == nil else { return shell.runOnce(call.stdin ?? "", io: call.io) }
        call.shell.kubectl.attachment = ProgramAttachment(program: shell) { status, _ in status }
        return 0
    }

    static func service(_ call: TutorialCommandCall, _ args: [String]) -> Int32 {
        let wantsURL = args.contains("--url")
        var namespace = call.shell.kubectl.config.defaultNamespace
        var names: [String] = []
        var index = 0
        while index < args.count {
            let word = args[index]
            if word == "-n" || word == "--namespace", index + 1 < args.count {
                namespace = args[index + 1]
                index += 2
                continue
            }
            if word.hasPrefix("--namespace=") { namespace = String(word.dropFirst("--namespace=".count)) }
            else if !word.hasPrefix("-") { names.append(word) }
            index += 1
        }
        guard let name = names.first else {
            call.err("❌  Exiting due to MK_USAGE: You must specify service name(s) or --all")
            return 64
        }
        guard let service = call.cluster.store.get(Service.self, namespace: namespace, name: name) else {
            call.err("❌  Exiting due to SVC_NOT_FOUND: Service '\(name)' was not found in '\(namespace)' namespace.")
            call.err("You may select another namespace by using 'minikube service \(name) -n <namespace>'. Or list out all the services using 'minikube service list'")
            return 1
        }
        let nodePorts = (service.spec.ports ?? []).compactMap(\.nodePort)
        guard !nodePorts.isEmpty else {
            call.out("😿  service \(namespace)/\(name) has no node port")
            return 0
        }
        let urls = nodePorts.map { "http://\(nodeIP):\($0)" }
        if wantsURL {
            urls.forEach { call.out($0) }
            return 0
        }
        let target: String = service.spec.ports?.first.map { port in
            switch port.targetPort ?? .int(port.port) { case .int(let number): return String(number); case .string(let text): return text }
        } ?? ""
        call.io.stdout(MinikubeTable.render(header: ["NAMESPACE", "NAME", "TARGET PORT", "URL"],
                                            rows: [[namespace, name, target, urls[0]]], rightAligned: [2]))
        call.out("🎉  Opening service \(namespace)/\(name) in default browser...")
        return 0
    }
}

/// The ASCII tables minikube prints (`|----|` borders, centred headers).
enum MinikubeTable {
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) + "|" }.joined() + "\n"
        func centred(_ text: String, _ width: Int) -> String {
            let space = width - text.count
            let left = (space + 1) / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: space - left)
        }
        var out = rule
        out += "|" + header.indices.map { " " + centred(header[$0], widths[$0]) + " |" }.joined() + "\n" + rule
        for row in rows {
            out += "|" + row.indices.map { column -> String in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return " " + (rightAligned.contains(column) ? padding + row[column] : row[column] + padding) + " |"
            }.joined() + "\n"
        }
        return out + rule
    }
}

/// `kind get clusters` and `kind load docker-image IMAGE [--name NAME]` for the kind profile.
enum KindCommand {
    static func run(_ call: TutorialCommandCall) -> Int32 {
        let args = Array(call.argv.dropFirst())
        let clusterName = call.shell.kubectl.clusterName
        if args.starts(with: ["get", "clusters"]) {
            if call.shell.kubectl.profile == .kind { call.out(clusterName) } else { call.err("No kind clusters found.") }
            return 0
        }
        if args.starts(with: ["get", "nodes"]) {
            for node in call.cluster.store.list(Node.self) { call.out(node.name) }
            return 0
        }
        if args.starts(with: ["load", "docker-image"]) {
            var images: [String] = []
            var name = "kind"
            var index = 2
            while index < args.count {
                if args[index] == "--name", index + 1 < args.count { name = args[index + 1]; index += 2; continue }
                if args[index].hasPrefix("--name=") { name = String(args[index].dropFirst(7)) } else { images.append(args[index]) }
                index += 1
            }
            guard call.shell.kubectl.profile == .kind, name == clusterName else {
                call.err("ERROR: no nodes found for cluster \"\(name)\"")
                return 1
            }
            guard !images.isEmpty else {
                call.err("ERROR: a list of image names is required")
                return 1
            }
            for image in images {
                guard let id = call.cluster.loadImage(image) else {
                    call.err("ERROR: image: \"\(image)\" not present locally")
                    return 1
                }
                for node in call.cluster.store.list(Node.self) {
                    call.out("Image: \"\(image)\" with ID \"\(id)\" not yet present on node \"\(node.name)\", loading...")
                }
                call.shell.kubectl.loadedImages.insert(image)
            }
            return 0
        }
        call.err("ERROR: unknown command \"\(args.joined(separator: " "))\" for \"kind\"")
        return 1
    }
}
