import Collections
import Foundation
import KubeCluster

/// The field numbers of the protobuf messages kubectl's typed clients send, read from `ProtobufSchema.table`.
struct ProtobufSchema {
    /// One field: its JSON name, wire type letter, whether it repeats, and its message type.
    struct Field {
        let name: String
        let type: Character
        let repeated: Bool
        let message: String?
    }

    /// One message: fields by number; map entries become JSON object members.
    struct Message {
        let fields: [Int: Field]
        let isMapEntry: Bool
    }

    let messages: [String: Message]

    /// The schema of `ProtobufSchema.table`.
    static let shared = ProtobufSchema(table: table)

    init(table: String) {
        var messages: [String: Message] = [:]
        for line in table.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard var name = words.first.map(String.init) else { continue }
            let isMapEntry = name.hasSuffix("!")
            if isMapEntry { name.removeLast() }
            var fields: [Int: Field] = [:]
            for word in words.dropFirst() {
                let sides = word.split(separator: "=", maxSplits: 1)
                guard sides.count == 2 else { continue }
                let spec = sides[1].split(separator: ">", maxSplits: 1)
                var head = String(spec[0])
                let repeated = head.hasSuffix("*")
                if repeated { head.removeLast() }
                guard let type = head.last, let number = Int(head.dropLast()) else { continue }
                fields[number] = Field(name: String(sides[0]), type: type, repeated: repeated,
                                       message: spec.count > 1 ? String(spec[1]) : nil)
            }
            messages[name] = Message(fields: fields, isMapEntry: isMapEntry)
        }
        self.messages = messages
    }
}

/// Request bodies in the Kubernetes protobuf encoding (`application/vnd.kubernetes.protobuf`: the `k8s\0` magic and a
/// `runtime.Unknown` envelope), turned into the JSON the API server would have received, so both go the same way.
enum ProtobufBody {
    /// A body that is not a well-formed envelope, or of a kind the schema does not know.
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static let magic: [UInt8] = [0x6b, 0x38, 0x73, 0x00]

    /// Integer and boolean fields that are pointers in the Go types: a zero there was set on purpose and is kept
    /// (other zero scalars are Go zero values the encoder always writes, and JSON would omit).
    static let pointerScalars: Set<String> = [
        "replicas", "revisionHistoryLimit", "progressDeadlineSeconds", "terminationGracePeriodSeconds", "activeDeadlineSeconds",
        "automountServiceAccountToken", "priority", "enableServiceLinks", "shareProcessNamespace", "hostUsers", "setHostnameAsFQDN",
        "parallelism", "completions", "backoffLimit", "ttlSecondsAfterFinished", "suspend", "manualSelector", "backoffLimitPerIndex",
        "maxFailedIndexes", "startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit", "gracePeriodSeconds",
        "orphanDependents", "deletionGracePeriodSeconds", "immutable", "allocateLoadBalancerNodePorts", "minReplicas",
        "targetCPUUtilizationPercentage", "privileged", "runAsUser", "runAsGroup", "runAsNonRoot", "readOnlyRootFilesystem",
        "allowPrivilegeEscalation", "fsGroup", "optional", "defaultMode", "controller", "blockOwnerDeletion",
        "stabilizationWindowSeconds", "averageUtilization", "ready", "serving", "terminating",
    ]

    /// The JSON object of a protobuf request body, with its `apiVersion` and `kind`.
    static func json(_ bytes: [UInt8]) throws -> JSONValue {
        guard bytes.starts(with: magic) else { throw Malformed(description: "the body does not start with the protobuf magic") }
        var reader = WireReader(bytes: Array(bytes.dropFirst(magic.count)))
        var apiVersion = ""
        var kind = ""
        var raw: [UInt8] = []
        while let (number, value) = try reader.next() {
            switch (number, value) {
            case (1, .bytes(let typeMeta)):
                var meta = WireReader(bytes: typeMeta)
                while let (field, part) = try meta.next() {
                    if case .bytes(let text) = part {
                        if field == 1 { apiVersion = String(decoding: text, as: UTF8.self) }
                        if field == 2 { kind = String(decoding: text, as: UTF8.self) }
                    }
                }
            case (2, .bytes(let payload)): raw = payload
            default: break
            }
        }
        let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let group = parts.count == 2 ? parts[0] : ""
        let version = parts.last ?? ""
        let package = (group.isEmpty ? "core" : group.split(separator: ".").first.map(String.init) ?? group) + "." + version
        let messageName = "\(package).\(kind)"
        guard parts.count <= 2, ProtobufSchema.shared.messages[messageName] != nil else {
            throw Malformed(description: "kubetutor cannot read \(kind) objects in the protobuf encoding")
        }
        guard case .object(let members) = try message(raw, type: messageName) else { return .emptyObject }
        var root = OrderedDictionary<String, JSONValue>()
        root["apiVersion"] = .string(apiVersion)
        root["kind"] = .string(kind)
        for (key, value) in members { root[key] = value }
        return .object(root)
    }

    /// One message as JSON.
    static func message(_ bytes: [UInt8], type: String) throws -> JSONValue {
        switch type {
        case "meta.v1.Time", "meta.v1.MicroTime":
            let fields = try scalars(bytes)
            guard let seconds = fields[1], seconds != 0 else { return .null }
            return .string(Timestamp(seconds: Int64(bitPattern: seconds)).rfc3339)
        case "api.resource.Quantity", "meta.v1.Duration":
            return .string(try strings(bytes)[1] ?? "")
        case "util.intstr.IntOrString":
            let numbers = try scalars(bytes)
            if numbers[1] == 1 { return .string(try strings(bytes)[3] ?? "") }
            return .int(Int64(Int32(truncatingIfNeeded: numbers[2] ?? 0)))
        case "runtime.RawExtension", "meta.v1.FieldsV1":
            let raw = try strings(bytes)[1] ?? ""
            return (try? JSONValue.parseJSON(raw)) ?? .null
        default:
            break
        }
        guard let schema = ProtobufSchema.shared.messages[type] else { throw Malformed(description: "unknown message \(type)") }
        var members = OrderedDictionary<String, JSONValue>()
        var reader = WireReader(bytes: bytes)
        while let (number, wire) = try reader.next() {
            guard let field = schema.fields[number] else { continue }
            guard let value = try convert(wire, field: field) else { continue }
            if field.repeated {
                if let entryType = field.message, ProtobufSchema.shared.messages[entryType]?.isMapEntry == true {
                    var map = members[field.name]?.objectValue ?? [:]
                    if let key = value["key"]?.stringValue { map[key] = value["value"] ?? .string("") }
                    members[field.name] = .object(map)
                } else {
                    members[field.name] = .array((members[field.name]?.arrayValue ?? []) + [value])
                }
            } else {
                members[field.name] = value
            }
        }
        if !schema.isMapEntry {
            for (key, value) in members where isOmitted(value, name: key) { members.removeValue(forKey: key) }
        }
        return .object(members)
    }

    private static func convert(_ wire: WireReader.Value, field: ProtobufSchema.Field) throws -> JSONValue? {
        switch (wire, field.type) {
        case (.varint(let number), "b"): return .bool(number != 0)
        case (.varint(let number), "z"): return .int(Int64(bitPattern: (number >> 1) ^ (0 &- (number & 1))))
        case (.varint(let number), _): return .int(Int64(bitPattern: number))
        case (.bytes(let bytes), "s"): return .string(String(decoding: bytes, as: UTF8.self))
        case (.bytes(let bytes), "y"): return .string(Data(bytes).base64EncodedString())
        case (.bytes(let bytes), "m"):
            guard let type = field.message else { return nil }
            return try message(bytes, type: type)
        case (.fixed64(let bits), "d"): return .double(Double(bitPattern: bits))
        case (.fixed32(let bits), "f"): return .double(Double(Float(bitPattern: bits)))
        default: return nil
        }
    }

    /// Go zero values JSON would leave out: empty strings, zero numbers and false (unless a pointer field), nulls.
    private static func isOmitted(_ value: JSONValue, name: String) -> Bool {
        switch value {
        case .null: return true
        case .string(let text): return text.isEmpty
        case .int(let number): return number == 0 && !pointerScalars.contains(name)
        case .bool(let flag): return !flag && !pointerScalars.contains(name)
        default: return false
        }
    }

    private static func scalars(_ bytes: [UInt8]) throws -> [Int: UInt64] {
        var reader = WireReader(bytes: bytes)
        var result: [Int: UInt64] = [:]
        while let (number, value) = try reader.next() { if case .varint(let integer) = value { result[number] = integer } }
        return result
    }

    private static func strings(_ bytes: [UInt8]) throws -> [Int: String] {
        var reader = WireReader(bytes: bytes)
        var result: [Int: String] = [:]
        while let (number, value) = try reader.next() {
            if case .bytes(let text) = value { result[number] = String(decoding: text, as: UTF8.self) }
        }
        return result
    }
}

/// Reads protobuf wire-format fields one at a time.
struct WireReader {
    /// One field's value by wire type.
    enum Value {
        case varint(UInt64)
        case fixed64(UInt64)
        case fixed32(UInt32)
        case bytes([UInt8])
    }

    let bytes: [UInt8]
    private var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The next field number and value, or nil at the end.
    mutating func next() throws -> (Int, Value)? {
        guard position < bytes.count else { return nil }
        let key = try varint()
        let number = Int(key >> 3)
        switch key & 7 {
        case 0: return (number, .varint(try varint()))
        case 1: return (number, .fixed64(try fixed(8)))
        case 5: return (number, .fixed32(UInt32(truncatingIfNeeded: try fixed(4))))
        case 2:
            let length = try varint()
            guard length <= UInt64(bytes.count - position) else { throw ProtobufBody.Malformed(description: "truncated field") }
            let start = position
            position += Int(length)
            return (number, .bytes(Array(bytes[start..<position])))
        default:
            throw ProtobufBody.Malformed(description: "unsupported wire type \(key & 7)")
        }
    }

    private mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
        throw ProtobufBody.Malformed(description: "truncated varint")
    }

    private mutating func fixed(_ width: Int) throws -> UInt64 {
        guard bytes.count - position >= width else { throw ProtobufBody.Malformed(description: "truncated fixed field") }
        var result: UInt64 = 0
        for index in 0..<width { result |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
        position += width
        return result
    }
}
