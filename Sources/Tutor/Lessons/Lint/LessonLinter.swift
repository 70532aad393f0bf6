import Foundation
import KubeCluster
import KubeCtl

/// `kubetutor lint`: reads lesson files and checks them beyond their schema — references resolve, the
/// setup builds, every check can be evaluated on the lesson's cluster, every reference solution parses
/// as shell and as kubectl — reporting `file:line` for each problem.
public enum LessonLinter {
    /// The lesson files a list of paths names (folders contribute their `*.yaml` files, not subfolders).
    public static func files(in paths: [String]) -> (files: [URL], issues: [LessonIssue]) {
        var files: [URL] = []
        var issues: [LessonIssue] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                issues.append(LessonIssue(LessonFileLocation(file: path, line: 0), "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                    .map { URL(fileURLWithPath: path).appendingPathComponent($0) }
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        return (files, issues)
    }

    /// Every problem in the lessons at `paths`, errors and warnings, in file and line order.
    public static func lint(paths: [String]) -> [LessonIssue] {
        let (files, pathIssues) = self.files(in: paths)
        let library = LessonLibrary.load(files: files)
        var issues = pathIssues + library.issues
        for lesson in library.lessons { issues += lint(lesson) }
        return issues.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
    }

    /// The problems of one lesson that reading it could not find.
    public static func lint(_ lesson: Lesson) -> [LessonIssue] {
        var issues: [LessonIssue] = []
        for step in lesson.steps {
            for (number, line) in step.solution.enumerated() {
                issues += solutionIssues(line, number: number + 1, step: step)
            }
        }
        let world: LessonWorld
        do {
            world = try LessonWorld.build(lesson, options: LessonWorld.Options(seed: 1, start: 1_767_603_600, files: InMemorySessionFiles()))
        } catch let error as SetupError {
            return issues + [LessonIssue(error.location, "setup: \(error.message)")]
        } catch {
            return issues + [LessonIssue(lesson.location, "setup: \(error)")]
        }
        let evaluator = CheckEvaluator(cluster: world.cluster, namespace: lesson.namespace, activity: StepActivity())
        for step in lesson.steps {
            var checks = step.checks
            for mistake in step.mistakes { if case .state(let check) = mistake.trigger { checks.append(check) } }
            for check in checks {
                let outcome = evaluator.evaluate(check)
                if outcome.containsBroken {
                    issues.append(LessonIssue(check.location, "step \(step.id): this check cannot be evaluated: "
                        + (firstBrokenProblem(outcome)?.text(in: .english) ?? "unknown problem")))
                }
            }
        }
        return issues
    }

    private static func firstBrokenProblem(_ outcome: StepCheckOutcome) -> LessonText? {
        if outcome.isBroken, outcome.parts.isEmpty { return outcome.problem }
        return outcome.parts.lazy.compactMap(firstBrokenProblem).first ?? (outcome.isBroken ? outcome.problem : nil)
    }

    /// Problems with one solution line: bindings that do not parse, shell syntax, kubectl usage errors.
    static func solutionIssues(_ line: String, number: Int, step: LessonStep) -> [LessonIssue] {
        var issues: [LessonIssue] = []
        let prefix = "step \(step.id), solution line \(number)"
        for problem in SolutionBindings.problems(in: line) { issues.append(LessonIssue(step.location, "\(prefix): \(problem)")) }
        let text = SolutionBindings.placeholders(in: line)
        let list: ShellCommandList
        do {
            list = try ShellParser.parse(text)
        } catch let error as ShellSyntaxError {
            return issues + [LessonIssue(step.location, "\(prefix): \(error.bashMessage)")]
        } catch {
            return issues + [LessonIssue(step.location, "\(prefix): \(error)")]
        }
        for argv in kubectlCommands(in: list) {
            if case .failure(let error) = KubectlCommandParser.parse(argv) {
                let message = error.stderr.split(separator: "\n").first.map(String.init) ?? "usage error"
                issues.append(LessonIssue(step.location, "\(prefix): kubectl \(argv.joined(separator: " ")): \(message)"))
            }
        }
        return issues
    }

    /// The kubectl command lines in a parsed shell line (also inside `$(…)`), expansions replaced by a word.
    static func kubectlCommands(in list: ShellCommandList) -> [[String]] {
        var found: [[String]] = []
        for item in list.items {
            for pipeline in [item.first] + item.rest.map(\.1) {
                for command in pipeline.commands {
                    for word in command.words { found += substitutions(in: word).flatMap(kubectlCommands) }
                    let words = command.words.map { $0.literalText ?? "value" }
                    if let first = words.first, first == "kubectl" || first == "k" { found.append(Array(words.dropFirst())) }
                }
            }
        }
        return found
    }

    private static func substitutions(in word: ShellWord) -> [ShellCommandList] {
        word.parts.compactMap { part in
            if case .commandSubstitution(let list, _) = part { return list }
            return nil
        }
    }
}
