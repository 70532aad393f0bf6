import Foundation
import KubeCluster

/// The languages quiz texts are written in.
public enum QuizLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case traditionalChinese = "zh-TW"

    /// The language for a `--lang` value or a `LANG`-style locale (`zh_TW.UTF-8`, `zh-Hant`); English otherwise.
    public static func from(_ text: String?) -> QuizLanguage {
        guard let lowered = text?.lowercased() else { return .english }
        if lowered.hasPrefix("zh") { return .traditionalChinese }
        return .english
    }
}

/// A text written in English and Traditional Chinese.
public struct LocalizedText: Equatable, Sendable {
    /// The English text.
    public var english: String
    /// The Traditional Chinese (zh-TW) text.
    public var chinese: String

    /// A text in both languages.
    public init(en english: String, zh chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    /// The text in `language`.
    public func text(_ language: QuizLanguage) -> String {
        language == .english ? english : chinese
    }
}

/// Where something was written: a bank file and a 1-based line (0 when unknown).
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    /// The file path as given to the loader.
    public var file: String
    /// The 1-based line, or 0 when unknown.
    public var line: Int

    /// A location in `file` at `line`.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or just the file when the line is unknown.
    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// The kinds of question the bank holds.
public enum QuestionKind: String, CaseIterable, Sendable {
    case single, multiple
    case trueFalse = "true-false"
    case ordering, short, command, manifest, task

    /// True for the kinds that need a cluster (they belong in exams, not quick interview rounds).
    public var isLiveTask: Bool { self == .task }
}

/// One question of the bank, with everything needed to ask, check and explain it.
public struct Question: Sendable {
    /// Unique id, e.g. `pods-smallest-unit`.
    public var id: String
    /// Topic tags; the first is the topic the score counts it under.
    public var topics: [String]
    /// 1 (basic) to 3 (hard).
    public var difficulty: Int
    /// The seed note the question comes from, e.g. `004`.
    public var seed: String
    /// The question text.
    public var prompt: LocalizedText
    /// Shown after the answer, right or wrong.
    public var explanation: LocalizedText
    /// Shown on `hint`.
    public var hint: LocalizedText?
    /// What the learner must give, by kind.
    public var body: QuestionBody
    /// Answers that must be judged wrong (checked by lint).
    public var wrongExamples: [String]
    /// Where the question is written.
    public var location: SourceLocation

    /// The question's kind.
    public var kind: QuestionKind { body.kind }
    /// The topic the question is scored under.
    public var primaryTopic: String { topics.first ?? "general" }
}

/// The answer a question expects, by kind.
public enum QuestionBody: Sendable {
    /// One or several correct choices (0-based indexes).
    case choice(choices: [LocalizedText], correct: [Int], multiple: Bool)
    /// A statement that is true or false.
    case trueFalse(Bool)
    /// Items shown in the listed order; `order` is the correct sequence of 1-based item numbers.
    case ordering(items: [LocalizedText], order: [Int])
    /// A short free-text answer.
    case short(ShortAnswerSpec)
    /// A kubectl command, compared by meaning.
    case command(CommandAnswerSpec)
    /// A YAML manifest, applied to a scratch cluster and checked by state.
    case manifest(ManifestAnswerSpec)
    /// Commands run in a prepared cluster, checked by state.
    case task(LiveTaskSpec)

    /// The question kind of this body.
    public var kind: QuestionKind {
        switch self {
        case .choice(_, _, let multiple): return multiple ? .multiple : .single
        case .trueFalse: return .trueFalse
        case .ordering: return .ordering
        case .short: return .short
        case .command: return .command
        case .manifest: return .manifest
        case .task: return .task
        }
    }
}

/// A short answer: accepted texts in any language; `contains` also accepts a longer sentence holding one.
public struct ShortAnswerSpec: Sendable {
    /// Accepted answers (English and zh-TW mixed); the first of each language is shown as the answer.
    public var accepted: [String]
    /// When true, an answer that contains an accepted text as whole words also passes.
    public var containsIsEnough: Bool
}

/// A kubectl command answer.
public struct CommandAnswerSpec: Sendable {
    /// Accepted commands; the first is shown as the model answer. Any command meaning the same as one passes.
    public var answers: [String]
    /// Commands that must be judged equivalent to the first answer (checked by lint).
    public var equivalents: [String]
    /// The namespace of the learner's current context for this question.
    public var namespace: String
    /// Why a part matters, by flag name (`previous`) or by `command`, `object`, `namespace`, `arguments`.
    public var notes: [String: LocalizedText]
}

/// A manifest answer: YAML applied to a scratch cluster, then checked.
public struct ManifestAnswerSpec: Sendable {
    /// YAML shown to the learner to complete or fix, if any.
    public var starter: String?
    /// Objects the scratch cluster has before the answer is applied.
    public var setup: String?
    /// A correct manifest (lint applies it and expects every check to pass).
    public var solution: String
    /// What must hold after applying.
    public var checks: [StateCheck]
    /// Simulated seconds to let the cluster run after applying, before checking.
    public var settleSeconds: Double
}

/// A live task: a prepared cluster, commands from the learner, checks on the resulting state.
public struct LiveTaskSpec: Sendable {
    /// Objects created before the learner starts.
    public var setup: String?
    /// The namespace of the learner's context.
    public var namespace: String
    /// What must hold when the learner says `check`.
    public var checks: [StateCheck]
    /// A command script that solves the task (lint runs it).
    public var solution: [String]
    /// Simulated seconds to let the cluster run before checking.
    public var settleSeconds: Double
}

extension Question {
    /// A correct answer typed the way a learner would (`b`, `a,c`, `2 1 3`, `true`, text, a command, or
    /// `apply <<EOF` with the solution); nil for live tasks, which are answered by commands and `check`.
    public var sampleCorrectAnswer: String? {
        switch body {
        case .choice(_, let correct, _):
            return correct.map { String(Character(Unicode.Scalar(UInt8(97 + max(0, min($0, 25)))))) }.joined(separator: ",")
        case .trueFalse(let truth): return truth ? "true" : "false"
        case .ordering(_, let order): return order.map(String.init).joined(separator: " ")
        case .short(let spec): return spec.accepted.first
        case .command(let spec): return spec.answers.first
        case .manifest(let spec):
            return "apply <<EOF\n" + spec.solution + (spec.solution.hasSuffix("\n") ? "" : "\n") + "EOF"
        case .task: return nil
        }
    }
}
