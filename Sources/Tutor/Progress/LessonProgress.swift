import Foundation

/// What a learner has done in one lesson, as saved between sessions.
public struct LessonProgressRecord: Codable, Equatable, Sendable {
    /// Ids of completed steps, in the order they were completed.
    public var completedSteps: [String] = []
    /// Ids of skipped steps.
    public var skippedSteps: [String] = []
    /// The step the learner is on (nil before starting or after finishing).
    public var currentStep: String?
    /// Whether every step is done.
    public var finished = false
    /// Hints shown, over all attempts.
    public var hintsUsed = 0
    /// The known mistakes met, by message key.
    public var mistakesMet: [String] = []
    /// Reference solutions shown.
    public var solutionsViewed = 0
    /// Wall-clock seconds spent (0 when only batch runs were made).
    public var secondsSpent: Double = 0

    /// A record of a lesson not started yet.
    public init() {}
}

/// The lesson progress file: a schema version and a record per lesson id.
public struct LessonProgressFile: Codable, Equatable, Sendable {
    /// The format this version of kubetutor writes.
    public static let currentSchema = 1
    /// The format version the file was written in.
    public var schemaVersion = LessonProgressFile.currentSchema
    /// The records by lesson id.
    public var lessons: [String: LessonProgressRecord] = [:]

    /// An empty file.
    public init() {}
}

/// Loads and saves lesson progress in the data directory (`lesson-progress.json`), atomically: a temp
/// file is written and fsynced, then renamed over the old one. A file that cannot be read is moved
/// aside (never silently overwritten) and progress starts fresh with a message saying where it went.
public final class LessonProgressStore {
    /// Where the progress is saved.
    public let fileURL: URL
    /// A message about the file to show the learner once (a corrupt file moved aside).
    public private(set) var notice: String?
    private var cached: LessonProgressFile?

    /// The store of the data directory `directory`.
    public init(directory: URL) {
        fileURL = directory.appendingPathComponent("lesson-progress.json")
    }

    /// The saved progress (empty when there is none yet).
    public func load() -> LessonProgressFile {
        if let cached { return cached }
        let loaded = readFromDisk()
        cached = loaded
        return loaded
    }

    /// The record of one lesson.
    public func record(for lessonID: String) -> LessonProgressRecord? { load().lessons[lessonID] }

    /// Replaces one lesson's record and saves the file.
    public func update(_ lessonID: String, _ record: LessonProgressRecord) throws {
        var file = load()
        file.lessons[lessonID] = record
        try save(file)
    }

    /// Writes the whole file atomically.
    public func save(_ file: LessonProgressFile) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(file)
        try AtomicProgressWrite.write(data, to: fileURL)
        cached = file
    }

    private func readFromDisk() -> LessonProgressFile {
        guard let data = try? Data(contentsOf: fileURL) else { return LessonProgressFile() }
        if let file = try? JSONDecoder().decode(LessonProgressFile.self, from: data),
           file.schemaVersion <= LessonProgressFile.currentSchema {
            return file
        }
        let reason: String
        if let version = (try? JSONDecoder().decode(SchemaProbe.self, from: data))?.schemaVersion,
           version > LessonProgressFile.currentSchema {
            reason = "it was written by a newer kubetutor (schema \(version))"
        } else {
            reason = "it is not valid lesson progress"
        }
        let aside = asideURL()
        do {
            try FileManager.default.moveItem(at: fileURL, to: aside)
            notice = "Your lesson progress file \(fileURL.path) could not be read (\(reason)); it was moved to \(aside.path) "
                + "and progress starts fresh."
        } catch {
            notice = "Your lesson progress file \(fileURL.path) could not be read (\(reason)) and could not be moved aside "
                + "(\(error.localizedDescription)); progress will not be saved until it is fixed or removed."
            readOnly = true
        }
        return LessonProgressFile()
    }

    /// True when a corrupt file could not be moved aside: saving would destroy it.
    public private(set) var readOnly = false

    private func asideURL() -> URL {
        var candidate = fileURL.appendingPathExtension("corrupt")
        var number = 1
        while FileManager.default.fileExists(atPath: candidate.path) {
            number += 1
            candidate = fileURL.appendingPathExtension("corrupt\(number)")
        }
        return candidate
    }

    /// Reads only the schema version of a file that does not decode as a whole.
    private struct SchemaProbe: Decodable { var schemaVersion: Int }
}

/// Writes a file so that a crash leaves either the old or the new contents: temp file, fsync, rename,
/// fsync of the directory.
private enum AtomicProgressWrite {
    static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temp = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        let descriptor = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw posixError("cannot create \(temp.path)") }
        var failure: Error?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = posixError("cannot write \(temp.path)")
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = posixError("cannot sync \(temp.path)") }
        close(descriptor)
        if let failure {
            unlink(temp.path)
            throw failure
        }
        guard rename(temp.path, url.path) == 0 else {
            let error = posixError("cannot replace \(url.path)")
            unlink(temp.path)
            throw error
        }
        let directoryDescriptor = open(directory.path, O_RDONLY)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    static func posixError(_ what: String) -> Error {
        NSError(domain: NSPOSIXErrorDomain, code: Int(errno),
                userInfo: [NSLocalizedDescriptionKey: "\(what): \(String(cString: strerror(errno)))"])
    }
}
