import Foundation
import KubeCluster
import KubeCtl

/// Builds a sandbox: a fresh cluster of a profile, kubectl in front of it, and the learner's shell.
public enum SandboxFactory {
    /// The instant a deterministic (manual-clock) sandbox starts at: 2026-01-05 09:00:00 UTC.
    public static let fixedStart: Double = 1_767_603_600

    /// A sandbox of `profile` with `workers` extra nodes, seeded with `seed`, starting at `start`,
    /// whose working files live in `files`.
    public static func make(profile: ClusterProfile, workers: Int?, seed: UInt64, start: Double,
                            files: SessionFiles) -> SandboxSession {
        let cluster = Cluster.make(profile: profile, seed: seed, start: start, workers: workers)
        let kubectl = KubectlSession(cluster: cluster, profile: profile, files: files)
        return SandboxSession(shell: TutorialShell(kubectl: kubectl))
    }
}
