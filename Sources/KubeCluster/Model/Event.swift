/// An Event (`core/v1`): something that happened to an object, as `describe` and `get events` show.
///
/// A large cluster keeps tens of thousands of events, so the members that are nearly always the same
/// are not stored inline: `kind`, `apiVersion` and `eventTime` live in an out-of-line box only when they
/// differ from their usual values, and `reportingComponent`/`reportingInstance` only when they differ
/// from `source.component`/`source.host` (which components copy into them). The metadata is kept as
/// `EventMetadata`, the involved object as `EventReference` and `type` as a one-byte code.
public struct Event: APIObject, Hashable {
    public static let kind = "Event"
    public static let apiVersion = "v1"
    public static let resource = "events"
    public static let isNamespaced = true
    public var kind: String {
        get { rare?.value.kind ?? Event.kind }
        set { updateRare { $0.kind = newValue } }
    }
    public var apiVersion: String {
        get { rare?.value.apiVersion ?? Event.apiVersion }
        set { updateRare { $0.apiVersion = newValue } }
    }
    public var metadata: ObjectMeta {
        get { storedMetadata.metadata }
        set { storedMetadata = EventMetadata(newValue) }
    }
    public var involvedObject: ObjectReference {
        get { storedReference.reference }
        set { storedReference = EventReference(newValue) }
    }
    public var reason: String?
    public var message: String?
    /// Setting it keeps `reportingComponent` and `reportingInstance` as they were.
    public var source: EventSource? {
        get { storedSource }
        set {
            let members = currentMembers
            storedSource = newValue
            keep(members)
        }
    }
    public var firstTimestamp: Timestamp = .zero
    public var lastTimestamp: Timestamp = .zero
    public var count: Int32?
    /// `type` as a code: `noType`, `normalType`, `warningType` or `otherType` (the text is in `rare`);
    /// declared here so that it fills the padding after `count`.
    private var storedType: UInt8 = Event.noType
    /// `Normal` and `Warning` are kept as a code (in the padding after `count`); any other text out of line.
    public var type: String? {
        get {
            switch storedType {
            case Event.normalType: return "Normal"
            case Event.warningType: return "Warning"
            case Event.otherType: return rare?.value.otherType
            default: return nil
            }
        }
        set { updateRare { $0.otherType = newValue } }
    }
    public var eventTime: Timestamp {
        get { rare?.value.eventTime ?? .zero }
        set { updateRare { $0.eventTime = newValue } }
    }
    public var reportingComponent: String {
        get { rare?.value.reportingComponent ?? usualReportingComponent }
        set { updateRare { $0.reportingComponent = newValue } }
    }
    public var reportingInstance: String {
        get { rare?.value.reportingInstance ?? usualReportingInstance }
        set { updateRare { $0.reportingInstance = newValue } }
    }
    private var storedMetadata = EventMetadata(ObjectMeta())
    private var storedSource: EventSource?
    private var storedReference: EventReference
    /// The members that differ from their usual values (nil when none does).
    private var rare: OutOfLineValue<EventUnusualMembers>?

    public init(involvedObject: ObjectReference) { storedReference = EventReference(involvedObject) }

    private static let noType: UInt8 = 0, normalType: UInt8 = 1, warningType: UInt8 = 2, otherType: UInt8 = 3

    private var usualReportingComponent: String { storedSource?.component ?? "" }
    private var usualReportingInstance: String { storedSource?.host ?? "" }

    /// The values of the members that may be kept out of line.
    private var currentMembers: EventUnusualMembers {
        EventUnusualMembers(kind: kind, apiVersion: apiVersion, eventTime: eventTime,
                            reportingComponent: reportingComponent, reportingInstance: reportingInstance, otherType: type)
    }

    /// Applies `change` to the values of the members that may be kept out of line.
    private mutating func updateRare(_ change: (inout EventUnusualMembers) -> Void) {
        var members = currentMembers
        change(&members)
        keep(members)
    }

    /// Keeps `members` out of line, or nothing when each has its usual value; `members.otherType` is the
    /// event's type, coded in `storedType` (and dropped from the box) when it is none, Normal or Warning.
    private mutating func keep(_ members: EventUnusualMembers) {
        var members = members
        switch members.otherType {
        case nil: storedType = Event.noType
        case "Normal"?: storedType = Event.normalType
        case "Warning"?: storedType = Event.warningType
        default: storedType = Event.otherType
        }
        if storedType != Event.otherType { members.otherType = nil }
        let usual = EventUnusualMembers(kind: Event.kind, apiVersion: Event.apiVersion, eventTime: .zero,
                                        reportingComponent: usualReportingComponent,
                                        reportingInstance: usualReportingInstance)
        rare = members == usual ? nil : OutOfLineValue(members)
    }

    enum CodingKeys: String, CodingKey {
        case kind, apiVersion, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp
        case count, type, eventTime, reportingComponent, reportingInstance
    }

    /// Decodes the members in JSON order, as the synthesized conformance did.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        let apiVersion = try container.decode(String.self, forKey: .apiVersion)
        let metadata = try container.decode(ObjectMeta.self, forKey: .metadata)
        storedReference = EventReference(try container.decode(ObjectReference.self, forKey: .involvedObject))
        self.metadata = metadata
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        storedSource = try container.decodeIfPresent(EventSource.self, forKey: .source)
        firstTimestamp = try container.decode(Timestamp.self, forKey: .firstTimestamp)
        lastTimestamp = try container.decode(Timestamp.self, forKey: .lastTimestamp)
        count = try container.decodeIfPresent(Int32.self, forKey: .count)
        let type = try container.decodeIfPresent(String.self, forKey: .type)
        let eventTime = try container.decode(Timestamp.self, forKey: .eventTime)
        let reportingComponent = try container.decode(String.self, forKey: .reportingComponent)
        let reportingInstance = try container.decode(String.self, forKey: .reportingInstance)
        keep(EventUnusualMembers(kind: kind, apiVersion: apiVersion, eventTime: eventTime,
                                 reportingComponent: reportingComponent, reportingInstance: reportingInstance, otherType: type))
    }

    /// Encodes the members in JSON order, leaving out unset optionals, as the synthesized conformance did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(apiVersion, forKey: .apiVersion)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(involvedObject, forKey: .involvedObject)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(storedSource, forKey: .source)
        try container.encode(firstTimestamp, forKey: .firstTimestamp)
        try container.encode(lastTimestamp, forKey: .lastTimestamp)
        try container.encodeIfPresent(count, forKey: .count)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encode(eventTime, forKey: .eventTime)
        try container.encode(reportingComponent, forKey: .reportingComponent)
        try container.encode(reportingInstance, forKey: .reportingInstance)
    }
}

/// The `Event` members kept out of line when one of them differs from its usual value.
struct EventUnusualMembers: Hashable, Sendable {
    var kind: String
    var apiVersion: String
    var eventTime: Timestamp
    var reportingComponent: String
    var reportingInstance: String
    /// The event's type when it is not none, Normal or Warning (those are coded inline).
    var otherType: String?
}

/// An event's metadata in the members events have (name, namespace, uid, resource version, creation
/// time), the uid as a `PackedUUID` when it has that form (16 bytes instead of a 36-character string)
/// and the resource version as an integer when it is a plain decimal; any other member (labels,
/// annotations, a uid or resource version of another form, …) in an out-of-line `ObjectMeta`.
struct EventMetadata: Hashable, Sendable {
    private var name: String?
    private var namespace: String?
    /// The resource version when it is a plain decimal (-1: none, or kept in `rest`).
    private var resourceVersion: Int64
    private var creationTimestamp: Timestamp
    private var uid: PackedUUID
    /// The other members (nil when there are none).
    private var rest: OutOfLineValue<ObjectMeta>?

    init(_ metadata: ObjectMeta) {
        var rest = metadata
        name = rest.name
        namespace = rest.namespace
        creationTimestamp = rest.creationTimestamp
        rest.name = nil
        rest.namespace = nil
        if let text = rest.resourceVersion, let version = EventReference.plainDecimal(text) {
            resourceVersion = version
            rest.resourceVersion = nil
        } else {
            resourceVersion = -1
        }
        rest.creationTimestamp = .zero
        if let text = rest.uid, let packed = PackedUUID(text) {
            uid = packed
            rest.uid = nil
        } else {
            uid = .none
        }
        self.rest = rest == ObjectMeta() ? nil : OutOfLineValue(rest)
    }

    /// The metadata as an `ObjectMeta`.
    var metadata: ObjectMeta {
        var metadata = rest?.value ?? ObjectMeta()
        metadata.name = name
        metadata.namespace = namespace
        if resourceVersion >= 0 { metadata.resourceVersion = String(resourceVersion) }
        metadata.creationTimestamp = creationTimestamp
        if !uid.isNone { metadata.uid = uid.text }
        return metadata
    }
}

/// A lowercase 8-4-4-4-12 hex UUID in 16 bytes (all zero: none).
struct PackedUUID: Hashable, Sendable {
    private var high: UInt64
    private var low: UInt64

    /// No uid.
    static let none = PackedUUID(high: 0, low: 0)

    private init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The packed form of `text`, when it is a lowercase UUID other than all zeros (nil otherwise).
    init?(_ text: String) {
        var utf8 = text.utf8.makeIterator()
        var high: UInt64 = 0, low: UInt64 = 0
        for position in 0..<36 {
            guard let byte = utf8.next() else { return nil }
            if position == 8 || position == 13 || position == 18 || position == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            if position < 18 { high = high << 4 | UInt64(digit) } else { low = low << 4 | UInt64(digit) }
        }
        guard utf8.next() == nil, high != 0 || low != 0 else { return nil }
        self.init(high: high, low: low)
    }

    /// True for `none`.
    var isNone: Bool { high == 0 && low == 0 }

    /// The UUID text (`none` gives all zeros).
    var text: String {
        String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            func put(_ value: UInt64, digits count: Int) {
                for shift in stride(from: (count - 1) * 4, through: 0, by: -4) {
                    let digit = UInt8(truncatingIfNeeded: value >> UInt64(shift) & 15)
                    buffer[position] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                    position += 1
                }
            }
            func dash() {
                buffer[position] = UInt8(ascii: "-")
                position += 1
            }
            put(high >> 32, digits: 8)
            dash()
            put(high >> 16, digits: 4)
            dash()
            put(high, digits: 4)
            dash()
            put(low >> 48, digits: 4)
            dash()
            put(low, digits: 12)
            return position
        }
    }
}
