/// The kubelet's node-level duties: posting node status (conditions, images) every 5 minutes, stopping
/// and resuming when a node goes down or comes back.
extension KubeletController {
    /// How often the kubelet posts node status when nothing changed (`nodeStatusReportFrequency`).
    static let statusReportInterval: Double = 300

    /// Starts the periodic status reports of `name` (idempotent).
    func startHeartbeats(_ name: String, in cluster: Cluster) {
        let node = nodeRuntime(name, in: cluster)
        guard !node.reporting else { return }
        node.reporting = true
        scheduleHeartbeat(name, in: cluster)
    }

    private func scheduleHeartbeat(_ name: String, in cluster: Cluster) {
        cluster.clock.schedule(after: Self.statusReportInterval) { [weak self, weak cluster] in
            guard let self, let cluster, cluster.store.get(Node.self, namespace: "", name: name) != nil else {
                self?.nodes[name]?.reporting = false
                return
            }
            if self.nodes[name]?.isUp ?? true { self.postNodeStatus(name, in: cluster) }
            self.scheduleHeartbeat(name, in: cluster)
        }
    }

    /// Posts the node's conditions as a healthy kubelet reports them, refreshing heartbeat times.
    func postNodeStatus(_ name: String, in cluster: Cluster) {
        guard var node = cluster.store.get(Node.self, namespace: "", name: name) else { return }
        let now = cluster.timestamp
        nodeRuntime(name, in: cluster).lastHeartbeat = cluster.now
        let healthy: [(String, String, String, String)] = [
            ("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
            ("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            ("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            ("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
        ]
        let old = node.status.conditions ?? []
        node.status.conditions = healthy.map { type, status, reason, message in
            let previous = old.first { $0.type == type }
            let since = previous?.status == status ? (previous?.lastTransitionTime ?? now) : now
            return NodeCondition(type: type, status: status, lastHeartbeatTime: now, lastTransitionTime: since, reason: reason, message: message)
        }
        cluster.api.updateStatus(node)
    }

    /// Writes the node's image list (largest first, like the kubelet).
    func updateNodeImages(_ runtime: NodeRuntime, in cluster: Cluster) {
        guard var node = cluster.store.get(Node.self, namespace: "", name: runtime.name) else { return }
        let images = runtime.images.values.sorted { ($0.sizeBytes, $0.normalized) > ($1.sizeBytes, $1.normalized) }
            .map { ContainerImage(names: [$0.digestName, $0.normalized], sizeBytes: $0.sizeBytes) }
        guard node.status.images != images else { return }
        node.status.images = images
        cluster.api.updateStatus(node)
    }

    /// Stops the node's kubelet: no pod syncs, no status posts, until `setNodeUp`.
    func setNodeDown(_ name: String, in cluster: Cluster) {
        let node = nodeRuntime(name, in: cluster)
        guard node.isUp else { return }
        node.isUp = false
        node.downSince = cluster.now
        cluster.controller(NodeLifecycleController.self)?.nodeStoppedReporting(name, lastRenewal: cluster.now, in: cluster)
    }

    /// Restarts the node's kubelet: it posts Ready status and resumes every pod bound to the node.
    func setNodeUp(_ name: String, in cluster: Cluster) {
        let node = nodeRuntime(name, in: cluster)
        guard !node.isUp else { return }
        node.isUp = true
        node.downSince = nil
        postNodeStatus(name, in: cluster)
        cluster.controller(NodeLifecycleController.self)?.nodeResumedReporting(name, in: cluster)
        for pod in cluster.store.pods(onNode: name) { cluster.enqueue(self, pod.key) }
    }

    /// Preloads images on a node (kind/minikube nodes come with the control-plane images).
    func preload(_ images: [String], on name: String, in cluster: Cluster) {
        let node = nodeRuntime(name, in: cluster)
        for text in images {
            guard case .success(let reference) = ImageReference.parse(text),
                  case .found(_, _, let size, let digest) = catalogue.lookup(reference) else { continue }
            node.images[reference.normalized] = NodeImage(normalized: reference.normalized,
                                                          digestName: "\(reference.fullRepository)@\(digest)", sizeBytes: size)
        }
        updateNodeImages(node, in: cluster)
    }
}

extension KubeletController {
    /// Puts a locally built image on every node, as `kind load docker-image` does; returns its image ID
    /// (`sha256:…`), or nil when the name is not a valid image reference.
    func load(_ image: String, in cluster: Cluster) -> String? {
        guard case .success(let reference) = ImageReference.parse(image) else { return nil }
        if case .found = catalogue.lookup(reference) {} else if var known = catalogue.entries[reference.fullRepository] {
            // Another tag of a repository already loaded (or known): same program, one more tag.
            known.tags.exact.insert(reference.tag ?? "latest")
            catalogue.register(known)
        } else {
            // An image the learner built: a small web API that listens on 8080 and answers every path.
            let tag = reference.tag ?? "latest"
            var built = ImageCatalogueEntries.system(reference.fullRepository, tags: [tag], size: 12_582_912,
                binaries: ["/app", "app", "/server", "server"],
                ports: [8080: .text("{\"status\":\"ok\",\"version\":\"{version}\"}")],
                lines: ["{time:iso8601Millis} INFO starting \(reference.fullRepository.split(separator: "/").last ?? "app") version={version}",
                        "{time:iso8601Millis} INFO listening on :8080"])
            built.idleMilliCPU = 1             // an idle Go web API: about a millicore
            built.idleMemoryBytes = 7_340_032  // and 7 MiB of working set
            catalogue.register(built)
        }
        var digest = "sha256:" + String(image.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }, radix: 16)
        while digest.count < 71 { digest += digest.dropFirst(7) }
        digest = String(digest.prefix(71))
        for node in cluster.store.list(Node.self) {
            let runtime = nodeRuntime(node.name, in: cluster)
            runtime.images[reference.normalized] = NodeImage(normalized: reference.normalized,
                                                            digestName: "\(reference.fullRepository)@\(digest)", sizeBytes: 12_582_912)
            updateNodeImages(runtime, in: cluster)
        }
        return digest
    }
}

extension Cluster {
    /// Loads a locally built image onto every node (`kind load docker-image`); returns its image ID.
    @discardableResult
    public func loadImage(_ image: String) -> String? {
        let id = kubelet?.load(image, in: self)
        settle()
        return id
    }
}
