import Foundation

/// A JSON file in the data folder with a `schemaVersion`: reads it the same careful way for every store.
/// A file from an older kubetutor (a smaller version, or none at all) is read with defaults for what it
/// lacks and rewritten in the current format at the next save; a file from a newer kubetutor is left
/// alone and not written over; a damaged one is moved aside (kept, and named in the notice) and a fresh
/// one is started.
struct VersionedDataFile {
    /// The file.
    let url: URL
    /// What it holds, for messages: "lesson progress", "quiz progress".
    let what: String
    /// The version this kubetutor writes.
    let currentSchema: Int
    /// A top-level key every version has (a file with neither it nor `schemaVersion` is not this file).
    let requiredKey: String

    /// What reading found.
    struct Reading<Value> {
        /// The contents (nil: start fresh).
        var value: Value?
        /// A message for the learner, when something is wrong with the file.
        var notice: String?
        /// False when saving would destroy a file that could not be read (newer, or not moved aside).
        var writable = true
        /// The version the file was written in, when it was read.
        var schema: Int?
    }

    /// Reads and decodes the file as `Value`.
    func read<Value: Decodable>(_ type: Value.Type) -> Reading<Value> {
        guard FileManager.default.fileExists(atPath: url.path) else { return Reading() }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return Reading(notice: "Your \(what) file \(url.path) cannot be read (\(String(cString: strerror(errno)))); "
                + "this session's \(what) will not be saved, so the file is not written over.", writable: false)
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            return setAside("it is not a JSON object")
        }
        guard let schema = header.schemaVersion else { return setAside("its schemaVersion is not a whole number") }
        if schema > currentSchema {
            return Reading(notice: "Your \(what) file \(url.path) was written by a newer kubetutor (schema \(schema)); "
                + "it is left as it is and this session's \(what) will not be saved.", writable: false)
        }
        guard header.keys.contains("schemaVersion") || header.keys.contains(requiredKey) else {
            return setAside("it has neither a schemaVersion nor \(requiredKey)")
        }
        do {
            return Reading(value: try JSONDecoder().decode(Value.self, from: data), schema: schema)
        } catch {
            return setAside("it is not valid \(what): \(Self.describe(error))")
        }
    }

    /// The top-level keys and the version (0 when absent, nil when not a whole number).
    private struct Header: Decodable {
        var keys: Set<String>
        var schemaVersion: Int?

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            keys = Set(container.allKeys.map(\.stringValue))
            let key = AnyKey(stringValue: "schemaVersion")
            schemaVersion = container.contains(key) ? try? container.decode(Int.self, forKey: key) : 0
        }
    }

    /// Any key of a JSON object.
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private func setAside<Value>(_ reason: String) -> Reading<Value> {
        do {
            let aside = try AtomicFile.moveAside(url)
            return Reading(notice: "Your \(what) file \(url.path) could not be read (\(reason)); it was moved to \(aside.path) "
                + "and a fresh one is started.")
        } catch {
            return Reading(notice: "Your \(what) file \(url.path) could not be read (\(reason)) and could not be moved aside "
                + "(\(error)); this session's \(what) will not be saved until it is fixed or removed.", writable: false)
        }
    }

    /// A short reason from a decoding error: the path of the value and what was wrong with it.
    static func describe(_ error: Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch decoding {
        case .typeMismatch(let type, let context): return "expected \(type)\(path(context))"
        case .valueNotFound(let type, let context): return "missing \(type)\(path(context))"
        case .keyNotFound(let key, let context): return "missing \(key.stringValue)\(path(context))"
        case .dataCorrupted(let context): return "\(context.debugDescription)\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

/// Clamping of counters read from a file, so arithmetic on them cannot overflow.
enum SavedCount {
    /// The largest count kept.
    static let maximum = 1_000_000_000

    /// `value` within 0…`maximum`.
    static func clamp(_ value: Int) -> Int { min(max(value, 0), maximum) }
}
