/// The verbs that change running workloads and nodes (scale, set, rollout, label, annotate, cordon …).
enum WorkloadVerbs {
    static let entries: [String: KubectlVerbs.Run] = [:]
}
