/// The verbs that inspect the cluster and its configuration (logs, events, top, explain, config, exec …).
enum InspectionVerbs {
    static let entries: [String: KubectlVerbs.Run] = {
        var table: [String: KubectlVerbs.Run] = [
            "logs": LogsVerb.run,
            "events": EventsVerb.run,
            "top pod": TopVerb.pods,
            "top node": TopVerb.nodes,
            "api-resources": DiscoveryVerbs.apiResources,
            "api-versions": DiscoveryVerbs.apiVersions,
            "version": DiscoveryVerbs.version,
            "cluster-info": ClusterInfoVerbs.clusterInfo,
            "cluster-info dump": ClusterInfoVerbs.dump,
            "auth can-i": ClusterInfoVerbs.canI,
            "auth whoami": ClusterInfoVerbs.whoami,
            "wait": WaitVerb.run,
            "explain": ExplainVerb.run,
            "exec": ExecVerb.run,
            "attach": AttachVerb.run,
            "port-forward": PortForwarding.run,
            "proxy": PortForwarding.proxy,
        ]
        table.merge(ConfigVerbs.entries) { _, new in new }
        return table
    }()
}
