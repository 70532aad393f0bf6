import Foundation
import KubeCluster
import KubeCtl
import Tutor

/// A sandbox for the fuzzers: the learner's sandbox (minikube, manual clock) with a deployment `web`, its
/// service and two files, working in a real folder so confinement is exercised too. Renewed every
/// `casesPerSandbox` cases (at case numbers that are multiples of it) so state from earlier cases does not
/// pile up; a crash report shows every line run since the sandbox was made.
final class FuzzSandbox {
    /// A folder of its own: `work` is the sandbox's working folder, nothing else may appear.
    let folder: URL
    private var session: SandboxSession
    private var lines: [String] = []
    let casesPerSandbox: Int
    /// Text to show after the lines in a crash report (a file the case wrote), cleared by each `run`.
    var attachment = ""
    /// Host paths the dictionary names that did not exist when the sandbox was made: they must not appear.
    private let watchedPaths = ["/tmp/x", "/etc/x", "/x"].filter { !FileManager.default.fileExists(atPath: $0) }

    init(casesPerSandbox: Int = 40) {
        self.casesPerSandbox = casesPerSandbox
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-fuzz-sandbox-\(getpid())-\(UUID().uuidString)")
        session = FuzzSandbox.makeSession(in: folder)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private static func makeSession(in folder: URL) -> SandboxSession {
        try? FileManager.default.removeItem(at: folder)
        let work = folder.appendingPathComponent("work", isDirectory: true)
        let files = DirectorySessionFiles(root: work)
        try? files.write("deploy.yaml", FuzzCorpus.deploymentManifest)
        try? files.write("notes.txt", "hello\nworld\n")
        let session = SandboxFactory.make(SandboxOptions(profile: .minikube, seed: 3, start: SandboxFactory.fixedStart, files: files))
        session.shell.kubectl.followLimit = 5
        let quiet = ShellIO(stdout: { _ in }, stderr: { _ in })
        for line in ["kubectl create deployment web --image=nginx:1.27 --replicas=2", "kubectl expose deployment web --port=80",
                     "sleep 20"] {
            session.shell.run(line: line, io: quiet)
        }
        return session
    }

    /// `KUBETUTOR_FUZZ_VERBOSE=1` prints every line, its status and the start of its output (run a target
    /// in-process with `FuzzTests.testVerbose` to see what it does).
    static let verbose = ProcessInfo.processInfo.environment["KUBETUTOR_FUZZ_VERBOSE"] == "1"

    /// What one line printed and returned.
    struct Outcome {
        var stdout = ""
        var stderr = ""
        var status: Int32 = 0
    }

    /// Runs `line` as case `index` (recorded for the crash reporter first, with the lines before it in this
    /// sandbox); output is capped so a runaway case cannot exhaust memory.
    func run(_ line: String, index: Int, in fuzzCase: inout FuzzCase) -> Outcome {
        if index % casesPerSandbox == 0 || lines.count >= casesPerSandbox {
            session = FuzzSandbox.makeSession(in: folder)
            lines = []
        }
        lines.append(line)
        let shown = lines.count == 1 ? line
            : "(a fresh fuzz sandbox, then these lines; the last one failed)\n" + lines.map(\.debugDescription).joined(separator: "\n")
        fuzzCase.running(attachment.isEmpty ? shown : shown + "\n--- with ---\n" + attachment)
        attachment = ""
        var outcome = Outcome()
        let cap = 4_000_000
        let io = ShellIO(stdout: { text in if outcome.stdout.utf8.count < cap { outcome.stdout += text } },
                         stderr: { text in if outcome.stderr.utf8.count < cap { outcome.stderr += text } })
        outcome.status = session.shell.run(line: line, io: io)
        if FuzzSandbox.verbose {
            print("[fuzz \(index)] \(outcome.status) \(line.debugDescription)\n  out: \(outcome.stdout.prefix(300).debugDescription)\n"
                + "  err: \(outcome.stderr.prefix(300).debugDescription)")
        }
        checkConfinement(shown, &fuzzCase)
        return outcome
    }

    /// Nothing may appear next to the working folder, nor at the absolute paths the dictionary names.
    private func checkConfinement(_ input: String, _ fuzzCase: inout FuzzCase) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if entries != ["work"] { fuzzCase.fail("a file was written outside the session folder: \(entries)", input: input) }
        for path in watchedPaths where FileManager.default.fileExists(atPath: path) {
            fuzzCase.fail("a file was written at \(path)", input: input)
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
