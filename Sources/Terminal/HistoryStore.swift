import Foundation
import Tutor

/// The command history kept on disk: a header line with the format's version, then one entry a line,
/// oldest first, capped, no blank entries and no entry equal to the one before it.
///
/// Saved atomically (temporary file, fsync, rename) under the data folder's lock, merged with what other
/// kubetutor processes saved meanwhile (their lines first, then this session's new ones). A file without
/// the header (written before it existed) is read as plain lines and rewritten with it; one that is not
/// text is moved aside and named in `notice`; one from a newer kubetutor is left alone.
public struct HistoryStore {
    /// The format this version writes.
    public static let currentSchema = 1
    /// The first line of a history file of schema `N` is this followed by N.
    public static let headerPrefix = "# kubetutor history, schema "

    /// Where the history lives; nil keeps it in memory only.
    public let file: URL?
    /// The most entries kept (older ones are dropped first).
    public let limit: Int
    /// The entries, oldest first.
    public private(set) var entries: [String]
    /// A message about the file for the learner (moved aside, newer format), once.
    public private(set) var notice: String?
    /// False when the file must not be written over (newer format, or damaged and not moved aside).
    public private(set) var isWritable = true
    /// Entries recorded since the last save.
    private var unsaved: [String] = []

    /// Loads the history from `file` (a missing file gives an empty history).
    public init(file: URL?, limit: Int = 1000) {
        self.file = file
        self.limit = max(limit, 1)
        entries = []
        guard let file else { return }
        let reading = HistoryStore.read(file)
        entries = HistoryStore.parse(reading.text ?? "", limit: self.limit)
        notice = reading.notice
        isWritable = reading.writable
    }

    /// Entries from the text of a history file: the header skipped, blank lines dropped, consecutive
    /// duplicates collapsed, only the newest `limit` kept.
    public static func parse(_ text: String, limit: Int) -> [String] {
        var result: [String] = []
        var first = true
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            defer { first = false }
            if first, raw.hasPrefix(headerPrefix) { continue }
            let line = normalized(String(raw))
            if line.isEmpty || line == result.last { continue }
            result.append(line)
        }
        return Array(result.suffix(max(limit, 1)))
    }

    /// The form a line is stored in: trailing white space and line breaks removed; empty when
    /// the line holds nothing worth keeping.
    public static func normalized(_ line: String) -> String {
        var text = line
        while let last = text.last, last.isWhitespace || last.isNewline { text.removeLast() }
        if text.allSatisfy({ $0.isWhitespace }) { return "" }
        return text.contains(where: { $0.isNewline || $0 == "\u{0}" }) ? "" : text
    }

    /// Adds a line; returns the stored form, or nil when it was blank or repeats the last entry.
    @discardableResult
    public mutating func record(_ line: String) -> String? {
        let entry = HistoryStore.normalized(line)
        guard !entry.isEmpty, entry != entries.last else { return nil }
        entries.append(entry)
        unsaved.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        if unsaved.count > limit { unsaved.removeFirst(unsaved.count - limit) }
        return entry
    }

    /// Writes the history atomically, merged with the file as it is now, creating the folder when
    /// needed. Does nothing for an in-memory history or one that must not be written over.
    public mutating func save() throws {
        guard let file, isWritable else { return }
        try DataFolderLock.withLock(on: file.deletingLastPathComponent()) {
            let reading = HistoryStore.read(file)
            if let message = reading.notice { notice = message }
            guard reading.writable else {
                isWritable = false
                return
            }
            var merged = HistoryStore.parse(reading.text ?? "", limit: limit)
            for entry in unsaved where entry != merged.last { merged.append(entry) }
            merged = Array(merged.suffix(limit))
            let text = ([HistoryStore.headerPrefix + String(HistoryStore.currentSchema)] + merged).joined(separator: "\n") + "\n"
            try AtomicFile.write(Data(text.utf8), to: file, permissions: 0o600)
            unsaved = []
        }
    }

    /// The text of the file, or why it cannot be used.
    private static func read(_ file: URL) -> (text: String?, notice: String?, writable: Bool) {
        guard FileManager.default.fileExists(atPath: file.path) else { return (nil, nil, true) }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return (nil, "Your command history \(file.path) cannot be read (\(String(cString: strerror(errno)))); "
                + "this session's commands will not be added to it.", false)
        }
        guard let text = String(data: data, encoding: .utf8), !text.contains("\u{0}") else {
            return setAside(file, reason: "it is not text")
        }
        if text.hasPrefix(headerPrefix) {
            let version = text.dropFirst(headerPrefix.count).prefix(while: { $0 != "\n" && $0 != "\r\n" })
            guard let schema = Int(version.trimmingCharacters(in: .whitespaces)) else {
                return setAside(file, reason: "its header is damaged")
            }
            if schema > currentSchema {
                return (nil, "Your command history \(file.path) was written by a newer kubetutor (schema \(schema)); "
                    + "it is left as it is and this session's commands are not added to it.", false)
            }
        }
        return (text, nil, true)
    }

    private static func setAside(_ file: URL, reason: String) -> (text: String?, notice: String?, writable: Bool) {
        do {
            let aside = try AtomicFile.moveAside(file)
            return (nil, "Your command history \(file.path) could not be read (\(reason)); it was moved to \(aside.path) "
                + "and a new one is started.", true)
        } catch {
            return (nil, "Your command history \(file.path) could not be read (\(reason)) and could not be moved aside (\(error)); "
                + "this session's commands will not be added to it.", false)
        }
    }
}
