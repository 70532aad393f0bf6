/// An event's `involvedObject` in fewer bytes than an `ObjectReference` (88 instead of 112, and no
/// heap text for the uid): the usual kind/apiVersion pairs as a one-byte code, the uid as a
/// `PackedUUID` and a plain decimal resource version as an integer. Whatever has another form (a kind
/// not in the table, a uid that is no lowercase UUID, a resource version such as `"007"`) is kept,
/// exactly as given, in an out-of-line `ObjectReference` holding only those members.
struct EventReference: Hashable, Sendable {
    private var namespace: String?
    private var name: String?
    private var fieldPath: String?
    private var uid: PackedUUID
    /// The resource version when it is a plain decimal (`noVersion` otherwise).
    private var resourceVersion: Int64
    /// The members kept in their original form (nil when there are none).
    private var rest: OutOfLineValue<ObjectReference>?
    /// The index of the kind/apiVersion pair in `usualTypes` (`noCode`: they are in `rest`).
    private var typeCode: UInt8

    /// The kind/apiVersion pairs events usually refer to (their order is the code; append only).
    static let usualTypes: [(kind: String?, apiVersion: String?)] = [
        ("Pod", "v1"), ("ReplicaSet", "apps/v1"), ("Deployment", "apps/v1"), ("Node", "v1"),
        ("HorizontalPodAutoscaler", "autoscaling/v2"), ("Job", "batch/v1"), ("DaemonSet", "apps/v1"),
        ("Service", "v1"), ("StatefulSet", "apps/v1"), ("CronJob", "batch/v1"), ("Endpoints", "v1"),
        ("EndpointSlice", "discovery.k8s.io/v1"), ("Namespace", "v1"), ("ConfigMap", "v1"), ("Secret", "v1"),
        ("ServiceAccount", "v1"), ("PersistentVolumeClaim", "v1"), ("Ingress", "networking.k8s.io/v1"),
        ("Pod", nil), ("Node", nil), ("Pod", ""), ("Node", ""), (nil, nil),
    ]
    private static let noCode = UInt8.max
    private static let noVersion: Int64 = -1

    init(_ reference: ObjectReference) {
        var rest = ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil)
        namespace = reference.namespace
        name = reference.name
        fieldPath = reference.fieldPath
        if let index = Self.usualTypes.firstIndex(where: { $0.kind == reference.kind && $0.apiVersion == reference.apiVersion }) {
            typeCode = UInt8(index)
        } else {
            typeCode = Self.noCode
            rest.kind = reference.kind
            rest.apiVersion = reference.apiVersion
        }
        if let text = reference.uid, let packed = PackedUUID(text) {
            uid = packed
        } else {
            uid = .none
            rest.uid = reference.uid
        }
        if let text = reference.resourceVersion, let version = Self.plainDecimal(text) {
            resourceVersion = version
        } else {
            resourceVersion = Self.noVersion
            rest.resourceVersion = reference.resourceVersion
        }
        self.rest = rest == ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil) ? nil : OutOfLineValue(rest)
    }

    /// The reference as an `ObjectReference`.
    var reference: ObjectReference {
        var reference = rest?.value ?? ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil)
        reference.namespace = namespace
        reference.name = name
        reference.fieldPath = fieldPath
        if typeCode != Self.noCode, Int(typeCode) < Self.usualTypes.count {
            let type = Self.usualTypes[Int(typeCode)]
            reference.kind = type.kind
            reference.apiVersion = type.apiVersion
        }
        if !uid.isNone { reference.uid = uid.text }
        if resourceVersion != Self.noVersion { reference.resourceVersion = String(resourceVersion) }
        return reference
    }

    /// The value of `text` when it is the decimal form `String(_:)` gives for a non-negative Int64
    /// (digits only, no sign, no leading zero), so that turning it back into text gives `text` again.
    static func plainDecimal(_ text: String) -> Int64? {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 19,
              first != UInt8(ascii: "0") || utf8.count == 1,
              utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int64(text)
    }
}
