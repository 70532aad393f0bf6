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
    static func tree<T: Encodable>(_ value: T) -> JSONValue? {
        rawTree(value).flatMap(pruned)
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
