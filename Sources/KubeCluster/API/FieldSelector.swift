/// A field selector (`fields.Selector`): kubectl's `--field-selector`, e.g.
/// `metadata.name=web,status.phase!=Running`. Parsing follows upstream `fields.ParseSelector`
/// (terms split at unescaped commas and sorted, values unescaped); which fields a kind supports is
/// the server's business, see `FieldSelectorSupport`.
public struct FieldSelector: Hashable, Sendable, CustomStringConvertible {
    /// One `field=value` or `field!=value` term.
    public struct Term: Hashable, Sendable, CustomStringConvertible {
        /// The field path as written, e.g. `status.phase`.
        public var field: String
        /// True for `!=`, false for `=` and `==`.
        public var isNegated: Bool
        /// The unescaped value; empty matches a missing or empty field.
        public var value: String

        /// A term from its parts.
        public init(field: String, isNegated: Bool, value: String) {
            self.field = field
            self.isNegated = isNegated
            self.value = value
        }

        /// Upstream's string: `field=value` or `field!=value`, with `\`, `,` and `=` escaped in the value.
        public var description: String {
            field + (isNegated ? "!=" : "=") + FieldSelector.escape(value)
        }

        /// True when the field's value (missing reads as empty) satisfies the term.
        public func matches(_ lookup: (String) -> String?) -> Bool {
            let actual = lookup(field) ?? ""
            return isNegated ? actual != value : actual == value
        }
    }

    /// The terms, in upstream's order (sorted by their source text).
    public private(set) var terms: [Term]

    /// Matches everything.
    public static let everything = FieldSelector(terms: [])

    /// A selector from terms, kept in the given order.
    public init(terms: [Term]) {
        self.terms = terms
    }

    /// Parses `--field-selector` text; the error text is upstream's, e.g.
    /// `invalid selector: 'a'; can't understand 'a'`.
    public init(parsing text: String) throws {
        var parsed: [Term] = []
        for part in Self.splitTerms(text).sorted() where !part.isEmpty {
            guard let (field, op, rawValue) = Self.splitTerm(part) else {
                throw FieldSelectorError(message: "invalid selector: '\(text)'; can't understand '\(part)'")
            }
            parsed.append(Term(field: field, isNegated: op == "!=", value: try Self.unescape(rawValue)))
        }
        terms = parsed
    }

    /// True when there are no terms.
    public var isEmpty: Bool { terms.isEmpty }

    /// True when every term matches; `lookup` gives a field's value, nil when absent.
    public func matches(_ lookup: (String) -> String?) -> Bool {
        terms.allSatisfy { $0.matches(lookup) }
    }

    /// The value the selector demands for `field` through `=`, if any (`RequiresExactMatch`).
    public func requiredValue(for field: String) -> String? {
        terms.first { $0.field == field && !$0.isNegated }?.value
    }

    /// Upstream's canonical string: the terms joined by commas.
    public var description: String {
        terms.map(\.description).joined(separator: ",")
    }

    /// Splits at commas that are not escaped by a backslash; escapes stay in the parts.
    static func splitTerms(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var terms: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                terms.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        terms.append(current)
        return terms
    }

    /// Splits one term at the first `!=`, `==` or `=` (checked in that order at each position).
    static func splitTerm(_ term: String) -> (String, String, String)? {
        var index = term.startIndex
        while index < term.endIndex {
            let remaining = term[index...]
            for op in ["!=", "==", "="] where remaining.hasPrefix(op) {
                let valueStart = term.index(index, offsetBy: op.count)
                return (String(term[..<index]), op, String(term[valueStart...]))
            }
            index = term.index(after: index)
        }
        return nil
    }

    /// Removes backslash escapes; an unescaped `,` or `=` or a bad escape is upstream's error.
    static func unescape(_ value: String) throws -> String {
        if !value.contains(where: { $0 == "\\" || $0 == "," || $0 == "=" }) { return value }
        var result = ""
        var escaped = false
        for scalar in value.unicodeScalars {
            if escaped {
                guard scalar == "\\" || scalar == "," || scalar == "=" else {
                    throw FieldSelectorError(message: "invalid field selector: invalid escape sequence: \\\(scalar)")
                }
                result.unicodeScalars.append(scalar)
                escaped = false
                continue
            }
            switch scalar {
            case "\\":
                escaped = true
            case ",", "=":
                throw FieldSelectorError(message: "invalid field selector: unescaped character in value: \(scalar.value)")
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        if escaped { throw FieldSelectorError(message: "invalid field selector: invalid escape sequence: \\") }
        return result
    }

    /// Escapes `\`, `,` and `=` in a value (upstream `EscapeValue`).
    public static func escape(_ value: String) -> String {
        var result = ""
        for character in value {
            if character == "\\" || character == "," || character == "=" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

/// A field selector that could not be parsed or is not supported; `description` is upstream's text.
public struct FieldSelectorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The upstream error text.
    public let message: String

    /// The message as is.
    public var description: String { message }
}
