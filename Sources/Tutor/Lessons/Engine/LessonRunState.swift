/// Where a learner is in a lesson and what they used on the way; converts to and from saved progress.
struct LessonRunState {
    var stepIndex = 0
    var completed: [String] = []
    var skipped: [String] = []
    /// Hints shown, by step id.
    var hintsShown: [String: Int] = [:]
    /// Steps whose reference solution was shown.
    var solutionsViewed: Set<String> = []
    /// Keys of the known mistakes met, in the order met.
    var mistakesMet: [String] = []
    var finished = false
    /// Whether this lesson was completed in an earlier run.
    var finishedBefore = false
    var secondsSpent: Double = 0
    /// Hints used in earlier sessions (not broken down by step).
    var earlierHints = 0
    var earlierSolutions = 0

    var hintsUsed: Int { earlierHints + hintsShown.values.reduce(0, +) }

    init() {}

    /// The state saved for `lesson`; a finished lesson starts a new attempt from the first step.
    init(record: LessonProgressRecord?, lesson: Lesson) {
        guard let record else { return }
        finishedBefore = record.finished
        guard !record.finished || record.currentStep != nil else { return }
        let ids = lesson.steps.map(\.id)
        completed = record.completedSteps.filter(ids.contains)
        skipped = record.skippedSteps.filter(ids.contains)
        mistakesMet = record.mistakesMet
        earlierHints = record.hintsUsed
        earlierSolutions = record.solutionsViewed
        secondsSpent = record.secondsSpent
        if let current = record.currentStep, let index = ids.firstIndex(of: current) {
            stepIndex = index
        } else {
            stepIndex = ids.firstIndex { !completed.contains($0) && !skipped.contains($0) } ?? 0
        }
    }

    /// The record to save for `lesson`.
    func record(for lesson: Lesson) -> LessonProgressRecord {
        var record = LessonProgressRecord()
        record.completedSteps = completed
        record.skippedSteps = skipped
        record.currentStep = finished ? nil : (lesson.steps.indices.contains(stepIndex) ? lesson.steps[stepIndex].id : nil)
        record.finished = finished || finishedBefore
        record.hintsUsed = hintsUsed
        record.mistakesMet = mistakesMet
        record.solutionsViewed = earlierSolutions + solutionsViewed.count
        record.secondsSpent = secondsSpent
        return record
    }

    /// Notes a known mistake (once).
    mutating func meet(_ key: String) {
        if !mistakesMet.contains(key) { mistakesMet.append(key) }
    }

    /// Marks the current step completed and moves on; returns whether the lesson is now finished.
    mutating func completeStep(_ lesson: Lesson, skipped wasSkipped: Bool) -> Bool {
        guard lesson.steps.indices.contains(stepIndex) else { return true }
        let id = lesson.steps[stepIndex].id
        if wasSkipped {
            if !skipped.contains(id) { skipped.append(id) }
        } else if !completed.contains(id) {
            completed.append(id)
            skipped.removeAll { $0 == id }
        }
        stepIndex += 1
        if stepIndex >= lesson.steps.count {
            finished = true
            stepIndex = lesson.steps.count - 1
        }
        return finished
    }

    /// Forgets steps from `index` on (going back, resetting).
    mutating func rewind(to index: Int, in lesson: Lesson) {
        stepIndex = max(0, min(index, lesson.steps.count - 1))
        let later = Set(lesson.steps[stepIndex...].map(\.id))
        completed.removeAll(where: later.contains)
        skipped.removeAll(where: later.contains)
        finished = false
    }
}
