import KubeCluster

/// `kubectl create deployment|job|cronjob`: the objects kubectl 1.32 generates, field for field.
enum WorkloadGenerators {
    /// `create deployment NAME --image=… [--replicas] [--port] [-- COMMAND…]`.
    static func deployment(_ context: VerbContext) -> Int32 {
        let name: String
        switch GeneratedObject.name(context) {
        case .success(let value): name = value
        case .failure(let status): return status.code
        }
        let invocation = context.invocation
        let images = invocation.strings("image")
        let command = invocation.argumentsAfterDash
        if images.count > 1, !command.isEmpty { return context.fail("cannot specify multiple --image options and command") }
        let port = invocation.int("port")
        let containers = images.enumerated().map { index, image in
            GoJSON.container(name: containerName(for: image, random: &context.cluster.random), image: image, command: command,
                             ports: index == 0 && port >= 0 ? [Int64(port)] : [])
        }
        let labels = [("app", name)]
        let json = GoJSON.object([
            ("kind", "Deployment"), ("apiVersion", "apps/v1"),
            ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context), labels: labels)),
            ("spec", GoJSON.object([
                ("replicas", .int(Int64(invocation.int("replicas")))),
                ("selector", GoJSON.object([("matchLabels", GoJSON.stringMap(labels))])),
                ("template", GoJSON.object([
                    ("metadata", GoJSON.object([("creationTimestamp", .null), ("labels", GoJSON.stringMap(labels))])),
                    ("spec", GoJSON.object([("containers", .array(containers))])),
                ])),
                ("strategy", .emptyObject),
            ])),
            ("status", .emptyObject),
        ])
        guard let resource = GeneratedObject.resource(group: "apps", kind: "Deployment") else { return 1 }
        return GeneratedObject.finish(GeneratedObject(json: json, resource: resource), context: context,
                                      failure: "failed to create deployment")
    }

    /// The container name kubectl derives from an image: the last path part without tag or digest,
    /// with `_` and `.` made `-` and a random suffix added when it had any.
    static func containerName(for image: String, random: inout SeededRandom) -> String {
        var name = image.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? image
        if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]) }
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
        if name.contains("_") || name.contains(".") {
            name = name.replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "-")
            name += "-" + random.nameSuffix(5)
        }
        return name
    }

    /// `create job NAME --image=… [-- COMMAND…]` or `create job NAME --from=cronjob/NAME`.
    static func job(_ context: VerbContext) -> Int32 {
        let name: String
        switch GeneratedObject.name(context) {
        case .success(let value): name = value
        case .failure(let status): return status.code
        }
        let invocation = context.invocation
        let image = invocation.string("image")
        let from = invocation.string("from")
        let command = invocation.argumentsAfterDash
        if image.isEmpty == from.isEmpty { return context.fail("either --image or --from must be specified") }
        if !command.isEmpty, !from.isEmpty { return context.fail("cannot specify --from and command") }
        let json: JSONValue
        if image.isEmpty {
            switch jobFromCronJob(name: name, from: from, context: context) {
            case .success(let value): json = value
            case .failure(let status): return status.code
            }
        } else {
            let pod = GoJSON.object([("containers", .array([GoJSON.container(name: name, image: image, command: command)])),
                                     ("restartPolicy", "Never")])
            json = GoJSON.object([
                ("kind", "Job"), ("apiVersion", "batch/v1"),
                ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context))),
                ("spec", GoJSON.object([("template", GoJSON.object([("metadata", GoJSON.object([("creationTimestamp", .null)])),
                                                                     ("spec", pod)]))])),
                ("status", .emptyObject),
            ])
        }
        guard let resource = GeneratedObject.resource(group: "batch", kind: "Job") else { return 1 }
        return GeneratedObject.finish(GeneratedObject(json: json, resource: resource), context: context,
                                      failure: "failed to create job")
    }

    /// The Job kubectl instantiates from a CronJob's job template.
    static func jobFromCronJob(name: String, from: String, context: VerbContext) -> Result<JSONValue, ExitStatus> {
        var options = ResourceArgumentOptions()
        options.allowEmptySelector = false
        guard case .success(let resolved) = ResourceArguments.resolve([from], options: options, catalog: .standard),
              let request = resolved.requests.first, let sourceName = request.names.first else {
            return .failure(ExitStatus(context.fail("from must be an existing cronjob")))
        }
        let key = ObjectKey(namespace: request.resource.namespaced ? context.namespace : "", name: sourceName)
        guard let source = context.store.getAny(resource: request.resource.name, key) else {
            return .failure(ExitStatus(context.fail(APIError.notFound(request.resource.qualifiedName, sourceName))))
        }
        guard request.resource.kind == "CronJob" else {
            return .failure(ExitStatus(context.fail("unknown object type *v1.\(request.resource.kind)")))
        }
        let cronJob = ObjectJSON.encode(source)
        let template = cronJob.value(at: ["spec", "jobTemplate"]) ?? .emptyObject
        var annotations: [(String, String)] = [("cronjob.kubernetes.io/instantiate", "manual")]
        for (key, value) in template.value(at: ["metadata", "annotations"])?.objectValue ?? [:] {
            annotations.removeAll { $0.0 == key }
            annotations.append((key, value.stringValue ?? ""))
        }
        let labels = (template.value(at: ["metadata", "labels"])?.objectValue ?? [:]).map { ($0.key, $0.value.stringValue ?? "") }
        let owner = GoJSON.object([("apiVersion", "batch/v1"), ("kind", "CronJob"), ("name", .string(sourceName)),
                                   ("uid", .string(source.metadata.uid ?? "")), ("controller", true)])
        return .success(GoJSON.object([
            ("kind", "Job"), ("apiVersion", "batch/v1"),
            ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context), labels: labels,
                                         annotations: annotations, extra: [("ownerReferences", .array([owner]))])),
            ("spec", template["spec"] ?? .emptyObject),
            ("status", .emptyObject),
        ]))
    }

    /// `create cronjob NAME --image=… --schedule=… [--restart] [-- COMMAND…]`.
    static func cronJob(_ context: VerbContext) -> Int32 {
        let name: String
        switch GeneratedObject.name(context) {
        case .success(let value): name = value
        case .failure(let status): return status.code
        }
        let invocation = context.invocation
        let restart = invocation.string("restart").isEmpty ? "OnFailure" : invocation.string("restart")
        let container = GoJSON.container(name: name, image: invocation.string("image"), command: invocation.argumentsAfterDash)
        let namespace = GeneratedObject.namespace(context)
        let json = GoJSON.object([
            ("kind", "CronJob"), ("apiVersion", "batch/v1"),
            ("metadata", GoJSON.metadata(name: name, namespace: namespace)),
            ("spec", GoJSON.object([
                ("schedule", .string(invocation.string("schedule"))),
                ("jobTemplate", GoJSON.object([
                    ("metadata", GoJSON.metadata(name: name, namespace: nil)),
                    ("spec", GoJSON.object([("template", GoJSON.object([
                        ("metadata", GoJSON.object([("creationTimestamp", .null)])),
                        ("spec", GoJSON.object([("containers", .array([container])), ("restartPolicy", .string(restart))])),
                    ]))])),
                ])),
            ])),
            ("status", .emptyObject),
        ])
        guard let resource = GeneratedObject.resource(group: "batch", kind: "CronJob") else { return 1 }
        return GeneratedObject.finish(GeneratedObject(json: json, resource: resource), context: context,
                                      failure: "failed to create cronjob")
    }
}
