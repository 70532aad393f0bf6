import KubeCluster

/// `kubectl run NAME --image=…`: one pod (labels `run=NAME` unless `--labels`), `--restart`, `--command`,
/// `--env`, `--port`, `--expose` (a ClusterIP service too), `--overrides`, `-- args`, and `-i`/`--attach`
/// with `--rm`: the output of the container is shown and the pod removed afterwards.
struct RunVerb {
    let context: VerbContext
    let name: String
    let attach: Bool
    let restart: String

    /// Runs `kubectl run` (kubectl's checks first, as usage errors where kubectl makes them so).
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        guard let name = invocation.arguments.first else { return context.usage("NAME is required for run") }
        let interactive = invocation.bool("stdin")
        let attach = invocation.wasSet("attach") ? invocation.bool("attach") : interactive
        if invocation.bool("tty"), !interactive { return context.usage("-i/--stdin is required for containers with -t/--tty=true") }
        if invocation.bool("expose"), invocation.string("port").isEmpty {
            return context.usage("--port must be set when exposing a service")
        }
        let restart = invocation.string("restart").isEmpty ? (interactive ? "OnFailure" : "Always") : invocation.string("restart")
        guard ["Always", "OnFailure", "Never"].contains(restart) else { return context.usage("invalid restart policy: \(restart)") }
        if !attach, invocation.bool("rm") { return context.usage("--rm should only be used for attached containers") }
        if attach, invocation.string("dry-run") != "none" {
            return context.usage("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)")
        }
        let pullPolicy = invocation.string("image-pull-policy")
        if !["", "Always", "IfNotPresent", "Never"].contains(pullPolicy) { return context.usage("invalid image pull policy: \(pullPolicy)") }
        if case .failure = ImageReference.parse(invocation.string("image")) {
            return context.fail("Invalid image name \(FieldError.quote(invocation.string("image"))): invalid reference format")
        }
        return RunVerb(context: context, name: name, attach: attach, restart: restart).execute()
    }

    /// Creates (or prints) the pod and the `--expose` service, attaching when asked.
    func execute() -> Int32 {
        let pod: JSONValue
        switch podDocument() {
        case .success(let document): pod = document
        case .failure(let message): return context.fail(message.text)
        }
        guard let podResource = GeneratedObject.resource(group: "", kind: "Pod") else { return 1 }
        let dryRunClient = context.invocation.string("dry-run") == "client"
        if dryRunClient {
            if context.invocation.bool("expose"), let status = exposeService() { if status != 0 { return status } }
            return GeneratedObject.finish(GeneratedObject(json: pod, resource: podResource), context: context)
        }
        let created: JSONValue
        switch GeneratedObject.send(GeneratedObject(json: pod, resource: podResource), context: context) {
        case .failure(let error): return ErrorReport.emit([error], to: context)
        case .success(let (document, _, _)): created = document
        }
        var status: Int32 = 0
        if context.invocation.bool("expose") { status = exposeService() ?? 0 }
        if attach { return attachAndClean(status) }
        let output: ChangeOutput
        switch ChangeOutput.make(context, dryRun: .none, order: .asGiven) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let dryRun: DryRunMode = context.invocation.string("dry-run") == "server" ? .server : .none
        if let error = output.print(created, kindPrefix: podResource.qualifiedKind, operation: "created", dryRun: dryRun, context: context) {
            return context.fail(error)
        }
        return status
    }

    /// The pod kubectl's BasicPod generator builds (Go field order), with `--overrides` merged in.
    func podDocument() -> Result<JSONValue, KubectlMessage> {
        let invocation = context.invocation
        var labels: [(String, String)] = [("run", name)]
        let labelText = invocation.string("labels")
        if !labelText.isEmpty {
            labels = []
            for spec in labelText.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = spec.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2 else { return .failure(KubectlMessage("unexpected label spec: \(spec)")) }
                guard let key = parts.first, !key.isEmpty else { return .failure(KubectlMessage("unexpected empty label key")) }
                labels.append((String(key), String(parts.last ?? "")))
            }
        }
        var env: [(String, String)] = []
        for item in invocation.strings("env") {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex,
                  KeyNameRules.envVarNameErrors(String(item[..<equals])).isEmpty else {
                return .failure(KubectlMessage("invalid env: \(item)"))
            }
            env.append((String(item[..<equals]), String(item[item.index(after: equals)...])))
        }
        var ports: [Int64] = []
        let portText = invocation.string("port")
        if !portText.isEmpty {
            guard let port = Int64(portText) else {
                return .failure(KubectlMessage("strconv.Atoi: parsing \(FieldError.quote(portText)): invalid syntax"))
            }
            ports = [port]
        }
        let annotations = invocation.strings("annotations").map { item -> (String, String) in
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.dropFirst().first ?? "")
        }
        let args = Array(invocation.arguments.dropFirst())
        let command = invocation.bool("command")
        let stdin = invocation.bool("stdin")
        let pullPolicy = invocation.string("image-pull-policy")
        let container = GoJSON.container(
            name: name, image: invocation.string("image"), command: command ? args : [], args: command ? [] : args, ports: ports,
            env: env,
            extra: [("imagePullPolicy", pullPolicy.isEmpty ? nil : .string(pullPolicy)),
                    ("securityContext", GoJSON.when(invocation.bool("privileged"), GoJSON.object([("privileged", true)]))),
                    ("stdin", GoJSON.when(stdin, true)),
                    ("stdinOnce", GoJSON.when(stdin && !invocation.bool("leave-stdin-open"), true)),
                    ("tty", GoJSON.when(invocation.bool("tty"), true))])
        let pod = GoJSON.object([
            ("kind", "Pod"), ("apiVersion", "v1"),
            ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context), labels: labels,
                                         annotations: annotations)),
            ("spec", GoJSON.object([("containers", .array([container])), ("restartPolicy", .string(restart)),
                                    ("dnsPolicy", "ClusterFirst")])),
            ("status", .emptyObject),
        ])
        return Overrides.apply(to: pod, context: context)
    }

    /// `--expose`: the ClusterIP service for the pod, created (or printed) before the pod's line.
    func exposeService() -> Int32? {
        let invocation = context.invocation
        let labelText = invocation.string("labels")
        let selector = labelText.isEmpty ? [("run", name)] : ExposeVerb.pairs(labelText)
        let labels = labelText.isEmpty ? [] : ExposeVerb.pairs(labelText)
        guard let port = Int64(invocation.string("port")),
              let resource = GeneratedObject.resource(group: "", kind: "Service") else { return 1 }
        let ports = [GoJSON.object([("protocol", "TCP"), ("port", .int(port)), ("targetPort", .int(port))])]
        let service = GoJSON.object([
            ("kind", "Service"), ("apiVersion", "v1"),
            ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context), labels: labels)),
            ("spec", GoJSON.object([("ports", .array(ports)), ("selector", GoJSON.stringMap(selector))])),
            ("status", GoJSON.object([("loadBalancer", .emptyObject)])),
        ])
        let status = GeneratedObject.finish(GeneratedObject(json: service, resource: resource), context: context, saveConfig: false)
        if status == 0, invocation.string("output") == "yaml" { context.line("---\n---") }
        return status
    }
}

/// `--overrides` of `run` and `expose`: JSON merged into the generated object (merge, strategic or json patch).
enum Overrides {
    /// `object` with the `--overrides` patch applied.
    static func apply(to object: JSONValue, context: VerbContext) -> Result<JSONValue, KubectlMessage> {
        let text = context.invocation.string("overrides")
        guard !text.isEmpty else { return .success(object) }
        let patch: JSONValue
        do { patch = try JSONValue.parseJSON(text) } catch {
            return .failure(KubectlMessage("error parsing --overrides: \(error)"))
        }
        switch context.invocation.string("override-type") {
        case "json":
            do { return .success(try JSONPatch.apply(patch, to: object)) } catch let failure as JSONPatch.Failure {
                return .failure(KubectlMessage(failure.message))
            } catch {
                return .failure(KubectlMessage("\(error)"))
            }
        case "strategic":
            let kind = object["kind"]?.stringValue ?? ""
            return .success(StrategicMergePatch(schema: StrategicMergeSchema(kind: kind)).apply(patch, to: object))
        default:
            return .success(MergePatch.apply(patch, to: object))
        }
    }
}
