import Foundation

/// Loads and saves `QuizProgress` as `quiz-progress.json` in the data folder: atomic writes, a schema
/// version, and a damaged file moved aside (with a message) instead of being lost or crashing.
public final class QuizProgressStore {
    /// The progress file.
    public let url: URL
    /// False when the file was written by a newer kubetutor: it is then never overwritten.
    public private(set) var isWritable = true

    /// The store in `dataDirectory`.
    public init(dataDirectory: URL) {
        url = dataDirectory.appendingPathComponent("quiz-progress.json")
    }

    /// The saved progress (empty when there is none), and a message for the learner when the file had to
    /// be set aside or cannot be used.
    public func load() -> (progress: QuizProgress, notice: String?) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (QuizProgress(), nil) }
        if let header = try? JSONDecoder().decode(SchemaHeader.self, from: data),
           header.schemaVersion > QuizProgress.currentSchemaVersion {
            isWritable = false
            return (QuizProgress(), "\(url.path) was written by a newer kubetutor (schema \(header.schemaVersion)); "
                + "this round will not be saved.")
        }
        do {
            return (try JSONDecoder().decode(QuizProgress.self, from: data), nil)
        } catch {
            do {
                let aside = try AtomicFile.moveAside(url)
                return (QuizProgress(), "Your quiz progress file was damaged; it was moved to \(aside.path) and a new one is started.")
            } catch {
                isWritable = false
                return (QuizProgress(), "Your quiz progress file \(url.path) is damaged and cannot be moved aside (\(error)); "
                    + "this round will not be saved.")
            }
        }
    }

    /// Saves `progress` atomically (sorted keys, so the file is stable); does nothing when not writable.
    public func save(_ progress: QuizProgress) throws {
        guard isWritable else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(progress), to: url)
    }

    /// Just the version, read before trusting the rest of the file.
    private struct SchemaHeader: Decodable {
        let schemaVersion: Int
    }
}
