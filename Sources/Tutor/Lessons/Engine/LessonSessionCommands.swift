import Foundation
import KubeCluster
import KubeCtl

/// The words a lesson's prompt understands besides shell and kubectl lines.
enum SessionCommand: String, CaseIterable {
    case hint, check, solution, skip, back, reset, progress, step, help, quit, exit

    /// Every word the prompt completes besides the shell's (`answer` runs in the shell, so `$(…)` works).
    static let words = allCases.map(\.rawValue) + ["answer"]
}

/// The lesson's own commands.
extension LessonSession {
    func runSessionCommand(_ command: SessionCommand, arguments: [String], io: ShellIO) -> SessionOutcome {
        let say = { (text: LessonText) in io.stdout(self.renderer.text(text) + "\n") }
        if state.finished, ![.help, .quit, .exit, .progress, .reset].contains(command) {
            say(LessonTexts.finishedAlready)
            return .continue
        }
        switch command {
        case .quit, .exit:
            save()
            flush(io)
            say(link == nil ? LessonTexts.saved(lesson.id) : LessonTexts.leavingRealCluster(lesson.id))
            return .exit
        case .hint: showHint(say)
        case .check: io.stdout(renderer.report(evaluateCurrentStep()))
        case .solution: showSolution(confirmed: arguments.contains("--yes") || arguments.contains("-y"), io: io, say)
        case .skip: skip(io: io, say)
        case .back: goBack(say)
        case .reset: reset(arguments, say)
        case .progress: io.stdout(renderer.progress(state))
        case .step: io.stdout(renderer.intro(state.stepIndex))
        case .help: help(arguments, io: io)
        }
        return .continue
    }

    private func showHint(_ say: (LessonText) -> Void) {
        guard let step = currentStep else { return }
        let shown = state.hintsShown[step.id] ?? 0
        guard shown < step.hints.count else {
            say(LessonTexts.noMoreHints)
            return
        }
        state.hintsShown[step.id] = shown + 1
        let label = renderer.text(LessonTexts.hint(shown + 1, of: step.hints.count))
        say(LessonText(en: LessonRenderer.follow(label, renderer.text(step.hints[shown]).trimmingCharacters(in: .newlines))))
    }

    private func showSolution(confirmed: Bool, io: ShellIO, _ say: (LessonText) -> Void) {
        guard let step = currentStep else { return }
        guard confirmed else {
            say(LessonTexts.solutionConfirm(unseenHints: step.hints.count - (state.hintsShown[step.id] ?? 0)))
            return
        }
        state.solutionsViewed.insert(step.id)
        say(LessonTexts.solutionHeader)
        for line in step.solution { io.stdout("  $ " + world.resolvedSolutionLine(line) + "\n") }
    }

    private func skip(io: ShellIO, _ say: (LessonText) -> Void) {
        guard let step = currentStep else { return }
        say(LessonTexts.skipped(state.stepIndex + 1))
        let lines = step.solution.map { world.resolvedSolutionLine($0) }
        for line in lines { io.stdout("  $ " + line + "\n") }
        quiet = true
        world.play(step.solution)
        quiet = false
        if state.completeStep(lesson, skipped: true) {
            pending.append(finishSummary())
        } else {
            beginCurrentStep()
            pending.append(renderer.intro(state.stepIndex))
        }
        save()
    }

    private func goBack(_ say: (LessonText) -> Void) {
        guard state.stepIndex > 0 else {
            say(LessonTexts.firstStep)
            return
        }
        let target = state.stepIndex - 1
        guard rebuildReporting(atStep: target, say) else { return }
        say(LessonTexts.back(target + 1))
        pending.append(renderer.intro(state.stepIndex))
        save()
    }

    private func reset(_ arguments: [String], _ say: (LessonText) -> Void) {
        switch arguments.first {
        case nil, "step"?:
            let wasFinished = state.finished
            let index = wasFinished ? 0 : state.stepIndex
            guard rebuildReporting(atStep: index, say) else { return }
            say(wasFinished ? LessonTexts.resetLesson : LessonTexts.resetStep(index + 1))
        case "lesson"?, "all"?:
            guard rebuildReporting(atStep: 0, say) else { return }
            state.hintsShown = [:]
            state.solutionsViewed = []
            say(LessonTexts.resetLesson)
        default:
            say(LessonTexts.resetUsage)
            return
        }
        pending.append(renderer.intro(state.stepIndex))
        save()
    }

    private func rebuildReporting(atStep index: Int, _ say: (LessonText) -> Void) -> Bool {
        do {
            try rebuild(atStep: index)
            return true
        } catch {
            say(LessonTexts.fileWarning("\(error)"))
            return false
        }
    }

    /// `answer VALUE` (a shell command, so `answer $(kubectl get …)` works).
    func runAnswer(_ call: TutorialCommandCall) -> Int32 {
        let say = { (text: LessonText) in call.io.stdout(self.renderer.text(text) + "\n") }
        if state.finished {
            say(LessonTexts.finishedAlready)
            return 1
        }
        return answer(call.argv.dropFirst().joined(separator: " "), say) ? 0 : 1
    }

    private func answer(_ text: String, _ say: (LessonText) -> Void) -> Bool {
        guard let step = currentStep, let question = step.question else {
            say(LessonTexts.noQuestion)
            return false
        }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            say(LessonTexts.answerUsage)
            return false
        }
        let expected: [String]
        switch question.answer {
        case .kubeconfig(.currentContext): expected = [world.shell.kubectl.config.currentContext]
        case .kubeconfig(.namespace): expected = [world.shell.kubectl.config.defaultNamespace]
        default:
            expected = AnswerComparison.expectedValues(question.answer,
                                                       reader: ClusterReader(cluster: world.cluster, namespace: world.checkNamespace),
                                                       evaluator: evaluator())
        }
        if AnswerComparison.accepts(text, expected: expected) {
            activity.answeredCorrectly = true
            say(LessonTexts.correct)
            return true
        }
        say(LessonTexts.notQuite)
        return false
    }

    private func help(_ arguments: [String], io: ShellIO) {
        if let word = arguments.first, SessionCommand(rawValue: word) == nil {
            world.shell.run(line: (["help"] + arguments).joined(separator: " "), io: io)
            return
        }
        let english = language == .english
        var text = english ? "You are in the lesson \"\(renderer.text(lesson.title))\". Lesson commands:\n"
                           : "你正在上課程「\(renderer.text(lesson.title))」。課程指令：\n"
        for (word, en, zh) in LessonSession.helpTable {
            text += "  " + word.padding(toLength: 16, withPad: " ", startingAt: 0) + (english ? en : zh) + "\n"
        }
        text += english ? "\nEverything else runs at the prompt as in the sandbox: kubectl, minikube/kind, curl, sleep, "
            + "a small shell. `help kubectl`, `help sleep`, `help shell` tell more.\n"
            : "\n其他指令和沙盒一樣：kubectl、minikube/kind、curl、sleep，以及一個小型 shell。"
            + "`help kubectl`、`help sleep`、`help shell` 有更多說明。\n"
        io.stdout(text)
    }

    static let helpTable: [(String, String, String)] = [
        ("hint", "the next hint for this step", "這一步的下一個提示"),
        ("check", "what holds and what is still missing", "哪些已完成、還差什麼"),
        ("solution", "the reference solution (asks first; `solution --yes`)", "參考解答（會先確認；`solution --yes`）"),
        ("answer VALUE", "answer the step's question", "回答這一步的問題"),
        ("skip", "skip the step (its solution is run for you)", "跳過這一步（系統會替你執行解答）"),
        ("back", "go back one step (rebuilds the cluster)", "回到上一步（會重建叢集）"),
        ("reset", "start this step over; `reset lesson` starts over", "重來這一步；`reset lesson` 整個課程重來"),
        ("progress", "the steps and where you are", "所有步驟與目前進度"),
        ("step", "show this step's text again", "再顯示一次這一步的說明"),
        ("quit", "save and leave (also: exit)", "儲存並離開（也可用 exit）"),
    ]
}

/// Compares a learner's answer with the values the cluster gives.
enum AnswerComparison {
    static func expectedValues(_ expression: ValueExpression, reader: ClusterReader, evaluator: CheckEvaluator) -> [String] {
        switch expression {
        case .field(let ref, let path):
            guard let object = reader.object(ref), let values = try? reader.values(at: path, in: object) else { return [] }
            let whole = (try? reader.text(at: path, in: object)).map { [$0] } ?? []
            return whole + values.map { value in
                if case .string(let text) = value { return text }
                return (try? JSONPathTemplate("{.}").execute(on: value)) ?? ""
            }
        case .firstEvent(let ref):
            let names = reader.names(ref)
            let space = reader.namespace(of: ref)
            let events = reader.cluster.store.list(Event.self, namespace: space.isEmpty ? nil : space).filter { event in
                event.involvedObject.kind == ref.kind && names.contains(event.involvedObject.name ?? "")
            }
            let first = events.min { ($0.firstTimestamp.instant, $0.metadata.resourceVersion.flatMap { Int($0) } ?? 0)
                < ($1.firstTimestamp.instant, $1.metadata.resourceVersion.flatMap { Int($0) } ?? 0) }
            return first.flatMap(\.reason).map { [$0] } ?? []
        case .kubeconfig:
            return []
        case .count(let query):
            let objects = reader.objects(query.objects, includeTerminating: query.includeTerminating)
            let count = objects.filter { if case .matches = evaluator.filterVerdict(query, $0) { return true } else { return false } }.count
            return [String(count)]
        }
    }

    static func accepts(_ answer: String, expected: [String]) -> Bool {
        let given = normalize(answer)
        return expected.contains { value in
            let wanted = normalize(value)
            if wanted == given { return true }
            if let a = Double(wanted), let b = Double(given) { return a == b }
            return false
        }
    }

    static func normalize(_ text: String) -> String {
        var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        for quote in ["\"", "'", "`"] where trimmed.hasPrefix(quote) && trimmed.hasSuffix(quote) && trimmed.count >= 2 {
            trimmed = String(trimmed.dropFirst().dropLast())
        }
        return trimmed.lowercased()
    }
}
