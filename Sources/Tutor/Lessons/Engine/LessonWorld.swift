import Foundation
import KubeCluster
import KubeCtl
import RealCluster

/// The cluster, kubectl and shell of one lesson run, built deterministically from the lesson's setup
/// and (to resume or go back) the reference solutions of the steps before.
public final class LessonWorld {
    /// The lesson the world was built for.
    public let lesson: Lesson
    /// The learner's shell in front of the lesson's kubectl and cluster.
    public let shell: TutorialShell
    /// The simulated cluster (on a real cluster: the mirror of its state the checks read).
    public var cluster: Cluster { shell.kubectl.cluster }
    /// The learner's real cluster, when the lesson runs on one (`kubetutor lesson NAME --cluster CONTEXT`).
    public let link: RealClusterLink?
    /// The namespace checks and command patterns mean when they name none: the lesson's, or on a real
    /// cluster the namespace kubetutor created for the lesson.
    public var checkNamespace: String { link?.namespace.name ?? lesson.namespace }
    /// What the learner should know about running this lesson on a real cluster (said once, at the start).
    public internal(set) var notices: [String] = []

    /// How a world is built: the simulation's seed and start instant, and where the learner's files live.
    public struct Options {
        /// The seed of every random choice.
        public var seed: UInt64
        /// The simulated instant the lesson starts at.
        public var start: Double
        /// The learner's working folder.
        public var files: SessionFiles
        /// Options from their parts.
        public init(seed: UInt64, start: Double, files: SessionFiles) {
            self.seed = seed
            self.start = start
            self.files = files
        }
    }

    /// kubectl commands the setup or replayed solutions ran that this build does not implement.
    public private(set) var missingVerbs: Set<String> = []

    init(lesson: Lesson, shell: TutorialShell, link: RealClusterLink? = nil) {
        self.lesson = lesson
        self.shell = shell
        self.link = link
        for name in ["kubectl", "k"] {
            shell.extraCommands[name] = { [weak self] call in self?.runKubectl(call) ?? 1 }
        }
    }

    /// Runs a `kubectl …` line: the simulated kubectl, or on a real cluster the host's kubectl.
    func runKubectl(_ call: TutorialCommandCall) -> Int32 {
        if let link { return link.kubectl.run(Array(call.argv.dropFirst()), stdin: call.stdin, io: call.io) }
        let status = call.shell.kubectl.run(Array(call.argv.dropFirst()), stdin: call.stdin, io: call.io)
        if let missing = LessonWorld.missingVerb(call.argv) { missingVerbs.insert(missing) }
        return status
    }

    /// `kubectl PATH` when `argv` (program first) names a command this build parses but does not implement.
    static func missingVerb(_ argv: [String]) -> String? {
        guard case .success(let invocation) = KubectlCommandParser.parse(Array(argv.dropFirst())), !invocation.isHelpRequested,
              KubectlVerbs.verb(for: invocation.commandPath.joined(separator: " ")) == nil else { return nil }
        return "kubectl " + invocation.commandPath.joined(separator: " ")
    }

    /// A fresh cluster with the lesson's setup done (on `link`'s real cluster when given).
    public static func build(_ lesson: Lesson, options: Options, link: RealClusterLink? = nil) throws -> LessonWorld {
        if let link { return try buildOnRealCluster(lesson, options: options, link: link) }
        let cluster = Cluster.make(profile: lesson.profile, seed: options.seed, start: options.start, workers: lesson.workers,
                                   age: lesson.clusterAge)
        let kubectl = KubectlSession(cluster: cluster, profile: lesson.profile, files: options.files)
        let world = LessonWorld(lesson: lesson, shell: TutorialShell(kubectl: kubectl))
        try SetupBuilder.registerImages(lesson.setup.images, in: cluster)
        try SetupBuilder.createObjects(lesson.setup.manifests, namespace: lesson.namespace, in: cluster)
        try SetupBuilder.placeFiles(lesson.setup.files, in: options.files)
        for command in lesson.setup.commands { world.runQuietly(command) }
        SetupBuilder.perform(lesson.setup.events, in: cluster)
        if lesson.setup.wait > 0 { cluster.advance(by: lesson.setup.wait) }
        return world
    }

    /// A world as it stands when step `index` begins: the setup, then for each earlier step its start
    /// events and its reference solution.
    public static func build(_ lesson: Lesson, options: Options, atStep index: Int, link: RealClusterLink? = nil) throws -> LessonWorld {
        let world = try build(lesson, options: options, link: link)
        for step in lesson.steps.prefix(max(0, index)) {
            world.begin(step)
            world.play(step.solution)
        }
        return world
    }

    /// What happens to the cluster as a step begins.
    public func begin(_ step: LessonStep) {
        if link != nil { return beginOnRealCluster(step) }
        SetupBuilder.perform(step.onStart, in: cluster)
    }

    /// Runs solution lines with their bindings filled in, discarding the output.
    public func play(_ lines: [String]) {
        for line in lines { runQuietly(resolvedSolutionLine(line)) }
    }

    /// A solution line with its bindings (`@pod(app=web)`, `@service/web{.spec.ports[0].nodePort}`) filled in.
    public func resolvedSolutionLine(_ line: String) -> String {
        SolutionBindings.resolve(line, reader: ClusterReader(cluster: cluster, namespace: checkNamespace))
    }

    @discardableResult
    func runQuietly(_ line: String) -> Int32 {
        shell.run(line: line, io: ShellIO(stdout: { _ in }, stderr: { _ in }))
    }
}
