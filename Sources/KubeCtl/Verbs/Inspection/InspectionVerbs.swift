/// The verbs that inspect the cluster and its configuration (logs, events, top, explain, config, exec …).
enum InspectionVerbs {
    static let entries: [String: KubectlVerbs.Run] = [:]
}
