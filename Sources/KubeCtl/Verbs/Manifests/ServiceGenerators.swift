import KubeCluster

/// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME [--tcp=port:target]…`.
enum ServiceGenerators {
    /// `create service clusterip`.
    static func clusterIP(_ context: VerbContext) -> Int32 { create(context, type: "ClusterIP") }
    /// `create service nodeport`.
    static func nodePort(_ context: VerbContext) -> Int32 { create(context, type: "NodePort") }
    /// `create service loadbalancer`.
    static func loadBalancer(_ context: VerbContext) -> Int32 { create(context, type: "LoadBalancer") }
    /// `create service externalname`.
    static func externalName(_ context: VerbContext) -> Int32 { create(context, type: "ExternalName") }

    /// Builds the Service of the given type and sends (or prints) it.
    static func create(_ context: VerbContext, type: String) -> Int32 {
        let name: String
        switch GeneratedObject.name(context) {
        case .success(let value): name = value
        case .failure(let status): return status.code
        }
        let invocation = context.invocation
        let clusterIP = invocation.string("clusterip")
        let tcp = invocation.strings("tcp")
        let externalName = invocation.string("external-name")
        if clusterIP == "None", type != "ClusterIP" { return context.fail("ClusterIP=None can only be used with ClusterIP service type") }
        if clusterIP != "None", tcp.isEmpty, type != "ExternalName" {
            return context.fail("at least one tcp port specifier must be provided")
        }
        if type == "ExternalName", !ObjectNameRules.isDNS1123Subdomain(externalName) {
            return context.fail("invalid service external name \(externalName)")
        }
        var ports: [JSONValue] = []
        for pair in tcp {
            switch parsePorts(pair) {
            case .success(let (port, target)):
                let nodePort = invocation.int("node-port")
                ports.append(GoJSON.object([("name", .string(pair.replacingOccurrences(of: ":", with: "-"))),
                                            ("protocol", "TCP"), ("port", .int(Int64(port))), ("targetPort", target),
                                            ("nodePort", nodePort == 0 ? nil : .int(Int64(nodePort)))]))
            case .failure(let message): return context.fail(message.text)
            }
        }
        let labels = [("app", name)]
        let json = GoJSON.object([
            ("kind", "Service"), ("apiVersion", "v1"),
            ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context), labels: labels)),
            ("spec", GoJSON.object([("ports", ports.isEmpty ? nil : .array(ports)), ("selector", GoJSON.stringMap(labels)),
                                    ("clusterIP", clusterIP.isEmpty ? nil : .string(clusterIP)), ("type", .string(type)),
                                    ("externalName", externalName.isEmpty ? nil : .string(externalName))])),
            ("status", GoJSON.object([("loadBalancer", .emptyObject)])),
        ])
        guard let resource = GeneratedObject.resource(group: "", kind: "Service") else { return 1 }
        return GeneratedObject.finish(GeneratedObject(json: json, resource: resource), context: context,
                                      failure: "failed to create \(type) service")
    }

    /// `port[:targetPort]` of `--tcp` (upstream `parsePorts`): the target is a number or a port name.
    static func parsePorts(_ text: String) -> Result<(Int, JSONValue), KubectlMessage> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let portText = parts.first ?? ""
        guard let port = parseUInt16(portText) else {
            if portText.allSatisfy(\.isNumber), !portText.isEmpty {
                return .failure(KubectlMessage("strconv.ParseUint: parsing \(FieldError.quote(portText)): value out of range"))
            }
            return .failure(KubectlMessage("strconv.ParseUint: parsing \(FieldError.quote(portText)): invalid syntax"))
        }
        guard parts.count > 1 else { return .success((port, .int(Int64(port)))) }
        let target = parts[1]
        if let number = Int(target) {
            guard (1...65535).contains(number) else { return .failure(KubectlMessage("must be between 1 and 65535, inclusive")) }
            return .success((port, .int(Int64(number))))
        }
        let problems = portNameErrors(target)
        if !problems.isEmpty { return .failure(KubectlMessage(problems.joined(separator: ","))) }
        return .success((port, .string(target)))
    }

    private static func parseUInt16(_ text: String) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), value <= 65535 else { return nil }
        return value
    }

    /// apimachinery's `IsValidPortName` messages.
    static func portNameErrors(_ name: String) -> [String] {
        var errors: [String] = []
        if name.count > 15 { errors.append("must be no more than 15 characters") }
        if !name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            errors.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if !name.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) { errors.append("must contain at least one letter (a-z)") }
        if name.contains("--") { errors.append("must not contain consecutive hyphens") }
        if name.hasPrefix("-") || name.hasSuffix("-") { errors.append("must not begin or end with a hyphen") }
        return errors
    }
}
