/// An event's `involvedObject` in fewer bytes than an `ObjectReference` (80 instead of 112, and no
/// heap text for the uid): the usual kind/apiVersion pairs as a one-byte code, the uid as a
/// `PackedUUID` and a plain decimal resource version as an integer (code and version share one word).
/// Whatever has another form (a kind not in the table, a uid that is no lowercase UUID, a resource
/// version such as `"007"`) is kept, exactly as given, in an out-of-line `ObjectReference` holding
/// only those members.
struct EventReference: Hashable, Sendable {
    private var namespace: String?
    private var name: String?
    private var fieldPath: String?
    private var uid: PackedUUID
    /// The index of the kind/apiVersion pair in `usualTypes` (`noCode`: they are in `rest`) in the top
    /// byte; below it the resource version plus one when it is a plain decimal under 2⁵⁶ - 1 (0: none).
    private var typeAndVersion: UInt64
    /// The members kept in their original form (nil when there are none).
    private var rest: OutOfLineValue<ObjectReference>?

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
    /// The bits of `typeAndVersion` holding the resource version.
    private static let versionBits: UInt64 = (1 << 56) - 1

    init(_ reference: ObjectReference) {
        var rest = ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil)
        namespace = reference.namespace
        name = reference.name
        fieldPath = reference.fieldPath
        var typeCode = Self.noCode
        if let index = Self.usualTypes.firstIndex(where: { $0.kind == reference.kind && $0.apiVersion == reference.apiVersion }) {
            typeCode = UInt8(index)
        } else {
            rest.kind = reference.kind
            rest.apiVersion = reference.apiVersion
        }
        if let text = reference.uid, let packed = PackedUUID(text) {
            uid = packed
        } else {
            uid = .none
            rest.uid = reference.uid
        }
        var version: UInt64 = 0
        if let text = reference.resourceVersion, let value = Self.plainDecimal(text), UInt64(value) < Self.versionBits {
            version = UInt64(value) + 1
        } else {
            rest.resourceVersion = reference.resourceVersion
        }
        typeAndVersion = UInt64(typeCode) << 56 | version
        self.rest = rest == ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil) ? nil : OutOfLineValue(rest)
    }

    /// The reference as an `ObjectReference`.
    var reference: ObjectReference {
        var reference = rest?.value ?? ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil)
        reference.namespace = namespace
        reference.name = name
        reference.fieldPath = fieldPath
        let typeCode = Int(typeAndVersion >> 56), version = typeAndVersion & Self.versionBits
        if typeCode != Int(Self.noCode), typeCode < Self.usualTypes.count {
            let type = Self.usualTypes[typeCode]
            reference.kind = type.kind
            reference.apiVersion = type.apiVersion
        }
        if !uid.isNone { reference.uid = uid.text }
        if version != 0 { reference.resourceVersion = String(version - 1) }
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
