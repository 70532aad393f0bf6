/// Which fields the API server accepts in a field selector for each kind, and the values it
/// compares them against — the data of upstream's field-label conversion functions
/// (`pkg/apis/*/v1/conversion.go`, `AddFieldLabelConversionFunc`) and `*ToSelectableFields`.
public enum FieldSelectorSupport {
    /// The fields a kind supports beyond the default `metadata.name` / `metadata.namespace`,
    /// keyed by `group/Kind` (core group: `/Kind`), in upstream's order.
    static let explicitFields: [String: [String]] = [
        "/Pod": ["metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
                 "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"],
        "/Node": ["metadata.name", "spec.unschedulable"],
        "/ReplicationController": ["metadata.name", "metadata.namespace", "status.replicas"],
        "/Event": ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
                   "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath",
                   "reason", "reportingComponent", "source", "type", "metadata.namespace", "metadata.name"],
        "/Namespace": ["status.phase", "metadata.name"],
        "/Secret": ["type", "metadata.namespace", "metadata.name"],
        "/Service": ["metadata.namespace", "metadata.name", "spec.clusterIP", "spec.type"],
        "batch/Job": ["metadata.name", "metadata.namespace", "status.successful"],
        "certificates.k8s.io/CertificateSigningRequest": ["metadata.name", "spec.signerName"],
    ]

    /// `events.k8s.io` Event fields and the core Event field each one stands for.
    static let eventsGroupAliases: [(String, String)] = [
        ("reason", "reason"),
        ("regarding.kind", "involvedObject.kind"),
        ("regarding.namespace", "involvedObject.namespace"),
        ("regarding.name", "involvedObject.name"),
        ("regarding.uid", "involvedObject.uid"),
        ("regarding.apiVersion", "involvedObject.apiVersion"),
        ("regarding.resourceVersion", "involvedObject.resourceVersion"),
        ("regarding.fieldPath", "involvedObject.fieldPath"),
        ("reportingController", "reportingComponent"),
        ("source", "source"),
        ("type", "type"),
        ("metadata.namespace", "metadata.namespace"),
        ("metadata.name", "metadata.name"),
    ]

    /// The field labels a kind accepts, e.g. `supportedFields(group: "", kind: "Pod")`.
    public static func supportedFields(group: String, kind: String) -> [String] {
        if group == "events.k8s.io" && kind == "Event" { return eventsGroupAliases.map(\.0) }
        if let fields = explicitFields["\(group)/\(kind)"] { return fields }
        return ["metadata.name", "metadata.namespace"]
    }

    /// The internal field a label stands for, or the server's error for an unsupported one:
    /// `field label not supported: foo` (core kinds), `field label "foo" not supported for batchv1.Job`,
    /// or `"foo" is not a known field selector: only "metadata.name", "metadata.namespace"` (all others).
    /// `spec.host` is accepted for Pods as an old name of `spec.nodeName`.
    public static func canonicalField(_ label: String, group: String, kind: String) -> Result<String, FieldSelectorError> {
        if group == "events.k8s.io" && kind == "Event" {
            if let alias = eventsGroupAliases.first(where: { $0.0 == label }) { return .success(alias.1) }
            return .failure(FieldSelectorError(message: "field label not supported: \(label)"))
        }
        if group.isEmpty && kind == "Pod" && label == "spec.host" { return .success("spec.nodeName") }
        guard let fields = explicitFields["\(group)/\(kind)"] else {
            if label == "metadata.name" || label == "metadata.namespace" { return .success(label) }
            return .failure(FieldSelectorError(
                message: "\(GoQuoted.quote(label)) is not a known field selector: only \"metadata.name\", \"metadata.namespace\""))
        }
        if fields.contains(label) { return .success(label) }
        if group == "batch" && kind == "Job" {
            return .failure(FieldSelectorError(message: "field label \(GoQuoted.quote(label)) not supported for batchv1.Job"))
        }
        return .failure(FieldSelectorError(message: "field label not supported: \(label)"))
    }

    /// The selector with every field converted to its internal name, or the first unsupported
    /// field's error (terms are checked in order, as the server does).
    public static func validate(_ selector: FieldSelector, group: String, kind: String) -> Result<FieldSelector, FieldSelectorError> {
        var converted: [FieldSelector.Term] = []
        for term in selector.terms {
            switch canonicalField(term.field, group: group, kind: kind) {
            case .success(let field):
                converted.append(FieldSelector.Term(field: field, isNegated: term.isNegated, value: term.value))
            case .failure(let error):
                return .failure(error)
            }
        }
        return .success(FieldSelector(terms: converted))
    }

    /// The value the server compares a (converted) field against for an object in its JSON form:
    /// strings as is, booleans and numbers in decimal, Pod `spec.hostNetwork` defaulting to
    /// `false`, Pod `status.podIP` from `status.podIPs[0]`, Event `source` from
    /// `source.component`, `reportingComponent` from `reportingController`, Job `status.successful`
    /// from `status.succeeded`. Absent fields read as the empty string.
    public static func selectableValue(of field: String, in object: JSONValue, kind: String) -> String {
        func at(_ path: String..., or fallback: String = "") -> String {
            let value = text(object.value(at: path))
            return value.isEmpty ? fallback : value
        }
        switch (kind, field) {
        case ("Pod", "spec.hostNetwork"):
            return at("spec", "hostNetwork", or: "false")
        case ("Pod", "status.podIP"):
            if let first = object.value(at: ["status", "podIPs"])?[0]?["ip"] { return text(first) }
            return at("status", "podIP")
        case ("Event", "source"):
            return at("source", "component")
        case ("Event", "reportingComponent"):
            return at("reportingComponent", or: at("reportingController"))
        case ("Event", _) where field.hasPrefix("involvedObject."):
            let key = String(field.dropFirst("involvedObject.".count))
            return at("involvedObject", key, or: at("regarding", key))
        case ("Job", "status.successful"):
            return at("status", "succeeded", or: "0")
        case ("ReplicationController", "status.replicas"):
            return at("status", "replicas", or: "0")
        case ("Node", "spec.unschedulable"):
            return at("spec", "unschedulable", or: "false")
        default:
            return text(object.value(at: field.split(separator: ".").map(String.init)))
        }
    }

    /// A scalar JSON value as the server renders it into a field set.
    static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let string)?: return string
        case .bool(let flag)?: return flag ? "true" : "false"
        case .int(let number)?: return String(number)
        case .double(let number)?: return String(number)
        default: return ""
        }
    }
}
