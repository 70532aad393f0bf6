/// Graceful termination: when the API server sets a pod's deletionTimestamp the kubelet stops its
/// containers (SIGTERM, then SIGKILL at the grace period), then removes the pod and frees its IP.
extension KubeletController {
    func beginTermination(_ runtime: PodRuntime, pod: Pod, in cluster: Cluster) {
        runtime.terminatingSince = cluster.now
        let grace = Double(pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30)
        for container in runtime.containers {
            container.nextAction = nil
            guard let instance = container.current, instance.finishedAt == nil else { continue }
            event(runtime, container, reason: "Killing", message: "Stopping container \(container.name)", in: cluster)
            stop(instance, at: cluster.now, grace: grace)
        }
    }

    /// True when no container of the pod is still running.
    func allStopped(_ runtime: PodRuntime) -> Bool {
        runtime.containers.allSatisfy { !$0.isRunning }
    }

    /// Removes the pod once its containers stopped (the kubelet's final delete with grace 0).
    func finishTermination(_ runtime: PodRuntime, in cluster: Cluster) {
        releaseIP(runtime, in: cluster)
        pods[runtime.key] = nil
        for container in runtime.containers { crashBackoff.reset(backoffKey(runtime, container)) }
        _ = try? cluster.api.remove(Pod.self, runtime.key)
    }

    /// Restarts containers whose image changed in the pod spec (the only mutable container field).
    func applySpecChanges(_ runtime: PodRuntime, pod: Pod, in cluster: Cluster) {
        guard runtime.terminatingSince == nil, !runtime.finished else { return }
        for container in runtime.containers {
            guard let spec = pod.spec.allContainers.first(where: { $0.name == container.name }), spec.image != container.spec.image else { continue }
            container.spec = spec
            container.imageName = nil
            container.imageID = nil
            if let instance = container.current, instance.finishedAt == nil {
                event(runtime, container, reason: "Killing", message: "Container \(container.name) definition changed, will be restarted", in: cluster)
                container.restartForNewSpec = true
                stop(instance, at: cluster.now, grace: Double(pod.spec.terminationGracePeriodSeconds ?? 30))
            } else if container.attempted {
                container.waiting = nil
                container.nextAction = (cluster.now, .startAttempt)
            }
        }
    }
}
