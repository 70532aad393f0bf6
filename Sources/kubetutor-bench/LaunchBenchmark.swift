import Foundation

/// Launch-to-first-prompt of the real `kubetutor` binary: the sandbox, two lessons, the quiz and the home screen.
///
/// Definition (printed with the figures): the input `kubectl version --client` + `exit` is waiting in a
/// stdin pipe before the process starts; the clock starts just before posix_spawn and stops when the batch
/// transcript's echo of the first command (`$ kubectl version --client`) has been read from the stdout
/// pipe. Batch mode echoes a command once the command line is parsed and the first line read: the moment
/// an interactive prompt is up. The sandbox's and the lesson's cluster is built on a background thread
/// meanwhile and the first command waits for it, so the time until its answer (`Client Version:`) includes
/// the whole build; it is shown too, with the time until the process has exited. The home screen has no
/// prompt: its figure is the time until the process has exited.
enum LaunchBenchmark {
    static let runs = 15

    /// One way of launching kubetutor, and what marks its prompt in the output.
    struct Launch {
        /// The name in the report.
        var name: String
        /// The arguments after the binary (the data folder is added).
        var arguments: [String]
        /// What is waiting on stdin.
        var input: String
        /// The output that shows the prompt is up (nil: none; the exit counts).
        var promptMarker: String?
    }

    static let launches = [
        Launch(name: "sandbox", arguments: ["sandbox", "--seed", "1"], input: "kubectl version --client\nexit\n",
               promptMarker: "$ kubectl version --client\n"),
        Launch(name: "lesson services", arguments: ["lesson", "services", "--seed", "1"], input: "kubectl version --client\nexit\n",
               promptMarker: "$ kubectl version --client\n"),
        Launch(name: "lesson pods", arguments: ["lesson", "pods", "--seed", "1"], input: "kubectl version --client\nexit\n",
               promptMarker: "$ kubectl version --client\n"),
        // A quiz has no cluster: its first line is an answer (`hint` here), echoed the same way.
        Launch(name: "quiz (interview)", arguments: ["quiz", "--seed", "1"], input: "hint\nquit\n", promptMarker: "$ hint\n"),
        Launch(name: "quiz --mode exam", arguments: ["quiz", "--mode", "exam", "--seed", "1"], input: "hint\nquit\n",
               promptMarker: "$ hint\n"),
        Launch(name: "home", arguments: [], input: "", promptMarker: nil),
    ]

    static func run(binary: String) {
        BenchReport.heading("Launch to first prompt (real binary: \(binary), batch mode)")
        print("  Measured: posix_spawn → first byte-complete `$ kubectl version --client` echo line on the stdout")
        print("  pipe (input already waiting in a stdin pipe; the echo is written once the first line is read,")
        print("  while the cluster is still being built on a background thread; the answer waits for the cluster).")
        print("  Home screen (no prompt): posix_spawn → exit. Median and minimum of \(runs) runs after one warm-up run")
        print("  (which writes the data folder's caches: lesson index, lesson outline, quiz bank outline); sandbox:")
        print("  default profile (minikube).")
        print("  Quiz: the first line is the answer `hint`; its echo `$ hint` marks the prompt.")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            BenchReport.line("launch-to-prompt", "SKIPPED: \(binary) not built (make bench builds it)")
            return
        }
        for launch in launches { measure(launch, binary: binary) }
    }

    private static func measure(_ launch: Launch, binary: String) {
        let dataDir = NSTemporaryDirectory() + "kubetutor-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dataDir) }
        var prompt = LatencySamples(), answer = LatencySamples(), exit = LatencySamples()
        _ = measureOnce(launch, binary: binary, dataDir: dataDir)
        for _ in 0..<runs {
            guard let sample = measureOnce(launch, binary: binary, dataDir: dataDir) else {
                BenchReport.line("\(launch.name): launch-to-prompt", "FAILED: the binary did not echo the first command")
                return
            }
            prompt.add(sample.prompt)
            answer.add(sample.answer)
            exit.add(sample.exit)
        }
        let what = launch.promptMarker == nil ? "launch-to-exit" : "launch-to-prompt (echo of 1st command)"
        BenchReport.line("\(launch.name): \(what)",
                         "median \(BenchReport.ms(prompt.median)), min \(BenchReport.ms(prompt.quantile(0)))"
                         + "   target ≤ 10 ms: \(BenchReport.verdict(prompt.median, target: 10))")
        guard launch.promptMarker != nil else { return }
        if launch.input.hasPrefix("kubectl version") {
            BenchReport.line("\(launch.name): launch-to-answer (Client Version line)", "median \(BenchReport.ms(answer.median))")
        }
        BenchReport.line("\(launch.name): launch-to-exit (after `exit`/`quit`)", "median \(BenchReport.ms(exit.median))")
    }

    private static func measureOnce(_ launch: Launch, binary: String, dataDir: String)
        -> (prompt: Double, answer: Double, exit: Double)? {
        let start = BenchMeasure.nanoseconds()
        guard let child = try? ChildProcess(path: binary, arguments: launch.arguments + ["--data-dir", dataDir],
                                            input: launch.input, captureOutput: true) else { return nil }
        var promptAt: UInt64?
        var answerAt: UInt64?
        var seen = ""
        _ = child.readOutput { text in
            let now = BenchMeasure.nanoseconds()
            seen += text
            if promptAt == nil, let marker = launch.promptMarker, seen.contains(marker) { promptAt = now }
            if answerAt == nil, seen.contains("Client Version:") { answerAt = now }
            return false
        }
        child.closeOutput()
        child.wait()
        let end = BenchMeasure.nanoseconds()
        if launch.promptMarker == nil { promptAt = end }
        guard let promptAt else { return nil }
        func ms(_ at: UInt64) -> Double { Double(at - start) / 1_000_000 }
        return (ms(promptAt), ms(answerAt ?? end), ms(end))
    }
}
