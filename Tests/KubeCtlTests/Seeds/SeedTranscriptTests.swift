import Foundation
import KubeCluster
import XCTest
@testable import KubeCtl

/// Golden transcripts of the learner notes in /work/shared/seeds: every command line of a note, in the
/// order and on the cluster the note implies (placeholders filled in as a learner would), with what
/// kubetutor prints. The goldens were checked line by line against kubectl 1.32 and the outputs the notes
/// themselves show; a change here is a change learners see.
///
/// resourceVersions are masked (they count every write, which the simulator may legitimately batch
/// differently); everything else must match byte for byte. Set KUBETUTOR_SEED_TRANSCRIPTS to a folder to
/// write the actual transcripts there when updating the goldens on purpose.
final class SeedTranscriptTests: XCTestCase {
    /// Seed 000 (kind, zh-TW DevOps notes): go-api Deployment, Services, rolling update and rollback,
    /// CrashLoopBackOff, kube-system, metrics-server from components.yaml (stuck on x509 until the json
    /// patch adds --kubelet-insecure-tls), kubectl top, an HPA, logs and events.
    func testSeed000KindDevOpsNotes() {
        check("seed000", profile: .kind, SeedScripts.seed000, golden: SeedGoldens000.text)
    }

    /// Seed 001 (minikube, zh-TW K8s quick start part 2): contexts, namespaces, nodes, pods, deployments.
    func testSeed001QuickStartCommands() {
        check("seed001", profile: .minikube, SeedScripts.seed001, golden: SeedGoldens001.text)
    }

    /// Seed 002 (minikube, Kubernetes Basics notes): expose, labels, scale, rolling update, rollback.
    func testSeed002KubernetesBasics() {
        check("seed002", profile: .minikube, SeedScripts.seed002, golden: SeedGoldens002.text)
    }

    /// Seed 003 (minikube, reading notes): hello-minikube, services, add-ons, bootcamp rollout.
    func testSeed003MinikubeWalkthrough() {
        check("seed003", profile: .minikube, SeedScripts.seed003, golden: SeedGoldens003.text)
    }

    /// Seed 004 (minikube, interview Q&A): nodes, contexts, autoscale, api-resources, static pods.
    func testSeed004InterviewQuestions() {
        check("seed004", profile: .minikube, SeedScripts.seed004, golden: SeedGoldens004.text)
    }

    private func check(_ name: String, profile: ClusterProfile, _ lines: [String], golden: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        let actual = Self.masked(KubectlHarness(profile: profile).transcript(lines))
        if let folder = ProcessInfo.processInfo.environment["KUBETUTOR_SEED_TRANSCRIPTS"] {
            try? actual.write(toFile: "\(folder)/\(name).txt", atomically: true, encoding: .utf8)
        }
        let expected = golden + "\n"  // a multi-line literal drops the final line break
        guard actual != expected else { return }
        let actualLines = actual.components(separatedBy: "\n"), expectedLines = expected.components(separatedBy: "\n")
        let index = Array(zip(actualLines, expectedLines)).firstIndex { $0.0 != $0.1 } ?? min(actualLines.count, expectedLines.count)
        XCTFail("""
            \(name) transcript differs at line \(index + 1):
              expected: \(index < expectedLines.count ? expectedLines[index] : "<end>")
              actual:   \(index < actualLines.count ? actualLines[index] : "<end>")
            """, file: file, line: line)
    }

    /// The transcript with every `resourceVersion: "N"` replaced by `resourceVersion: "<rv>"`.
    static func masked(_ text: String) -> String {
        text.replacingOccurrences(of: #"resourceVersion: "[0-9]+""#, with: #"resourceVersion: "<rv>""#,
                                  options: .regularExpression)
    }
}
