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
                            files: SessionFiles, colour: Bool = false, followsWallClock: Bool = false) -> SandboxSession {
        make(SandboxOptions(profile: profile, workers: workers, seed: seed, start: start, files: files, colour: colour,
                            followsWallClock: followsWallClock))
    }

    /// A sandbox set up as `options` say.
    public static func make(_ options: SandboxOptions) -> SandboxSession {
        SandboxSession(shell: TutorialShell(kubectl: kubectl(for: options)), options: options)
    }

    /// A fresh cluster and kubectl for `options` (what `reset` builds again).
    static func kubectl(for options: SandboxOptions) -> KubectlSession {
        let cluster = Cluster.make(profile: options.profile, seed: options.seed, start: options.start, workers: options.workers)
        _ = cluster.faults
        return KubectlSession(cluster: cluster, profile: options.profile, files: options.files)
    }
}
