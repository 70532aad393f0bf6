import Foundation

/// Turns questions, verdicts and scores into the text the learner reads.
struct QuizRendering {
    let language: QuizLanguage

    func text(_ localized: LocalizedText) -> String { localized.text(language) }

    /// The question with its heading, choices and the way to answer.
    func question(_ question: Question, number: Int, total: Int) -> String {
        var lines = [text(QuizText.heading(number, of: total, topic: question.topics.joined(separator: ", "),
                                           difficulty: question.difficulty)),
                     text(question.prompt)]
        switch question.body {
        case .choice(let choices, _, let multiple):
            lines += choices.enumerated().map { "  \(letter($0.offset))) \(text($0.element))" }
            lines.append(text(QuizText.answerWithLetters(choices.count, multiple: multiple)))
        case .trueFalse:
            lines.append(text(QuizText.answerTrueFalse))
        case .ordering(let items, _):
            lines += items.enumerated().map { "  \($0.offset + 1). \(text($0.element))" }
            lines.append(text(QuizText.answerOrdering(items.count)))
        case .short:
            lines.append(text(QuizText.answerShort))
        case .command(let spec):
            if spec.namespace != "default" {
                lines.append(language == .english ? "(Your context's namespace is \(spec.namespace).)"
                                                  : "（目前 context 的 namespace 是 \(spec.namespace)。）")
            }
            lines.append(text(QuizText.answerCommand))
        case .manifest(let spec):
            if let starter = spec.starter { lines.append(indent(starter)) }
            lines.append(text(QuizText.answerManifest))
        case .task:
            lines.append(text(QuizText.taskInstructions))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The verdict, what differed, the model answer (when wrong) and the explanation.
    func verdict(_ question: Question, outcome: AnswerVerdict.Outcome?, feedback: [LocalizedText]) -> String {
        var lines: [String] = []
        switch outcome {
        case .correct?: lines.append(text(QuizText.correct))
        case .wrong?: lines.append(text(QuizText.wrong))
        default: lines.append(text(QuizText.skipped))
        }
        lines += feedback.map { "  - " + text($0) }
        if outcome != .correct {
            let answer = modelAnswer(question)
            let label = text(QuizText.modelAnswer)
            lines.append((answer.hasPrefix("\n") ? label.trimmingCharacters(in: .whitespaces) : label) + answer)
        }
        lines.append(text(QuizText.why) + text(question.explanation))
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// The question's own hint, else one derived from its answer (how a command starts, how many
    /// choices are right, the first step); nil when nothing useful can be said.
    func hint(_ question: Question) -> String? {
        if let hint = question.hint { return text(hint) }
        switch question.body {
        case .command(let spec):
            return commandStart(spec.answers.first).map { language == .english ? "It starts with `\($0)`." : "指令開頭是 `\($0)`。" }
        case .task(let spec):
            return spec.solution.lazy.compactMap(commandStart).first.map {
                language == .english ? "One way starts with `\($0)`." : "其中一種做法從 `\($0)` 開始。"
            }
        case .choice(_, let correct, true):
            return language == .english ? "\(correct.count) choices are right." : "有 \(correct.count) 個選項是對的。"
        case .ordering(let items, let order):
            guard let first = order.first, items.indices.contains(first - 1) else { return nil }
            return (language == .english ? "The first one is: " : "第一個是：") + text(items[first - 1])
        case .short(let spec):
            guard let first = spec.accepted.first?.first else { return nil }
            return language == .english ? "It starts with “\(first)”." : "答案開頭是「\(first)」。"
        case .manifest(let spec):
            let kind = spec.solution.split(separator: "\n").first { $0.hasPrefix("kind:") }
            return kind.map { language == .english ? "The object is `\($0)`." : "物件是 `\($0)`。" }
        default:
            return nil
        }
    }

    /// `kubectl logs` for `kubectl logs web-1 --previous`.
    private func commandStart(_ command: String?) -> String? {
        guard let command, case .success(let invocation) = CommandAnswerChecker.invocation(of: command) else { return nil }
        return (["kubectl"] + invocation.commandPath).joined(separator: " ")
    }

    /// The expected answer, as text.
    func modelAnswer(_ question: Question) -> String {
        switch question.body {
        case .choice(let choices, let correct, _):
            return correct.map { "\(letter($0))) \(choices.indices.contains($0) ? text(choices[$0]) : "")" }
                .joined(separator: "; ")
        case .trueFalse(let truth):
            return language == .english ? (truth ? "true" : "false") : (truth ? "對（true）" : "錯（false）")
        case .ordering(let items, let order):
            let steps = order.compactMap { items.indices.contains($0 - 1) ? text(items[$0 - 1]) : nil }
            return order.map(String.init).joined(separator: " ") + " — " + steps.joined(separator: " → ")
        case .short(let spec):
            let chinese = spec.accepted.first { $0.unicodeScalars.contains { $0.value >= 0x2E80 } }
            return (language == .traditionalChinese ? chinese : nil) ?? spec.accepted.first ?? ""
        case .command(let spec):
            return spec.answers.first ?? ""
        case .manifest(let spec):
            return "\n" + indent(spec.solution)
        case .task(let spec):
            return "\n" + spec.solution.map { "  $ " + $0 }.joined(separator: "\n")
        }
    }

    /// Per-topic scores of a round with bars, the total, and the missed questions.
    func summary(_ results: [RoundResult], comingBack: Int) -> String {
        var lines = ["", text(QuizText.scoreByTopic)]
        var topics: [String] = []
        for result in results where !topics.contains(result.topic) { topics.append(result.topic) }
        let width = max(12, (topics.map(\.count).max() ?? 0) + 2)
        for topic in topics.sorted() {
            let inTopic = results.filter { $0.topic == topic }
            lines.append(scoreLine(topic, correct: inTopic.filter(\.correct).count, total: inTopic.count, width: width))
        }
        let right = results.filter(\.correct).count
        lines.append(scoreLine(text(QuizText.total), correct: right, total: results.count, width: width))
        let missed = results.filter { !$0.correct }
        if !missed.isEmpty {
            lines.append(text(QuizText.missed))
            lines += missed.map { "  - \($0.id): \(firstLine(text($0.prompt)))" }
        }
        if comingBack > 0 { lines.append(text(QuizText.comeBack(comingBack))) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The all-time progress by topic.
    func progress(_ progress: QuizProgress) -> String {
        let scores = progress.topicScores
        guard !scores.isEmpty else { return text(QuizText.progressEmpty) + "\n" }
        let width = max(12, (scores.map(\.topic.count).max() ?? 0) + 2)
        var lines = [text(QuizText.progressTitle)]
        lines += scores.map { scoreLine($0.topic, correct: $0.correct, total: $0.attempts, width: width) }
        let due = progress.dueQuestionIDs.count
        if due > 0 { lines.append(text(QuizText.dueCount(due))) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `pods          ████████░░   4/5   80%`.
    func scoreLine(_ label: String, correct: Int, total: Int, width: Int) -> String {
        let fraction = total > 0 ? Double(correct) / Double(total) : 0
        let filled = Int((fraction * 10).rounded())
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
        let padded = label + String(repeating: " ", count: max(1, width - Self.displayWidth(label)))
        let count = "\(correct)/\(total)"
        let percent = "\(Int((fraction * 100).rounded()))%"
        return "  " + padded + bar + " " + String(repeating: " ", count: max(0, 7 - count.count)) + count
            + String(repeating: " ", count: max(1, 6 - percent.count)) + percent
    }

    /// Columns a text takes in a terminal: East Asian wide characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let wide = (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFF00...0xFF60).contains(scalar.value) || (0xFFE0...0xFFE6).contains(scalar.value)
            return width + (wide ? 2 : 1)
        }
    }

    func letter(_ index: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(97 + max(0, min(index, 25))))))
    }

    private func indent(_ block: String) -> String {
        block.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }

    private func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? "")
    }
}

/// The result of one question in a round.
struct RoundResult {
    let id: String
    let topic: String
    let prompt: LocalizedText
    let correct: Bool
}
