/// What kubetutor remembers about one question across runs.
public struct QuestionRecord: Codable, Equatable, Sendable {
    /// How often it was answered (skips count).
    public var attempts: Int = 0
    /// How often it was answered right.
    public var correct: Int = 0
    /// Whether the latest answer was right.
    public var lastCorrect: Bool = false
    /// The topic it counted under when last answered.
    public var topic: String = ""
    /// Its Leitner box (1…5) once it has been missed; nil for a question never missed.
    public var box: Int?
    /// The review round in which it is due again (compared with `QuizProgress.reviewRounds`).
    public var due: Int?

    /// A record for a question never answered.
    public init() {}
}

/// The learner's quiz history: per-question records, rounds played, and the Leitner review clock.
public struct QuizProgress: Codable, Equatable, Sendable {
    /// The file format's version; files with a newer one are left alone.
    public static let currentSchemaVersion = 1
    /// Review intervals, in review rounds, for boxes 1…5.
    public static let boxIntervals = [1, 2, 4, 8, 16]

    /// The version this value was written with.
    public var schemaVersion: Int = QuizProgress.currentSchemaVersion
    /// Rounds finished (any mode); mixed into the seed so each round asks something new.
    public var rounds: Int = 0
    /// Review rounds finished: the Leitner clock.
    public var reviewRounds: Int = 0
    /// Records by question id.
    public var questions: [String: QuestionRecord] = [:]

    /// Progress of a learner who has not played yet.
    public init() {}

    /// Records an answer. A miss puts the question in box 1, due at the next review round; a right answer
    /// in a review moves it up one box and schedules it by the box's interval.
    public mutating func record(_ id: String, topic: String, correct wasCorrect: Bool, inReview: Bool) {
        var record = questions[id] ?? QuestionRecord()
        record.attempts += 1
        record.topic = topic
        record.lastCorrect = wasCorrect
        if wasCorrect {
            record.correct += 1
            if inReview, let box = record.box {
                let next = min(max(box, 0) + 1, QuizProgress.boxIntervals.count)
                record.box = next
                record.due = reviewRounds + QuizProgress.boxIntervals[next - 1]
            }
        } else {
            record.box = 1
            record.due = inReview ? reviewRounds + 1 : reviewRounds
        }
        questions[id] = record
    }

    /// Ids of questions due in the current review round, lowest box first, then by id.
    public var dueQuestionIDs: [String] {
        questions.filter { _, record in record.box != nil && (record.due ?? 0) <= reviewRounds }
            .sorted { ($0.value.box ?? 0, $0.key) < ($1.value.box ?? 0, $1.key) }
            .map(\.key)
    }

    /// Correct answers and attempts per topic, topics sorted by name.
    public var topicScores: [(topic: String, correct: Int, attempts: Int)] {
        var totals: [String: (Int, Int)] = [:]
        for record in questions.values {
            let current = totals[record.topic] ?? (0, 0)
            totals[record.topic] = (current.0 + record.correct, current.1 + record.attempts)
        }
        return totals.keys.sorted().map { (topic: $0, correct: totals[$0]?.0 ?? 0, attempts: totals[$0]?.1 ?? 0) }
    }
}
