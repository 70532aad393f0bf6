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

    private enum CodingKeys: String, CodingKey {
        case completedSteps, skippedSteps, currentStep, finished, hintsUsed, mistakesMet, solutionsViewed, secondsSpent
    }

    /// Reads a record; members an older kubetutor did not write take their defaults, and counters are
    /// clamped so later arithmetic on them cannot overflow.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        completedSteps = try container.decodeIfPresent([String].self, forKey: .completedSteps) ?? []
        skippedSteps = try container.decodeIfPresent([String].self, forKey: .skippedSteps) ?? []
        currentStep = try container.decodeIfPresent(String.self, forKey: .currentStep)
        finished = try container.decodeIfPresent(Bool.self, forKey: .finished) ?? false
        hintsUsed = SavedCount.clamp(try container.decodeIfPresent(Int.self, forKey: .hintsUsed) ?? 0)
        mistakesMet = try container.decodeIfPresent([String].self, forKey: .mistakesMet) ?? []
        solutionsViewed = SavedCount.clamp(try container.decodeIfPresent(Int.self, forKey: .solutionsViewed) ?? 0)
        let seconds = try container.decodeIfPresent(Double.self, forKey: .secondsSpent) ?? 0
        secondsSpent = seconds.isFinite ? min(max(seconds, 0), Double(SavedCount.maximum)) : 0
    }
}

/// The lesson progress file: a schema version and a record per lesson id.
public struct LessonProgressFile: Codable, Equatable, Sendable {
    /// The format this version of kubetutor writes.
    public static let currentSchema = 1
    /// The format version the file was written in (always the current one once saved).
    public var schemaVersion = LessonProgressFile.currentSchema
    /// The records by lesson id.
    public var lessons: [String: LessonProgressRecord] = [:]

    /// An empty file.
    public init() {}

    private enum CodingKeys: String, CodingKey { case schemaVersion, lessons }

    /// Reads a file of this or an older format (schema 0: before versions were written).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 0
        lessons = try container.decodeIfPresent([String: LessonProgressRecord].self, forKey: .lessons) ?? [:]
    }
}

/// Loads and saves lesson progress in the data directory (`lesson-progress.json`), atomically: a temp
/// file is written and fsynced, then renamed over the old one. A file that cannot be read is moved
/// aside (never silently overwritten) and progress starts fresh with a message saying where it went.
///
/// Saving locks the data folder, reads the file again and replaces only this lesson's record, so two
/// kubetutor processes working on different lessons keep both; on the same lesson the last save wins,
/// with a warning in `notice`.
public final class LessonProgressStore {
    /// Where the progress is saved.
    public let fileURL: URL
    /// A message about the file to show the learner once (a corrupt file moved aside, a newer file).
    public private(set) var notice: String?
    /// True when the file could not be read and must not be written over.
    public private(set) var readOnly = false
    private var cached: LessonProgressFile?
    private var warnedAboutOtherProcess = false

    /// The store of the data directory `directory`.
    public init(directory: URL) {
        fileURL = directory.appendingPathComponent("lesson-progress.json")
    }

    private var dataFile: VersionedDataFile {
        VersionedDataFile(url: fileURL, what: "lesson progress", currentSchema: LessonProgressFile.currentSchema, requiredKey: "lessons")
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

    /// Replaces one lesson's record and saves the file (merged with what other processes saved meanwhile).
    /// Returns a warning, the first time only, when another process had saved this same lesson since.
    @discardableResult
    public func update(_ lessonID: String, _ record: LessonProgressRecord) throws -> String? {
        guard !readOnly else { return nil }
        let known = load().lessons[lessonID]
        return try DataFolderLock.withLock(on: fileURL.deletingLastPathComponent()) { () -> String? in
            var file = readFromDisk()
            guard !readOnly else { return nil }
            var warning: String?
            if file.lessons[lessonID] != known, file.lessons[lessonID] != nil, !warnedAboutOtherProcess {
                warnedAboutOtherProcess = true
                warning = "another kubetutor also saved progress in lesson \(lessonID) (same data folder); the latest save wins"
            }
            file.lessons[lessonID] = record
            try write(file)
            return warning
        }
    }

    /// Writes the whole file atomically (under the data folder's lock).
    public func save(_ file: LessonProgressFile) throws {
        guard !readOnly else { return }
        try DataFolderLock.withLock(on: fileURL.deletingLastPathComponent()) { try write(file) }
    }

    private func write(_ file: LessonProgressFile) throws {
        var file = file
        file.schemaVersion = LessonProgressFile.currentSchema
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(file), to: fileURL)
        cached = file
    }

    private func readFromDisk() -> LessonProgressFile {
        let reading = dataFile.read(LessonProgressFile.self)
        if let message = reading.notice { notice = message }
        if !reading.writable { readOnly = true }
        return reading.value ?? LessonProgressFile()
    }
}
