/// How apimachinery's `field.Error` prints an offending value that is not a plain string or number:
/// Go's `%#v` of the internal API type (`map[string]string{"app":"web"}`,
/// `v1.LabelSelector{MatchLabels:…, MatchExpressions:…}`, `intstr.IntOrString{Type:1, …}`).
enum GoValueSyntax {
    /// `%#v` of a `map[string]string`: keys sorted; `(nil)` for a nil map.
    static func stringMap(_ map: [String: String]?) -> String {
        guard let map else { return "map[string]string(nil)" }
        let members = map.keys.sorted().map { "\(FieldError.quote($0)):\(FieldError.quote(map[$0] ?? ""))" }
        return "map[string]string{" + members.joined(separator: ", ") + "}"
    }

    /// `%#v` of a `[]string`.
    static func stringSlice(_ values: [String]?) -> String {
        guard let values else { return "[]string(nil)" }
        return "[]string{" + values.map(FieldError.quote).joined(separator: ", ") + "}"
    }

    /// The value of a `*metav1.LabelSelector` as `field.Error` prints it (`null` when nil).
    static func labelSelector(_ selector: LabelSelectorSpec?) -> String {
        guard let selector else { return "null" }
        let expressions: String
        if selector.matchExpressions == nil {
            expressions = "[]v1.LabelSelectorRequirement(nil)"
        } else {
            let items = (selector.matchExpressions ?? []).map { requirement in
                "v1.LabelSelectorRequirement{Key:\(FieldError.quote(requirement.key)), "
                    + "Operator:\(FieldError.quote(requirement.operator)), Values:\(stringSlice(requirement.values))}"
            }
            expressions = "[]v1.LabelSelectorRequirement{" + items.joined(separator: ", ") + "}"
        }
        return "v1.LabelSelector{MatchLabels:\(stringMap(selector.matchLabels)), MatchExpressions:\(expressions)}"
    }

    /// `%#v` of an `intstr.IntOrString` (Type 0 = int, 1 = string).
    static func intOrString(_ value: IntOrString?) -> String {
        switch value {
        case .int(let number)?: return "intstr.IntOrString{Type:0, IntVal:\(number), StrVal:\"\"}"
        case .string(let text)?: return "intstr.IntOrString{Type:1, IntVal:0, StrVal:\(FieldError.quote(text))}"
        case nil: return "intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}"
        }
    }

    /// `%#v` of the internal `apps.DeploymentStrategy` (for an unsupported strategy type).
    static func deploymentStrategy(_ strategy: DeploymentStrategy) -> String {
        let rolling = strategy.rollingUpdate == nil ? "(*apps.RollingUpdateDeployment)(nil)" : "(*apps.RollingUpdateDeployment)(0xc000a1e3a0)"
        return "apps.DeploymentStrategy{Type:\(FieldError.quote(strategy.type ?? "")), RollingUpdate:\(rolling)}"
    }

    /// The `supported values: "a", "b"` detail of a `field.NotSupported` error.
    static func supportedValues(_ values: [String]) -> String {
        "supported values: " + values.map(FieldError.quote).joined(separator: ", ")
    }
}
