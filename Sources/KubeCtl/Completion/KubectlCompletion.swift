import KubeCluster

/// Tab completion at the learner's prompt, knowing what kubectl knows: verbs and sub-verbs, the flags of
/// the verb being typed, resource types by every name, objects that exist in the namespace being typed,
/// namespaces after `-n`, output formats after `-o`, and the shell's own commands.
public struct KubectlCompletion {
    public let shell: TutorialShell

    public init(shell: TutorialShell) { self.shell = shell }

    /// The start (in Unicode scalars) of the word under `cursor` and the candidates that complete it.
    public func complete(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        let scalars = Array(line.unicodeScalars.prefix(cursor))
        var start = scalars.count
        while start > 0, !" \t|;&".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start...]))
        let before = String(String.UnicodeScalarView(scalars[..<start]))
        let segment = before.split(whereSeparator: { "|;&".contains($0) }).last.map(String.init) ?? ""
        let words = segment.split(separator: " ").map(String.init)
        let candidates = self.candidates(for: word, after: before.hasSuffix("|") || before.hasSuffix(";") ? [] : words)
        return (start, candidates.filter { $0.hasPrefix(word) }.sorted())
    }

    func candidates(for word: String, after words: [String]) -> [String] {
        guard let command = words.first else {
            return TutorialShell.hostCommands + shell.extraCommands.keys.sorted() + ["exit", "export", "echo", "grep", "cat"]
        }
        switch command {
        case "kubectl", "k": return kubectl(word: word, words: Array(words.dropFirst()))
        case "minikube": return words.count == 1 ? ["ip", "status", "service", "dashboard", "start", "stop", "ssh", "addons"] : []
        case "kind": return words.count == 1 ? ["get", "load"] : words.count == 2 ? (words[1] == "get" ? ["clusters", "nodes"] : ["docker-image"]) : []
        case "help": return TutorialShell.hostCommands + ["shell", "exit"]
        default: return []
        }
    }

    func kubectl(word: String, words: [String]) -> [String] {
        let tree = KubectlCommandTree.standard
        var spec = tree.root
        var positional: [String] = []
        var namespace = shell.kubectl.config.defaultNamespace
        var index = 0
        while index < words.count {
            let current = words[index]
            if current == "-n" || current == "--namespace", index + 1 < words.count {
                namespace = words[index + 1]
                index += 2
                continue
            }
            if current.hasPrefix("--namespace=") { namespace = String(current.dropFirst(12)) }
            if !current.hasPrefix("-") {
                if positional.isEmpty, let sub = spec.subcommand(named: current) { spec = sub } else { positional.append(current) }
            }
            index += 1
        }
        let previous = words.last ?? ""
        if previous == "-n" || previous == "--namespace" {
            return shell.kubectl.cluster.store.list(Namespace.self).map(\.name)
        }
        if previous == "-o" || previous == "--output" {
            return ["json", "yaml", "wide", "name", "jsonpath=", "custom-columns=", "go-template="]
        }
        if word.hasPrefix("-") {
            let flags = spec.flags + tree.globalFlags
            return flags.map { "--" + $0.name } + flags.compactMap { $0.shorthand.map { "-\($0)" } }
        }
        if spec.name == tree.root.name {
            return tree.root.listedSubcommands.map(\.name)
        }
        if !spec.listedSubcommands.isEmpty, positional.isEmpty {
            return spec.listedSubcommands.map(\.name) + resourceTypes()
        }
        if let slash = word.firstIndex(of: "/") {
            let type = String(word[..<slash])
            return objectNames(type: type, namespace: namespace).map { "\(type)/\($0)" }
        }
        if let type = positional.first {
            return objectNames(type: type, namespace: namespace)
        }
        return resourceTypes()
    }

    func resourceTypes() -> [String] {
        ResourceCatalog.standard.resources.filter(\.isSimulated).map(\.name)
    }

    func objectNames(type: String, namespace: String) -> [String] {
        guard let resolved = ResourceCatalog.standard.resolve(type.split(separator: ",").first.map(String.init) ?? type) else { return [] }
        let resource = resolved.resource
        return shell.kubectl.cluster.store.listAny(resource: resource.name, namespace: resource.namespaced ? namespace : nil).map(\.name)
    }
}
