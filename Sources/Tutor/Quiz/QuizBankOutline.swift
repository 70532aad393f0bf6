import Foundation

/// One question of the bank as drawing a round needs it (`QuizPlan`), and where it is read from in full.
public struct QuestionOutline: Equatable, Sendable, QuizPlanCandidate {
    /// The question's id.
    public var id: String
    /// Its topic tags.
    public var topics: [String]
    /// 1 (basic) to 3 (hard).
    public var difficulty: Int
    /// Its kind.
    public var kind: QuestionKind
    /// The bank file it is written in (as `QuizBankSource` names it).
    public var file: String
    /// Its place among the questions read from that file (0-based).
    public var position: Int

    /// The topic it is scored under.
    public var primaryTopic: String { topics.first ?? "general" }
}

/// What launching a quiz needs of the whole bank before its first question (issue #9): every question's
/// outline, in bank order, and how many problems the bank has — kept in the data folder between launches,
/// valid only for the same reader version and the same files with the same contents.
///
/// The cache file is a JSON object; one that is missing, corrupt or made from other files is ignored, and
/// the bank is then read in full (and the file rewritten).
public struct QuizBankOutline: Equatable, Sendable {
    /// Every question that reads, in bank order.
    public var questions: [QuestionOutline]
    /// How many problems reading the bank found (the launch warns when there are any).
    public var problemCount: Int

    /// The outline of `bank` (read from files whose questions are in file order).
    public init(of bank: QuizBank) {
        var counts: [String: Int] = [:]
        questions = bank.questions.map { question in
            let file = question.location.file
            let position = counts[file, default: 0]
            counts[file] = position + 1
            return QuestionOutline(id: question.id, topics: question.topics, difficulty: question.difficulty,
                                   kind: question.kind, file: file, position: position)
        }
        problemCount = bank.problems.count
    }

    init(questions: [QuestionOutline], problemCount: Int) {
        self.questions = questions
        self.problemCount = problemCount
    }

    /// The outline cached in `cacheFile` when it was made from `source` by `readerVersion`.
    public static func cached(in cacheFile: URL, source: QuizBankSource, readerVersion: String) -> QuizBankOutline? {
        guard !source.files.isEmpty, let data = FileManager.default.contents(atPath: cacheFile.path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["version"] as? String == readerVersion, object["directory"] as? String == source.directory.path,
              object["files"] as? [String] == source.fingerprints, let problemCount = object["problems"] as? Int,
              let items = object["questions"] as? [[String: Any]] else {
            return nil
        }
        let questions = items.compactMap(outline)
        guard questions.count == items.count else { return nil }
        return QuizBankOutline(questions: questions, problemCount: problemCount)
    }

    /// Saves this outline, made from `source` by `readerVersion`, to `cacheFile` (atomically; a failure leaves
    /// the cache as it was).
    public func save(to cacheFile: URL, source: QuizBankSource, readerVersion: String) {
        guard !source.files.isEmpty else { return }
        let object: [String: Any] = [
            "version": readerVersion, "directory": source.directory.path, "files": source.fingerprints, "problems": problemCount,
            "questions": questions.map { question -> [String: Any] in
                ["id": question.id, "topics": question.topics, "difficulty": question.difficulty, "kind": question.kind.rawValue,
                 "file": question.file, "position": question.position]
            },
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        try? FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: cacheFile, options: .atomic)
    }

    /// The round `QuizPlan.make` draws from the bank this outlines, as outlines, with the exam's time limit.
    public func round(mode: QuizMode, topic: String?, count: Int, seed: UInt64,
                      progress: QuizProgress) -> (questions: [QuestionOutline], timeLimit: Double?) {
        QuizPlan.pick(from: questions, mode: mode, topic: topic, count: count, seed: seed, progress: progress)
    }

    /// The question `outline` stands for, read from its own file only (nil when that file no longer has it).
    public static func question(_ outline: QuestionOutline, in source: QuizBankSource) -> Question? {
        guard let file = source.files.first(where: { $0.path == outline.file }) else { return nil }
        let questions = QuizBank.load(files: [file]).questions
        guard questions.indices.contains(outline.position) else { return nil }
        let question = questions[outline.position]
        return question.id == outline.id && question.kind == outline.kind ? question : nil
    }

    private static func outline(_ object: [String: Any]) -> QuestionOutline? {
        guard let id = object["id"] as? String, let topics = object["topics"] as? [String],
              let difficulty = object["difficulty"] as? Int,
              let kind = (object["kind"] as? String).flatMap(QuestionKind.init(rawValue:)),
              let file = object["file"] as? String, let position = object["position"] as? Int else { return nil }
        return QuestionOutline(id: id, topics: topics, difficulty: difficulty, kind: kind, file: file, position: position)
    }
}
