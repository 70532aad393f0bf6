import Foundation
import Yams

/// Reads one question mapping of a bank file into a `Question`, reporting problems with file:line.
struct QuestionParser {
    /// The kinds' YAML names.
    static let kindNames = QuestionKind.allCases.map(\.rawValue)

    /// The question, or nil when it is too broken to ask; problems go to `problems`. Without `readingChecks` the
    /// state checks of manifest and task questions are left out (all that showing the question needs; reading
    /// them builds kubectl's resource catalog).
    static func parse(_ node: Node, file: String, defaultSeed: String?, problems: inout [LintProblem],
                      readingChecks: Bool = true) -> Question? {
        var reader = BankYAMLReader(node: node, file: file)
        guard node.mapping != nil else {
            problems.append(LintProblem(reader.location, "a question must be a mapping of fields"))
            return nil
        }
        let id = reader.string("id") ?? ""
        reader.questionID = id.isEmpty ? nil : id
        let topics = reader.strings("topics", required: true)
        if topics.isEmpty && reader.has("topics") { reader.problem("`topics` needs at least one topic", at: "topics") }
        let difficulty = reader.int("difficulty", required: true) ?? 1
        if !(1...3).contains(difficulty) { reader.problem("`difficulty` must be 1, 2 or 3", at: "difficulty") }
        let seed = reader.string("seed", required: defaultSeed == nil) ?? defaultSeed ?? ""
        let kindName = reader.string("kind") ?? ""
        let prompt = reader.localized("prompt")
        let explanation = reader.localized("explanation")
        let hint = reader.localized("hint", required: false)
        let wrong = reader.strings("wrong")
        var body: QuestionBody?
        if let kind = QuestionKind(rawValue: kindName) {
            body = QuestionBodyParser(readsChecks: readingChecks).parse(kind, into: &reader)
        } else if !kindName.isEmpty {
            reader.problem("unknown kind `\(kindName)`; use one of \(kindNames.joined(separator: ", "))", at: "kind")
        }
        problems += reader.problems
        guard !id.isEmpty, let prompt, let explanation, let body, !topics.isEmpty else { return nil }
        return Question(id: id, topics: topics, difficulty: difficulty, seed: seed, prompt: prompt,
                        explanation: explanation, hint: hint, body: body, wrongExamples: wrong,
                        location: reader.location)
    }
}

/// Reads the kind-specific fields of a question.
private struct QuestionBodyParser {
    /// Whether the state checks of manifest and task questions are read.
    let readsChecks: Bool

    func parse(_ kind: QuestionKind, into reader: inout BankYAMLReader) -> QuestionBody? {
        switch kind {
        case .single, .multiple: return choice(multiple: kind == .multiple, &reader)
        case .trueFalse:
            guard let text = reader.string("answer") else { return nil }
            guard let truth = ChoiceAnswerReader.truth(text) else {
                reader.problem("`answer` of a true-false question must be true or false", at: "answer")
                return nil
            }
            return .trueFalse(truth)
        case .ordering: return ordering(&reader)
        case .short:
            let accepted = reader.strings("accept", required: true)
            let contains = reader.string("contains", required: false).flatMap(ChoiceAnswerReader.truth) ?? false
            return accepted.isEmpty ? nil : .short(ShortAnswerSpec(accepted: accepted, containsIsEnough: contains))
        case .command: return command(&reader)
        case .manifest: return manifest(&reader)
        case .task: return task(&reader)
        }
    }

    private func choice(multiple: Bool, _ reader: inout BankYAMLReader) -> QuestionBody? {
        let choices = reader.localizedList("choices")
        let answer = reader.strings("answer", required: true).joined(separator: ",")
        guard choices.count >= 2 else {
            reader.problem("a choice question needs at least two choices", at: "choices")
            return nil
        }
        guard let correct = ChoiceAnswerReader.choices(answer, count: choices.count), !correct.isEmpty else {
            reader.problem("`answer` must name choices by letter (a, b, …)", at: "answer")
            return nil
        }
        if !multiple && correct.count != 1 {
            reader.problem("a single-choice question has exactly one answer", at: "answer")
        }
        return .choice(choices: choices, correct: Array(Set(correct)).sorted(), multiple: multiple)
    }

    private func ordering(_ reader: inout BankYAMLReader) -> QuestionBody? {
        let items = reader.localizedList("items")
        let answer = reader.strings("answer", required: true).joined(separator: " ")
        guard items.count >= 2, let order = ChoiceAnswerReader.ordering(answer, count: items.count) else {
            reader.problem("`answer` must list every item number in the right order", at: "answer")
            return nil
        }
        if order.sorted() != Array(1...items.count) {
            reader.problem("`answer` must use each item number exactly once", at: "answer")
            return nil
        }
        if order == Array(1...items.count) {
            reader.problem("the items are already listed in the right order; shuffle them", at: "items")
        }
        return .ordering(items: items, order: order)
    }

    private func command(_ reader: inout BankYAMLReader) -> QuestionBody? {
        let answers = reader.strings("answer", required: true)
        guard !answers.isEmpty else { return nil }
        var notes: [String: LocalizedText] = [:]
        if let mapping = reader.node["notes"]?.mapping {
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if let text = reader.localized(value, name: "notes.\(name)") { notes[name] = text }
            }
        }
        return .command(CommandAnswerSpec(answers: answers, equivalents: reader.strings("equivalent"),
                                          namespace: reader.string("namespace", required: false) ?? "default",
                                          notes: notes))
    }

    private func manifest(_ reader: inout BankYAMLReader) -> QuestionBody? {
        guard let solution = reader.string("solution") else { return nil }
        let checks = readsChecks ? StateCheckParser.parseList(&reader) : []
        return .manifest(ManifestAnswerSpec(starter: reader.string("starter", required: false),
                                            setup: reader.string("setup", required: false), solution: solution,
                                            checks: checks, settleSeconds: reader.double("settle") ?? 30))
    }

    private func task(_ reader: inout BankYAMLReader) -> QuestionBody? {
        let solution = reader.strings("solution", required: true)
        let checks = readsChecks ? StateCheckParser.parseList(&reader) : []
        return .task(LiveTaskSpec(setup: reader.string("setup", required: false),
                                  namespace: reader.string("namespace", required: false) ?? "default",
                                  checks: checks, solution: solution, settleSeconds: reader.double("settle") ?? 30))
    }
}

/// Reads the `checks:` list: `exists`, `absent`, `field`+`path`+`equals`, `ready`+`replicas`,
/// `service`+`type`/`port`/`targetPort`/`nodePort`, `podsReady`+`count`, `endpoints`+`count`; each may add
/// `namespace`.
enum StateCheckParser {
    static func parseList(_ reader: inout BankYAMLReader) -> [StateCheck] {
        guard let items = reader.node["checks"]?.sequence, !items.isEmpty else {
            reader.problem("`checks` must list at least one check", at: reader.has("checks") ? "checks" : nil)
            return []
        }
        var checks: [StateCheck] = []
        for item in items {
            var child = reader.child(item)
            if let check = parse(&child) { checks.append(check) }
            reader.problems += child.problems
        }
        return checks
    }

    static func parse(_ reader: inout BankYAMLReader) -> StateCheck? {
        let namespace = reader.string("namespace", required: false)
        func reference(_ key: String) -> ObjectLocator? {
            guard let text = reader.string(key) else { return nil }
            guard let found = ObjectLocator(text, namespace: namespace) else {
                reader.problem("`\(text)` is not TYPE/NAME with a type kubectl knows", at: key)
                return nil
            }
            return found
        }
        if reader.has("exists") { return reference("exists").map(StateCheck.exists) }
        if reader.has("absent") { return reference("absent").map(StateCheck.absent) }
        if reader.has("field") {
            guard let object = reference("field"), let pathText = reader.string("path"),
                  let expected = reader.string("equals") else { return nil }
            do {
                return .field(object, path: try FieldPath(parsing: pathText), equals: expected)
            } catch {
                reader.problem("bad path: \(error)", at: "path")
                return nil
            }
        }
        if reader.has("ready") {
            guard let object = reference("ready"), let count = reader.int("replicas", required: true) else { return nil }
            return .readyReplicas(object, count: count)
        }
        if reader.has("service") {
            guard let object = reference("service") else { return nil }
            return .service(object, type: reader.string("type", required: false), port: reader.int("port"),
                            targetPort: reader.string("targetPort", required: false), nodePort: reader.int("nodePort"))
        }
        if reader.has("podsReady") {
            guard let selector = reader.string("podsReady"), let count = reader.int("count", required: true) else { return nil }
            return .podsReady(selector: selector, namespace: namespace, count: count)
        }
        if reader.has("endpoints") {
            guard let object = reference("endpoints"), let count = reader.int("count", required: true) else { return nil }
            return .endpoints(object, count: count)
        }
        reader.problem("unknown check; use exists, absent, field, ready, service, podsReady or endpoints")
        return nil
    }
}
