import Foundation
import KubeCluster
import KubeCtl
import Terminal
import Tutor
import XCTest

/// Nothing a learner types reaches the host beyond the session's working folder, and nothing printed
/// can drive the terminal: control characters from names, annotations, files and lesson text are
/// neutralised before they reach it.
final class HostSafetyTests: XCTestCase {
    private var folder: URL!
    private var session: SandboxSession!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-host-\(UUID().uuidString)")
        let outside = folder.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "secret: 1\n".write(to: outside.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let files = DirectorySessionFiles(root: folder.appendingPathComponent("work", isDirectory: true))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("work/link"), withDestinationURL: outside)
        session = SandboxFactory.make(SandboxOptions(profile: .minikube, seed: 1, start: SandboxFactory.fixedStart, files: files))
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func run(_ line: String) -> (out: String, err: String) {
        var out = "", err = ""
        _ = session.run(line: line, io: ShellIO(stdout: { out += $0 }, stderr: { err += $0 }))
        return (out, err)
    }

    /// `-f` paths, redirections, `save`/`load` and `cd` that leave the working folder are refused with a
    /// message naming the path, and the folder next to it is untouched.
    func testPathsOutsideTheWorkingFolderAreRefused() throws {
        let outside = folder.appendingPathComponent("outside").path
        let attempts: [(line: String, path: String)] = [
            ("kubectl apply -f ../outside/x.yaml", "../outside/x.yaml"),
            ("kubectl create -f \(outside)/x.yaml", "\(outside)/x.yaml"),
            ("kubectl apply -f link/x.yaml", "link/x.yaml"),
            ("kubectl delete -f /etc/passwd", "/etc/passwd"),
            ("echo hi > ../escape.txt", "../escape.txt"),
            ("echo hi >> \(outside)/x.yaml", "\(outside)/x.yaml"),
            ("echo hi > link/new.txt", "link/new.txt"),
            ("kubectl get pods -o yaml > /tmp/kubetutor-escape-\(UUID().uuidString)", "/tmp/kubetutor-escape-"),
            ("cat ../outside/x.yaml", "../outside/x.yaml"),
            ("cat < /etc/hostname", "/etc/hostname"),
            ("save ../s.yaml", "../s.yaml"),
            ("save link/s.yaml", "link/s.yaml"),
            ("load ../outside/x.yaml", "../outside/x.yaml"),
            ("rm -rf ../outside", "../outside"),
            ("cd .. && echo hi > x", ".."),
        ]
        for attempt in attempts {
            let result = run(attempt.line)
            XCTAssertTrue(result.err.contains(attempt.path), "\(attempt.line): \(result.err.debugDescription)")
            XCTAssertFalse(result.out.contains("secret"), "\(attempt.line) read outside the folder")
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: outside)
        XCTAssertEqual(kept, ["x.yaml"])
        XCTAssertEqual(try String(contentsOfFile: outside + "/x.yaml", encoding: .utf8), "secret: 1\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["outside", "work"])
    }

    /// Escape sequences an object carries (an annotation, a ConfigMap value, a file's text, the
    /// namespace shown in the prompt) reach the screen only as visible text.
    func testControlCharactersNeverReachTheTerminal() {
        var screen = ""
        let output = ReplOutput(standardOutput: { screen += $0 }, standardError: { screen += $0 })
        let repl = LearnerRepl(session: session, style: TerminalStyle(enabled: false), followsWallClock: false)
        let lines = ["kubectl create configmap c --from-literal=k=$'\\e[2J\\e]0;pwned\\a'",
                     "kubectl annotate configmap c note=$'\\e[1;1H\\b\\r'", "kubectl describe configmap c",
                     "kubectl get configmap c -o jsonpath='{.data.k}'", "printf '\\033[2Jclear\\n' > f.txt; cat f.txt",
                     "kubectl config set-context --current --namespace=$'\\e[31mred'", "kubectl get pods"]
        for line in lines { _ = repl.run(line: line, output: output) }
        screen += repl.prompt
        XCTAssertFalse(screen.contains("\u{1B}[2J"), screen.debugDescription)
        XCTAssertFalse(screen.contains("\u{1B}]"), screen.debugDescription)
        XCTAssertFalse(screen.contains("\u{7}"), screen.debugDescription)
        XCTAssertFalse(screen.contains("\u{8}"), screen.debugDescription)
        XCTAssertTrue(screen.contains("^[[2J"), "the sequence is shown, not dropped: \(screen.debugDescription)")
    }

    /// `clear` is the one command whose escape sequences reach the terminal (and only through the
    /// terminal's own writer): at the prompt and in a pod shell; a transcript shows nothing for it, and
    /// `clear > file` writes the sequences as text, as the real command does.
    func testClearClearsTheTerminalButNotATranscript() throws {
        var screen = ""
        let output = ReplOutput(standardOutput: { screen += $0 }, standardError: { screen += $0 })
        let repl = LearnerRepl(session: session, style: TerminalStyle(enabled: false), followsWallClock: false)
        _ = repl.run(line: "clear", output: output)
        XCTAssertEqual(screen, "\u{1B}[H\u{1B}[2J")
        screen = ""
        _ = repl.run(line: "clear > cleared.txt; cat cleared.txt", output: output)
        XCTAssertEqual(screen, "^[[H^[[2J")
        _ = repl.run(line: "kubectl run box --image=busybox -- sleep 3600", output: output)
        _ = repl.run(line: "sleep 20", output: output)
        _ = repl.run(line: "kubectl exec -it box -- sh", output: output)
        XCTAssertTrue(repl.isAttached, screen)
        screen = ""
        _ = repl.run(line: "clear", output: output)
        XCTAssertEqual(screen, "\u{1B}[H\u{1B}[2J")
        _ = repl.run(line: "exit", output: output)
        var transcript = ""
        let batch = BatchTranscript(session: session, write: { transcript += $0 }, writeError: { transcript += $0 })
        var lines = ["clear", "echo done"][...]
        batch.run { lines.popFirst() }
        XCTAssertEqual(transcript, "$ clear\n$ echo done\ndone\n")
    }

    func testNeutralisingTable() {
        let cases: [(String, String)] = [
            ("plain text\n\ttab", "plain text\n\ttab"),
            ("\u{1B}[31mred\u{1B}[0m", "\u{1B}[31mred\u{1B}[0m"),
            ("\u{1B}[2J", "^[[2J"),
            ("\u{1B}]0;title\u{7}", "^[]0;title^G"),
            ("a\rb", "a^Mb"),
            ("line\r\n", "line\r\n"),
            ("\u{0}\u{7F}", "^@^?"),
            ("\u{9B}31m", "\\u{9B}31m"),
            ("中文 🚀", "中文 🚀"),
            ("\u{1B}", "^["),
            ("\u{1B}[", "^[["),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(TerminalText.neutralised(input), expected, input.debugDescription)
        }
    }
}
