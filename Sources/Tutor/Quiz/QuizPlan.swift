import KubeCluster

/// How a round is played.
public enum QuizMode: String, CaseIterable, Sendable {
    /// Quick questions from many topics, no live tasks.
    case interview
    /// Questions and live tasks under a simulated time limit, scored per topic.
    case exam
    /// Questions missed before that are due by the Leitner schedule.
    case review
}

/// The questions of one round, in order, and the exam's time limit.
public struct QuizPlan: Sendable {
    /// The mode.
    public let mode: QuizMode
    /// The questions in the order they are asked.
    public let questions: [Question]
    /// The time limit in simulated seconds (exams only).
    public let timeLimit: Double?

    /// A plan of exactly these questions (a lesson step asking chosen questions, or a test).
    public init(mode: QuizMode, questions: [Question], timeLimit: Double?) {
        self.mode = mode
        self.questions = questions
        self.timeLimit = timeLimit
    }

    /// Seconds an exam allows per question: by difficulty, and more for live tasks.
    public static func allowance(for question: Question) -> Double { allowance(kind: question.kind, difficulty: question.difficulty) }

    /// Seconds an exam allows for a question of `kind` and `difficulty`.
    static func allowance(kind: QuestionKind, difficulty: Int) -> Double {
        if kind == .task { return 360 }
        if kind == .manifest { return 240 }
        return [60, 90, 120][max(0, min(2, difficulty - 1))]
    }

    /// Picks a round from `bank`: `topic` filters by tag (case-insensitive), `count` caps the size,
    /// `seed` (mixed with the rounds already played) fixes the draw.
    public static func make(bank: QuizBank, mode: QuizMode, topic: String?, count: Int, seed: UInt64,
                            progress: QuizProgress) -> QuizPlan {
        let picked = pick(from: bank.questions, mode: mode, topic: topic, count: count, seed: seed, progress: progress)
        return QuizPlan(mode: mode, questions: picked.questions, timeLimit: picked.timeLimit)
    }

    /// The round `make` picks, drawn from questions or from their outlines (`QuestionOutline`): the same draw
    /// for the same bank, so a round can be planned before the bank is read in full (issue #9).
    static func pick<Candidate: QuizPlanCandidate>(from questions: [Candidate], mode: QuizMode, topic: String?, count: Int,
                                                  seed: UInt64, progress: QuizProgress) -> (questions: [Candidate], timeLimit: Double?) {
        let wanted = topic?.lowercased()
        let pool = questions.filter { question in
            wanted.map { topic in question.topics.contains { $0.lowercased() == topic } } ?? true
        }
        var random = SeededRandom(seed: seed &+ UInt64(progress.rounds) &* 0x9E37_79B9)
        let limit = max(0, count)
        switch mode {
        case .interview:
            return (spreadOverTopics(pool.filter { $0.kind != .task }, count: limit, random: &random), nil)
        case .exam:
            let tasks = shuffled(pool.filter { $0.kind == .task }, random: &random)
            let taskCount = min(tasks.count, max(limit > 3 ? 1 : 0, limit / 4))
            let others = spreadOverTopics(pool.filter { $0.kind != .task }, count: limit - taskCount, random: &random)
            var picked = others
            for (offset, task) in tasks.prefix(taskCount).enumerated() {
                let position = min(picked.count, (offset + 1) * picked.count / (taskCount + 1) + offset)
                picked.insert(task, at: position)
            }
            let seconds = picked.map { allowance(kind: $0.kind, difficulty: $0.difficulty) }.reduce(0, +)
            return (picked, seconds)
        case .review:
            let due = progress.dueQuestionIDs.compactMap { id in pool.first { $0.id == id } }
            return (Array(due.prefix(limit)), nil)
        }
    }

    /// Draws round-robin over topics (topic order and questions within a topic shuffled), so a round covers
    /// as many topics as it can.
    static func spreadOverTopics<Candidate: QuizPlanCandidate>(_ pool: [Candidate], count: Int,
                                                               random: inout SeededRandom) -> [Candidate] {
        var groups: [String: [Candidate]] = [:]
        var order: [String] = []
        for question in pool {
            if groups[question.primaryTopic] == nil { order.append(question.primaryTopic) }
            groups[question.primaryTopic, default: []].append(question)
        }
        order = shuffled(order, random: &random)
        var queues = order.map { shuffled(groups[$0] ?? [], random: &random) }
        var picked: [Candidate] = []
        while picked.count < count, queues.contains(where: { !$0.isEmpty }) {
            for index in queues.indices where picked.count < count && !queues[index].isEmpty {
                picked.append(queues[index].removeFirst())
            }
        }
        return picked
    }

    /// A Fisher–Yates shuffle driven by the seeded generator (stable across platforms).
    static func shuffled<T>(_ items: [T], random: inout SeededRandom) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            let other = Int(random.next() % UInt64(index + 1))
            result.swapAt(index, other)
        }
        return result
    }
}

/// What drawing a round reads of a question: a full `Question`, or its cached `QuestionOutline`.
protocol QuizPlanCandidate {
    /// The question's id.
    var id: String { get }
    /// Its topic tags.
    var topics: [String] { get }
    /// The topic it is scored under.
    var primaryTopic: String { get }
    /// Its kind.
    var kind: QuestionKind { get }
    /// 1 (basic) to 3 (hard).
    var difficulty: Int { get }
}

extension Question: QuizPlanCandidate {}
