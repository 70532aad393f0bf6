import KubeCtl

/// What a lesson shows before its first prompt, known before its world is built, so the cluster can be
/// built behind the prompt (issue #9).
extension LessonSession {
    /// Where a run of `lesson` starts: the saved progress, or step `startStep` (its earlier steps counted done).
    static func initialState(lesson: Lesson, progress: LessonProgressStore?, startStep: Int?) -> LessonRunState {
        var state = LessonRunState(record: progress?.record(for: lesson.id), lesson: lesson)
        if let startStep, lesson.steps.indices.contains(startStep) {
            state = LessonRunState()
            state.stepIndex = startStep
            state.completed = lesson.steps.prefix(startStep).map(\.id)
        }
        return state
    }

    /// The lesson header, a progress-file notice, a resume notice, `beforeStep` (e.g. the real-cluster notice)
    /// and the current step.
    static func openingText(renderer: LessonRenderer, state: LessonRunState, notice: String?,
                            beforeStep: String = "") -> String {
        var opening = renderer.header()
        if let notice { opening += "\n" + renderer.text(LessonTexts.fileWarning(notice)) + "\n" }
        if state.stepIndex > 0 { opening += "\n" + renderer.text(LessonTexts.resumed(state.stepIndex + 1)) + "\n" }
        return opening + beforeStep + renderer.intro(state.stepIndex)
    }

    /// The prompt of a run in `state`, with the shell's namespace `namespace`.
    static func prompt(lesson: Lesson, state: LessonRunState, namespace: String) -> String {
        let position = state.finished ? "✓" : "\(state.stepIndex + 1)/\(lesson.steps.count)"
        return "\(lesson.id) \(position) (\(namespace)) $ "
    }

    /// What a session made with these arguments prints before its first prompt, and that prompt when it is
    /// known without building the cluster: when the lines run to build it (the setup's commands and the earlier
    /// steps' solutions) are plain kubectl commands that cannot change the kubeconfig or attach to a program.
    /// `progress` is loaded here (the session made afterwards with the same store reads the same records).
    public static func opening(lesson: Lesson, language: LessonLanguage, progress: LessonProgressStore?,
                               startStep: Int? = nil) -> (text: String, prompt: String?) {
        let state = initialState(lesson: lesson, progress: progress, startStep: startStep)
        let text = openingText(renderer: LessonRenderer(lesson: lesson, language: language), state: state, notice: progress?.notice)
        let replayed = lesson.setup.commands + lesson.steps.prefix(state.stepIndex).flatMap(\.solution)
        guard replayed.allSatisfy(leavesPromptAlone) else { return (text, nil) }
        let namespace = KubeConfig.forProfile(lesson.profile, serverAddress: "").defaultNamespace
        return (text, prompt(lesson: lesson, state: state, namespace: namespace))
    }

    /// Whether running `line` cannot change what the prompt shows: a kubectl command, without shell
    /// operators, that is not `config`, `exec`, `attach`, `run`, `debug` or another interactive one.
    static func leavesPromptAlone(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first, first == "kubectl" || first == "k" else { return false }
        if line.contains(where: { ";&|<>`$()\\\"'".contains($0) }) { return false }
        let changing: Set<String> = ["config", "exec", "attach", "run", "debug", "edit", "port-forward", "proxy", "cp"]
        return !words.contains { changing.contains($0) || $0.hasPrefix("--kubeconfig") || $0.hasPrefix("--context") }
    }
}
