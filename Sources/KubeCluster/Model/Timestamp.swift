import Foundation

/// A point in (simulated) time with the second precision of Kubernetes' `metav1.Time`.
///
/// It serializes as an RFC 3339 string (`2026-01-05T09:30:00Z`); the zero timestamp serializes as JSON
/// `null`, as Go does for an unset non-pointer time (`creationTimestamp: null`, `lastProbeTime: null`).
public struct Timestamp: Codable, Hashable, Comparable, Sendable, EmptyInitializable {
    /// Seconds since the Unix epoch; 0 means unset.
    public var seconds: Int64

    public init() { seconds = 0 }
    public init(seconds: Int64) { self.seconds = seconds }
    /// The timestamp of a simulated instant (truncated to whole seconds), kept within the years 1–9999 that
    /// RFC 3339 text can show (an instant beyond them, e.g. now plus a grace period of 2^63 s, is clamped).
    public init(_ instant: Double) {
        guard !instant.isNaN else { seconds = 0; return }
        seconds = Int64(min(max(instant, Double(Timestamp.earliestSeconds)), Double(Timestamp.latestSeconds)).rounded(.down))
    }

    /// 0001-01-01T00:00:00Z, the earliest instant a timestamp shows.
    public static let earliestSeconds: Int64 = -62_135_596_800
    /// 9999-12-31T23:59:59Z, the latest instant a timestamp shows.
    public static let latestSeconds: Int64 = 253_402_300_799

    /// The unset timestamp.
    public static let zero = Timestamp()
    /// True when the timestamp is unset.
    public var isZero: Bool { seconds == 0 }
    /// The instant as fractional seconds, for clock arithmetic.
    public var instant: Double { Double(seconds) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

    /// The RFC 3339 text, e.g. `2026-01-05T09:30:00Z`.
    public var rfc3339: String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Parses RFC 3339 (`2026-01-05T09:30:00Z`, fractional seconds and numeric offsets accepted).
    public static func parse(_ text: String) -> Timestamp? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 20 else { return nil }
        func number(_ from: Int, _ length: Int) -> Int? {
            guard from + length <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[from..<from + length] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        if index < scalars.count, scalars[index] == UInt8(ascii: ".") {
            index += 1
            while index < scalars.count, scalars[index] >= 48, scalars[index] <= 57 { index += 1 }
        }
        var offset = 0
        guard index < scalars.count else { return nil }
        if scalars[index] == UInt8(ascii: "Z") || scalars[index] == UInt8(ascii: "z") {
            offset = 0
        } else if let hours = number(index + 1, 2), let minutes = number(index + 4, 2) {
            offset = (hours * 3600 + minutes * 60) * (scalars[index] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        var parts = tm()
        parts.tm_year = Int32(year - 1900); parts.tm_mon = Int32(month - 1); parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour); parts.tm_min = Int32(minute); parts.tm_sec = Int32(second)
        return Timestamp(seconds: Int64(timegm(&parts)) - Int64(offset))
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .zero; return }
        let text = try container.decode(String.self)
        guard let parsed = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "parsing time \"\(text)\" as \"2006-01-02T15:04:05Z07:00\": cannot parse")
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if isZero { try container.encodeNil() } else { try container.encode(rfc3339) }
    }
}

/// A type whose value made by `init()` is its "empty" value, so that a missing key decodes to it.
///
/// Go API structs hold some members by value (`resources: {}`, `strategy: {}`, `status: {}`) that are
/// always printed, even when empty. Declaring them non-optional with this conformance gives the same
/// output and lets input that omits them decode.
public protocol EmptyInitializable { init() }

extension Array: EmptyInitializable {}
extension Dictionary: EmptyInitializable {}

extension KeyedDecodingContainer {
    /// Decodes a value-type member that may be missing (or null) in the input as its empty value.
    public func decode<T: Decodable & EmptyInitializable>(_ type: T.Type, forKey key: Key) throws -> T {
        if try !contains(key) || decodeNil(forKey: key) { return T() }
        return try decodeIfPresent(type, forKey: key) ?? T()
    }
}
