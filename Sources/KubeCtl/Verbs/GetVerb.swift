import KubeCluster

/// `kubectl get`: resources by type, name, selector or category, as tables or any `-o` format,
/// `--sort-by`, `--show-labels`, `-L`, `-A`, `--no-headers`, and `-w` to follow changes.
enum GetVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        if !invocation.string("raw").isEmpty { return raw(context) }
        guard !invocation.arguments.isEmpty else {
            return context.fail("You must specify the type of resource to get. Use \"kubectl api-resources\" for a "
                + "complete list of supported resources.\n\nerror: Required resource not specified.\n"
                + "Use \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\n"
                + "See 'kubectl get -h' for help and examples")
        }
        let format: OutputFormat
        switch OutputFormat.parse(invocation.string("output"), template: invocation.string("template"),
                                  readFile: { try context.session.files.read($0) }) {
        case .success(let parsed): format = parsed
        case .failure(let message): return context.fail(message.text)
        }
        let query: ObjectQuery
        switch ObjectQuery.from(context) {
        case .success(let parsed): query = parsed
        case .failure(let message): return context.fail(message.text)
        }
        var options = ResourceArgumentOptions()
        options.labelSelector = invocation.string("selector").isEmpty ? nil : invocation.string("selector")
        options.fieldSelector = invocation.string("field-selector").isEmpty ? nil : invocation.string("field-selector")
        options.allowEmptySelector = true
        options.allNamespaces = query.allNamespaces
        let resolved: ResolvedResourceArguments
        switch ResourceArguments.resolve(invocation.arguments, options: options, catalog: .standard) {
        case .success(let result): resolved = result
        case .failure(let error):
            context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
            return 1
        }
        for warning in resolved.warnings { context.errorLine("Warning: \(warning)") }
        if invocation.bool("watch") || invocation.bool("watch-only") {
            return GetWatch(context: context, requests: resolved.requests, query: query, format: format).run()
        }
        return list(context, resolved: resolved, query: query, format: format)
    }

    /// What `get` fetched before printing: the objects of each request, the kinds that answered, and the
    /// errors, which kubectl prints after the output.
    struct Answers {
        var groups: [TableGroup] = []
        /// The kinds whose list or named objects came back: kubectl names objects with their kind
        /// (`pod/web`) when there are several; a refused list or a name not found does not count.
        var answeredKinds: Set<String> = []
        var errors: [(VerbContext) -> Void] = []
    }

    /// Fetches every requested object, sorted when `--sort-by` asks.
    static func fetch(_ context: VerbContext, resolved: ResolvedResourceArguments, query: ObjectQuery) -> Answers {
        var answers = Answers()
        for request in resolved.requests {
            var objects: [any APIObject] = []
            if request.names.isEmpty {
                switch query.select(request.resource, in: context.store, labelText: context.invocation.string("selector"),
                                    fieldText: context.invocation.string("field-selector")) {
                case .success(let found):
                    objects = found
                    answers.answeredKinds.insert(request.resource.qualifiedKind)
                case .failure(let error):
                    answers.errors.append { $0.fail(error) }
                }
            } else {
                for name in request.names {
                    if name.isEmpty {
                        answers.errors.append { $0.fail("resource name may not be empty") }
                        continue
                    }
                    switch query.get(request.resource, name: name, in: context.store) {
                    case .success(let object): objects.append(object)
                    case .failure(let error):
                        if error.reason == "NotFound", context.invocation.bool("ignore-not-found") { continue }
                        answers.errors.append { $0.fail(error) }
                    }
                }
                if !objects.isEmpty { answers.answeredKinds.insert(request.resource.qualifiedKind) }
            }
            if let sorted = sort(objects, by: context.invocation.string("sort-by")) { objects = sorted }
            answers.groups.append(TableGroup(resource: request.resource.name, kindPrefix: request.resource.qualifiedKind,
                                             objects: objects))
        }
        return answers
    }

    /// Fetches every requested object and prints them, then the errors met; returns the exit status.
    static func list(_ context: VerbContext, resolved: ResolvedResourceArguments, query: ObjectQuery, format: OutputFormat) -> Int32 {
        let answers = fetch(context, resolved: resolved, query: query)
        let status = printAnswers(answers, context: context, resolved: resolved, query: query, format: format)
        for error in answers.errors { error(context) }
        return answers.errors.isEmpty ? status : 1
    }

    private static func printAnswers(_ answers: Answers, context: VerbContext, resolved: ResolvedResourceArguments,
                              query: ObjectQuery, format: OutputFormat) -> Int32 {
        let groups = answers.groups
        let failed = !answers.errors.isEmpty
        let printedAny = groups.contains { !$0.objects.isEmpty }
        if case .table(let wide) = format {
            var options = TableOptions()
            options.wide = wide
            options.allNamespaces = query.allNamespaces
            options.showLabels = context.invocation.bool("show-labels")
            options.labelColumns = context.invocation.strings("label-columns")
            options.noHeaders = context.invocation.bool("no-headers")
            options.showKind = answers.answeredKinds.count > 1 || context.invocation.bool("show-kind")
            context.write(TableOutput.render(groups, options: options, context: context.tableContext))
        } else {
            let items = groups.flatMap { group in group.objects.map { (ObjectJSON.encode($0), group.kindPrefix) } }
            if !items.isEmpty || format != .name {
                if let error = ObjectPrinter.print(items.map { (object: $0.0, kindPrefix: $0.1) }, format: format,
                                                   asList: !resolved.singleItemImplied, noHeaders: context.invocation.bool("no-headers"),
                                                   write: context.write) {
                    context.fail(error)
                    return 1
                }
            }
            if case .name = format { return failed ? 1 : 0 }
            if !items.isEmpty || [.yaml, .json].contains(format) { return failed ? 1 : 0 }
        }
        if !printedAny, !failed, !context.invocation.bool("ignore-not-found") {
            let namespaced = resolved.requests.allSatisfy(\.resource.namespaced)
            context.errorLine(namespaced && !query.allNamespaces
                              ? "No resources found in \(query.namespace) namespace." : "No resources found")
        }
        return failed ? 1 : 0
    }

    /// Objects ordered by a `--sort-by` jsonpath; nil when no sort was asked for.
    static func sort(_ objects: [any APIObject], by field: String) -> [any APIObject]? {
        guard !field.isEmpty, objects.count > 1 else { return nil }
        let documents = objects.map(ObjectJSON.encode)
        switch SortByKey(field).sortedIndices(of: documents) {
        case .success(let order): return order.map { objects[$0] }
        case .failure: return objects
        }
    }

    /// `get --raw PATH`: the API server's answer to a GET on PATH, as it sent it.
    static func raw(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let path = invocation.string("raw")
        if !invocation.arguments.isEmpty { return context.fail("arguments may not be passed when --raw is specified") }
        if invocation.bool("watch") || invocation.bool("watch-only") || !invocation.string("selector").isEmpty {
            return context.fail("--raw may not be specified with other flags that filter the server request or alter the output")
        }
        if !invocation.string("output").isEmpty { return context.fail("--raw and --output are mutually exclusive") }
        if !path.hasPrefix("/") && !path.hasPrefix("*") {
            return context.fail("--raw must be a valid URL path: parse \(GoStringSyntax.quote(path)): invalid URI for request")
        }
        let server = context.session.config.clusters.first { $0.name == context.session.config.current?.cluster }?.server ?? ""
        let address = server.components(separatedBy: "://").last ?? server
        switch RawAPIRead.get(path, in: context.cluster, serverAddress: address) {
        case .success(let body):
            context.write(body)
            return 0
        case .failure(let error):
            return context.fail(error)
        }
    }
}
