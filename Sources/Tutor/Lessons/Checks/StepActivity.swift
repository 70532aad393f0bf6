import KubeCluster

/// One command the learner ran during a step, as command checks see it.
public struct LearnerCommand: Sendable {
    /// The program as typed (`kubectl`, `k`, `curl` …).
    public var program: String
    /// The words after expansion, the program first.
    public var argv: [String]
    /// The exit status.
    public var status: Int32
    /// The namespace of the current context when it ran.
    public var namespace: String
    /// Keys of the step's patterns the command matched (decided just before it ran).
    public var matchedPatterns: Set<String>
    /// Services the command reached from the learner's side, and whether through a NodePort.
    public var reachedServices: [(key: ObjectKey, throughNodePort: Bool)]

    /// A command record.
    public init(program: String, argv: [String], status: Int32, namespace: String, matchedPatterns: Set<String> = [],
                reachedServices: [(key: ObjectKey, throughNodePort: Bool)] = []) {
        self.program = program
        self.argv = argv
        self.status = status
        self.namespace = namespace
        self.matchedPatterns = matchedPatterns
        self.reachedServices = reachedServices
    }
}

/// An event the cluster recorded during a step (kept even after the Event object expires).
public struct SeenEvent: Sendable {
    /// The event's reason.
    public var reason: String
    /// `Normal` or `Warning`.
    public var type: String
    /// The event's message.
    public var message: String
    /// The kind of the object it is about.
    public var kind: String
    /// The name of the object it is about.
    public var name: String
    /// The namespace of the object it is about.
    public var namespace: String
    /// The labels of the object it was about, when it still existed.
    public var labels: [String: String]
}

/// What happened during the current step that checks look at besides the cluster's state.
public struct StepActivity: Sendable {
    /// The commands run in the step, oldest first (the last 500).
    public var commands: [LearnerCommand] = []
    /// The events recorded during the step (the last 500).
    public var events: [SeenEvent] = []
    /// Whether the step's question has been answered correctly.
    public var answeredCorrectly = false
    /// The kubeconfig's current context, as of the evaluation.
    public var contextName = ""
    /// The current context's namespace, as of the evaluation.
    public var contextNamespace = "default"

    /// Nothing done yet.
    public init() {}
}
