import Foundation
import KubeCluster
import KubeCtl
import KubeServe
import RealCluster
@testable import Tutor
import XCTest

/// A lesson run on a "real" cluster: `kubetutor serve`'s API server (in this process, on an ephemeral port,
/// served while each kubectl child runs) standing in for the learner's cluster, reached through the upstream
/// kubectl 1.32 binary. Real-time waits move the served cluster's clock instead of sleeping.
final class ServedLessonHarness {
    /// The upstream kubectl the lessons run through.
    static let kubectlPath = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32"
    /// 2026-01-05 09:00:00 UTC.
    static let start: Double = 1_767_603_600

    let lesson: Lesson
    let server: KubeAPIServer
    let folder: URL
    let work: URL
    let kubectl: HostKubectl
    let contextName: String
    var served: Cluster { server.cluster }

    /// The repository's lessons.
    static let library = LessonLibrary.load(directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons"))

    /// Skips the test (saying why) when the upstream kubectl is not installed.
    static func requireKubectl() throws {
        guard FileManager.default.isExecutableFile(atPath: kubectlPath) else {
            throw XCTSkip("the upstream kubectl 1.32 (\(kubectlPath)) is not installed, so lessons on a real cluster cannot be played through it")
        }
    }

    /// A served cluster of the lesson's profile (with its images), and a kubeconfig naming it `contextName`.
    init(_ lesson: Lesson, contextName: String? = nil) throws {
        self.lesson = lesson
        let cluster = Cluster.make(profile: lesson.profile, seed: 1, start: ServedLessonHarness.start, workers: lesson.workers,
                                   age: lesson.clusterAge)
        try SetupBuilder.registerImages(lesson.setup.images, in: cluster)
        server = try KubeAPIServer(cluster: cluster, clock: .fastForward())
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-real-\(UUID().uuidString)")
        work = folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        self.contextName = contextName ?? (lesson.profile == .minikube ? "minikube" : "kind-kind")
        let config = folder.appendingPathComponent("kubeconfig").path
        try server.writeKubeconfig(to: config, contextName: self.contextName)
        kubectl = HostKubectl(executable: ServedLessonHarness.kubectlPath, kubeconfig: config, workingDirectory: work)
        kubectl.extraEnvironment = ["HOME": folder.path]
        let server = self.server
        let pace = PollingPace()
        kubectl.whileWaiting = {
            server.step(timeout: 2)
            pace.letTimePass(on: server)
        }
        kubectl.afterRun = {
            pace.reset()
            server.settle()
        }
    }

    deinit {
        server.shutdown()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Opens the lesson's link (namespace `kubetutor-<lesson>-test`), with waits that move the served clock.
    func open(confirmed: String? = nil) -> Result<RealClusterLink, ContextRefusal> {
        let result = RealClusterLink.open(lesson: lesson.id, contextName: contextName, kubectl: kubectl, folder: folder,
                                          confirmed: confirmed, suffix: "test", start: ServedLessonHarness.start)
        if case .success(let link) = result {
            let server = self.server
            link.wait = { seconds, _ in
                server.cluster.advance(by: seconds)
                server.settle()
            }
        }
        return result
    }

    /// A lesson session on the served cluster.
    func session(_ link: RealClusterLink) throws -> LessonSession {
        try LessonSession(lesson: lesson, catalog: ServedLessonHarness.library.lessons, language: .english,
                          options: LessonWorld.Options(seed: 1, start: ServedLessonHarness.start, files: DirectorySessionFiles(root: work)),
                          link: link)
    }
}

/// Time on a real cluster passes while kubectl waits, also for commands that poll with GETs instead of watching
/// (`kubectl drain` waiting for evicted pods to go), which serve's fast-forward clock does not move: once a
/// kubectl child has run for a second, the served cluster jumps to its next timer every 50 ms.
final class PollingPace {
    private var since: Date?
    private var lastJump = Date.distantPast

    func letTimePass(on server: KubeAPIServer) {
        let now = Date()
        guard let since else {
            self.since = now
            return
        }
        guard now.timeIntervalSince(since) > 1, now.timeIntervalSince(lastJump) > 0.05, let due = server.cluster.clock.nextDue else { return }
        lastJump = now
        server.cluster.advance(to: max(due, server.cluster.now))
        server.settle()
    }

    func reset() { since = nil }
}

/// Types lines into a session and keeps the transcript.
final class RealLessonPlayer {
    let session: LessonSession
    private(set) var transcript: String

    init(_ session: LessonSession) {
        self.session = session
        transcript = session.openingText
    }

    @discardableResult
    func run(_ line: String) -> String {
        var output = ""
        _ = session.run(line: line, io: ShellIO(stdout: { output += $0 }, stderr: { output += $0 }))
        transcript += "$ \(line)\n" + output
        return output
    }

    /// Runs a solution line with its bindings filled in from the mirror.
    @discardableResult
    func runSolution(_ line: String) -> String { run(session.world.resolvedSolutionLine(line)) }

    /// The current step's checks and the transcript, for failure messages.
    func report() -> String {
        let checks = LessonRenderer(lesson: session.lesson, language: .english).report(session.evaluateCurrentStep())
        return "Checks now:\n\(checks)\nTranscript (last 6000 characters):\n\(transcript.suffix(6000))"
    }
}
