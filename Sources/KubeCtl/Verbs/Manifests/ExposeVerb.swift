import KubeCluster

/// `kubectl expose (TYPE NAME | TYPE/NAME | -f FILE)`: a Service selecting the pods of a deployment,
/// replica set, replication controller, service or pod, with ports, protocols, selector and labels
/// taken from the exposed object unless `--port`, `--protocol`, `--selector` or `--labels` say otherwise.
enum ExposeVerb {
    /// The kinds kubectl can expose.
    static let exposable: Set<String> = ["Pod", "Service", "ReplicationController", "Deployment", "ReplicaSet"]

    /// Runs `kubectl expose`; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        var sources: [(json: JSONValue, resource: APIResource)] = []
        var errors: [CommandError] = []
        if !invocation.strings("filename").isEmpty {
            let input = ManifestInput.load(context)
            errors = input.errors
            sources = input.objects.map { ($0.value, $0.resource) }
        } else {
            var options = ResourceArgumentOptions()
            options.allowEmptySelector = false
            let resolved: ResolvedResourceArguments
            switch ResourceArguments.resolve(invocation.arguments, options: options, catalog: .standard) {
            case .success(let result): resolved = result
            case .failure(let error):
                context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
                return 1
            }
            for request in resolved.requests {
                for name in request.names {
                    let key = ObjectKey(namespace: request.resource.namespaced ? context.namespace : "", name: name)
                    guard let object = context.store.getAny(resource: request.resource.name, key) else {
                        return context.fail(APIError.notFound(request.resource.qualifiedName, name))
                    }
                    sources.append((ObjectJSON.encode(object), request.resource))
                }
            }
        }
        for source in sources {
            let status = expose(source.json, resource: source.resource, context: context)
            if status != 0 { return status }
        }
        return ErrorReport.emit(errors, to: context)
    }

    /// Builds and sends the Service for one exposed object.
    static func expose(_ object: JSONValue, resource: APIResource, context: VerbContext) -> Int32 {
        guard exposable.contains(resource.kind) else { return context.fail("cannot expose a \(resource.kind)") }
        let invocation = context.invocation
        let objectName = object.value(at: ["metadata", "name"])?.stringValue ?? ""
        let selector: [(String, String)]
        if invocation.string("selector").isEmpty {
            switch podSelector(of: object, kind: resource.kind) {
            case .success(let pairs): selector = pairs
            case .failure(let message):
                return context.fail("couldn't retrieve selectors via --selector flag or introspection: \(message.text)")
            }
        } else {
            selector = pairs(invocation.string("selector"))
        }
        let headless = invocation.string("cluster-ip") == "None"
        var portList = invocation.string("port").isEmpty ? [] : [invocation.string("port")]
        if portList.isEmpty {
            portList = ports(of: object, kind: resource.kind)
            if portList.isEmpty, !headless { return context.fail("couldn't find port via --port flag or introspection") }
        }
        let protocols = protocols(of: object, kind: resource.kind)
        let labels = invocation.string("labels").isEmpty
            ? (object.value(at: ["metadata", "labels"])?.objectValue ?? [:]).map { ($0.key, $0.value.stringValue ?? "") }
            : pairs(invocation.string("labels"))
        var servicePorts: [JSONValue] = []
        for (index, portText) in portList.enumerated() {
            guard let port = Int(portText) else {
                return context.fail("strconv.Atoi: parsing \(FieldError.quote(portText)): invalid syntax")
            }
            var serviceProtocol = invocation.string("protocol")
            if serviceProtocol.isEmpty { serviceProtocol = protocols[portText] ?? "TCP" }
            let target = invocation.string("target-port")
            let targetPort: JSONValue = target.isEmpty ? .int(Int64(port)) : (Int(target).map { .int(Int64($0)) } ?? .string(target))
            servicePorts.append(GoJSON.object([("name", portList.count > 1 ? .string("port-\(index + 1)") : nil),
                                               ("protocol", .string(serviceProtocol)), ("port", .int(Int64(port))),
                                               ("targetPort", targetPort)]))
        }
        let name = invocation.string("name").isEmpty ? String(objectName.prefix(63)) : invocation.string("name")
        let json = service(name: name, namespace: GeneratedObject.namespace(context), labels: labels, selector: selector,
                           ports: servicePorts, context: context)
        switch json {
        case .failure(let message): return context.fail(message.text)
        case .success(let document):
            guard let serviceResource = GeneratedObject.resource(group: "", kind: "Service") else { return 1 }
            return GeneratedObject.finish(GeneratedObject(json: document, resource: serviceResource), context: context,
                                          operation: "exposed")
        }
    }

    /// The Service document in Go field order.
    static func service(name: String, namespace: String?, labels: [(String, String)], selector: [(String, String)],
                        ports: [JSONValue], context: VerbContext) -> Result<JSONValue, KubectlMessage> {
        let invocation = context.invocation
        let type = invocation.string("type")
        let affinity = invocation.string("session-affinity")
        if !affinity.isEmpty, affinity != "None", affinity != "ClientIP" {
            return .failure(KubectlMessage("unknown session affinity: \(affinity)"))
        }
        let externalIP = invocation.string("external-ip")
        let loadBalancerIP = type == "LoadBalancer" ? invocation.string("load-balancer-ip") : ""
        let clusterIP = invocation.string("cluster-ip")
        return .success(GoJSON.object([
            ("kind", "Service"), ("apiVersion", "v1"),
            ("metadata", GoJSON.metadata(name: name, namespace: namespace, labels: labels)),
            ("spec", GoJSON.object([
                ("ports", ports.isEmpty ? nil : .array(ports)), ("selector", GoJSON.stringMap(selector)),
                ("clusterIP", clusterIP.isEmpty ? nil : .string(clusterIP)), ("type", type.isEmpty ? nil : .string(type)),
                ("externalIPs", externalIP.isEmpty ? nil : .array([.string(externalIP)])),
                ("sessionAffinity", affinity.isEmpty ? nil : .string(affinity)),
                ("loadBalancerIP", loadBalancerIP.isEmpty ? nil : .string(loadBalancerIP)),
            ])),
            ("status", GoJSON.object([("loadBalancer", .emptyObject)])),
        ]))
    }

    /// `k=v,k2=v2` as pairs.
    static func pairs(_ text: String) -> [(String, String)] {
        text.split(separator: ",").map { item in
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.dropFirst().first ?? "")
        }
    }

    /// The pod selector of an exposed object, as a map (upstream `MapBasedSelectorForObject`).
    static func podSelector(of object: JSONValue, kind: String) -> Result<[(String, String)], KubectlMessage> {
        func strings(_ value: JSONValue?) -> [(String, String)] {
            (value?.objectValue ?? [:]).map { ($0.key, $0.value.stringValue ?? "") }
        }
        switch kind {
        case "Pod":
            let labels = strings(object.value(at: ["metadata", "labels"]))
            return labels.isEmpty ? .failure(KubectlMessage("the pod has no labels and cannot be exposed")) : .success(labels)
        case "Service":
            let selector = strings(object.value(at: ["spec", "selector"]))
            return selector.isEmpty ? .failure(KubectlMessage("the service has no pod selector set")) : .success(selector)
        case "ReplicationController":
            return .success(strings(object.value(at: ["spec", "selector"])))
        default:
            guard let selector = object.value(at: ["spec", "selector"]) else {
                return .failure(KubectlMessage("invalid \(kind.lowercased()): no selectors, therefore cannot be exposed"))
            }
            if let expressions = selector["matchExpressions"]?.arrayValue, !expressions.isEmpty {
                return .failure(KubectlMessage("couldn't convert expressions - \"\(GoValueDescription.describe(selector))\" to map-based selector format"))
            }
            return .success(strings(selector["matchLabels"]))
        }
    }

    /// The containers of an exposed object's pods (or of the pod itself).
    static func containers(of object: JSONValue, kind: String) -> [JSONValue] {
        let spec = kind == "Pod" ? object["spec"] : object.value(at: ["spec", "template", "spec"])
        return spec?["containers"]?.arrayValue ?? []
    }

    /// The ports an exposed object offers (upstream `PortsForObject`).
    static func ports(of object: JSONValue, kind: String) -> [String] {
        if kind == "Service" {
            return (object.value(at: ["spec", "ports"])?.arrayValue ?? []).compactMap { $0["port"]?.intValue.map { String($0) } }
        }
        return containers(of: object, kind: kind).flatMap { container in
            (container["ports"]?.arrayValue ?? []).compactMap { $0["containerPort"]?.intValue.map { String($0) } }
        }
    }

    /// The protocol of each port of an exposed object (upstream `ProtocolsForObject`).
    static func protocols(of object: JSONValue, kind: String) -> [String: String] {
        var result: [String: String] = [:]
        if kind == "Service" {
            for port in object.value(at: ["spec", "ports"])?.arrayValue ?? [] {
                if let number = port["port"]?.intValue { result[String(number)] = port["protocol"]?.stringValue ?? "" }
            }
            return result
        }
        for container in containers(of: object, kind: kind) {
            for port in container["ports"]?.arrayValue ?? [] {
                if let number = port["containerPort"]?.intValue, let name = port["protocol"]?.stringValue, !name.isEmpty {
                    result[String(number)] = name
                }
            }
        }
        return result
    }
}
