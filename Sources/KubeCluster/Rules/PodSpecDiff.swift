/// The diff the API server appends to a forbidden pod update, in the style of `cmp.Diff(oldSpec, newSpec)`
/// over the internal `core.PodSpec`: changed fields as `-`/`+` lines, up to two unchanged neighbours as
/// context, longer unchanged runs folded into `... // N identical fields`; changed containers expanded.
///
/// go-cmp's exact layout (and its deliberately random spacing) is not reproducible; this keeps its shape.
enum PodSpecDiff {
    /// How a Go field prints when missing or set.
    enum Kind { case string, pointer, collection, structure, flag, containers }

    /// One field of a Go struct: its Go name, JSON key and kind.
    struct Field {
        let goName: String
        let key: String
        let kind: Kind
        init(_ goName: String, _ key: String, _ kind: Kind) {
            self.goName = goName
            self.key = key
            self.kind = kind
        }
    }

    /// `core.PodSpec`'s fields in declaration order.
    static let podSpecFields: [Field] = [
        Field("Volumes", "volumes", .collection), Field("InitContainers", "initContainers", .containers),
        Field("Containers", "containers", .containers), Field("EphemeralContainers", "ephemeralContainers", .collection),
        Field("RestartPolicy", "restartPolicy", .string), Field("TerminationGracePeriodSeconds", "terminationGracePeriodSeconds", .pointer),
        Field("ActiveDeadlineSeconds", "activeDeadlineSeconds", .pointer), Field("DNSPolicy", "dnsPolicy", .string),
        Field("NodeSelector", "nodeSelector", .collection), Field("ServiceAccountName", "serviceAccountName", .string),
        Field("AutomountServiceAccountToken", "automountServiceAccountToken", .pointer), Field("NodeName", "nodeName", .string),
        Field("SecurityContext", "securityContext", .pointer), Field("ImagePullSecrets", "imagePullSecrets", .collection),
        Field("Hostname", "hostname", .string), Field("Subdomain", "subdomain", .string),
        Field("SetHostnameAsFQDN", "setHostnameAsFQDN", .pointer), Field("Affinity", "affinity", .pointer),
        Field("SchedulerName", "schedulerName", .string), Field("Tolerations", "tolerations", .collection),
        Field("HostAliases", "hostAliases", .collection), Field("PriorityClassName", "priorityClassName", .string),
        Field("Priority", "priority", .pointer), Field("PreemptionPolicy", "preemptionPolicy", .pointer),
        Field("DNSConfig", "dnsConfig", .pointer), Field("ReadinessGates", "readinessGates", .collection),
        Field("RuntimeClassName", "runtimeClassName", .pointer), Field("Overhead", "overhead", .collection),
        Field("EnableServiceLinks", "enableServiceLinks", .pointer),
        Field("TopologySpreadConstraints", "topologySpreadConstraints", .collection), Field("OS", "os", .pointer),
        Field("SchedulingGates", "schedulingGates", .collection), Field("ResourceClaims", "resourceClaims", .collection),
        Field("Resources", "resources", .pointer),
    ]

    /// `core.Container`'s fields in declaration order.
    static let containerFields: [Field] = [
        Field("Name", "name", .string), Field("Image", "image", .string), Field("Command", "command", .collection),
        Field("Args", "args", .collection), Field("WorkingDir", "workingDir", .string), Field("Ports", "ports", .collection),
        Field("EnvFrom", "envFrom", .collection), Field("Env", "env", .collection), Field("Resources", "resources", .structure),
        Field("ResizePolicy", "resizePolicy", .collection), Field("RestartPolicy", "restartPolicy", .pointer),
        Field("VolumeMounts", "volumeMounts", .collection), Field("VolumeDevices", "volumeDevices", .collection),
        Field("LivenessProbe", "livenessProbe", .pointer), Field("ReadinessProbe", "readinessProbe", .pointer),
        Field("StartupProbe", "startupProbe", .pointer), Field("Lifecycle", "lifecycle", .pointer),
        Field("TerminationMessagePath", "terminationMessagePath", .string),
        Field("TerminationMessagePolicy", "terminationMessagePolicy", .string),
        Field("ImagePullPolicy", "imagePullPolicy", .string), Field("SecurityContext", "securityContext", .pointer),
        Field("Stdin", "stdin", .flag), Field("StdinOnce", "stdinOnce", .flag), Field("TTY", "tty", .flag),
    ]

    /// The diff of two pod specs.
    static func render(old: PodSpec, new: PodSpec) -> String {
        let lines = ["  core.PodSpec{"] + body(podSpecFields, old: internalTree(old), new: internalTree(new), depth: 1) + ["  }"]
        return lines.joined(separator: "\n")
    }

    /// The spec's JSON as the internal type holds it (`hostNetwork` inside the security context).
    private static func internalTree(_ spec: PodSpec) -> JSONValue {
        var tree = SemanticEquality.rawTree(spec) ?? .emptyObject
        if spec.hostNetwork == true {
            var context = tree["securityContext"] ?? .emptyObject
            context["hostNetwork"] = true
            tree["securityContext"] = context
        }
        return tree
    }

    /// A rendered line: its marker (" ", "-", "+"), depth, optional field name and text.
    private struct Line {
        var marker: Character
        var depth: Int
        var name: String?
        var text: String
    }

    /// The lines for the fields of one struct at `depth`.
    private static func body(_ fields: [Field], old: JSONValue?, new: JSONValue?, depth: Int) -> [String] {
        var changed: [Bool] = []
        for field in fields {
            changed.append(SemanticEquality.pruned(old?[field.key] ?? .null) != SemanticEquality.pruned(new?[field.key] ?? .null))
        }
        var lines: [Line] = []
        var index = 0
        while index < fields.count {
            if changed[index] {
                lines += changedLines(fields[index], old: old?[fields[index].key], new: new?[fields[index].key], depth: depth)
                index += 1
                continue
            }
            var end = index
            while end < fields.count && !changed[end] { end += 1 }
            let context = contextRange(start: index, end: end, count: fields.count)
            let foldedBefore = context.lowerBound - index
            if foldedBefore > 0 { lines.append(fold(foldedBefore, depth: depth)) }
            for position in context {
                lines.append(Line(marker: " ", depth: depth, name: fields[position].goName,
                                  text: value(old?[fields[position].key], fields[position].kind) + ","))
            }
            let foldedAfter = end - context.upperBound
            if foldedAfter > 0 && context.upperBound > index { lines.append(fold(foldedAfter, depth: depth)) }
            index = end
        }
        return format(lines)
    }

    /// Which unchanged fields in `start..<end` stay visible: two next to each change.
    private static func contextRange(start: Int, end: Int, count: Int) -> Range<Int> {
        let before = start == 0 ? 0 : 2
        let after = end == count ? 0 : 2
        if end - start <= before + after { return start..<end }
        if before == 0 { return (end - after)..<end }
        return start..<(start + before)
    }

    private static func fold(_ count: Int, depth: Int) -> Line {
        Line(marker: " ", depth: depth, name: nil, text: "... // \(count) identical \(count == 1 ? "field" : "fields")")
    }

    /// `-`/`+` lines for one changed field; containers of equal count are expanded one by one.
    private static func changedLines(_ field: Field, old: JSONValue?, new: JSONValue?, depth: Int) -> [Line] {
        if field.kind == .containers, let oldItems = old?.arrayValue, let newItems = new?.arrayValue, oldItems.count == newItems.count {
            var lines = [Line(marker: " ", depth: depth, name: field.goName, text: "[]core.Container{")]
            var unchanged = 0
            for (oldItem, newItem) in zip(oldItems, newItems) {
                if SemanticEquality.pruned(oldItem) == SemanticEquality.pruned(newItem) {
                    unchanged += 1
                    continue
                }
                if unchanged > 0 {
                    lines.append(Line(marker: " ", depth: depth + 1, name: nil, text: "... // \(unchanged) identical elements"))
                    unchanged = 0
                }
                lines.append(Line(marker: " ", depth: depth + 1, name: nil, text: "{"))
                lines += body(containerFields, old: oldItem, new: newItem, depth: depth + 2)
                    .map { Line(marker: " ", depth: 0, name: nil, text: $0) }
                lines.append(Line(marker: " ", depth: depth + 1, name: nil, text: "},"))
            }
            if unchanged > 0 { lines.append(Line(marker: " ", depth: depth + 1, name: nil, text: "... // \(unchanged) identical elements")) }
            lines.append(Line(marker: " ", depth: depth, name: nil, text: "},"))
            return lines
        }
        return [Line(marker: "-", depth: depth, name: field.goName, text: value(old, field.kind) + ","),
                Line(marker: "+", depth: depth, name: field.goName, text: value(new, field.kind) + ",")]
    }

    /// Prefixes, tabs and name padding (names aligned within each run of named lines).
    private static func format(_ lines: [Line]) -> [String] {
        var output: [String] = []
        var run: [Line] = []
        func flush() {
            let width = run.compactMap { $0.name?.count }.max() ?? 0
            for line in run {
                let label = line.name.map { ($0 + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0) + " " } ?? ""
                output.append("\(line.marker) " + String(repeating: "\t", count: line.depth) + label + line.text)
            }
            run.removeAll()
        }
        for line in lines {
            if line.depth == 0 {
                flush()
                output.append(line.text)
            } else if line.name == nil || line.text.hasSuffix("{") {
                flush()
                run.append(line)
                flush()
            } else {
                run.append(line)
            }
        }
        flush()
        return output
    }

    /// How a field's value prints (Go zero values when missing).
    private static func value(_ json: JSONValue?, _ kind: Kind) -> String {
        guard let json, json != .null else {
            switch kind {
            case .string: return "\"\""
            case .flag: return "false"
            case .structure: return "{}"
            default: return "nil"
            }
        }
        switch kind {
        case .pointer: return "&" + render(json)
        default: return render(json)
        }
    }

    /// A JSON value in Go composite-literal style: `{Name: "web", Ports: {{ContainerPort: 80}}}`.
    static func render(_ json: JSONValue) -> String {
        switch json {
        case .null: return "nil"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text): return FieldError.quote(text)
        case .array(let items): return "{" + items.map(render).joined(separator: ", ") + "}"
        case .object(let members):
            let parts = members.keys.sorted().compactMap { key -> String? in
                guard let member = members[key], SemanticEquality.pruned(member) != nil else { return nil }
                return "\(goName(key)): \(render(member))"
            }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    /// The Go field name of a JSON key.
    static func goName(_ key: String) -> String {
        let special = ["tcpSocket": "TCPSocket", "httpGet": "HTTPGet", "httpHeaders": "HTTPHeaders", "hostIP": "HostIP",
                       "tty": "TTY", "dnsPolicy": "DNSPolicy", "dnsConfig": "DNSConfig", "uid": "UID", "os": "OS", "grpc": "GRPC",
                       "fsGroup": "FSGroup", "podIP": "PodIP"]
        if let name = special[key] { return name }
        return key.prefix(1).uppercased() + key.dropFirst()
    }
}
