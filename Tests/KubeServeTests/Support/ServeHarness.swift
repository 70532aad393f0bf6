import Foundation
import KubeCluster
import KubeCtl
import KubeServe
import XCTest

/// One simulated cluster with two doors: the REPL's kubectl (`repl`) and the upstream kubectl 1.32 binary talking
/// to `kubetutor serve` over HTTP (`kubectl`). The server runs on the test thread, only while a kubectl process
/// runs, so the cluster is never touched from two threads.
final class ServeHarness {
    /// The upstream kubectl the outputs are checked against.
    static let kubectlPath = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32"
    /// 2026-01-05 09:00:00 UTC, the deterministic sandbox start.
    static let start: Double = 1_767_603_600

    let shell: TutorialShell
    let server: KubeAPIServer
    let folder: URL
    var cluster: Cluster { shell.kubectl.cluster }

    /// Skips the test (saying why) when the upstream kubectl is not installed.
    static func requireKubectl() throws {
        guard FileManager.default.isExecutableFile(atPath: kubectlPath) else {
            throw XCTSkip("the upstream kubectl 1.32 (\(kubectlPath)) is not installed, so kubetutor serve cannot be checked against it")
        }
    }

    init(profile: ClusterProfile = .minikube, seed: UInt64 = 1) throws {
        let cluster = Cluster.make(profile: profile, seed: seed, start: ServeHarness.start)
        shell = TutorialShell(kubectl: KubectlSession(cluster: cluster, profile: profile, files: InMemorySessionFiles()))
        // Changes settle when kubectl exits (as the REPL settles after each command), not when it pauses.
        server = try KubeAPIServer(cluster: cluster, clock: .fastForward(reactionTime: 0.35, settleDelay: .infinity))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try server.writeKubeconfig(to: folder.appendingPathComponent("kubeconfig").path)
    }

    deinit {
        server.shutdown()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs one REPL line on the cluster; returns stdout, stderr and the status.
    @discardableResult
    func repl(_ line: String) -> (out: String, err: String, status: Int32) {
        var out = ""
        var err = ""
        let status = shell.run(line: line, io: ShellIO(stdout: { out += $0 }, stderr: { err += $0 }))
        return (out, err, status)
    }

    /// Writes a file both doors can read: the REPL's working files and the harness folder for the real kubectl.
    func writeFile(_ name: String, _ text: String) throws {
        try shell.kubectl.files.write(name, text)
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    /// Runs the upstream kubectl with `line`'s arguments (split like a shell; `kubectl` first) against the server,
    /// serving its requests until it exits; returns stdout, stderr and the exit status.
    @discardableResult
    func kubectl(_ line: String, timeout: Double = 60) -> (out: String, err: String, status: Int32) {
        var words = ShellWords.split(line)
        if words.first == "kubectl" { words.removeFirst() }
        return client(ServeHarness.kubectlPath, words, timeout: timeout)
    }

    /// Runs any client program (kubectl, python3 …) with the harness kubeconfig in $KUBECONFIG, serving its requests
    /// until it exits; returns stdout, stderr and the exit status.
    func client(_ executable: String, _ arguments: [String], timeout: Double = 60) -> (out: String, err: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["KUBECONFIG": folder.appendingPathComponent("kubeconfig").path, "HOME": folder.path,
                               "PATH": "/usr/bin:/bin", "LANG": "C"]
        let output = CapturedPipe()
        let errors = CapturedPipe()
        process.standardOutput = output.pipe
        process.standardError = errors.pipe
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return ("", "cannot start \(executable): \(error)", -1) }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            server.step(timeout: 2)
            if Date() > deadline { process.terminate() }
        }
        process.waitUntilExit()
        server.settle()
        return (output.text(), errors.text(), process.terminationStatus)
    }
}

/// A pipe whose bytes are collected on a background queue as they arrive (so a chatty child never blocks).
final class CapturedPipe {
    let pipe = Pipe()
    private var data = Data()
    private let lock = NSLock()

    init() {
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            guard let self, !chunk.isEmpty else { return }
            self.lock.lock()
            self.data.append(chunk)
            self.lock.unlock()
        }
    }

    /// Everything written, once the writer has exited.
    func text() -> String {
        pipe.fileHandleForReading.readabilityHandler = nil
        let rest = pipe.fileHandleForReading.readDataToEndOfFile()
        lock.lock()
        defer { lock.unlock() }
        data.append(rest)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Output differences that are not fidelity problems: ages kubectl computes on the client from the wall clock
/// (describe's event and pod ages) while the REPL uses simulated time.
enum OutputNormalizer {
    /// Replaces every Go duration-looking word (`5m`, `4h3m`, `12s`, `3d`) with `<age>` and runs of spaces with one
    /// (column widths follow the ages' lengths).
    static func ages(_ text: String) -> String {
        let pattern = try? NSRegularExpression(pattern: "(?<![\\w.])\\d+(d|h|m|s)(\\d+(h|m|s))?(?![\\w.])")
        let range = NSRange(text.startIndex..., in: text)
        let replaced = pattern?.stringByReplacingMatches(in: text, range: range, withTemplate: "<age>") ?? text
        let spaces = try? NSRegularExpression(pattern: " +")
        return spaces?.stringByReplacingMatches(in: replaced, range: NSRange(replaced.startIndex..., in: replaced), withTemplate: " ")
            ?? replaced
    }
}

/// The first lines where two outputs differ, for readable failure messages.
enum LineDiff {
    static func describe(expected: String, actual: String, limit: Int = 8) -> String {
        let left = expected.components(separatedBy: "\n")
        let right = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(left.count, right.count) where lines.count < limit * 2 {
            let real = index < left.count ? left[index] : "<missing>"
            let ours = index < right.count ? right[index] : "<missing>"
            if real != ours {
                lines.append("  line \(index + 1) kubectl: \(real)")
                lines.append("  line \(index + 1) REPL:    \(ours)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension ServeHarness {
    /// Runs `line` through both doors on the same state and fails with the differing lines where outputs differ.
    func assertSameOutput(_ line: String, normalizeAges: Bool = false, file: StaticString = #filePath, line number: UInt = #line) {
        let real = kubectl(line)
        let ours = repl(line)
        compare(line, real: real, ours: ours, normalizeAges: normalizeAges, file: file, line: number)
    }

    /// Fails with the differing lines where the upstream kubectl's result and the REPL's differ.
    func compare(_ command: String, real: (out: String, err: String, status: Int32), ours: (out: String, err: String, status: Int32),
                 normalizeAges: Bool = false, file: StaticString = #filePath, line number: UInt = #line) {
        let normalize: (String) -> String = normalizeAges ? OutputNormalizer.ages : { $0 }
        let (realOut, oursOut) = (normalize(real.out), normalize(ours.out))
        if realOut != oursOut {
            XCTFail("stdout of `\(command)` differs:\n" + LineDiff.describe(expected: realOut, actual: oursOut), file: file, line: number)
        }
        if real.err != ours.err {
            XCTFail("stderr of `\(command)` differs:\n" + LineDiff.describe(expected: real.err, actual: ours.err), file: file, line: number)
        }
        XCTAssertEqual(real.status, ours.status, "exit status of `\(command)`", file: file, line: number)
    }
}

/// Splits a command line into words as a POSIX shell would for simple lines: single and double quotes, backslashes.
enum ShellWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\", open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
