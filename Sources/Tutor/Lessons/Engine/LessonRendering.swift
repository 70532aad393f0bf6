import Foundation

/// Turns lesson content and engine state into the text the learner reads.
struct LessonRenderer {
    let lesson: Lesson
    let language: LessonLanguage

    func text(_ localized: LessonText) -> String { localized.text(in: language) }

    /// `label text`, without a space after a full-width colon (`提示：…`).
    static func follow(_ label: String, _ text: String) -> String {
        label.hasSuffix("：") ? label + text : label + " " + text
    }

    /// The lesson's title block.
    func header() -> String {
        var lines = ["━━ \(text(lesson.title)) ━━"]
        let summary = text(lesson.summary)
        if !summary.isEmpty { lines.append(summary) }
        let minutes = language == .traditionalChinese ? "約 \(lesson.minutes) 分鐘" : "about \(lesson.minutes) min"
        let steps = language == .traditionalChinese ? "\(lesson.steps.count) 個步驟" : "\(lesson.steps.count) steps"
        let cluster = language == .traditionalChinese ? "叢集：\(lesson.profile.rawValue)" : "cluster: \(lesson.profile.rawValue)"
        lines.append("(\(steps) · \(minutes) · \(cluster))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A step's title, text, task and question.
    func intro(_ index: Int) -> String {
        guard lesson.steps.indices.contains(index) else { return "" }
        let step = lesson.steps[index]
        var out = "\n── \(index + 1)/\(lesson.steps.count) · \(text(step.title)) ──\n"
        let body = text(step.text).trimmingCharacters(in: .newlines)
        if !body.isEmpty { out += body + "\n" }
        out += "\n" + text(LessonTexts.task) + "\n" + text(step.task).trimmingCharacters(in: .newlines) + "\n"
        if let question = step.question {
            out += LessonRenderer.follow(text(LessonTexts.question), text(question.ask).trimmingCharacters(in: .newlines)) + " "
                + text(LessonTexts.answerHow) + "\n"
        }
        out += text(LessonTexts.commandsFooter) + "\n"
        return out
    }

    /// The message when a step completes: the check mark and the explanation.
    func done(_ index: Int) -> String {
        guard lesson.steps.indices.contains(index) else { return "" }
        let explanation = text(lesson.steps[index].explanation).trimmingCharacters(in: .newlines)
        return "\n" + text(LessonTexts.stepDone(index + 1)) + (explanation.isEmpty ? "" : " " + explanation) + "\n"
    }

    /// The result of `check`: each check with ✓ or ✗ and what is missing.
    func report(_ outcomes: [StepCheckOutcome]) -> String {
        if outcomes.allSatisfy(\.holds) { return text(LessonTexts.allHold) + "\n" }
        var out = ""
        for outcome in outcomes {
            out += (outcome.holds ? "  ✓ " : "  ✗ ") + text(outcome.label) + "\n"
            if let problem = outcome.problem, !outcome.holds { out += "      → " + text(problem) + "\n" }
        }
        return out
    }

    /// The `progress` listing.
    func progress(_ state: LessonRunState) -> String {
        var out = text(LessonTexts.progressHeader) + " " + text(lesson.title) + "\n"
        for (index, step) in lesson.steps.enumerated() {
            let mark: String
            if state.completed.contains(step.id) { mark = "✓" } else if state.skipped.contains(step.id) { mark = "↷" }
            else if index == state.stepIndex && !state.finished { mark = "▶" } else { mark = "·" }
            out += "  \(mark) \(index + 1). \(text(step.title))\n"
        }
        out += text(LessonTexts.progressStats(hints: state.hintsUsed, mistakes: state.mistakesMet.count)) + "\n"
        return out
    }

    /// The summary at the end of the lesson: time, hints, mistakes and what to do next.
    func summary(_ state: LessonRunState, wallMinutes: Int?, simulatedMinutes: Int, catalog: [Lesson], finishedIDs: Set<String>) -> String {
        var out = "\n" + text(LessonTexts.lessonComplete) + " " + text(lesson.title) + "\n"
        out += "  " + text(LessonTexts.timeLine(minutes: wallMinutes, simulatedMinutes: simulatedMinutes)) + "\n"
        out += "  " + text(LessonTexts.summaryLine(hints: state.hintsUsed, mistakes: state.mistakesMet.count, skipped: state.skipped.count,
                                                   solutions: state.solutionsViewed.count)) + "\n"
        let messages = state.mistakesMet.compactMap { key in lesson.mistake(forKey: key) }
        if !messages.isEmpty {
            out += text(LessonTexts.mistakesMetHeader) + "\n"
            for message in messages { out += "  • " + text(message).trimmingCharacters(in: .newlines) + "\n" }
        }
        out += text(LessonTexts.nextHeader) + "\n"
        if let next = lesson.next { out += "  " + text(next).trimmingCharacters(in: .newlines) + "\n" }
        let candidates = catalog.filter { $0.id != lesson.id && !finishedIDs.contains($0.id) }
        let following = candidates.filter { $0.prerequisites.contains(lesson.id) } + candidates.filter { !$0.prerequisites.contains(lesson.id) }
        if let suggestion = following.first {
            out += LessonTexts.nextLesson(suggestion.id, text(suggestion.title)) + "\n"
        } else if lesson.next == nil {
            out += "  " + text(LessonTexts.lessonsDone) + "\n"
        }
        out += text(LessonTexts.nextSandbox) + "\n"
        return out
    }
}

extension Lesson {
    /// The message of the known mistake saved under `key`.
    func mistake(forKey key: String) -> LessonText? {
        for step in steps {
            for mistake in step.mistakes where mistake.key == key { return mistake.message }
        }
        return nil
    }
}

extension KnownMistake {
    /// How a met mistake is saved in progress.
    var key: String { "\(location.line):\(message.text(in: .english).prefix(40))" }
}
