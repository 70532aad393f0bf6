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
    public var reason: String
    public var type: String
    public var message: String
    public var kind: String
    public var name: String
    public var namespace: String
    /// The labels of the object it was about, when it still existed.
    public var labels: [String: String]
}

/// What happened during the current step that checks look at besides the cluster's state.
public struct StepActivity: Sendable {
    public var commands: [LearnerCommand] = []
    public var events: [SeenEvent] = []
    public var answeredCorrectly = false
    /// The kubeconfig's current context and its namespace, as of the evaluation.
    public var contextName = ""
    public var contextNamespace = "default"

    public init() {}
}
