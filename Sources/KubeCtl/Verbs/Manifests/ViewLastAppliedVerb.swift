import KubeCluster

/// `kubectl apply view-last-applied (TYPE NAME | TYPE/NAME | -f FILE) [-o yaml|json]`: the configuration
/// `kubectl apply` stored in the object's annotation, as YAML (default) or two-space indented JSON.
enum ViewLastAppliedVerb {
    /// Runs `kubectl apply view-last-applied`; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let output = invocation.string("output")
        guard output == "yaml" || output == "json" else {
            return context.fail("Unexpected -o output mode: \(output), the flag 'output' must be one of yaml|json")
        }
        var targets: [(resource: APIResource, key: ObjectKey)] = []
        if !invocation.strings("filename").isEmpty {
            let input = ManifestInput.load(context)
            if let error = input.errors.first { return ErrorReport.emit([error], to: context) }
            targets = input.objects.map { ($0.resource, $0.key) }
        } else {
            var options = ResourceArgumentOptions()
            options.labelSelector = invocation.string("selector").isEmpty ? nil : invocation.string("selector")
            options.selectAll = invocation.bool("all")
            options.allowEmptySelector = false
            switch ResourceArguments.resolve(invocation.arguments, options: options, catalog: .standard) {
            case .success(let resolved):
                let query: ObjectQuery
                switch ObjectQuery.from(context) {
                case .success(let parsed): query = parsed
                case .failure(let message): return context.fail(message.text)
                }
                for request in resolved.requests {
                    if request.names.isEmpty {
                        targets += query.list(request.resource, in: context.store).map { (request.resource, $0.key) }
                    } else {
                        let namespace = request.resource.namespaced ? context.namespace : ""
                        targets += request.names.map { (request.resource, ObjectKey(namespace: namespace, name: $0)) }
                    }
                }
            case .failure(let error):
                context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
                return 1
            }
        }
        for (index, target) in targets.enumerated() {
            guard let object = context.store.getAny(resource: target.resource.name, target.key) else {
                return context.fail(APIError.notFound(target.resource.qualifiedName, target.key.name))
            }
            guard let text = object.metadata.annotations?[LastAppliedAnnotation.key],
                  let value = try? JSONValue.parseJSON(text) else {
                return context.fail("no last-applied-configuration annotation found on resource: \(target.key.name)")
            }
            if output == "json" {
                context.write(twoSpaceIndented(value.jsonText()) + (text.hasSuffix("\n") ? "\n" : ""))
            } else {
                if index > 0 { context.line("---") }
                context.write(value.yamlText())
            }
        }
        return 0
    }

    /// Go's `json.Indent(…, "", "  ")` of compact JSON: the four-space indentation halved.
    static func twoSpaceIndented(_ text: String) -> String {
        let lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line -> String in
            let spaces = line.prefix(while: { $0 == " " }).count
            return String(repeating: " ", count: spaces / 2) + String(line.dropFirst(spaces))
        }.joined(separator: "\n")
    }
}
