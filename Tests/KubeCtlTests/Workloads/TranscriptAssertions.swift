import XCTest
@testable import KubeCtl

extension KubectlHarness {
    /// Runs `lines` as a batch transcript and compares it with `expected`, reporting the first differing line.
    func assertTranscript(_ lines: [String], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let actual = transcript(lines)
        guard actual != expected else { return }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? actualLines[index] : "<end>"
        let wanted = index < expectedLines.count ? expectedLines[index] : "<end>"
        XCTFail("transcript differs at line \(index + 1):\n  expected: \(wanted)\n  actual:   \(got)\n--- actual transcript ---\n\(actual)"
                + "--- end ---", file: file, line: line)
    }
}

/// The starting points the workload transcripts use.
enum WorkloadScenario {
    /// The Kubernetes Basics tutorial's state after "Deploy an app": kubernetes-bootcamp running one replica, a minute old.
    static func bootcamp() throws -> KubectlHarness {
        let harness = KubectlHarness()
        try harness.createDeployment("kubernetes-bootcamp", image: "gcr.io/google-samples/kubernetes-bootcamp:v1", port: 8080)
        harness.advance(60)
        return harness
    }

    /// A 3-replica nginx Deployment `web`, a bare nginx pod `tmp` and a config map, settled for a minute.
    static func web() throws -> KubectlHarness {
        let harness = KubectlHarness()
        try harness.createDeployment("web", image: "nginx:1.27", replicas: 3)
        try harness.createPod("tmp", image: "nginx:1.27")
        var settings = ConfigMapFixture.make("settings", data: ["log-level": "debug", "mode": "fast"])
        settings = try harness.cluster.api.create(settings)
        harness.advance(60)
        return harness
    }
}
