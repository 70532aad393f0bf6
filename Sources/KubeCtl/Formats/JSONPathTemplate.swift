import KubeCluster

/// A parsed kubectl jsonpath template (`{.items[*].metadata.name}`, `{range …}{end}`, filters, slices),
/// evaluated over a JSON tree the way client-go's `util/jsonpath` does.
///
/// Map iteration (`.*`, `..`) visits keys in sorted order; Go visits them in random order, so any
/// order we pick is one kubectl could print.
public struct JSONPathTemplate: Equatable {
    /// The template text as given.
    public let text: String
    let nodes: [JSONPathNode]

    /// Parses `text`; throws `JSONPathSyntaxError` with client-go's message ("unterminated array").
    public init(_ text: String) throws {
        self.text = text
        self.nodes = try JSONPathParser.parse(text)
    }

    /// The result groups, one per top-level action (expanded per `range` iteration).
    /// Throws `JSONPathExecutionError`.
    public func findResults(in data: JSONValue, allowMissingKeys: Bool = true) throws -> [[JSONValue]] {
        let run = JSONPathRun(nodes: nodes, allowMissingKeys: allowMissingKeys)
        return try run.findResults(data, from: 0).map { group in group.map { $0 ?? .null } }
    }

    /// The text kubectl prints for `-o jsonpath=`: each group's values joined by a space, strings raw,
    /// maps and lists as compact JSON, no trailing newline added.
    public func execute(on data: JSONValue, allowMissingKeys: Bool = true) throws -> String {
        let run = JSONPathRun(nodes: nodes, allowMissingKeys: allowMissingKeys)
        return try run.findResults(data, from: 0).map { group in
            group.map(Self.text(of:)).joined(separator: " ")
        }.joined()
    }

    /// The text kubectl prints for `-o jsonpath-as-json=`: each group as an indented JSON array + newline.
    public func executeAsJSON(on data: JSONValue, allowMissingKeys: Bool = true) throws -> String {
        let run = JSONPathRun(nodes: nodes, allowMissingKeys: allowMissingKeys)
        return try run.findResults(data, from: 0).map { group in
            GoValueText.jsonIndented(.array(group.map { $0 ?? .null })) + "\n"
        }.joined()
    }

    static func text(of value: JSONValue?) -> String {
        guard let value else { return "<no value>" }
        switch value {
        case .null: return "null"
        case .object, .array: return GoValueText.json(value)
        default: return GoValueText.plain(value)
        }
    }

    /// kubectl's `RelaxedJSONPathExpression` (custom-columns, `--sort-by`): accepts `a.b`, `.a.b`, `{a.b}`
    /// or `{.a.b}` and returns `{.a.b}`; an empty expression stays empty.
    public static func relaxed(_ expression: String) throws -> String {
        if expression.isEmpty { return expression }
        // ^\{\.?([^{}]+)\}$|^\.?([^{}]+)$
        func fieldSpec(_ body: Substring) -> Substring? {
            guard !body.isEmpty, !body.contains("{"), !body.contains("}") else { return nil }
            return body.hasPrefix(".") && body.count >= 2 ? body.dropFirst() : body
        }
        let whole = Substring(expression)
        var spec: Substring?
        if whole.count >= 3 && whole.hasPrefix("{") && whole.hasSuffix("}") {
            spec = fieldSpec(whole.dropFirst().dropLast())
        }
        if spec == nil { spec = fieldSpec(whole) }
        guard let spec else {
            throw FormatError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or "
                + "'{name1.name2}' or '{.name1.name2}'")
        }
        return "{." + spec + "}"
    }
}

/// A jsonpath evaluation failure, worded as client-go words it ("array index out of bounds: …").
public struct JSONPathExecutionError: Error, Equatable {
    /// client-go's message.
    public let message: String
}

/// The mutable state of one evaluation (the `range`/`end` counters live here, as upstream).
/// Values are optional: nil stands for Go's invalid `reflect.Value` (the data of an empty `range`).
final class JSONPathRun {
    private let nodes: [JSONPathNode]
    private let allowMissingKeys: Bool
    private var beginRange = 0
    private var inRange = 0
    private var endRange = 0
    private var lastEndNode: Int?

    init(nodes: [JSONPathNode], allowMissingKeys: Bool) {
        self.nodes = nodes
        self.allowMissingKeys = allowMissingKeys
    }

    func findResults(_ data: JSONValue?, from start: Int) throws -> [[JSONValue?]] {
        let current: [JSONValue?] = [data]
        var full: [[JSONValue?]] = []
        var index = start
        while index < nodes.count {
            let results = try walk(current, nodes[index])
            if endRange > 0 && endRange <= inRange {
                endRange -= 1
                lastEndNode = index
                break
            }
            if beginRange > 0 {
                beginRange -= 1
                inRange += 1
                if results.isEmpty {
                    _ = try findResults(nil, from: index + 1)
                } else {
                    for value in results { full += try findResults(value, from: index + 1) }
                }
                inRange -= 1
                if let end = lastEndNode, end > index { index = end }
                index += 1
                continue
            }
            full.append(results)
            index += 1
        }
        return full
    }

    private func walk(_ input: [JSONValue?], _ node: JSONPathNode) throws -> [JSONValue?] {
        switch node {
        case .list(let children): return try evalList(input, children)
        case .text(let text): return [.string(text)]
        case .field(let name): return try evalField(input, name)
        case .array(let bounds): return try evalArray(input, bounds)
        case .filter(let left, let right, let op): return try evalFilter(input, left, right, op)
        case .int(let number): return input.map { _ in .int(Int64(number)) }
        case .float(let number): return input.map { _ in .double(number) }
        case .bool(let flag): return input.map { _ in .bool(flag) }
        case .wildcard: return input.flatMap { Self.children(of: $0) }
        case .recursive: return evalRecursive(input)
        case .union(let lists): return try lists.flatMap { try evalList(input, $0) }
        case .identifier(let name): return try evalIdentifier(input, name)
        }
    }

    private func evalList(_ input: [JSONValue?], _ children: [JSONPathNode]) throws -> [JSONValue?] {
        var current = input
        for child in children { current = try walk(current, child) }
        return current
    }

    private func evalIdentifier(_ input: [JSONValue?], _ name: String) throws -> [JSONValue?] {
        switch name {
        case "range":
            beginRange += 1
            return input
        case "end":
            guard inRange > 0 else { throw JSONPathExecutionError(message: "not in range, nothing to end") }
            endRange += 1
            return []
        default:
            throw JSONPathExecutionError(message: "unrecognized identifier \(name)")
        }
    }

    private func evalField(_ input: [JSONValue?], _ name: String) throws -> [JSONValue?] {
        if input.isEmpty { return [] }
        var results: [JSONValue?] = []
        for case .object(let members)? in input {
            if let value = members[name] { results.append(value) }
        }
        if results.isEmpty && !allowMissingKeys {
            throw JSONPathExecutionError(message: "\(name) is not found")
        }
        return results
    }

    private func evalArray(_ input: [JSONValue?], _ bounds: [JSONPathSliceBound]) throws -> [JSONValue?] {
        var result: [JSONValue?] = []
        for value in input {
            if value == .null { continue }
            guard let value else {
                throw JSONPathExecutionError(message: "reflect: call of reflect.Value.Type on zero Value")
            }
            guard case .array(let items) = value else {
                throw JSONPathExecutionError(message: "\(GoValueText.typeName(value)) is not array or slice")
            }
            guard let range = try sliceRange(bounds, length: items.count) else { return result }
            var step = 1
            if bounds.count > 2 && bounds[2].known {
                guard bounds[2].value > 0 else { throw JSONPathExecutionError(message: "step must be > 0") }
                step = bounds[2].value
            }
            for index in stride(from: range.lowerBound, to: range.upperBound, by: step) {
                result.append(items[index])
            }
        }
        return result
    }

    /// The index range a slice selects, nil when it selects nothing (start == end).
    private func sliceRange(_ bounds: [JSONPathSliceBound], length: Int) throws -> Range<Int>? {
        guard bounds.count >= 2 else { return nil }
        var lower = bounds[0].known ? bounds[0].value : 0
        if lower < 0 { lower += length }
        var upper = bounds[1].known ? bounds[1].value : length
        if upper < 0 || (upper == 0 && bounds[1].derived) { upper += length }
        guard upper != lower else { return nil }
        if lower >= length || lower < 0 {
            throw JSONPathExecutionError(message: "array index out of bounds: index \(lower), length \(length)")
        }
        if upper > length || upper < 0 {
            throw JSONPathExecutionError(message: "array index out of bounds: index \(upper - 1), length \(length)")
        }
        if lower > upper {
            throw JSONPathExecutionError(message: "starting index \(lower) is greater than ending index \(upper)")
        }
        return lower..<upper
    }

    /// Members of a map (sorted keys), elements of a list, bytes of a string; nothing otherwise.
    static func children(of value: JSONValue?) -> [JSONValue?] {
        switch value {
        case .object(let members)?: return GoValueText.sortedPairs(members).map { $0.value }
        case .array(let items)?: return items
        case .string(let text)?: return text.utf8.map { .int(Int64($0)) }
        default: return []
        }
    }

    private func evalRecursive(_ input: [JSONValue?]) -> [JSONValue?] {
        var result: [JSONValue?] = []
        for value in input {
            let children = Self.children(of: value)
            guard !children.isEmpty else { continue }
            result.append(value)
            result += evalRecursive(children)
        }
        return result
    }

    private func evalFilter(_ input: [JSONValue?], _ left: [JSONPathNode], _ right: [JSONPathNode],
                            _ op: String) throws -> [JSONValue?] {
        var results: [JSONValue?] = []
        for value in input {
            guard case .array(let items)? = value else {
                let shown = value.map(GoValueText.plain) ?? "<invalid reflect.Value>"
                throw JSONPathExecutionError(message: "\(shown) is not array or slice and cannot be filtered")
            }
            for item in items {
                if op == "exists" {
                    if let lefts = try? evalList([item], left), !lefts.isEmpty { results.append(item) }
                    continue
                }
                let lefts = try evalList([item], left)
                guard let lhs = try single(lefts) else { continue }
                let rights = try evalList([item], right)
                guard let rhs = try single(rights) else { continue }
                if try JSONPathComparison.compare(lhs, rhs, op: op) { results.append(item) }
            }
        }
        return results
    }

    /// The only element of a filter operand's results; nil to skip the item; error for several.
    private func single(_ values: [JSONValue?]) throws -> JSONValue?? {
        if values.isEmpty { return nil }
        guard values.count == 1 else {
            throw JSONPathExecutionError(message: "can only compare one element at a time")
        }
        return .some(values[0])
    }
}

/// The comparison functions client-go's jsonpath filters use (a fork of Go template's `eq`, `lt`, …):
/// both sides must be the same basic kind (bool, integer, float, string).
enum JSONPathComparison {
    private enum Kind { case bool, int, float, string }

    private static func kind(_ value: JSONValue?) throws -> Kind {
        switch value {
        case .bool?: return .bool
        case .int?: return .int
        case .double?: return .float
        case .string?: return .string
        default: throw JSONPathExecutionError(message: "invalid type for comparison")
        }
    }

    private static let incompatible = JSONPathExecutionError(message: "incompatible types for comparison")

    static func compare(_ lhs: JSONValue?, _ rhs: JSONValue?, op: String) throws -> Bool {
        switch op {
        case "==": return try equal(lhs, rhs)
        case "!=": return try !equal(lhs, rhs)
        case "<": return try less(lhs, rhs)
        case "<=": return try lessOrEqual(lhs, rhs)
        case ">": return try !lessOrEqual(lhs, rhs)
        case ">=": return try !less(lhs, rhs)
        default: throw JSONPathExecutionError(message: "unrecognized filter operator \(op)")
        }
    }

    static func equal(_ lhs: JSONValue?, _ rhs: JSONValue?) throws -> Bool {
        let leftKind = try kind(lhs)
        guard try kind(rhs) == leftKind else { throw incompatible }
        switch (lhs, rhs) {
        case (.bool(let a)?, .bool(let b)?): return a == b
        case (.int(let a)?, .int(let b)?): return a == b
        case (.double(let a)?, .double(let b)?): return a == b
        case (.string(let a)?, .string(let b)?): return a == b
        default: return false
        }
    }

    static func less(_ lhs: JSONValue?, _ rhs: JSONValue?) throws -> Bool {
        let leftKind = try kind(lhs)
        guard try kind(rhs) == leftKind else { throw incompatible }
        switch (lhs, rhs) {
        case (.int(let a)?, .int(let b)?): return a < b
        case (.double(let a)?, .double(let b)?): return a < b
        case (.string(let a)?, .string(let b)?): return GoValueText.byteOrderLess(a, b)
        default: throw JSONPathExecutionError(message: "invalid type for comparison")
        }
    }

    static func lessOrEqual(_ lhs: JSONValue?, _ rhs: JSONValue?) throws -> Bool {
        if try less(lhs, rhs) { return true }
        return try equal(lhs, rhs)
    }
}
