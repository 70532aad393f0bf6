/// The API form of a label selector (`metav1.LabelSelector`), as found in `spec.selector` of
/// Deployments, ReplicaSets, Jobs and DaemonSets. Field names are the Go JSON names; empty
/// fields are omitted when encoding, like upstream's `omitempty`.
public struct LabelSelectorSpec: Hashable, Sendable, Codable {
    /// Labels that must be present with exactly these values.
    public var matchLabels: [String: String]?
    /// Set-based requirements.
    public var matchExpressions: [LabelSelectorRequirementSpec]?

    /// A selector from its two parts.
    public init(matchLabels: [String: String]? = nil, matchExpressions: [LabelSelectorRequirementSpec]? = nil) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }

    private enum CodingKeys: String, CodingKey {
        case matchLabels, matchExpressions
    }

    /// Writes only the non-empty parts.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let matchLabels, !matchLabels.isEmpty { try container.encode(matchLabels, forKey: .matchLabels) }
        if let matchExpressions, !matchExpressions.isEmpty { try container.encode(matchExpressions, forKey: .matchExpressions) }
    }

    /// Compiles the spec into a selector (upstream `LabelSelectorAsSelector`): no requirements
    /// selects everything; an unknown operator or an invalid key or value is an error.
    public func selector() throws -> LabelSelector {
        let labels = matchLabels ?? [:]
        let expressions = matchExpressions ?? []
        if labels.isEmpty && expressions.isEmpty { return .everything }
        var requirements: [LabelRequirement] = []
        for (key, value) in labels.sorted(by: { $0.key < $1.key }) {
            requirements.append(try LabelRequirement(key: key, operator: .equals, values: [value]))
        }
        for expression in expressions {
            requirements.append(try LabelRequirement(key: expression.key, operator: try expression.selectionOperator(),
                                                     values: expression.values ?? []))
        }
        return LabelSelector(requirements: requirements)
    }

    /// The selector as `kubectl get -o wide` prints it in a SELECTOR column
    /// (upstream `FormatLabelSelector`): `app=nginx,pod-template-hash=5d4b`, `<none>` when it is
    /// empty or missing, `<error>` when it cannot be compiled.
    public static func format(_ spec: LabelSelectorSpec?) -> String {
        guard let spec else { return "<none>" }
        guard let selector = try? spec.selector() else { return "<error>" }
        let text = selector.description
        return text.isEmpty ? "<none>" : text
    }

    /// The compiled selector of an optional spec: a missing spec selects nothing, as upstream.
    public static func selector(for spec: LabelSelectorSpec?) throws -> LabelSelector {
        guard let spec else { return .nothing }
        return try spec.selector()
    }
}

extension LabelSelectorSpec {
    /// True when the selector has neither labels nor expressions (`{}`), which selects everything.
    public var isEmpty: Bool {
        (matchLabels ?? [:]).isEmpty && (matchExpressions ?? []).isEmpty
    }

    /// Whether `labels` satisfy `spec` the way controllers check it (`LabelSelectorAsSelector` then
    /// `Matches`): a missing spec, or one that cannot be compiled, matches nothing.
    public static func matches(_ spec: LabelSelectorSpec?, labels: [String: String]?) -> Bool {
        guard let selector = try? selector(for: spec) else { return false }
        return selector.matches(labels ?? [:])
    }
}

/// One `matchExpressions` entry (`metav1.LabelSelectorRequirement`).
public struct LabelSelectorRequirementSpec: Hashable, Sendable, Codable {
    /// The label key.
    public var key: String
    /// `In`, `NotIn`, `Exists` or `DoesNotExist`.
    public var `operator`: String
    /// The values for `In` / `NotIn`; omitted when empty.
    public var values: [String]?

    /// An expression from its parts.
    public init(key: String, operator: String, values: [String]? = nil) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }

    private enum CodingKeys: String, CodingKey {
        case key, `operator`, values
    }

    /// Writes `key` and `operator` always and `values` only when non-empty.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(`operator`, forKey: .operator)
        if let values, !values.isEmpty { try container.encode(values, forKey: .values) }
    }

    /// The selector operator for the API spelling, or upstream's error for an unknown one.
    func selectionOperator() throws -> LabelRequirement.Operator {
        switch `operator` {
        case "In": return .in
        case "NotIn": return .notIn
        case "Exists": return .exists
        case "DoesNotExist": return .doesNotExist
        default: throw LabelSelectorError(message: "\(GoQuoted.quote(`operator`)) is not a valid label selector operator")
        }
    }
}
