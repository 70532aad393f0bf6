import Foundation
import KubeCluster
import Yams

/// Reads one lesson file (YAML) into a `Lesson`, collecting every problem with its line.
public enum LessonReader {
    /// The lesson in `text` (from `file`), or nil with the issues that prevent it; warnings come with a lesson too.
    public static func read(_ text: String, file: String) -> (lesson: Lesson?, issues: [LessonIssue]) {
        let reader = LessonFileReader(file: file)
        let root: YAMLNode?
        do {
            // No tag resolution (`.basic`): the reader takes every scalar as text itself, and Yams' duplicate-key
            // check resolves the tag of every key with regular expressions otherwise — most of the time spent
            // reading a lesson (issue #9). Keys with the same text are still duplicates under either resolver.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return (nil, [LessonIssue(LessonFileLocation(file: file, line: yamlErrorLine(error)), "YAML: \(yamlErrorText(error))")])
        } catch {
            return (nil, [LessonIssue(LessonFileLocation(file: file, line: 0), "YAML: \(error)")])
        }
        guard let root else { return (nil, [LessonIssue(LessonFileLocation(file: file, line: 0), "the file is empty")]) }
        let lesson = LessonFields(reader: reader).lesson(root)
        let hasErrors = reader.issues.contains { $0.severity == .error }
        let issues = reader.issues.enumerated().sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
        return (hasErrors ? nil : lesson, issues.map(\.element))
    }

    private static func yamlErrorLine(_ error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 0
        }
    }

    private static func yamlErrorText(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        default:
            return "\(error)"
        }
    }
}

/// The field-by-field reading behind `LessonReader`.
struct LessonFields {
    let reader: LessonFileReader

    static let lessonKeys = ["id", "order", "title", "summary", "topics", "prerequisites", "minutes", "profile", "workers",
                             "clusterAge", "namespace", "setup", "steps", "next"]
    static let stepKeys = ["id", "title", "text", "task", "checks", "hints", "solution", "explanation", "mistakes", "question",
                           "onStart", "alternatives"]

    func lesson(_ root: YAMLNode) -> Lesson? {
        guard let entries = reader.mapping(root, "the lesson", allowed: LessonFields.lessonKeys) else { return nil }
        let field = { (key: String) in reader.value(entries, key) }
        let id = reader.requiredString(field("id"), "id", in: root) ?? ""
        if !id.isEmpty, id.range(of: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", options: .regularExpression) == nil {
            reader.error("id \"\(id)\" should be lowercase words joined by dashes", at: field("id"))
        }
        let title = reader.requiredLocalized(field("title"), "title", in: root) ?? .empty
        var profile = ClusterProfile.minikube
        if let text = reader.string(field("profile"), "profile") {
            if let parsed = ClusterProfile(rawValue: text) { profile = parsed } else {
                reader.error("profile is one of \(ClusterProfile.allCases.map(\.rawValue).joined(separator: ", "))", at: field("profile"))
            }
        }
        let namespace = reader.string(field("namespace"), "namespace") ?? "default"
        let checks = CheckReader(reader: reader, namespace: namespace)
        var lesson = Lesson(id: id, title: title, location: reader.location(root))
        lesson.order = reader.int(field("order"), "order") ?? 1000
        lesson.summary = reader.localized(field("summary"), "summary") ?? .empty
        lesson.topics = reader.strings(field("topics"), "topics") ?? []
        lesson.prerequisites = reader.strings(field("prerequisites"), "prerequisites") ?? []
        lesson.minutes = reader.int(field("minutes"), "minutes") ?? 10
        lesson.profile = profile
        lesson.workers = reader.int(field("workers"), "workers")
        lesson.clusterAge = reader.duration(field("clusterAge"), "clusterAge") ?? 600
        lesson.namespace = namespace
        lesson.next = reader.localized(field("next"), "next")
        if let setupNode = field("setup") { lesson.setup = setup(setupNode) }
        let stepNodes = reader.sequence(field("steps"), "steps") ?? []
        if stepNodes.isEmpty { reader.error("a lesson needs steps", at: field("steps") ?? root) }
        lesson.steps = stepNodes.compactMap { step($0, checks: checks) }
        var seen: Set<String> = []
        for (index, step) in lesson.steps.enumerated() where !seen.insert(step.id).inserted {
            reader.error("step id \"\(step.id)\" is used twice", at: stepNodes.indices.contains(index) ? stepNodes[index] : root)
        }
        return lesson
    }

    // MARK: - Setup

    func setup(_ node: YAMLNode) -> LessonSetup {
        var setup = LessonSetup()
        guard let entries = reader.mapping(node, "setup", allowed: ["images", "objects", "commands", "wait", "files", "events"]) else {
            return setup
        }
        for imageNode in reader.sequence(reader.value(entries, "images"), "images") ?? [] {
            if let image = image(imageNode) { setup.images.append(image) }
        }
        if let objects = reader.value(entries, "objects") { setup.manifests = manifests(objects) }
        setup.commands = reader.strings(reader.value(entries, "commands"), "commands") ?? []
        setup.wait = reader.duration(reader.value(entries, "wait"), "wait") ?? 0
        if let filesNode = reader.value(entries, "files"), let files = reader.mapping(filesNode, "files") {
            for entry in files {
                if entry.key.contains("/") || entry.key.hasPrefix(".") {
                    reader.error("file names are plain names in the working directory", at: entry.keyNode)
                }
                if let content = reader.string(entry.value, "file \(entry.key)") {
                    setup.files.append(SetupFile(name: entry.key, content: content, location: reader.location(entry.keyNode)))
                }
            }
        }
        setup.events = events(reader.value(entries, "events"), "setup: events")
        return setup
    }

    func image(_ node: YAMLNode) -> SetupImage? {
        let entries = reader.mapping(node, "an image", allowed: ["name", "like", "tags", "response", "logs"])
        guard let name = reader.requiredString(reader.value(entries, "name"), "image name", in: node),
              let like = reader.requiredString(reader.value(entries, "like"), "image like (a known image to copy)", in: node) else {
            return nil
        }
        let tags = reader.strings(reader.value(entries, "tags"), "tags") ?? ["latest"]
        return SetupImage(name: name, like: like, tags: tags, response: reader.string(reader.value(entries, "response"), "response"),
                          logLines: reader.strings(reader.value(entries, "logs"), "logs"), location: reader.location(node))
    }

    /// The documents of a `objects: |` block, each with the line it starts on.
    func manifests(_ node: YAMLNode) -> [SetupManifest] {
        guard let text = reader.string(node, "objects") else { return [] }
        let firstLine = reader.contentLine(node)
        var manifests: [SetupManifest] = []
        var documentLines: [Int] = [firstLine]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("---") {
            documentLines.append(firstLine + offset + 1)
        }
        do {
            let documents = try JSONValue.parseYAMLDocuments(text)
            for (index, document) in documents.enumerated() {
                let line = index < documentLines.count ? documentLines[index] : firstLine
                manifests.append(SetupManifest(object: document, location: LessonFileLocation(file: reader.file, line: line)))
            }
        } catch let error as YAMLTextError {
            let line = error.documentIndex < documentLines.count ? documentLines[error.documentIndex] : firstLine
            reader.error("objects: \(error.message)", at: LessonFileLocation(file: reader.file, line: line + max(0, (error.line ?? 1) - 1)))
        } catch {
            reader.error("objects: \(error)", at: node)
        }
        for manifest in manifests { SetupBuilder.validate(manifest, reader: reader) }
        return manifests
    }

    func events(_ node: YAMLNode?, _ what: String) -> [ClusterEvent] {
        (reader.sequence(node, what) ?? []).compactMap { item in
            guard let entries = reader.mapping(item, "an event", allowed: ["nodeDown", "nodeUp", "wait"]), entries.count == 1,
                  let entry = entries.first else {
                reader.error("\(what): each item is one of nodeDown: NODE, nodeUp: NODE, wait: DURATION", at: item)
                return nil
            }
            switch entry.key {
            case "nodeDown": return reader.string(entry.value, "nodeDown").map(ClusterEvent.nodeDown)
            case "nodeUp": return reader.string(entry.value, "nodeUp").map(ClusterEvent.nodeUp)
            default: return reader.duration(entry.value, "wait").map(ClusterEvent.wait)
            }
        }
    }

    // MARK: - Steps

    func step(_ node: YAMLNode, checks: CheckReader) -> LessonStep? {
        guard let entries = reader.mapping(node, "a step", allowed: LessonFields.stepKeys) else { return nil }
        let field = { (key: String) in reader.value(entries, key) }
        guard let id = reader.requiredString(field("id"), "step id", in: node) else { return nil }
        var step = LessonStep(id: id, title: reader.requiredLocalized(field("title"), "step \(id): title", in: node) ?? .empty,
                              location: reader.location(node))
        step.text = reader.requiredLocalized(field("text"), "step \(id): text", in: node) ?? .empty
        step.task = reader.requiredLocalized(field("task"), "step \(id): task", in: node) ?? .empty
        step.checks = checks.checks(field("checks"), "step \(id): checks")
        if step.checks.isEmpty, field("question") == nil { reader.error("step \(id) needs checks (or a question)", at: node) }
        step.hints = (reader.sequence(field("hints"), "hints") ?? []).compactMap { reader.localized($0, "step \(id): hint") }
        if step.hints.isEmpty { reader.error("step \(id) needs at least one hint", at: node) }
        step.solution = reader.strings(field("solution"), "solution") ?? []
        if step.solution.isEmpty { reader.error("step \(id) needs a reference solution (the commands)", at: node) }
        step.explanation = reader.requiredLocalized(field("explanation"), "step \(id): explanation", in: node) ?? .empty
        step.mistakes = (reader.sequence(field("mistakes"), "mistakes") ?? []).compactMap { mistake($0, checks: checks) }
        if let questionNode = field("question") {
            let question = reader.mapping(questionNode, "question", allowed: ["ask", "answer"])
            if let ask = reader.requiredLocalized(reader.value(question, "ask"), "question: ask", in: questionNode),
               let answer = checks.valueExpression(reader.value(question, "answer"), in: questionNode) {
                step.question = StepQuestion(ask: ask, answer: answer, location: reader.location(questionNode))
                step.checks.append(Check(.answered, location: reader.location(questionNode)))
            }
        }
        step.onStart = events(field("onStart"), "onStart")
        for alternative in reader.sequence(field("alternatives"), "alternatives") ?? [] {
            if let lines = reader.strings(alternative, "an alternative"), !lines.isEmpty { step.alternatives.append(lines) }
        }
        return step
    }

    func mistake(_ node: YAMLNode, checks: CheckReader) -> KnownMistake? {
        guard let entries = reader.mapping(node, "a mistake", allowed: ["command", "when", "message", "failing", "example"])
        else { return nil }
        guard let message = reader.requiredLocalized(reader.value(entries, "message"), "mistake: message", in: node) else { return nil }
        let failing = reader.bool(reader.value(entries, "failing"), "failing") ?? false
        let example = reader.strings(reader.value(entries, "example"), "example") ?? []
        if example.isEmpty { reader.error("a mistake needs an example: the command line(s) that make it (the tests play them)", at: node) }
        if let commandNode = reader.value(entries, "command") {
            let patterns = checks.patterns(commandNode, "mistake: command")
            guard !patterns.isEmpty else { return nil }
            return KnownMistake(trigger: .command(patterns), message: message, onlyWhenFailing: failing, example: example,
                                location: reader.location(node))
        }
        if let whenNode = reader.value(entries, "when") {
            guard let check = checks.check(whenNode, "mistake: when") else { return nil }
            return KnownMistake(trigger: .state(check), message: message, onlyWhenFailing: false, example: example,
                                location: reader.location(node))
        }
        reader.error("a mistake needs command: (a pattern) or when: (a check)", at: node)
        return nil
    }
}
