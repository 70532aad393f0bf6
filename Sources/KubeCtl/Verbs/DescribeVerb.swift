import KubeCluster

/// `kubectl describe TYPE [NAME_PREFIX | -l selector]`: one description per object, separated by two blank lines;
/// a name that matches no object exactly describes every object whose name starts with it.
enum DescribeVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        guard !invocation.arguments.isEmpty else {
            return context.fail("You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.")
        }
        let query: ObjectQuery
        switch ObjectQuery.from(context) {
        case .success(let parsed): query = parsed
        case .failure(let message): return context.fail(message.text)
        }
        var options = ResourceArgumentOptions()
        options.labelSelector = invocation.string("selector").isEmpty ? nil : invocation.string("selector")
        options.allowEmptySelector = true
        options.allNamespaces = query.allNamespaces
        let resolved: ResolvedResourceArguments
        switch ResourceArguments.resolve(invocation.arguments, options: options, catalog: .standard) {
        case .success(let result): resolved = result
        case .failure(let error):
            context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
            return 1
        }
        var descriptions: [String] = []
        var failed = false
        for request in resolved.requests {
            var objects: [any APIObject] = []
            if request.names.isEmpty {
                switch query.select(request.resource, in: context.store, labelText: invocation.string("selector"),
                                    fieldText: invocation.accepts("field-selector") ? invocation.string("field-selector") : "") {
                case .success(let found): objects = found
                case .failure(let error):
                    context.fail(error)
                    failed = true
                }
            } else {
                for name in request.names {
                    switch query.get(request.resource, name: name, in: context.store) {
                    case .success(let object): objects.append(object)
                    case .failure(let error):
                        let prefixed = query.list(request.resource, in: context.store).filter { $0.name.hasPrefix(name) }
                        if prefixed.isEmpty {
                            context.fail(error)
                            failed = true
                        } else {
                            objects += prefixed
                        }
                    }
                }
            }
            for object in objects {
                if let text = DescriberRegistry.describe(object, store: context.store, now: context.cluster.now) {
                    descriptions.append(text)
                } else {
                    descriptions.append(GenericDescriber.describe(object, store: context.store, now: context.cluster.now))
                }
            }
        }
        if descriptions.isEmpty, !failed {
            let namespaced = resolved.requests.allSatisfy(\.resource.namespaced)
            context.errorLine(namespaced && !query.allNamespaces ? "No resources found in \(query.namespace) namespace." : "No resources found")
            return 0
        }
        context.write(descriptions.joined(separator: "\n\n"))
        return failed ? 1 : 0
    }
}
