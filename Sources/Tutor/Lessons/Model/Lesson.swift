import KubeCluster

/// Where something was written in a lesson file: the file and its 1-based line.
public struct LessonFileLocation: Equatable, Sendable, CustomStringConvertible {
    /// The file as it was given (relative or absolute).
    public var file: String
    /// The 1-based line, 0 when unknown.
    public var line: Int

    /// A place in a file.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line` (or just the file when the line is unknown).
    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// One guided lesson, read from a lesson file: what it teaches, the cluster it starts from and its steps.
public struct Lesson: Sendable {
    /// The name learners type (`kubetutor lesson services`); the file is `<id>.yaml`.
    public var id: String
    /// Position in the lesson list (smaller first).
    public var order: Int
    /// The name shown in `kubetutor lessons` and at the top of the lesson.
    public var title: LessonText
    /// One or two sentences on what the lesson teaches.
    public var summary: LessonText
    /// Short tags such as `services` or `networking`.
    public var topics: [String]
    /// Lessons worth doing first (by id).
    public var prerequisites: [String]
    /// Estimated time in minutes.
    public var minutes: Int
    /// The cluster the lesson runs on.
    public var profile: ClusterProfile
    /// Worker nodes (nil: the profile's default).
    public var workers: Int?
    /// How long before the lesson starts the cluster was created (AGE of the system pods); short keeps
    /// the start fast.
    public var clusterAge: Double = 600
    /// The namespace checks and command patterns mean when they name none.
    public var namespace: String
    /// The cluster and files before the first step.
    public var setup: LessonSetup
    /// The steps in order.
    public var steps: [LessonStep]
    /// What to suggest after the lesson (else: lessons that list this one as a prerequisite).
    public var next: LessonText?
    /// Where the lesson was read from.
    public var location: LessonFileLocation

    /// A lesson from its parts (tests and tools; files go through `LessonReader`).
    public init(id: String, order: Int = 1000, title: LessonText, summary: LessonText = .empty, topics: [String] = [],
                prerequisites: [String] = [], minutes: Int = 10, profile: ClusterProfile = .minikube, workers: Int? = nil,
                namespace: String = "default", setup: LessonSetup = LessonSetup(), steps: [LessonStep] = [],
                next: LessonText? = nil, location: LessonFileLocation = LessonFileLocation(file: "", line: 0)) {
        self.id = id
        self.order = order
        self.title = title
        self.summary = summary
        self.topics = topics
        self.prerequisites = prerequisites
        self.minutes = minutes
        self.profile = profile
        self.workers = workers
        self.namespace = namespace
        self.setup = setup
        self.steps = steps
        self.next = next
        self.location = location
    }
}

/// How a lesson's cluster is prepared before the learner starts.
public struct LessonSetup: Sendable {
    /// Extra images in the simulated registries.
    public var images: [SetupImage] = []
    /// Objects created in order, as `kubectl apply` would create them.
    public var manifests: [SetupManifest] = []
    /// Command lines run (silently) after the objects exist, e.g. to build up rollout history.
    public var commands: [String] = []
    /// Simulated seconds to let pass once everything is created.
    public var wait: Double = 0
    /// Files placed in the learner's working directory, by name.
    public var files: [SetupFile] = []
    /// Things that happen to the cluster at the end of the setup (a node going down …).
    public var events: [ClusterEvent] = []

    /// An empty setup: a fresh cluster of the profile.
    public init() {}
}

/// An image a lesson adds to the simulated registries, behaving like a known one.
public struct SetupImage: Sendable {
    /// The image name as learners write it (`go-api`, `example.com/shop/api`).
    public var name: String
    /// The known image whose behaviour it copies (`kicbase/echo-server:1.0`).
    public var like: String
    /// The tags that exist.
    public var tags: [String]
    /// What its server answers on HTTP, when it should differ from the model image.
    public var response: String?
    /// The lines its process logs when it starts, when they should differ from the model image.
    public var logLines: [String]?
    /// Where the image was declared.
    public var location: LessonFileLocation
}

/// One manifest document of the setup.
public struct SetupManifest: Sendable {
    /// The object as a JSON tree.
    public var object: JSONValue
    /// Where its document starts.
    public var location: LessonFileLocation
}

/// A file placed in the working directory.
public struct SetupFile: Sendable {
    /// The file name (no folders).
    public var name: String
    /// The file's text.
    public var content: String
    /// Where the file was declared.
    public var location: LessonFileLocation
}

/// Something that happens to the cluster at a point of the lesson, outside the learner's control.
public enum ClusterEvent: Equatable, Sendable {
    /// A node's kubelet stops (the machine is switched off).
    case nodeDown(String)
    /// The node comes back.
    case nodeUp(String)
    /// Simulated time passes.
    case wait(Double)
}

/// One step of a lesson: read, do, be checked.
public struct LessonStep: Sendable {
    /// Unique within the lesson; progress is saved by step id.
    public var id: String
    /// The step's heading.
    public var title: LessonText
    /// The teaching text (may contain preformatted diagrams).
    public var text: LessonText
    /// What the learner is asked to do.
    public var task: LessonText
    /// All must hold for the step to be complete.
    public var checks: [Check]
    /// Shown one at a time by `hint`.
    public var hints: [LessonText]
    /// The reference solution: command lines that complete the step.
    public var solution: [String]
    /// Shown when the step completes.
    public var explanation: LessonText
    /// Wrong turns with a targeted message.
    public var mistakes: [KnownMistake]
    /// A question answered from the live cluster (`answer VALUE`).
    public var question: StepQuestion?
    /// Things that happen to the cluster when the step begins.
    public var onStart: [ClusterEvent]
    /// Other valid ways to do the step (each a list of command lines); the tests play every one.
    public var alternatives: [[String]] = []
    /// Where the step starts in its file.
    public var location: LessonFileLocation

    /// A step from its parts.
    public init(id: String, title: LessonText, text: LessonText = .empty, task: LessonText = .empty,
                checks: [Check] = [], hints: [LessonText] = [], solution: [String] = [], explanation: LessonText = .empty,
                mistakes: [KnownMistake] = [], question: StepQuestion? = nil, onStart: [ClusterEvent] = [],
                location: LessonFileLocation = LessonFileLocation(file: "", line: 0)) {
        self.id = id
        self.title = title
        self.text = text
        self.task = task
        self.checks = checks
        self.hints = hints
        self.solution = solution
        self.explanation = explanation
        self.mistakes = mistakes
        self.question = question
        self.onStart = onStart
        self.location = location
    }
}

/// A wrong turn a lesson anticipates: a command or a cluster state, and what to tell the learner.
public struct KnownMistake: Sendable {
    /// What sets the message off.
    public enum Trigger: Sendable {
        /// The learner ran a command matching one of these patterns.
        case command([CommandPattern])
        /// The cluster reached a state where this check holds.
        case state(Check)
    }
    /// What sets the message off.
    public var trigger: Trigger
    /// The targeted message (shown after the command's output).
    public var message: LessonText
    /// Whether the message applies only when the command fails (`kubectl logs go-api` → NotFound).
    public var onlyWhenFailing: Bool
    /// Command lines that make the mistake (the tests play them and expect the message).
    public var example: [String]
    /// Where the mistake was declared.
    public var location: LessonFileLocation
}

/// A question about the live cluster; the answer is computed when the learner answers.
public struct StepQuestion: Sendable {
    /// The question as shown to the learner.
    public var ask: LessonText
    /// How the right answer is computed from the cluster.
    public var answer: ValueExpression
    /// Where the question was declared.
    public var location: LessonFileLocation
}
