import Foundation
import KubeCluster
import KubeCtl

/// `reset`, `save FILE` and `load FILE`.
extension SandboxSession {
    /// `reset`: a fresh cluster of the same profile and seed (a challenge in progress ends).
    func resetCommand(_ call: TutorialCommandCall) -> Int32 {
        guard call.argv.count == 1 else {
            call.err("usage: reset   (a fresh cluster of the same profile and seed)")
            return 1
        }
        var fresh = options
        if options.followsWallClock { fresh.start = cluster.now.rounded(.down) }
        let kubectl = SandboxFactory.kubectl(for: fresh)
        endChallenge()
        replaceCluster(kubectl.cluster, profile: fresh.profile, clusterName: kubectl.clusterName, config: kubectl.config)
        clock.paused = false
        call.out("fresh \(fresh.profile.rawValue) cluster (seed \(fresh.seed)): "
            + "\(kubectl.cluster.store.list(Node.self).count) node(s), nothing of yours in it; your shell variables and files stay")
        return 0
    }

    /// `save FILE`: the whole sandbox as readable YAML in the working folder.
    func saveCommand(_ call: TutorialCommandCall) -> Int32 {
        guard call.argv.count == 2 else {
            call.err("usage: save FILE   (e.g. save broken.yaml; `load broken.yaml` continues from there)")
            return 1
        }
        let path = call.argv[1]
        let file = SandboxSaveFile(profile: options.profile, workers: options.workers, clusterName: shell.kubectl.clusterName,
                                   config: shell.kubectl.config, loadedImages: shell.kubectl.loadedImages.sorted(),
                                   speed: clock.speed, paused: clock.paused, snapshot: cluster.snapshot())
        let text = file.text()
        do {
            try shell.interpreter.writeFileDurably(path, text)
        } catch {
            call.err("save: \(path): \(Self.reason(error))")
            return 1
        }
        let objects = file.snapshot.objects.count
        call.out("saved \(objects) objects, the clock (\(clockText())) and the kubelets' state to \(path) "
            + "(\(text.utf8.count / 1024) KiB); `load \(path)` continues from here")
        if challenge != nil { call.out("(the challenge in progress is not part of the file)") }
        return 0
    }

    /// `load FILE`: continue a saved sandbox.
    func loadFileCommand(_ call: TutorialCommandCall) -> Int32 {
        guard call.argv.count == 2 else {
            call.err("usage: load FILE   (a file written by `save`)   or   load DEPLOY --cpu 500m")
            return 1
        }
        let path = call.argv[1]
        let text: String
        do {
            text = try shell.interpreter.readFile(path)
        } catch {
            let deployment = cluster.store.get(Deployment.self, namespace: shell.kubectl.config.defaultNamespace, name: path)
            call.err("load: \(path): \(Self.reason(error))"
                + (deployment == nil ? "" : " (to add CPU load to deployment/\(path): load \(path) --cpu 500m)"))
            return 1
        }
        do {
            let file = try SandboxSaveFile.read(text)
            let restored = try Cluster.restore(from: file.snapshot)
            endChallenge()
            replaceCluster(restored, profile: file.profile, clusterName: file.clusterName, config: file.config)
            options.workers = file.workers
            shell.kubectl.loadedImages = Set(file.loadedImages)
            clock.speed = file.speed
            clock.paused = file.paused
            call.out("loaded \(path): \(file.profile.rawValue) cluster at \(clockText()), \(file.snapshot.objects.count) objects, "
                + "\(restored.faults.active.count) active fault(s)")
            call.out("approximated on loading: " + ClusterSnapshot.approximations.joined(separator: "; "))
            return 0
        } catch {
            call.err("load: \(path): \(error)")
            return 1
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as? SessionFileError)?.reason ?? "\(error)"
    }
}
