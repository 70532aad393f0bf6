import KubeCluster

/// A path into an object's JSON, as checks write it: `spec.replicas`,
/// `spec.template.spec.containers[0].image`, `spec.template.spec.containers[name=web].image`,
/// `metadata.labels["app.kubernetes.io/name"]`.
public struct FieldPath: Equatable, Sendable, CustomStringConvertible {
    /// One step of a path.
    public enum Step: Equatable, Sendable {
        /// An object member.
        case key(String)
        /// An array element by position.
        case index(Int)
        /// The first array element whose member `field` is the string `value`.
        case match(field: String, value: String)
    }

    /// The steps in order.
    public let steps: [Step]
    /// The text the path was written as.
    public let description: String

    /// Parses a path; throws a message naming the problem for malformed text.
    public init(parsing text: String) throws {
        description = text
        var parser = FieldPathParser(text: text)
        steps = try parser.parse()
    }

    /// The value at this path inside `value`, or nil when any step is missing.
    public func value(in value: JSONValue) -> JSONValue? {
        var current: JSONValue? = value
        for step in steps {
            guard let here = current else { return nil }
            switch step {
            case .key(let key): current = here[key]
            case .index(let index): current = here[index]
            case .match(let field, let wanted):
                current = here.arrayValue?.first { $0[field]?.stringValue == wanted }
            }
        }
        return current
    }
}

/// Why a field path could not be read.
public struct FieldPathError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, in English.
    public let description: String
}

/// Reads the small path syntax of checks, character by character.
private struct FieldPathParser {
    let characters: [Character]
    var position = 0

    init(text: String) { characters = Array(text) }

    mutating func parse() throws -> [FieldPath.Step] {
        var steps: [FieldPath.Step] = []
        guard !characters.isEmpty else { throw FieldPathError(description: "the path is empty") }
        while position < characters.count {
            if characters[position] == "[" {
                steps.append(try bracket())
            } else {
                if characters[position] == "." {
                    if steps.isEmpty { throw error("a path cannot start with a dot") }
                    position += 1
                }
                let name = identifier()
                if name.isEmpty { throw error("a field name is missing") }
                steps.append(.key(name))
            }
        }
        return steps
    }

    mutating func identifier() -> String {
        var name = ""
        while position < characters.count, characters[position] != ".", characters[position] != "[" {
            name.append(characters[position])
            position += 1
        }
        return name
    }

    mutating func bracket() throws -> FieldPath.Step {
        position += 1
        var inner = ""
        while position < characters.count, characters[position] != "]" {
            inner.append(characters[position])
            position += 1
        }
        guard position < characters.count else { throw error("a `[` is not closed") }
        position += 1
        if let quoted = Self.unquoted(inner) { return .key(quoted) }
        if let index = Int(inner), index >= 0 { return .index(index) }
        if let equals = inner.firstIndex(of: "=") {
            let field = String(inner[..<equals])
            let value = String(inner[inner.index(after: equals)...])
            if !field.isEmpty { return .match(field: field, value: Self.unquoted(value) ?? value) }
        }
        throw error("`[\(inner)]` is neither an index, a quoted key nor field=value")
    }

    static func unquoted(_ text: String) -> String? {
        guard text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" else { return nil }
        return String(text.dropFirst().dropLast())
    }

    func error(_ message: String) -> FieldPathError {
        FieldPathError(description: "\(message) in `\(String(characters))`")
    }
}
