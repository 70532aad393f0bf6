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

    private enum CodingKeys: String, CodingKey { case attempts, correct, lastCorrect, topic, box, due }

    /// Reads a record; members an older kubetutor did not write take their defaults, counters are clamped
    /// and the box kept within 1…5, so later arithmetic on them cannot overflow.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        attempts = SavedCount.clamp(try container.decodeIfPresent(Int.self, forKey: .attempts) ?? 0)
        correct = SavedCount.clamp(try container.decodeIfPresent(Int.self, forKey: .correct) ?? 0)
        lastCorrect = try container.decodeIfPresent(Bool.self, forKey: .lastCorrect) ?? false
        topic = try container.decodeIfPresent(String.self, forKey: .topic) ?? ""
        box = try container.decodeIfPresent(Int.self, forKey: .box).map { min(max($0, 1), QuizProgress.boxIntervals.count) }
        due = try container.decodeIfPresent(Int.self, forKey: .due).map(SavedCount.clamp)
    }
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

    private enum CodingKeys: String, CodingKey { case schemaVersion, rounds, reviewRounds, questions }

    /// Reads progress of this or an older format (schema 0: before versions were written), with counters
    /// clamped.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 0
        rounds = SavedCount.clamp(try container.decodeIfPresent(Int.self, forKey: .rounds) ?? 0)
        reviewRounds = SavedCount.clamp(try container.decodeIfPresent(Int.self, forKey: .reviewRounds) ?? 0)
        questions = try container.decodeIfPresent([String: QuestionRecord].self, forKey: .questions) ?? [:]
    }

    /// Records an answer. A miss puts the question in box 1, due at the next review round; a right answer
    /// in a review moves it up one box and schedules it by the box's interval.
    public mutating func record(_ id: String, topic: String, correct wasCorrect: Bool, inReview: Bool) {
        var record = questions[id] ?? QuestionRecord()
        record.attempts = SavedCount.clamp(record.attempts + 1)
        record.topic = topic
        record.lastCorrect = wasCorrect
        if wasCorrect {
            record.correct = SavedCount.clamp(record.correct + 1)
            if inReview, let box = record.box {
                let next = min(max(box, 0), QuizProgress.boxIntervals.count - 1) + 1
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
