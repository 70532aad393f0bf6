import XCTest
@testable import KubeCtl

/// A host that records every call and answers from a table keyed by the joined argv.
final class RecordingHost: ShellCommandHost {
    /// One recorded call.
    struct Call: Equatable {
        var argv: [String]
        var stdin: String?
    }

    private(set) var calls: [Call] = []
    /// Canned answers: "kubectl get pods" → (stdout, stderr, status).
    var answers: [String: (stdout: String, stderr: String, status: Int32)] = [:]
    /// Variables seen by the last call (name=value of exported ones).
    private(set) var lastEnvironment: [String] = []

    func run(_ argv: [String], stdin: String?, io: ShellIO, shell: ShellInterpreter) -> Int32 {
        calls.append(Call(argv: argv, stdin: stdin))
        lastEnvironment = shell.exportedEnvironment.map { "\($0.name)=\($0.value)" }
        if let answer = answers[argv.joined(separator: " ")] {
            io.stdout(answer.stdout)
            io.stderr(answer.stderr)
            return answer.status
        }
        if argv.first == "kubectl" || argv.first == "minikube" || argv.first == "curl" { return 0 }
        io.stderr("\(argv[0]): not available in kubetutor\n")
        return 127
    }

    func commandPath(_ name: String) -> String? {
        name == "kubectl" ? "/usr/local/bin/kubectl" : nil
    }
}

/// What one shell run printed.
struct ShellRunResult: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// A shell wired to a recording host and in-memory files.
final class ShellFixture {
    let host = RecordingHost()
    let files: InMemorySessionFiles
    let shell: ShellInterpreter

    init(files: [String: String] = [:], limits: ShellLimits = .standard) {
        self.files = InMemorySessionFiles(files: files)
        self.shell = ShellInterpreter(host: host, files: self.files, limits: limits)
    }

    /// Runs a command text and returns what it printed.
    @discardableResult
    func run(_ line: String) -> ShellRunResult {
        var stdout = ""
        var stderr = ""
        let status = shell.run(line: line, io: ShellIO(stdout: { stdout += $0 }, stderr: { stderr += $0 }))
        return ShellRunResult(stdout: stdout, stderr: stderr, status: status)
    }
}
