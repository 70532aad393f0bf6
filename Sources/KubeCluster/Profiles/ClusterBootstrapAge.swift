/// Makes a freshly booted cluster look as old as a real one without simulating every second of its life.
///
/// The bootstrap runs only the last minutes of a cluster's life for real (so pods are scheduled, pulled and
/// ready the way controllers make them), then moves every creation and start time back by the rest of its
/// age. Events older than the API server's one-hour TTL are dropped, as a real cluster would have.
enum ClusterBootstrapAge {
    /// How much of a cluster's age is simulated second by second.
    static let simulatedSeconds: Double = 300

    /// Shifts every object's creation time (and pods' and nodes' start and transition times) back by `offset`.
    static func backdate(_ cluster: Cluster, by offset: Double, age: Double) {
        guard offset > 0 else { return }
        let shift = Int64(offset.rounded(.down))
        func earlier(_ time: Timestamp) -> Timestamp { time.isZero ? time : Timestamp(seconds: time.seconds - shift) }
        for resource in cluster.store.resources {
            for object in cluster.store.listAny(resource: resource) {
                if object is Event {
                    if age > EventRecorder.timeToLive { cluster.store.removeAny(resource: resource, object.key) }
                    continue
                }
                var moved = object
                moved.metadata.creationTimestamp = earlier(moved.metadata.creationTimestamp)
                if var pod = moved as? Pod {
                    pod.status.startTime = pod.status.startTime.map(earlier)
                    pod.status.conditions = pod.status.conditions?.map { condition in
                        var shifted = condition
                        shifted.lastTransitionTime = earlier(condition.lastTransitionTime)
                        return shifted
                    }
                    pod.status.containerStatuses = pod.status.containerStatuses?.map { status in
                        var shifted = status
                        if let running = status.state.running {
                            shifted.state = .running(since: earlier(running.startedAt))
                        }
                        return shifted
                    }
                    moved = pod
                } else if var node = moved as? Node {
                    node.status.conditions = node.status.conditions?.map { condition in
                        var shifted = condition
                        shifted.lastTransitionTime = condition.lastTransitionTime.map(earlier)
                        return shifted
                    }
                    moved = node
                }
                cluster.store.putAny(moved)
            }
        }
        cluster.settle()
    }
}
