import Foundation
import Yams

/// The question bank: every question of `lessons/quiz/*.yaml`, the synonyms short answers use, and the
/// problems found while reading.
public struct QuizBank: Sendable {
    /// The questions, in file order (files sorted by name).
    public var questions: [Question]
    /// The short-answer matcher with the bank's synonyms.
    public var matcher: ShortAnswerMatcher
    /// Problems found while reading the files (lint reports them).
    public var problems: [LintProblem]

    /// The file holding synonym groups, in the bank folder.
    public static let synonymsFile = "synonyms.yaml"

    /// Reads every `*.yaml` file of `directory`.
    public static func load(directory: URL) -> QuizBank {
        load(QuizBankSource.read(directory: directory))
    }

    /// Reads the bank from files already read from its folder (problems reading them come first).
    public static func load(_ source: QuizBankSource) -> QuizBank {
        var bank = load(files: source.files)
        bank.problems = source.problems + bank.problems
        return bank
    }

    /// Reads bank files given as (path, text); a file named `synonyms.yaml` holds synonym groups.
    public static func load(files: [(path: String, text: String)]) -> QuizBank {
        var questions: [Question] = []
        var problems: [LintProblem] = []
        var synonyms: [[String]] = []
        for file in files {
            let root: Node?
            do {
                // No tag resolution (`.basic`): questions are read as text, and resolving every key's tag with
                // regular expressions (Yams' duplicate-key check, each field lookup) was most of the bank's load time.
                root = try Yams.compose(yaml: file.text, .basic)
            } catch {
                problems.append(LintProblem(SourceLocation(file: file.path, line: yamlErrorLine(error)), "not valid YAML: \(error)"))
                continue
            }
            guard let root else { continue }
            if (file.path as NSString).lastPathComponent == synonymsFile {
                synonyms += readSynonyms(root, file: file.path, problems: &problems)
                continue
            }
            questions += readQuestions(root, file: file.path, problems: &problems)
        }
        problems += duplicateIDs(questions)
        return QuizBank(questions: questions, matcher: ShortAnswerMatcher(synonymGroups: synonyms), problems: problems)
    }

    /// The question written at `line` of bank file `file` (`text`), for showing it: read without its state
    /// checks (nor its seed, location or the file's other questions), from its own lines — up to `nextLine`, where
    /// the file's next question starts — when they read alone, else from the whole file. Nil when no question
    /// starts at that line.
    static func questionForShowing(atLine line: Int, nextLine: Int?, file: String, text: String) -> Question? {
        var problems: [LintProblem] = []
        if let lines = linesOf(text, from: line, to: nextLine), let root = try? Yams.compose(yaml: lines, .basic),
           let node = root.sequence?.first ?? root.mapping.map({ _ in root }),
           let question = QuestionParser.parse(node, file: file, defaultSeed: "", problems: &problems, readingChecks: false) {
            return question
        }
        guard let root = try? Yams.compose(yaml: text, .basic), let list = root["questions"]?.sequence,
              let node = list.first(where: { $0.mark?.line == line }) else { return nil }
        return QuestionParser.parse(node, file: file, defaultSeed: root["seed"]?.scalar?.string, problems: &problems,
                                    readingChecks: false)
    }

    /// Lines `first` up to (not including) `end` of `text` (1-based; nil `end`: to the end), or nil when `text`
    /// has no line `first`.
    static func linesOf(_ text: String, from first: Int, to end: Int?) -> String? {
        let bytes = Array(text.utf8)
        var line = 1
        var start: Int?
        var stop = bytes.count
        if first == 1 { start = 0 }
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            if line == first { start = offset + 1 }
            if let end, line == end {
                stop = offset + 1
                break
            }
        }
        guard let start, start <= stop else { return nil }
        return String(decoding: bytes[start..<stop], as: UTF8.self)
    }

    /// The question with this id.
    public func question(id: String) -> Question? { questions.first { $0.id == id } }

    /// Every topic, in order of first appearance.
    public var topics: [String] {
        var seen: [String] = []
        for topic in questions.flatMap(\.topics) where !seen.contains(topic) { seen.append(topic) }
        return seen
    }

    private static func readQuestions(_ root: Node, file: String, problems: inout [LintProblem]) -> [Question] {
        guard let list = root["questions"]?.sequence else {
            problems.append(LintProblem(SourceLocation(file: file, line: root.mark?.line ?? 1), "the file needs a `questions:` list"))
            return []
        }
        let defaultSeed = root["seed"]?.scalar?.string
        return list.compactMap { QuestionParser.parse($0, file: file, defaultSeed: defaultSeed, problems: &problems) }
    }

    private static func readSynonyms(_ root: Node, file: String, problems: inout [LintProblem]) -> [[String]] {
        guard let groups = root["synonyms"]?.sequence else {
            problems.append(LintProblem(SourceLocation(file: file, line: 1), "the file needs a `synonyms:` list of lists"))
            return []
        }
        return groups.compactMap { group in
            let words = group.sequence?.compactMap { $0.scalar?.string } ?? []
            if words.count < 2 {
                problems.append(LintProblem(SourceLocation(file: file, line: group.mark?.line ?? 0),
                                            "a synonym group needs at least two words"))
                return nil
            }
            return words
        }
    }

    private static func duplicateIDs(_ questions: [Question]) -> [LintProblem] {
        var seen: [String: SourceLocation] = [:]
        var problems: [LintProblem] = []
        for question in questions {
            if let first = seen[question.id] {
                problems.append(LintProblem(question.location, "duplicate id (first used at \(first))", questionID: question.id))
            } else {
                seen[question.id] = question.location
            }
        }
        return problems
    }

    private static func yamlErrorLine(_ error: Error) -> Int {
        if case YamlError.scanner(_, _, let mark, _)? = error as? YamlError { return mark.line }
        if case YamlError.parser(_, _, let mark, _)? = error as? YamlError { return mark.line }
        return 0
    }
}
