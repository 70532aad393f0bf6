/// The metadata every stored object carries (`metav1.ObjectMeta`), members in the API's JSON order.
///
/// Generation, deletion fields, annotations and finalizers live in one shared out-of-line box: most of
/// the objects in a large cluster (events, pods) set none of them.
public struct ObjectMeta: Codable, Hashable, Sendable, EmptyInitializable {
    public var name: String?
    public var generateName: String?
    public var namespace: String?
    public var uid: String?
    public var resourceVersion: String?
    public var generation: Int64? {
        get { rare?.value.generation }
        set { rare.update { $0.generation = newValue } }
    }
    /// Unset (`null` when printed) until the API server stores the object.
    public var creationTimestamp: Timestamp = .zero
    public var deletionTimestamp: Timestamp? {
        get { rare?.value.deletionTimestamp }
        set { rare.update { $0.deletionTimestamp = newValue } }
    }
    public var deletionGracePeriodSeconds: Int64? {
        get { rare?.value.deletionGracePeriodSeconds }
        set { rare.update { $0.deletionGracePeriodSeconds = newValue } }
    }
    public var labels: [String: String]?
    public var annotations: [String: String]? {
        get { rare?.value.annotations }
        set { rare.update { $0.annotations = newValue } }
    }
    public var ownerReferences: [OwnerReference]?
    public var finalizers: [String]? {
        get { rare?.value.finalizers }
        set { rare.update { $0.finalizers = newValue } }
    }
    /// The rarely-set members (nil when none is set).
    private var rare: OutOfLineValue<ObjectMetaRareMembers>?

    public init() {}
    public init(name: String, namespace: String? = nil, labels: [String: String]? = nil) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
    }

    /// The object's name, or "" when it has none yet.
    public var nameValue: String { name ?? "" }
    /// The namespace, or "" for cluster-scoped objects.
    public var namespaceValue: String { namespace ?? "" }
    /// The labels, empty when unset.
    public var labelMap: [String: String] { labels ?? [:] }
    /// The annotations, empty when unset.
    public var annotationMap: [String: String] { annotations ?? [:] }
    /// True once deletion has begun (the object is Terminating).
    public var isDeleting: Bool { deletionTimestamp != nil }

    /// The owner reference that marks the managing controller, if any.
    public var controllerReference: OwnerReference? {
        ownerReferences?.first { $0.controller == true }
    }

    /// Sets or removes (`nil`) one annotation.
    public mutating func setAnnotation(_ key: String, _ value: String?) {
        var map = annotations ?? [:]
        map[key] = value
        annotations = map.isEmpty ? nil : map
    }

    /// Sets or removes (`nil`) one label.
    public mutating func setLabel(_ key: String, _ value: String?) {
        var map = labels ?? [:]
        map[key] = value
        labels = map.isEmpty ? nil : map
    }

    enum CodingKeys: String, CodingKey {
        case name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp
        case deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers
    }

    /// Decodes the members in JSON order, as the synthesized conformance did.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        generateName = try container.decodeIfPresent(String.self, forKey: .generateName)
        namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
        uid = try container.decodeIfPresent(String.self, forKey: .uid)
        resourceVersion = try container.decodeIfPresent(String.self, forKey: .resourceVersion)
        generation = try container.decodeIfPresent(Int64.self, forKey: .generation)
        creationTimestamp = try container.decode(Timestamp.self, forKey: .creationTimestamp)
        deletionTimestamp = try container.decodeIfPresent(Timestamp.self, forKey: .deletionTimestamp)
        deletionGracePeriodSeconds = try container.decodeIfPresent(Int64.self, forKey: .deletionGracePeriodSeconds)
        labels = try container.decodeIfPresent([String: String].self, forKey: .labels)
        annotations = try container.decodeIfPresent([String: String].self, forKey: .annotations)
        ownerReferences = try container.decodeIfPresent([OwnerReference].self, forKey: .ownerReferences)
        finalizers = try container.decodeIfPresent([String].self, forKey: .finalizers)
    }

    /// Encodes the members in JSON order, leaving out unset optionals, as the synthesized conformance did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let rare = self.rare.members()
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(generateName, forKey: .generateName)
        try container.encodeIfPresent(namespace, forKey: .namespace)
        try container.encodeIfPresent(uid, forKey: .uid)
        try container.encodeIfPresent(resourceVersion, forKey: .resourceVersion)
        try container.encodeIfPresent(rare.generation, forKey: .generation)
        try container.encode(creationTimestamp, forKey: .creationTimestamp)
        try container.encodeIfPresent(rare.deletionTimestamp, forKey: .deletionTimestamp)
        try container.encodeIfPresent(rare.deletionGracePeriodSeconds, forKey: .deletionGracePeriodSeconds)
        try container.encodeIfPresent(labels, forKey: .labels)
        try container.encodeIfPresent(rare.annotations, forKey: .annotations)
        try container.encodeIfPresent(ownerReferences, forKey: .ownerReferences)
        try container.encodeIfPresent(rare.finalizers, forKey: .finalizers)
    }
}

/// The members of `ObjectMeta` that most objects leave unset, kept out of line.
struct ObjectMetaRareMembers: RareMembers {
    var generation: Int64?
    var deletionTimestamp: Timestamp?
    var deletionGracePeriodSeconds: Int64?
    var annotations: [String: String]?
    var finalizers: [String]?
}

/// A link from an object to the object that owns it (`metav1.OwnerReference`).
public struct OwnerReference: Codable, Hashable, Sendable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var uid: String
    public var controller: Bool?
    public var blockOwnerDeletion: Bool?

    public init(apiVersion: String, kind: String, name: String, uid: String, controller: Bool? = true,
                blockOwnerDeletion: Bool? = true) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        self.controller = controller
        self.blockOwnerDeletion = blockOwnerDeletion
    }
}

/// Where an object lives: namespace ("" when cluster-scoped) and name.
public struct ObjectKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var namespace: String
    public var name: String
    public init(namespace: String, name: String) {
        self.namespace = namespace
        self.name = name
    }
    public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
    }
    public var description: String { namespace.isEmpty ? name : "\(namespace)/\(name)" }
}

/// A stored Kubernetes object: its kind's API identity plus metadata, convertible to and from JSON.
public protocol APIObject: Codable, Sendable {
    /// The kind, e.g. `Pod`.
    static var kind: String { get }
    /// The API version, e.g. `v1` or `apps/v1`.
    static var apiVersion: String { get }
    /// The plural resource name, e.g. `pods`.
    static var resource: String { get }
    /// Whether objects of this kind live in a namespace.
    static var isNamespaced: Bool { get }
    var apiVersion: String { get set }
    var kind: String { get set }
    var metadata: ObjectMeta { get set }
}

extension APIObject {
    /// Where this object lives.
    public var key: ObjectKey { ObjectKey(namespace: metadata.namespaceValue, name: metadata.nameValue) }
    /// The object's name ("" when unset).
    public var name: String { metadata.nameValue }
    /// The object's namespace ("" when cluster-scoped).
    public var namespace: String { metadata.namespaceValue }
    /// An owner reference pointing at this object, marking it as the controller.
    public var asControllerReference: OwnerReference {
        OwnerReference(apiVersion: Self.apiVersion, kind: Self.kind, name: name, uid: metadata.uid ?? "")
    }
}
