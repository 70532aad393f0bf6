import Foundation

/// The command history kept on disk: one entry a line, oldest first, capped, no blank entries
/// and no entry equal to the one before it. Saved by writing a temporary file and renaming it,
/// so a crash never leaves a half-written history behind.
public struct HistoryStore {
    /// Where the history lives; nil keeps it in memory only.
    public let file: URL?
    /// The most entries kept (older ones are dropped first).
    public let limit: Int
    /// The entries, oldest first.
    public private(set) var entries: [String]

    /// Loads the history from `file` (a missing or unreadable file gives an empty history).
    public init(file: URL?, limit: Int = 1000) {
        self.file = file
        self.limit = max(limit, 1)
        let text = file.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        entries = HistoryStore.parse(text, limit: self.limit)
    }

    /// Entries from the text of a history file: blank lines dropped, consecutive duplicates
    /// collapsed, only the newest `limit` kept.
    public static func parse(_ text: String, limit: Int) -> [String] {
        var result: [String] = []
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
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
        return text.contains(where: { $0.isNewline }) ? "" : text
    }

    /// Adds a line; returns the stored form, or nil when it was blank or repeats the last entry.
    @discardableResult
    public mutating func record(_ line: String) -> String? {
        let entry = HistoryStore.normalized(line)
        guard !entry.isEmpty, entry != entries.last else { return nil }
        entries.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        return entry
    }

    /// Writes the history atomically (temporary file in the same folder, then rename),
    /// creating the folder when needed. Does nothing for an in-memory history.
    public func save() throws {
        guard let file else { return }
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        let text = entries.isEmpty ? "" : entries.joined(separator: "\n") + "\n"
        do {
            try Data(text.utf8).write(to: temporary)
            _ = chmod(temporary.path, 0o600)
            guard rename(temporary.path, file.path) == 0 else {
                throw HistoryStoreError.renameFailed(path: file.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

/// Why the history could not be saved.
public enum HistoryStoreError: Error, CustomStringConvertible {
    /// The temporary file could not replace the history file.
    case renameFailed(path: String, reason: String)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case let .renameFailed(path, reason): return "cannot replace \(path): \(reason)"
        }
    }
}
