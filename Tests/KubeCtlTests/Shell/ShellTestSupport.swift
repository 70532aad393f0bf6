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

extension ShellFixture {
    /// The files the golden cases were captured with.
    static let goldenFiles: [String: String] = [
        "pods.txt": """
            NAME                                   READY   STATUS    RESTARTS   AGE
            kubernetes-bootcamp-5485cc6795-abcde   1/1     Running   0          5m
            nginx-7854ff8877-xyz12                 1/1     Running   2          3h
            redis-0                                0/1     Pending   0          10s
            web-1                                  1/1     Running   0          1d

            """,
        "f": "a1\nb2\nc3\nd4\ne5\nf6\na7\n",
        "data.csv": "name,ns,count\napi,default,3\ndb,prod,10\ncache,default,7\n",
        "words": "banana\napple\nBanana\napple\ncherry\n10\n9\n100\n",
        "d/inner.txt": "in\n",
    ]

    /// A fixture over the golden files.
    static func golden() -> ShellFixture { ShellFixture(files: goldenFiles) }
}
