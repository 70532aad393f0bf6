import Collections
import Foundation

/// A problem found while turning a parsed YAML document into JSON, worded as kubectl words it.
struct YAMLConversionProblem: Error {
    /// e.g. "yaml: unknown anchor 'x' referenced" or "json: unsupported value: NaN".
    let message: String
}

/// Builds the JSON tree of the first YAML document in a text from libyaml's events, typing scalars
/// as go-yaml v2 does and converting map keys to strings as sigs.k8s.io/yaml does: what kubectl's
/// `YAMLToJSON` yields for a manifest. Aliases, `<<` merge keys and go-yaml's guard against
/// excessive aliasing ("billion laughs") are handled; nesting deeper than `maxDepth` is refused.
struct YAMLDocumentComposer {
    static let maxDepth = 1000

    private enum NodeKind { case scalar, sequence, mapping }

    /// How a node converts when used as a map key.
    private enum KeyForm {
        case text(String)
        /// sigs.k8s.io/yaml refuses the key: Go type name and Go-syntax value.
        case unsupported(type: String, value: String)
        /// go-yaml refuses the key (a sequence or mapping).
        case invalid
    }

    /// A finished node: its JSON value, its key form, and how many decode steps go-yaml spends on it.
    private struct Composed {
        var json: JSONValue
        var key: KeyForm
        var kind: NodeKind
        var decodeSteps: Int
    }

    private let events: YAMLEventSource
    private var anchors: [String: Composed] = [:]
    private var openAnchors: Set<String> = []
    private var decodeCount = 0
    private var aliasCount = 0

    init(bytes: [UInt8]) {
        events = YAMLEventSource(bytes: bytes)
    }

    /// The JSON value of the first document, `.null` for an empty stream.
    mutating func composeFirstDocument() throws -> JSONValue {
        let start = try events.next()
        guard start.kind == .streamStart else { return .null }
        let first = try events.next()
        guard first.kind == .documentStart else { return .null }
        let root = try composeNode(try events.next(), depth: 0)
        let end = try events.next()
        guard end.kind == .documentEnd else {
            throw YAMLSyntaxProblem(problem: "did not find expected <document end>", reportedLine: nil, actualLine: nil)
        }
        try rejectUnsupportedNumbers(root.json)
        return root.json
    }

    // MARK: Nodes

    private mutating func composeNode(_ event: YAMLEvent, depth: Int) throws -> Composed {
        if event.kind == .alias { return try composeAlias(event) }
        guard depth < Self.maxDepth else {
            throw YAMLConversionProblem(message: "yaml: exceeded max depth of \(Self.maxDepth)")
        }
        try countDecodeSteps(1, viaAlias: false)
        let before = decodeCount
        if let anchor = event.anchor { openAnchors.insert(anchor) }
        var node: Composed
        switch event.kind {
        case .scalar: node = try composeScalar(event)
        case .sequenceStart: node = try composeSequence(depth: depth)
        case .mappingStart: node = try composeMapping(depth: depth)
        default:
            throw YAMLSyntaxProblem(problem: "did not find expected node content", reportedLine: nil, actualLine: nil)
        }
        node.decodeSteps = decodeCount - before + 1
        if let anchor = event.anchor {
            openAnchors.remove(anchor)
            anchors[anchor] = node
        }
        return node
    }

    private mutating func composeAlias(_ event: YAMLEvent) throws -> Composed {
        let name = event.anchor ?? ""
        if openAnchors.contains(name) {
            throw YAMLConversionProblem(message: "yaml: anchor '\(name)' value contains itself")
        }
        guard let target = anchors[name] else {
            throw YAMLConversionProblem(message: "yaml: unknown anchor '\(name)' referenced")
        }
        try countDecodeSteps(1, viaAlias: false)
        try countDecodeSteps(target.decodeSteps, viaAlias: true)
        return target
    }

    /// go-yaml's check against documents that expand mostly through aliases.
    private mutating func countDecodeSteps(_ steps: Int, viaAlias: Bool) throws {
        decodeCount += steps
        if viaAlias { aliasCount += steps }
        guard aliasCount > 100, decodeCount > 1000 else { return }
        let ratio: Double
        switch decodeCount {
        case ...400_000: ratio = 0.99
        case 4_000_000...: ratio = 0.10
        default: ratio = 0.99 - 0.89 * (Double(decodeCount - 400_000) / 3_600_000)
        }
        if Double(aliasCount) / Double(decodeCount) > ratio {
            throw YAMLConversionProblem(message: "yaml: document contains excessive aliasing")
        }
    }

    private mutating func composeSequence(depth: Int) throws -> Composed {
        var items: [JSONValue] = []
        while true {
            let event = try events.next()
            if event.kind == .sequenceEnd { break }
            items.append(try composeNode(event, depth: depth + 1).json)
        }
        return Composed(json: .array(items), key: .invalid, kind: .sequence, decodeSteps: 0)
    }

    private mutating func composeMapping(depth: Int) throws -> Composed {
        var members = OrderedDictionary<String, JSONValue>()
        while true {
            let keyEvent = try events.next()
            if keyEvent.kind == .mappingEnd { break }
            if Self.isMergeKey(keyEvent) {
                try merge(try composeNode(try events.next(), depth: depth + 1), into: &members)
                continue
            }
            let key = try composeNode(keyEvent, depth: depth + 1)
            let value = try composeNode(try events.next(), depth: depth + 1)
            switch key.key {
            case .text(let text):
                members[text] = value.json
            case .invalid:
                throw YAMLConversionProblem(message: "yaml: invalid map key: " + GoSyntax.describe(key.json, nested: false))
            case .unsupported(let type, let shown):
                throw YAMLConversionProblem(
                    message: "unsupported map key of type: \(type), key: \(shown), value: "
                        + GoSyntax.describe(value.json, nested: false))
            }
        }
        return Composed(json: .object(members), key: .invalid, kind: .mapping, decodeSteps: 0)
    }

    private static func isMergeKey(_ event: YAMLEvent) -> Bool {
        guard event.kind == .scalar, event.value == "<<" else { return false }
        return (event.tag == nil && event.isPlainImplicit) || event.tag == "tag:yaml.org,2002:merge"
    }

    /// go-yaml v2's `<<`: a mapping, or a sequence of mappings where earlier ones win.
    private func merge(_ source: Composed, into members: inout OrderedDictionary<String, JSONValue>) throws {
        let failure = YAMLConversionProblem(message: "yaml: map merge requires map or sequence of maps as the value")
        switch source.json {
        case .object(let merged) where source.kind == .mapping:
            for (key, value) in merged { members[key] = value }
        case .array(let list) where source.kind == .sequence:
            for item in list.reversed() {
                guard case .object(let merged) = item else { throw failure }
                for (key, value) in merged { members[key] = value }
            }
        default:
            throw failure
        }
    }

    // MARK: Scalars

    private func composeScalar(_ event: YAMLEvent) throws -> Composed {
        let text = event.value
        guard let tag = event.tag else {
            if event.isPlainImplicit { return Self.composed(GoYAMLResolver.resolve(text), text: text) }
            return Composed(json: .string(text), key: .text(text), kind: .scalar, decodeSteps: 0)
        }
        let prefix = "tag:yaml.org,2002:"
        guard tag.hasPrefix(prefix) else {
            return Composed(json: .string(text), key: .text(text), kind: .scalar, decodeSteps: 0)
        }
        let name = String(tag.dropFirst(prefix.count))
        let resolved = name == "str" || name == "binary" ? GoYAMLResolver.Resolved.string : GoYAMLResolver.resolve(text)
        let resolvedName = Self.tagName(resolved)
        switch name {
        case "str", resolvedName:
            return Self.composed(resolved, text: text)
        case "binary":
            let decoded = Data(base64Encoded: text.filter { !$0.isWhitespace })
            guard let decoded else {
                throw YAMLConversionProblem(message: "yaml: !!binary value contains invalid base64 data")
            }
            let string = String(decoding: decoded, as: UTF8.self)
            return Composed(json: .string(string), key: .text(string), kind: .scalar, decodeSteps: 0)
        case "float":
            if case .int(let number) = resolved { return Self.composed(.float(Double(number)), text: text) }
            if case .uint(let number) = resolved { return Self.composed(.float(Double(number)), text: text) }
        case "null", "bool", "int", "timestamp":
            break
        default:
            // Tags go-yaml cannot resolve (!!set, !!omap, …) leave the text as it is.
            return Composed(json: .string(text), key: .text(text), kind: .scalar, decodeSteps: 0)
        }
        throw YAMLConversionProblem(message: "yaml: cannot decode !!\(resolvedName) `\(text)` as a !!\(name)")
    }

    private static func tagName(_ resolved: GoYAMLResolver.Resolved) -> String {
        switch resolved {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .uint: return "int"
        case .float: return "float"
        case .timestamp: return "timestamp"
        case .string: return "str"
        }
    }

    /// The JSON value and key form of a resolved scalar (after kubectl's JSON round trip).
    private static func composed(_ resolved: GoYAMLResolver.Resolved, text: String) -> Composed {
        let json: JSONValue
        let key: KeyForm
        switch resolved {
        case .null:
            json = .null
            key = .unsupported(type: "%!s(<nil>)", value: "<nil>")
        case .bool(let flag):
            json = .bool(flag)
            key = .text(flag ? "true" : "false")
        case .int(let number):
            json = .int(number)
            key = .text(String(number))
        case .uint(let number):
            json = .double(Double(number))
            key = .unsupported(type: "uint64", value: "0x" + String(number, radix: 16))
        case .float(let number):
            json = jsonNumber(number)
            key = .text(GoFloatFormat.yamlFloatKey(number))
        case .timestamp, .string:
            json = .string(text)
            key = .text(text)
        }
        return Composed(json: json, key: key, kind: .scalar, decodeSteps: 0)
    }

    /// A float as kubectl sees it after Go prints it as JSON and reads it back: integral text is an int.
    private static func jsonNumber(_ number: Double) -> JSONValue {
        guard number.isFinite else { return .double(number) }
        let text = GoFloatFormat.json(number)
        if !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") }), let integer = Int64(text) {
            return .int(integer)
        }
        return .double(number)
    }

    /// Go's `json.Marshal` refuses NaN and infinities.
    private func rejectUnsupportedNumbers(_ value: JSONValue) throws {
        switch value {
        case .double(let number) where !number.isFinite:
            let shown = number.isNaN ? "NaN" : (number < 0 ? "-Inf" : "+Inf")
            throw YAMLConversionProblem(message: "json: unsupported value: \(shown)")
        case .array(let items):
            for item in items { try rejectUnsupportedNumbers(item) }
        case .object(let members):
            for member in members.values { try rejectUnsupportedNumbers(member) }
        default:
            break
        }
    }
}

/// Go's `%#v` rendering of decoded YAML values, as it appears in sigs.k8s.io/yaml's and go-yaml's
/// key errors (`map[interface {}]interface {}{"a":1}`, `[]interface {}{1, 2}`).
enum GoSyntax {
    static func describe(_ value: JSONValue, nested: Bool) -> String {
        switch value {
        case .null: return nested ? "interface {}(nil)" : "<nil>"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return GoFloatFormat.yaml(number)
        case .string(let text): return quoted(text)
        case .array(let items):
            return "[]interface {}{" + items.map { describe($0, nested: true) }.joined(separator: ", ") + "}"
        case .object(let members):
            let entries = members.keys.sorted().map { quoted($0) + ":" + describe(members[$0] ?? .null, nested: true) }
            return "map[interface {}]interface {}{" + entries.joined(separator: ", ") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONTextWriter.appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
