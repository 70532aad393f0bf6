/// A label selector (`labels.Selector`): the `-l` / `--selector` of kubectl and the compiled form of
/// a `spec.selector`. It is the AND of its requirements; `description` is upstream's canonical
/// string (requirements sorted by key, set values sorted).
public struct LabelSelector: Hashable, Sendable, CustomStringConvertible {
    /// The requirements, sorted by key (stable for equal keys).
    public private(set) var requirements: [LabelRequirement]
    /// True for the selector that matches nothing (a missing `spec.selector`).
    public let selectsNothing: Bool

    /// Matches every object.
    public static let everything = LabelSelector(requirements: [], selectsNothing: false)
    /// Matches no object; prints as the empty string.
    public static let nothing = LabelSelector(requirements: [], selectsNothing: true)

    /// A selector from requirements; they are sorted by key as upstream `Add` does.
    public init(requirements: [LabelRequirement]) {
        self.init(requirements: requirements, selectsNothing: false)
    }

    private init(requirements: [LabelRequirement], selectsNothing: Bool) {
        self.requirements = LabelSelector.sortedByKey(requirements)
        self.selectsNothing = selectsNothing
    }

    /// Equality requirements for every label of a map, unvalidated (`SelectorFromValidatedSet`);
    /// an empty map selects everything. This is how a Service or ReplicationController selects.
    public init(matchLabels: [String: String]) {
        let requirements = matchLabels.map { LabelRequirement(uncheckedKey: $0.key, operator: .equals, values: [$0.value]) }
        self.init(requirements: requirements, selectsNothing: false)
    }

    /// Parses kubectl's `-l` syntax (`labels.Parse`): `a=b`, `a==b`, `a!=b`, `a in (x,y)`,
    /// `a notin (x)`, `a`, `!a`, `a>1`, `a<1`, joined by commas. Errors carry upstream's text.
    public init(parsing text: String) throws {
        let parsed = try LabelSelectorParser.parse(text)
        self.init(requirements: parsed, selectsNothing: false)
    }

    /// True when the selector does not restrict anything (no requirements).
    public var isEmpty: Bool { requirements.isEmpty && !selectsNothing }

    /// True when every requirement matches `labels`.
    public func matches(_ labels: [String: String]) -> Bool {
        if selectsNothing { return false }
        return requirements.allSatisfy { $0.matches(labels) }
    }

    /// Adds requirements, keeping them sorted by key.
    public func adding(_ more: [LabelRequirement]) -> LabelSelector {
        LabelSelector(requirements: requirements + more, selectsNothing: selectsNothing)
    }

    /// The value a selector demands for `key` through `=`, `==` or a one-value `in`, if any.
    public func requiredValue(for key: String) -> String? {
        guard let requirement = requirements.first(where: { $0.key == key }) else { return nil }
        switch requirement.operator {
        case .equals, .doubleEquals, .in:
            return requirement.values.count == 1 ? requirement.values.first : nil
        default:
            return nil
        }
    }

    /// Upstream's canonical string, e.g. `app=nginx,pod-template-hash=5d4b`; empty for everything
    /// and for nothing.
    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }

    /// Labels as kubectl prints them in `--show-labels` and a Service's SELECTOR column
    /// (`labels.FormatLabels`): `k=v` sorted by key, joined by commas, or `<none>` when empty.
    public static func formatLabels(_ labels: [String: String]) -> String {
        if labels.isEmpty { return "<none>" }
        return labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    private static func sortedByKey(_ requirements: [LabelRequirement]) -> [LabelRequirement] {
        requirements.enumerated()
            .sorted { $0.element.key != $1.element.key ? $0.element.key < $1.element.key : $0.offset < $1.offset }
            .map(\.element)
    }
}

/// One condition of a label selector: a key, an operator and its values (`labels.Requirement`).
public struct LabelRequirement: Hashable, Sendable, CustomStringConvertible {
    /// The operators of `k8s.io/apimachinery/pkg/selection`, with upstream's raw spellings.
    public enum Operator: String, Sendable, CaseIterable {
        /// `key=value`.
        case equals = "="
        /// `key==value` (same meaning as `=`, printed as written).
        case doubleEquals = "=="
        /// `key!=value`; also true when the label is missing.
        case notEquals = "!="
        /// `key in (a,b)`.
        case `in` = "in"
        /// `key notin (a,b)`; also true when the label is missing.
        case notIn = "notin"
        /// `key`: the label is present.
        case exists = "exists"
        /// `!key`: the label is absent.
        case doesNotExist = "!"
        /// `key>N`, an integer comparison.
        case greaterThan = "gt"
        /// `key<N`, an integer comparison.
        case lessThan = "lt"
    }

    /// The label key.
    public let key: String
    /// How the label is compared.
    public let `operator`: Operator
    /// The values, in the order given (the parser gives them sorted and without duplicates).
    public let values: [String]

    /// A requirement without validation; for data already known to be valid.
    init(uncheckedKey key: String, operator: Operator, values: [String]) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }

    /// A validated requirement (`labels.NewRequirement`); the error text is upstream's.
    /// `path` prefixes the field paths in messages (`values[0][key]`), as upstream's field path.
    public init(key: String, operator: Operator, values: [String], path: String? = nil) throws {
        let messages = LabelRequirement.problems(key: key, operator: `operator`, values: values, path: path)
        if let message = FieldErrorText.aggregate(messages) { throw LabelSelectorError(message: message) }
        self.init(uncheckedKey: key, operator: `operator`, values: values)
    }

    /// Every validation problem upstream reports for a requirement, in upstream's order.
    static func problems(key: String, operator: Operator, values: [String], path: String?) -> [String] {
        func child(_ name: String) -> String { path.map { "\($0).\(name)" } ?? name }
        var messages: [String] = []
        let keyErrors = LabelValidation.qualifiedNameErrors(key)
        if !keyErrors.isEmpty {
            messages.append(FieldErrorText.invalid(path: child("key"), value: key, detail: keyErrors.joined(separator: "; ")))
        }
        let valuesPath = child("values")
        var goValues: String { values.isEmpty ? "[]string{}" : "[]string{" + values.map(GoQuoted.quote).joined(separator: ", ") + "}" }
        switch `operator` {
        case .in, .notIn:
            if values.isEmpty {
                messages.append("\(valuesPath): Invalid value: \(goValues): for 'in', 'notin' operators, values set can't be empty")
            }
        case .equals, .doubleEquals, .notEquals:
            if values.count != 1 {
                messages.append("\(valuesPath): Invalid value: \(goValues): exact-match compatibility requires one single value")
            }
        case .exists, .doesNotExist:
            if !values.isEmpty {
                messages.append("\(valuesPath): Invalid value: \(goValues): values set must be empty for exists and does not exist")
            }
        case .greaterThan, .lessThan:
            if values.count != 1 {
                messages.append("\(valuesPath): Invalid value: \(goValues): for 'Gt', 'Lt' operators, exactly one value is required")
            }
            for (index, value) in values.enumerated() where Int64(value) == nil {
                messages.append(FieldErrorText.invalid(path: "\(valuesPath)[\(index)]", value: value,
                                                       detail: "for 'Gt', 'Lt' operators, the value must be an integer"))
            }
        }
        for (index, value) in values.enumerated() {
            let valueErrors = LabelValidation.labelValueErrors(value)
            if !valueErrors.isEmpty {
                messages.append(FieldErrorText.invalid(path: "\(valuesPath)[\(index)][\(key)]", value: value,
                                                       detail: valueErrors.joined(separator: "; ")))
            }
        }
        return messages
    }

    /// True when `labels` satisfy this requirement (upstream `Requirement.Matches`).
    public func matches(_ labels: [String: String]) -> Bool {
        switch `operator` {
        case .in, .equals, .doubleEquals:
            guard let value = labels[key] else { return false }
            return values.contains(value)
        case .notIn, .notEquals:
            guard let value = labels[key] else { return true }
            return !values.contains(value)
        case .exists:
            return labels[key] != nil
        case .doesNotExist:
            return labels[key] == nil
        case .greaterThan, .lessThan:
            guard let text = labels[key], let actual = Int64(text), values.count == 1,
                  let first = values.first, let bound = Int64(first) else { return false }
            return `operator` == .greaterThan ? actual > bound : actual < bound
        }
    }

    /// Upstream's string for one requirement: `a=b`, `a!=b`, `a in (x,y)`, `!a`, `a>1`.
    public var description: String {
        let prefix = `operator` == .doesNotExist ? "!" : ""
        let symbol: String
        switch `operator` {
        case .equals: symbol = "="
        case .doubleEquals: symbol = "=="
        case .notEquals: symbol = "!="
        case .in: symbol = " in "
        case .notIn: symbol = " notin "
        case .greaterThan: symbol = ">"
        case .lessThan: symbol = "<"
        case .exists, .doesNotExist: return prefix + key
        }
        let joined = values.count == 1 ? (values.first ?? "") : values.sorted().joined(separator: ",")
        let isSet = `operator` == .in || `operator` == .notIn
        return prefix + key + symbol + (isSet ? "(" + joined + ")" : joined)
    }
}

/// A label selector that could not be parsed or built; `description` is upstream's message.
public struct LabelSelectorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The upstream error text, e.g. `unable to parse requirement: found '', expected: identifier`.
    public let message: String

    /// The message as is.
    public var description: String { message }
}
