import Foundation
import KubeCluster

// kubetutor-bench: the performance figures of issue 9, in one run (release build: `make bench`).
//
//   kubetutor-bench                    everything: launch, latency at 100 pods, the 10,000-pod scale run
//   kubetutor-bench --scenario NAME    one part only, in this process: launch | small | scale
//   KUBETUTOR_BENCH_BINARY=PATH        the kubetutor binary to launch (default: next to this executable)
//
// The in-process scenarios each run in a fresh child process, so each peak-memory figure is its own.

/// Where the real kubetutor binary is: $KUBETUTOR_BENCH_BINARY, else next to this executable.
func kubetutorBinary() -> String {
    if let path = ProcessInfo.processInfo.environment["KUBETUTOR_BENCH_BINARY"], !path.isEmpty { return path }
    let me = URL(fileURLWithPath: CommandLine.arguments.first ?? "kubetutor-bench").resolvingSymlinksInPath()
    return me.deletingLastPathComponent().appendingPathComponent("kubetutor").path
}

/// Latency at 100 pods: a 100-node kind cluster with 10 Deployments × 10 replicas.
func runSmallScenario() {
    let cluster = ScaleBenchmark.makeCluster()
    for index in 0..<10 { _ = try? cluster.api.create(BenchWorkloads.deployment("web-\(index)", replicas: 10)) }
    _ = cluster.advanceUntilDeploymentsReady()
    CommandLatencyBenchmark(cluster: cluster, scale: "100 workload pods", iterations: 300, getPodsTarget: 1,
                            commandTarget: 1).run()
    BenchReport.line("peak memory of this scenario (ru_maxrss)", String(format: "%.1f MiB", BenchMeasure.peakResidentMiB()))
}

/// Runs one scenario in a child process (this executable with `--scenario`), output inherited.
func runInChild(_ scenario: String) {
    let me = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().path
    do {
        let child = try ChildProcess(path: me, arguments: ["--scenario", scenario], input: nil, captureOutput: false,
                                     quietErrors: false)
        let status = child.wait()
        if status != 0 { print("  (scenario \(scenario) ended with status \(status))") }
    } catch {
        print("  scenario \(scenario) could not start: \(error)")
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--scenario", arguments.count == 2 {
    switch arguments[1] {
    case "launch": LaunchBenchmark.run(binary: kubetutorBinary())
    case "small": runSmallScenario()
    case "scale": ScaleBenchmark.run(latencyIterations: 30)
    default:
        FileHandle.standardError.write("unknown scenario \(arguments[1]); use launch, small or scale\n".data(using: .utf8) ?? Data())
        exit(2)
    }
} else if arguments.isEmpty {
    print("kubetutor-bench — kubetutor \(KubeClusterInfo.kubernetesVersion) simulated cluster, \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print("Targets: launch ≤ 10 ms · a command ≤ 1 ms at 100 pods · get pods -A ≤ 30 ms at 10,000 pods · the simulated hour ≤ 1 s · ≤ 100 MiB peak")
    LaunchBenchmark.run(binary: kubetutorBinary())
    runInChild("small")
    runInChild("scale")
} else {
    FileHandle.standardError.write("usage: kubetutor-bench [--scenario launch|small|scale]\n".data(using: .utf8) ?? Data())
    exit(2)
}
