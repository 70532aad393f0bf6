import Foundation
import KubeCluster
import KubeCtl
import XCTest

/// One step of a twin scenario: a cluster served to the upstream kubectl and a twin changed through the REPL.
enum ScenarioStep {
    /// Run through the real kubectl on the served cluster and through the REPL on the twin; compare.
    case change(String)
    /// Run through both doors on the served cluster; compare (ages normalized when asked).
    case read(String, normalizeAges: Bool = false)
    /// Run through the REPL on both clusters (set-up the real kubectl cannot do, e.g. `minikube addons`).
    case setup(String)
    /// Run through the REPL on both clusters and compare: the changes made through the API stored the same objects.
    case state(String)
    /// Move both clusters to the later of their two clocks (after a command whose waiting the REPL models differently,
    /// e.g. `drain` polling every second).
    case sync
    /// Run through both doors on the served cluster and expect a difference the REPL is known to have (`reason`);
    /// fails once the REPL is fixed, so the step can become a `read`.
    case knownDifference(String, reason: String)
}

extension XCTestCase {
    /// Runs `steps` on a served cluster and its twin (same profile and seed), comparing as each step says.
    func runTwinScenario(_ steps: [ScenarioStep], profile: ClusterProfile = .minikube, files: [String: String] = [:],
                          file: StaticString = #filePath, line: UInt = #line) throws {
        try ServeHarness.requireKubectl()
        let served = try ServeHarness(profile: profile)
        let twin = try ServeHarness(profile: profile)
        for (name, text) in files {
            try served.writeFile(name, text)
            try twin.writeFile(name, text)
        }
        for step in steps {
            switch step {
            case .change(let command):
                served.compare(command, real: served.kubectl(command), ours: twin.repl(command), file: file, line: line)
                if ProcessInfo.processInfo.environment["KUBESERVE_TRACE_CLOCKS"] != nil {
                    print("clock gap after `\(command)`: \(served.cluster.now - twin.cluster.now) s")
                }
            case .read(let command, let normalizeAges):
                served.assertSameOutput(command, normalizeAges: normalizeAges, file: file, line: line)
            case .state(let command):
                served.compare(command, real: served.repl(command), ours: twin.repl(command), file: file, line: line)
            case .sync:
                let instant = max(served.cluster.now, twin.cluster.now)
                served.cluster.advance(to: instant)
                twin.cluster.advance(to: instant)
            case .knownDifference(let command, let reason):
                let real = served.kubectl(command)
                let ours = served.repl(command)
                XCTAssertNotEqual(real.out + real.err, ours.out + ours.err,
                                  "`\(command)` now matches the upstream kubectl (\(reason)): make it a read step", file: file, line: line)
            case .setup(let command):
                for harness in [served, twin] where harness.repl(command).status != 0 {
                    XCTFail("set-up `\(command)` failed", file: file, line: line)
                }
            }
        }
    }
}
