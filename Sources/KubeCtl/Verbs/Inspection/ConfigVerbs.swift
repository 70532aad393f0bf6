import KubeCluster

/// `kubectl config …`: reading and changing the session's kubeconfig (contexts, clusters, users, the
/// current context and each context's namespace), with kubectl's messages for `~/.kube/config`.
enum ConfigVerbs {
    /// Where the session's kubeconfig lives, as kubectl names it in messages.
    static let path = "/home/learner/.kube/config"

    static let entries: [String: KubectlVerbs.Run] = [
        "config view": view, "config get-contexts": getContexts, "config current-context": currentContext,
        "config use-context": useContext, "config set-context": setContext, "config delete-context": deleteContext,
        "config rename-context": renameContext, "config get-clusters": getClusters, "config get-users": getUsers,
    ]

    static func currentContext(_ context: VerbContext) -> Int32 {
        let current = context.session.config.currentContext
        guard !current.isEmpty else { return context.fail("current-context is not set") }
        context.line(current)
        return 0
    }

    static func useContext(_ context: VerbContext) -> Int32 {
        guard context.invocation.arguments.count == 1, let name = context.invocation.arguments.first else {
            return unexpectedArguments(context)
        }
        guard context.session.config.contexts.contains(where: { $0.name == name }) else {
            return context.fail("no context exists with the name: \"\(name)\"")
        }
        context.session.config.currentContext = name
        context.line("Switched to context \"\(name)\".")
        return 0
    }

    /// cobra's `Unexpected args` failure: the help page on stdout, the error on stderr.
    static func unexpectedArguments(_ context: VerbContext) -> Int32 {
        let arguments = context.invocation.arguments.joined(separator: " ")
        if case .finished(let output) = KubectlSession.commandLine.interpret(context.invocation.commandPath + ["--help"]) {
            context.write(output.stdout)
        }
        return context.fail("Unexpected args: [\(arguments)]")
    }

    static func setContext(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let useCurrent = invocation.bool("current")
        if useCurrent, !invocation.arguments.isEmpty {
            return context.fail("you cannot specify both a context name and --current")
        }
        guard invocation.arguments.count <= 1 else { return unexpectedArguments(context) }
        let name = useCurrent ? context.session.config.currentContext : (invocation.arguments.first ?? "")
        guard !name.isEmpty else {
            return context.fail(useCurrent ? "no current context is set" : "you must specify a non-empty context name or --current")
        }
        var config = context.session.config
        let exists = config.contexts.contains { $0.name == name }
        if !exists { config.contexts.append(KubeConfig.ContextEntry(name: name, cluster: "", user: "", namespace: nil)) }
        config.updateContext(name) { entry in
            if invocation.wasSet("cluster") { entry.cluster = invocation.string("cluster") }
            if invocation.wasSet("user") { entry.user = invocation.string("user") }
            if invocation.wasSet("namespace") {
                let namespace = invocation.string("namespace")
                entry.namespace = namespace.isEmpty ? nil : namespace
            }
        }
        context.session.config = config
        context.line("Context \"\(name)\" \(exists ? "modified" : "created").")
        return 0
    }

    static func deleteContext(_ context: VerbContext) -> Int32 {
        guard let name = context.invocation.arguments.first, context.invocation.arguments.count == 1 else {
            if case .finished(let output) = KubectlSession.commandLine.interpret(context.invocation.commandPath + ["--help"]) {
                context.write(output.stdout)
            }
            return 0
        }
        var config = context.session.config
        guard config.contexts.contains(where: { $0.name == name }) else {
            return context.fail("cannot delete context \(name), not in \(path)")
        }
        if config.currentContext == name {
            context.errorLine("warning: this removed your active context, use \"kubectl config use-context\" to select a different one")
        }
        config.contexts.removeAll { $0.name == name }
        context.session.config = config
        context.line("deleted context \(name) from \(path)")
        return 0
    }

    static func renameContext(_ context: VerbContext) -> Int32 {
        let arguments = context.invocation.arguments
        guard arguments.count == 2 else { return unexpectedArguments(context) }
        let (old, new) = (arguments[0], arguments[1])
        var config = context.session.config
        guard config.contexts.contains(where: { $0.name == old }) else {
            return context.fail("cannot rename the context \"\(old)\", it's not in \(path)")
        }
        guard !config.contexts.contains(where: { $0.name == new }) else {
            return context.fail("cannot rename the context \"\(old)\", the context \"\(new)\" already exists in \(path)")
        }
        config.updateContext(old) { $0.name = new }
        if config.currentContext == old { config.currentContext = new }
        context.session.config = config
        context.line("Context \"\(old)\" renamed to \"\(new)\".")
        return 0
    }

    static func getContexts(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let output = invocation.string("output")
        guard output.isEmpty || output == "name" else {
            return context.fail("--output \(output) is not available in kubectl config get-contexts; resetting to default output format")
        }
        let config = context.session.config
        let contexts = config.contexts.sorted { $0.name < $1.name }
        var shown = contexts
        var missing: [String] = []
        if !invocation.arguments.isEmpty {
            shown = contexts.filter { invocation.arguments.contains($0.name) }
            missing = invocation.arguments.filter { name in !contexts.contains { $0.name == name } }
        }
        if output == "name" {
            for entry in shown { context.line(entry.name) }
        } else {
            var writer = TabWriter(settings: .kubectlGet)
            if !invocation.bool("no-headers") { writer.write(row: ["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]) }
            for entry in shown {
                writer.write(row: [entry.name == config.currentContext ? "*" : "", entry.name, entry.cluster, entry.user,
                                   entry.namespace ?? ""])
            }
            context.write(writer.flush())
        }
        for name in missing { context.fail("context \(name) not found") }
        return missing.isEmpty ? 0 : 1
    }

    static func getClusters(_ context: VerbContext) -> Int32 {
        context.line("NAME")
        for cluster in context.session.config.clusters.sorted(by: { $0.name < $1.name }) { context.line(cluster.name) }
        return 0
    }

    static func getUsers(_ context: VerbContext) -> Int32 {
        context.line("NAME")
        for user in context.session.config.users.sorted() { context.line(user) }
        return 0
    }

    static func view(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        var config = context.session.config
        if invocation.bool("minify") {
            guard let current = config.current else {
                return context.fail(config.currentContext.isEmpty ? "current-context must exist in order to minify"
                                    : "cannot locate context \(config.currentContext)")
            }
            config.contexts = [current]
            config.clusters = config.clusters.filter { $0.name == current.cluster }
            config.users = config.users.filter { $0.self == current.user }
        }
        let document = KubeconfigDocument(config: config, profile: context.session.profile, cluster: context.cluster,
                                          raw: invocation.bool("raw"))
        let output = invocation.string("output")
        switch output {
        case "yaml", "":
            context.write(document.json(goOrder: false).sortedKeys().yamlText())
        case "json":
            context.write(document.json(goOrder: true).jsonText() + "\n")
        default:
            let format: OutputFormat
            switch OutputFormat.parse(output, template: invocation.string("template"), readFile: { try context.session.files.read($0) }) {
            case .success(let parsed): format = parsed
            case .failure(let message): return context.fail(message.text)
            }
            if let error = ObjectPrinter.print([(object: document.json(goOrder: true), kindPrefix: "config")], format: format,
                                               asList: false, noHeaders: false, write: context.write) {
                return context.fail(error)
            }
        }
        return 0
    }
}

/// Editing helpers the `config` verbs use.
extension KubeConfig {
    /// Changes the context called `name` in place (nothing happens when there is none).
    public mutating func updateContext(_ name: String, _ change: (inout ContextEntry) -> Void) {
        guard let index = contexts.firstIndex(where: { $0.name == name }) else { return }
        change(&contexts[index])
    }
}
