import Foundation
import KubeCluster

/// The verdict on one answer.
public struct AnswerVerdict: Sendable {
    /// Whether the answer was right, wrong, or could not be read as an answer to this kind of question.
    public enum Outcome: Equatable, Sendable {
        case correct, wrong
        /// The text is not an answer of the expected shape (`z` for a 3-choice question): ask again, no penalty.
        case unreadable
    }

    /// The outcome.
    public let outcome: Outcome
    /// What differs or what was found, one line each.
    public let feedback: [LocalizedText]

    static func correct(_ feedback: [LocalizedText] = []) -> AnswerVerdict { AnswerVerdict(outcome: .correct, feedback: feedback) }
    static func wrong(_ feedback: [LocalizedText] = []) -> AnswerVerdict { AnswerVerdict(outcome: .wrong, feedback: feedback) }
    static func unreadable(_ message: LocalizedText) -> AnswerVerdict { AnswerVerdict(outcome: .unreadable, feedback: [message]) }
}

/// Checks typed answers against questions of every kind except live tasks (see `LiveTaskRunner`).
public final class QuestionChecker {
    /// Synonyms for short answers.
    public let matcher: ShortAnswerMatcher
    /// Reads command and manifest answers; its files persist between answers.
    public let reader: LearnerLineReader
    /// Seed for scratch clusters.
    public let seed: UInt64

    /// A checker using `matcher` for short answers.
    public init(matcher: ShortAnswerMatcher, reader: LearnerLineReader = LearnerLineReader(), seed: UInt64 = 1) {
        self.matcher = matcher
        self.reader = reader
        self.seed = seed
    }

    /// The verdict on `answer` to `question`.
    public func check(_ question: Question, answer: String) -> AnswerVerdict {
        let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        switch question.body {
        case .choice(let choices, let correct, let multiple):
            guard let picked = ChoiceAnswerReader.choices(text, count: choices.count), multiple || picked.count == 1 else {
                return .unreadable(QuizText.answerWithLetters(choices.count, multiple: multiple))
            }
            return Set(picked) == Set(correct) ? .correct() : .wrong()
        case .trueFalse(let truth):
            guard let given = ChoiceAnswerReader.truth(text) else { return .unreadable(QuizText.answerTrueFalse) }
            return given == truth ? .correct() : .wrong()
        case .ordering(let items, let order):
            guard let given = ChoiceAnswerReader.ordering(text, count: items.count), given.count == items.count,
                  Set(given).count == items.count else {
                return .unreadable(QuizText.answerOrdering(items.count))
            }
            return given == order ? .correct() : .wrong()
        case .short(let spec):
            return matcher.matches(text, spec: spec) ? .correct() : .wrong()
        case .command(let spec):
            let verdict = CommandAnswerChecker.check(text, spec: spec, reader: reader)
            if verdict.passed { return .correct() }
            return .wrong(verdict.differences.map { difference in
                let note = spec.notes[difference.noteKey]
                return LocalizedText(en: difference.message(.english, note: note),
                                     zh: difference.message(.traditionalChinese, note: note))
            })
        case .manifest(let spec):
            return checkManifest(text, spec: spec)
        case .task:
            return .unreadable(QuizText.taskNeedsCheck)
        }
    }

    /// The YAML a manifest answer carries: `apply <<EOF`, `kubectl apply -f - <<EOF`, `cat … | kubectl apply -f -`,
    /// `kubectl apply -f FILE` for a file written earlier, or bare YAML.
    public func manifestText(in answer: String) -> String? {
        if answer.contains("apiVersion:") && !answer.contains("<<") && !answer.contains("apply") { return answer }
        for command in reader.commands(in: answer).commands.reversed() {
            let argv = command.argv
            if argv.first == "apply" { return command.stdin ?? argv.dropFirst().compactMap(reader.file).first }
            guard ["kubectl", "k"].contains(argv.first ?? ""), argv.contains("apply") || argv.contains("create") else { continue }
            let files = Self.fileArguments(argv)
            if files.contains("-") { return command.stdin }
            if let text = files.compactMap(reader.file).first { return text }
        }
        return nil
    }

    private static func fileArguments(_ argv: [String]) -> [String] {
        var files: [String] = []
        var index = 0
        while index < argv.count {
            let word = argv[index]
            if word == "-f" || word == "--filename", index + 1 < argv.count {
                files.append(argv[index + 1])
                index += 2
                continue
            }
            if word.hasPrefix("--filename=") { files.append(String(word.dropFirst(11))) }
            if word.hasPrefix("-f"), word.count > 2 { files.append(String(word.dropFirst(2)).replacingOccurrences(of: "=", with: "")) }
            index += 1
        }
        return files
    }

    /// Applies the answer's YAML to a scratch cluster (after the question's setup) and runs the checks.
    public func checkManifest(_ answer: String, spec: ManifestAnswerSpec) -> AnswerVerdict {
        guard let yaml = manifestText(in: answer) else { return .unreadable(QuizText.answerManifest) }
        let runner = LiveTaskRunner(setup: spec.setup, namespace: "default", checks: spec.checks,
                                    settleSeconds: spec.settleSeconds, seed: seed)
        if case .failure(let error) = ManifestApplier.apply(yaml, to: runner.cluster) {
            return .wrong([LocalizedText(en: "The manifest does not apply: \(error)", zh: "這份 manifest 無法套用：\(error)")])
        }
        let outcomes = runner.evaluate()
        let failed = outcomes.filter { !$0.passed }
        return failed.isEmpty ? .correct(outcomes.map(\.message)) : .wrong(failed.map(\.message))
    }
}
