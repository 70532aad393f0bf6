import KubeCluster

/// `kubectl top pod` and `kubectl top node`: CPU (millicores) and memory (Mi) from the simulated
/// metrics API, every cell tab-terminated as kubectl's metrics printer writes them (so lines end in
/// spaces); `error: Metrics API not available` until metrics-server has a ready replica.
enum TopVerb {
    /// One row's numbers: a name, CPU in millicores and memory in bytes.
    struct Usage {
        var namespace = ""
        var name: String
        var cpu: Int64
        var memory: Int64
        var containers: [ContainerUsage] = []
    }

    /// Usage a node shows beyond its pods: the operating system, the kubelet and the container runtime.
    static let systemBaseline = (cpu: Int64(45), memory: Int64(310) * 1024 * 1024)

    static func pods(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let arguments = invocation.arguments
        guard arguments.count <= 1 else { return context.usage("pod [NAME | -l label]") }
        let name = arguments.first ?? ""
        let sortBy = invocation.string("sort-by")
        if !sortBy.isEmpty, sortBy != "cpu", sortBy != "memory" { return context.fail("--sort-by accepts only cpu or memory") }
        if !name.isEmpty, !invocation.string("selector").isEmpty || !invocation.string("field-selector").isEmpty {
            return context.fail("only one of NAME or selector can be provided")
        }
        let query: ObjectQuery
        switch ObjectQuery.from(context) {
        case .success(let parsed): query = parsed
        case .failure(let message): return context.fail(message.text)
        }
        guard metricsAPIAvailable(in: context.cluster) else { return context.fail("Metrics API not available") }
        var rows: [Usage]
        if !name.isEmpty {
            guard let pod = context.store.get(Pod.self, namespace: context.namespace, name: name),
                  let usage = ResourceMetricsAPI.podMetrics(for: pod, in: context.cluster) else {
                return context.fail(APIError.notFound("podmetrics.metrics.k8s.io", "\(context.namespace)/\(name)"))
            }
            rows = [row(pod, usage)]
        } else {
            let podResource = ResourceCatalog.standard.resource(group: "", kind: "Pod")
            let listed = ResourceMetricsAPI.podMetricsList(namespace: query.allNamespaces ? nil : query.namespace, in: context.cluster) { pod in
                podResource.map { query.matches(pod, resource: $0) } ?? true
            }
            rows = listed.map { row($0.pod, $0.usage) }
            if rows.isEmpty {
                if let message = emptyMetricsError(context, query: query) { return context.fail(message) }
                context.errorLine(query.allNamespaces ? "No resources found" : "No resources found in \(query.namespace) namespace.")
                return 0
            }
        }
        context.write(renderPods(rows, options: PodTableOptions(containers: invocation.bool("containers"), allNamespaces: query.allNamespaces,
                                                                noHeaders: invocation.bool("no-headers"), sortBy: sortBy,
                                                                sum: invocation.bool("sum"))))
        return 0
    }

    static func row(_ pod: Pod, _ usage: PodUsage) -> Usage {
        Usage(namespace: pod.namespace, name: pod.name, cpu: usage.containers.reduce(0) { $0 + $1.cpuMillicores },
              memory: usage.containers.reduce(0) { $0 + $1.memoryBytes }, containers: usage.containers)
    }

    /// Why no pod has metrics (`verifyEmptyMetrics`): pods older than two minutes should have some.
    static func emptyMetricsError(_ context: VerbContext, query: ObjectQuery) -> String? {
        guard let podResource = ResourceCatalog.standard.resource(group: "", kind: "Pod") else { return nil }
        let pods = context.store.list(Pod.self, namespace: query.namespace).filter { query.matches($0, resource: podResource) }
        guard !pods.isEmpty else { return nil }
        for pod in pods {
            let age = context.cluster.now - pod.metadata.creationTimestamp.instant
            if age > 120 {
                return "Metrics not available for pod \(pod.namespace)/\(pod.name), age: \(GoDuration(seconds: age, resolution: 1e-6).description)"
            }
        }
        return "metrics not available yet"
    }

    /// How `top pod` lays its table out.
    struct PodTableOptions {
        var containers: Bool
        var allNamespaces: Bool
        var noHeaders: Bool
        var sortBy: String
        var sum: Bool
    }

    /// The `top pod` table (`PrintPodMetrics`).
    static func renderPods(_ rows: [Usage], options: PodTableOptions) -> String {
        var writer = TabWriter(settings: .kubectlGet)
        var columns = 3
        if !options.noHeaders {
            var header = options.allNamespaces ? ["NAMESPACE"] : []
            if options.containers { header.append("POD") }
            columns += header.count
            writer.write(cellsLine(header + ["NAME", "CPU(cores)", "MEMORY(bytes)"]))
        }
        let sorted = sort(rows, by: options.sortBy) { left, right in
            options.allNamespaces && left.namespace != right.namespace ? left.namespace < right.namespace : left.name < right.name
        }
        for pod in sorted {
            let prefix = options.allNamespaces ? [pod.namespace] : []
            if options.containers {
                let containers = pod.containers.map { Usage(name: $0.name, cpu: $0.cpuMillicores, memory: $0.memoryBytes) }
                for container in sort(containers, by: options.sortBy, byName: { $0.name < $1.name }) {
                    writer.write(cellsLine(prefix + [pod.name] + usageCells(container)))
                }
            } else {
                writer.write(cellsLine(prefix + usageCells(pod)))
            }
        }
        if options.sum {
            let total = Usage(name: "", cpu: rows.reduce(0) { $0 + $1.cpu }, memory: rows.reduce(0) { $0 + $1.memory })
            writer.write(cellsLine(Array(repeating: "", count: max(0, columns - 2)) + ["________", "________"]))
            writer.write(cellsLine(Array(repeating: "", count: max(0, columns - 3)) + usageCells(total)))
        }
        return writer.flush()
    }

    /// Rows in `--sort-by` order (descending usage), else by `byName`.
    static func sort(_ rows: [Usage], by key: String, byName: (Usage, Usage) -> Bool) -> [Usage] {
        rows.enumerated().sorted { left, right in
            let less: Bool, greater: Bool
            switch key {
            case "cpu": (less, greater) = (left.element.cpu > right.element.cpu, right.element.cpu > left.element.cpu)
            case "memory": (less, greater) = (left.element.memory > right.element.memory, right.element.memory > left.element.memory)
            default: (less, greater) = (byName(left.element, right.element), byName(right.element, left.element))
            }
            if less != greater { return less }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// `NAME CPU MEMORY` cells: `188m`, `1800Mi`.
    static func usageCells(_ usage: Usage) -> [String] {
        [usage.name, "\(usage.cpu)m", "\(usage.memory / (1024 * 1024))Mi"]
    }

    /// A line whose every cell, the last included, ends in a tab (`printValue`).
    static func cellsLine(_ cells: [String]) -> String { cells.map { $0 + "\t" }.joined() + "\n" }

    static func nodes(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let arguments = invocation.arguments
        guard arguments.count <= 1 else { return context.usage("node [NAME | -l label]") }
        let name = arguments.first ?? ""
        let sortBy = invocation.string("sort-by")
        if !sortBy.isEmpty, sortBy != "cpu", sortBy != "memory" { return context.fail("--sort-by accepts only cpu or memory") }
        let selectorText = invocation.string("selector")
        if !name.isEmpty, !selectorText.isEmpty { return context.fail("only one of NAME or --selector can be provided") }
        var selector = LabelSelector.everything
        if !selectorText.isEmpty {
            do { selector = try LabelSelector(parsing: selectorText) } catch { return context.fail("\(error)") }
        }
        guard metricsAPIAvailable(in: context.cluster) else { return context.fail("Metrics API not available") }
        let nodes: [Node]
        if !name.isEmpty {
            guard let node = context.store.get(Node.self, namespace: "", name: name) else {
                return context.fail(APIError.notFound("nodemetrics.metrics.k8s.io", name))
            }
            guard nodeUsage(node, context.cluster) != nil else { return context.fail(APIError.notFound("nodemetrics.metrics.k8s.io", name)) }
            nodes = [node]
        } else {
            nodes = context.store.list(Node.self).filter { selector.matches($0.metadata.labelMap) }
        }
        let measured = nodes.compactMap { node in nodeUsage(node, context.cluster).map { (node, $0) } }
        guard !measured.isEmpty else { return context.fail("metrics not available yet") }
        context.write(renderNodes(measured, missing: nodes.filter { node in !measured.contains { $0.0.name == node.name } },
                                  noHeaders: invocation.bool("no-headers"), sortBy: sortBy,
                                  showCapacity: invocation.bool("show-capacity")))
        return 0
    }

    /// A node's usage: its pods' plus the system baseline; nil when its kubelet does not answer.
    static func nodeUsage(_ node: Node, _ cluster: Cluster) -> Usage? {
        guard cluster.isNodeUp(node.name), node.status.condition("Ready")?.status == "True" else { return nil }
        var usage = Usage(name: node.name, cpu: systemBaseline.cpu, memory: systemBaseline.memory)
        for pod in cluster.store.list(Pod.self) where pod.spec.nodeName == node.name {
            for container in cluster.podUsage(namespace: pod.namespace, pod: pod.name) {
                usage.cpu += container.cpuMillicores
                usage.memory += container.memoryBytes
            }
        }
        return usage
    }

    /// The `top node` table: usage and percentages of allocatable (or capacity), `<unknown>` for silent nodes.
    static func renderNodes(_ measured: [(Node, Usage)], missing: [Node], noHeaders: Bool, sortBy: String, showCapacity: Bool) -> String {
        var writer = TabWriter(settings: .kubectlGet)
        if !noHeaders { writer.write(cellsLine(["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)"])) }
        let byName = Dictionary(measured.map { ($0.1.name, $0.0) }, uniquingKeysWith: { first, _ in first })
        for usage in sort(measured.map(\.1), by: sortBy, byName: { $0.name < $1.name }) {
            guard let node = byName[usage.name] else { continue }
            let available = (showCapacity ? node.status.capacity : node.status.allocatable) ?? [:]
            let cells = usageCells(usage)
            writer.write(cellsLine([cells[0], cells[1], percent(usage.cpu, of: available["cpu"]?.milliValue),
                                    cells[2], percent(usage.memory, of: available["memory"]?.value)]))
        }
        for node in missing.sorted(by: { $0.name < $1.name }) {
            writer.write(cellsLine([node.name] + Array(repeating: "<unknown>", count: 4)))
        }
        return writer.flush()
    }

    /// `int64(usage / available * 100)` followed by `%`.
    static func percent(_ used: Int64, of available: Int64?) -> String {
        guard let available, available != 0 else { return "0%" }
        return "\(Int64(Double(used) / Double(available) * 100))%"
    }
}
