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
    /// The line its mapping starts at in that file.
    public var line: Int

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

    /// The outline of `bank`.
    public init(of bank: QuizBank) {
        questions = bank.questions.map { question in
            QuestionOutline(id: question.id, topics: question.topics, difficulty: question.difficulty, kind: question.kind,
                            file: question.location.file, line: question.location.line)
        }
        problemCount = bank.problems.count
    }

    init(questions: [QuestionOutline], problemCount: Int) {
        self.questions = questions
        self.problemCount = problemCount
    }

    /// The first line of a cache file in the current format.
    static let cacheHeader = "kubetutor quiz outline 2"

    /// The outline cached in `cacheFile` when it was made from `source` by `readerVersion`.
    public static func cached(in cacheFile: URL, source: QuizBankSource, readerVersion: String) -> QuizBankOutline? {
        guard !source.files.isEmpty, let data = FileManager.default.contents(atPath: cacheFile.path) else { return nil }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        let fingerprints = source.fingerprints
        let head = [cacheHeader, readerVersion, source.directory.path] + fingerprints
        guard lines.count >= head.count + 3, Array(lines.prefix(head.count)) == head, let problemCount = Int(lines[head.count]),
              let questionCount = Int(lines[head.count + 1]), lines.last == "" else {
            return nil
        }
        let paths = source.files.map(\.path)
        let items = lines[(head.count + 2)..<(lines.count - 1)]
        let questions = items.compactMap { outline($0, paths: paths) }
        guard questions.count == items.count, questions.count == questionCount else { return nil }
        return QuizBankOutline(questions: questions, problemCount: problemCount)
    }

    /// Saves this outline, made from `source` by `readerVersion`, to `cacheFile` (atomically; a failure leaves
    /// the cache as it was). A text file: a header line, the reader version, the folder, each file's fingerprint,
    /// the problem count, the question count, then one line per question of tab-separated fields — the file's index in `source`, the
    /// line, difficulty, kind, id and topics (JSON took as long to read as the rest of the launch).
    public func save(to cacheFile: URL, source: QuizBankSource, readerVersion: String) {
        let paths = source.files.map(\.path)
        let head = [QuizBankOutline.cacheHeader, readerVersion, source.directory.path] + source.fingerprints
            + ["\(problemCount)", "\(questions.count)"]
        guard !source.files.isEmpty, !head.contains(where: { $0.contains("\n") }) else { return }
        var lines = head
        for question in questions {
            let words = [question.id] + question.topics
            guard let file = paths.firstIndex(of: question.file),
                  !words.contains(where: { $0.isEmpty || $0.contains("\t") || $0.contains("\n") }) else { return }
            lines.append((["\(file)", "\(question.line)", "\(question.difficulty)", question.kind.rawValue] + words).joined(separator: "\t"))
        }
        try? FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: cacheFile, options: .atomic)
    }

    /// The round `QuizPlan.make` draws from the bank this outlines, as outlines, with the exam's time limit.
    public func round(mode: QuizMode, topic: String?, count: Int, seed: UInt64,
                      progress: QuizProgress) -> (questions: [QuestionOutline], timeLimit: Double?) {
        QuizPlan.pick(from: questions, mode: mode, topic: topic, count: count, seed: seed, progress: progress)
    }

    /// The question `outline` (one of this outline's) stands for, read for showing it (without its state checks)
    /// from its own lines only; nil when its file no longer has it there.
    public func question(_ outline: QuestionOutline, in source: QuizBankSource) -> Question? {
        guard let file = source.files.first(where: { $0.path == outline.file }) else { return nil }
        let next = questions.lazy.filter { $0.file == outline.file && $0.line > outline.line }.map(\.line).min()
        guard let question = QuizBank.questionForShowing(atLine: outline.line, nextLine: next, file: file.path, text: file.text) else {
            return nil
        }
        return question.id == outline.id && question.kind == outline.kind ? question : nil
    }

    private static func outline(_ line: String, paths: [String]) -> QuestionOutline? {
        // Split as bytes: splitting a String by Character breaks it into graphemes, which cost more than the rest.
        let fields = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        guard fields.count >= 6, let file = Int(fields[0]), paths.indices.contains(file), let number = Int(fields[1]),
              let difficulty = Int(fields[2]), let kind = QuestionKind(rawValue: fields[3]) else { return nil }
        return QuestionOutline(id: fields[4], topics: Array(fields[5...]), difficulty: difficulty, kind: kind,
                               file: paths[file], line: number)
    }
}
