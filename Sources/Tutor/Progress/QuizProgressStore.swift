import Foundation

/// Loads and saves `QuizProgress` as `quiz-progress.json` in the data folder: atomic writes, a schema
/// version (older files are read and rewritten in the current format), and a damaged file moved aside
/// (with a message) instead of being lost or crashing.
///
/// Saving locks the data folder and merges this session's changes (the questions it answered, the rounds
/// it finished) into what is on disk, so another kubetutor playing at the same time loses nothing.
public final class QuizProgressStore {
    /// The progress file.
    public let url: URL
    /// False when the file was written by a newer kubetutor or could not be moved aside: it is then
    /// never overwritten.
    public private(set) var isWritable = true
    /// The progress as this session last loaded or saved it: what its next save's changes are measured from.
    private var base = QuizProgress()

    /// The store in `dataDirectory`.
    public init(dataDirectory: URL) {
        url = dataDirectory.appendingPathComponent("quiz-progress.json")
    }

    private var dataFile: VersionedDataFile {
        VersionedDataFile(url: url, what: "quiz progress", currentSchema: QuizProgress.currentSchemaVersion, requiredKey: "questions")
    }

    /// The saved progress (empty when there is none), and a message for the learner when the file had to
    /// be set aside or cannot be used.
    public func load() -> (progress: QuizProgress, notice: String?) {
        let reading = dataFile.read(QuizProgress.self)
        if !reading.writable { isWritable = false }
        var progress = reading.value ?? QuizProgress()
        progress.schemaVersion = QuizProgress.currentSchemaVersion
        base = progress
        return (progress, reading.notice)
    }

    /// Saves `progress` atomically (sorted keys, so the file is stable); does nothing when not writable.
    /// What another process saved since this one loaded is kept: only this session's changes are applied.
    public func save(_ progress: QuizProgress) throws {
        guard isWritable else { return }
        try DataFolderLock.withLock(on: url.deletingLastPathComponent()) {
            let reading = dataFile.read(QuizProgress.self)
            guard reading.writable else {
                isWritable = false
                return
            }
            var disk = reading.value ?? QuizProgress()
            disk.schemaVersion = QuizProgress.currentSchemaVersion
            let merged = disk == base ? progress : Self.merge(progress, since: base, into: disk)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try AtomicFile.write(try encoder.encode(merged), to: url)
            base = progress
        }
    }

    /// `disk` with the changes `ours` made since `base`: the questions whose records changed, and the
    /// rounds finished.
    static func merge(_ ours: QuizProgress, since base: QuizProgress, into disk: QuizProgress) -> QuizProgress {
        var result = disk
        for (id, record) in ours.questions where base.questions[id] != record {
            result.questions[id] = record
        }
        result.rounds = SavedCount.clamp(disk.rounds + max(0, ours.rounds - base.rounds))
        result.reviewRounds = SavedCount.clamp(disk.reviewRounds + max(0, ours.reviewRounds - base.reviewRounds))
        return result
    }
}
