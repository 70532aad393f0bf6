import Collections
import Foundation

/// `apiequality.Semantic.DeepEqual` for API values: compares their JSON trees after dropping nulls
/// and empty lists/maps, so an empty slice or map equals a missing one, as in Go.
enum SemanticEquality {
    /// Whether `lhs` and `rhs` are semantically equal.
    static func equal<T: Encodable>(_ lhs: T, _ rhs: T) -> Bool {
        tree(lhs) == tree(rhs)
    }

    /// The value's JSON tree with nulls and empty collections removed (nil if it cannot be encoded).
    ///
    /// Built with `TreeEncoder` (no JSON text in between); numbers are then given the shape a JSON text
    /// round trip gives them, so the result equals `rawTree(value).flatMap(pruned)` exactly.
    static func tree<T: Encodable>(_ value: T) -> JSONValue? {
        guard let encoded = try? TreeEncoder().encode(value) else { return nil }
        return pruned(roundTrippedNumbers(encoded))
    }

    /// `value` with every `.double` as JSON text gives it back (`1.0` is written `1` and read as `.int(1)`).
    /// Other leaves already come out of `TreeEncoder` as a JSON text round trip gives them.
    static func roundTrippedNumbers(_ value: JSONValue) -> JSONValue {
        guard containsDouble(value) else { return value }
        switch value {
        case .double(let number):
            guard let text = try? JSONEncoder().encode(number),
                  let read = try? JSONDecoder().decode(JSONValue.self, from: text) else { return value }
            return read
        case .array(let items):
            return .array(items.map(roundTrippedNumbers))
        case .object(let members):
            var result = members
            for (key, member) in members { result[key] = roundTrippedNumbers(member) }
            return .object(result)
        default:
            return value
        }
    }

    private static func containsDouble(_ value: JSONValue) -> Bool {
        switch value {
        case .double: return true
        case .array(let items): return items.contains(where: containsDouble)
        case .object(let members): return members.values.contains(where: containsDouble)
        default: return false
        }
    }

    /// The value's JSON tree as encoded (object member order is not meaningful).
    static func rawTree<T: Encodable>(_ value: T) -> JSONValue? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(value) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// `value` without nulls and empty arrays/objects (recursively); nil when nothing is left.
    static func pruned(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .null:
            return nil
        case .array(let items):
            let kept = items.map { pruned($0) ?? .null }
            return kept.isEmpty ? nil : .array(kept)
        case .object(let members):
            var kept = members
            kept.removeAll()
            for key in members.keys.sorted() {
                if let member = members[key], let value = pruned(member) { kept[key] = value }
            }
            return kept.isEmpty ? nil : .object(kept)
        default:
            return value
        }
    }
}
