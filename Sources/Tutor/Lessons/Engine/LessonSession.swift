import Foundation
import KubeCluster
import KubeCtl
import RealCluster

/// A guided lesson at the learner's prompt: every shell and kubectl line runs against the lesson's
/// cluster, checks are evaluated after every command and whenever simulated time passes, and the
/// session commands (`hint`, `check`, `solution`, `skip`, `back`, `reset`, `progress`, `answer`, `quit`)
/// steer the lesson. Progress is saved after every step.
public final class LessonSession: LearnerSession {
    /// The lesson being taken.
    public let lesson: Lesson
    /// The language texts are shown in.
    public let language: LessonLanguage
    /// Every lesson (to suggest what comes next).
    let catalog: [Lesson]
    let options: LessonWorld.Options
    let progressStore: LessonProgressStore?
    /// Wall-clock seconds (nil in batch mode: then only simulated time is reported).
    let wallClock: (() -> Double)?
    let renderer: LessonRenderer
    /// The learner's real cluster, when the lesson runs on one.
    public let link: RealClusterLink?

    /// The lesson's cluster and shell (rebuilt by `reset` and `back`).
    public private(set) var world: LessonWorld
    var state: LessonRunState
    var activity = StepActivity()
    /// The current step's checks held at some instant since it began.
    var latched = false
    private var evaluationScheduled = false
    /// Messages to print after the current line's own output.
    var pending: [String] = []
    /// State mistakes already shown in this step.
    var shownStateMistakes: Set<String> = []
    /// True while the engine itself runs commands (skip, replay): nothing is recorded.
    var quiet = false
    var lastWallTick: Double?
    let simulatedStart: Double
    /// kubectl command paths the learner, a solution or the replay ran that this build does not implement.
    public var missingVerbs: Set<String> { ranMissingVerbs.union(world.missingVerbs) }
    var ranMissingVerbs: Set<String> = []
    /// What to print before the first prompt: the lesson header, a resume notice and the current step.
    public private(set) var openingText = ""

    /// Starts (or resumes, from `progress`) `lesson`; `startStep` starts at a given step instead (its
    /// earlier steps' solutions replayed). With `link`, the lesson runs on the learner's real cluster (see
    /// `RealClusterWorld`). Throws `SetupError` when the lesson's setup fails.
    public init(lesson: Lesson, catalog: [Lesson] = [], language: LessonLanguage, options: LessonWorld.Options,
                progress: LessonProgressStore? = nil, wallClock: (() -> Double)? = nil, startStep: Int? = nil,
                link: RealClusterLink? = nil) throws {
        self.link = link
        self.lesson = lesson
        self.catalog = catalog
        self.language = language
        self.options = options
        self.progressStore = progress
        self.wallClock = wallClock
        renderer = LessonRenderer(lesson: lesson, language: language)
        state = LessonSession.initialState(lesson: lesson, progress: progress, startStep: startStep)
        world = try LessonWorld.build(lesson, options: options, atStep: state.stepIndex, link: link)
        simulatedStart = world.cluster.now
        lastWallTick = wallClock?()
        installHooks()
        beginCurrentStep()
        var beforeStep = ""
        if let link { beforeStep += "\n" + RealClusterTexts.opening(context: link.context.name, namespace: link.namespace.name) }
        for notice in world.notices { beforeStep += notice.hasSuffix("\n") ? notice : notice + "\n" }
        world.notices = []
        openingText = LessonSession.openingText(renderer: renderer, state: state, notice: progress?.notice,
                                                beforeStep: beforeStep)
        skipStepsTheClusterCannotDo()
        openingText += pending.joined()
        pending = []
        save()
    }

    // MARK: - LearnerSession

    /// `services 2/5 (default) $ `: the lesson, the step (✓ once done) and the namespace.
    public var prompt: String {
        if let attached = world.shell.attachedPrompt { return attached }
        return LessonSession.prompt(lesson: lesson, state: state, namespace: world.shell.kubectl.config.defaultNamespace)
    }

    /// Runs a session command or a shell line, then checks the step.
    public func run(line: String, io: ShellIO) -> SessionOutcome {
        if let interruption = io.interruption { world.shell.listen(to: interruption) }
        if world.shell.isAttached {
            world.shell.run(line: line, io: io)
            if !world.shell.isAttached { afterLine(io: io) }
            return .continue
        }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let first = words.first, let command = SessionCommand(rawValue: first) {
            let outcome = runSessionCommand(command, arguments: Array(words.dropFirst()), io: io)
            if outcome == .exit { return .exit }
        } else {
            world.shell.run(line: line, io: io)
        }
        afterLine(io: io)
        return .continue
    }

    /// kubectl and shell completion, plus the session commands for the first word.
    public func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        if let attached = world.shell.attachedCompletions(line: line, cursor: cursor) { return attached }
        var result = KubectlCompletion(shell: world.shell).complete(line: line, cursor: cursor)
        let prefix = String(line.unicodeScalars.prefix(cursor))
        if !prefix.contains(" ") {
            let extra = SessionCommand.words.filter { $0.hasPrefix(prefix) }
            result.candidates = Array(Set(result.candidates + extra)).sorted()
            result.start = 0
        }
        return result
    }

    /// The lesson's shell.
    public var activeShell: TutorialShell? { world.shell }

    /// Lets simulated time follow the wall clock (interactive mode).
    public func wallClockAdvanced(by seconds: Double) {
        world.cluster.advance(by: seconds)
    }

    // MARK: - Test and tool access

    /// The index of the current step (the last one once finished).
    public var currentStepIndex: Int { state.stepIndex }
    /// Whether every step is done.
    public var isFinished: Bool { state.finished }
    /// Ids of the steps completed (not skipped) in this run and earlier ones.
    public var completedStepIDs: [String] { state.completed }

    /// Evaluates the current step's checks now.
    public func evaluateCurrentStep() -> [StepCheckOutcome] {
        guard let step = currentStep else { return [] }
        return evaluator().evaluate(step.checks)
    }

    var currentStep: LessonStep? {
        state.finished || !lesson.steps.indices.contains(state.stepIndex) ? nil : lesson.steps[state.stepIndex]
    }

    func evaluator() -> CheckEvaluator {
        var seen = activity
        let config = world.shell.kubectl.config
        seen.contextName = config.currentContext
        seen.contextNamespace = config.defaultNamespace
        return CheckEvaluator(cluster: world.cluster, namespace: world.checkNamespace, activity: seen)
    }

    func stepHolds() -> Bool {
        guard let step = currentStep, !step.checks.isEmpty else { return false }
        return evaluator().evaluate(step.checks).allSatisfy(\.holds)
    }

    // MARK: - Step flow

    /// Starts the current step: its cluster events happen and its activity starts empty.
    func beginCurrentStep() {
        activity = StepActivity()
        latched = false
        shownStateMistakes = []
        if let step = currentStep { world.begin(step) }
        pending.append(contentsOf: world.notices)
        world.notices = []
    }

    /// After every line: state mistakes, step completion (possibly several), pending messages, saving.
    func afterLine(io: ShellIO) {
        if let problem = world.refreshMirror() { pending.append(RealClusterTexts.unreadable(problem)) }
        noteStateMistakes()
        var changed = false
        while !state.finished, latched || stepHolds() {
            changed = true
            pending.append(renderer.done(state.stepIndex))
            if state.completeStep(lesson, skipped: false) {
                pending.append(finishSummary())
            } else {
                beginCurrentStep()
                pending.append(renderer.intro(state.stepIndex))
                break
            }
        }
        skipStepsTheClusterCannotDo()
        flush(io)
        if changed { save() }
    }

    func flush(_ io: ShellIO) {
        guard !pending.isEmpty else { return }
        io.stdout(pending.joined())
        pending = []
    }

    func finishSummary() -> String {
        let wallMinutes = wallClock.map { _ in Int((secondsSpentNow() / 60).rounded()) }
        let simulatedMinutes = Int(((world.cluster.now - simulatedStart) / 60).rounded())
        var finishedIDs = Set((progressStore?.load().lessons ?? [:]).filter { $0.value.finished }.map(\.key))
        finishedIDs.insert(lesson.id)
        return renderer.summary(state, wallMinutes: wallMinutes, simulatedMinutes: simulatedMinutes, catalog: catalog,
                                finishedIDs: finishedIDs)
    }

    private func secondsSpentNow() -> Double {
        guard let wallClock else { return state.secondsSpent }
        let now = wallClock()
        if let last = lastWallTick { state.secondsSpent += max(0, now - last) }
        lastWallTick = now
        return state.secondsSpent
    }

    /// Saves progress (errors are reported once, as a warning, and do not stop the lesson).
    func save() {
        guard let progressStore, !progressStore.readOnly else { return }
        _ = secondsSpentNow()
        do {
            if let warning = try progressStore.update(lesson.id, state.record(for: lesson)) {
                pending.append(renderer.text(LessonTexts.fileWarning(warning)) + "\n")
            }
        } catch {
            pending.append(renderer.text(LessonTexts.fileWarning("progress not saved: \(error)")) + "\n")
        }
    }

    /// Rebuilds the cluster as it was when step `index` began and makes it the current step.
    func rebuild(atStep index: Int) throws {
        if link != nil { throw RealClusterRefusal.noRebuild }
        world = try LessonWorld.build(lesson, options: options, atStep: index)
        evaluationScheduled = false
        installHooks()
        state.rewind(to: index, in: lesson)
        beginCurrentStep()
    }

    // MARK: - Watching the cluster

    private func installHooks() {
        let shell = world.shell
        for name in ["kubectl", "k"] {
            shell.extraCommands[name] = { [weak self] call in self?.runKubectl(call) ?? 1 }
        }
        shell.extraCommands["help"] = { call in SessionHelp(mode: "lesson").run(call) }
        shell.extraCommands["answer"] = { [weak self] call in self?.runAnswer(call) ?? 1 }
        for name in ["curl", "wget", "minikube", "sleep"] {
            shell.extraCommands[name] = { [weak self] call in self?.runRecorded(call) ?? 1 }
        }
        if link != nil { installRealClusterCommands() }
        let cluster = world.cluster
        cluster.store.watch { [weak self, weak cluster] event in
            guard let self, let cluster, cluster === self.world.cluster else { return }
            self.storeChanged(event)
        }
    }

    private func storeChanged(_ event: StoreEvent) {
        if event.type != .deleted, let recorded = event.object as? Event { noteEvent(recorded) }
        guard !evaluationScheduled, !state.finished, !quiet else { return }
        evaluationScheduled = true
        let cluster = world.cluster
        cluster.clock.schedule(after: 0) { [weak self, weak cluster] in
            guard let self, let cluster, cluster === self.world.cluster else { return }
            self.evaluationScheduled = false
            if !self.latched, self.stepHolds() { self.latched = true }
        }
    }

    private func noteEvent(_ event: Event) {
        let involved = event.involvedObject
        var labels: [String: String] = [:]
        if let kind = involved.kind, let resource = KindRegistry.type(forKind: kind)?.resource,
           let object = world.cluster.store.getAny(resource: resource, ObjectKey(namespace: involved.namespace ?? "", name: involved.name ?? "")) {
            labels = object.metadata.labelMap
        }
        activity.events.append(SeenEvent(reason: event.reason ?? "", type: event.type ?? "", message: event.message ?? "",
                                         kind: involved.kind ?? "", name: involved.name ?? "",
                                         namespace: involved.namespace ?? event.namespace, labels: labels))
        if activity.events.count > 500 { activity.events.removeFirst(activity.events.count - 500) }
    }
}
