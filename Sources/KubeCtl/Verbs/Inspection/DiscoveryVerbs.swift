import Collections
import KubeCluster

/// `kubectl api-resources`, `api-versions` and `version`: what the simulated API server says about itself.
enum DiscoveryVerbs {
    /// The version kubetutor's kubectl reports (the upstream binary it imitates).
    static let clientVersion = VersionInfo(gitVersion: "v1.32.5", gitCommit: "9894294ef13a5b32803e3ca2c0d620a088cc84d1",
                                           buildDate: "2025-05-15T09:12:10Z", goVersion: "go1.23.8")
    /// The version the simulated API server reports.
    static let serverVersion = VersionInfo(gitVersion: KubeClusterInfo.kubernetesVersion,
                                           gitCommit: "70d3cc986aa8221cd1dfb1121852688902d3bf53",
                                           buildDate: "2024-12-11T17:59:15Z", goVersion: "go1.23.3")
    static let kustomizeVersion = "v5.5.0"

    /// The resources discovery lists now: `metrics.k8s.io` only while metrics-server serves it.
    static func servedResources(_ cluster: Cluster) -> [APIResource] {
        let metrics = metricsAPIAvailable(in: cluster)
        return ResourceCatalog.standard.apiResourcesListing.filter { metrics || $0.group != "metrics.k8s.io" }
    }

    static func apiResources(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        guard invocation.arguments.isEmpty else { return context.usage("unexpected arguments: \(goList(invocation.arguments))") }
        let output = invocation.string("output")
        guard ["", "wide", "name"].contains(output) else { return context.fail("--output \(output) is not available") }
        let sortBy = invocation.string("sort-by")
        guard ["", "name", "kind"].contains(sortBy) else { return context.fail("--sort-by accepts only name or kind") }
        var rows = servedResources(context.cluster).filter { resource in
            if invocation.wasSet("api-group"), resource.group != invocation.string("api-group") { return false }
            if invocation.wasSet("namespaced"), resource.namespaced != invocation.bool("namespaced") { return false }
            let verbs = invocation.strings("verbs")
            if !verbs.isEmpty, !Set(verbs).isSubset(of: Set(resource.verbs)) { return false }
            let categories = invocation.strings("categories")
            if !categories.isEmpty, !Set(categories).isSubset(of: Set(resource.categories)) { return false }
            return true
        }
        rows = rows.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            let keys: (String, String) = sortBy == "name" ? (a.name, b.name) : sortBy == "kind" ? (a.kind, b.kind) : (a.group, b.group)
            if keys.0 != keys.1 { return keys.0 < keys.1 }
            if a.name != b.name { return a.name < b.name }
            return left.offset < right.offset
        }.map(\.element)
        if output == "name" {
            for resource in rows { context.line(resource.qualifiedName) }
            return 0
        }
        var writer = TabWriter(settings: .kubectlGet)
        if !invocation.bool("no-headers") {
            writer.write(row: ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"] + (output == "wide" ? ["VERBS", "CATEGORIES"] : []))
        }
        for resource in rows {
            var cells = [resource.name, resource.shortNames.joined(separator: ","), resource.apiVersion, String(resource.namespaced),
                         resource.kind]
            if output == "wide" { cells += [resource.verbs.sorted().joined(separator: ","), resource.categories.joined(separator: ",")] }
            writer.write(row: cells)
        }
        context.write(writer.flush())
        return 0
    }

    /// Go's `%v` of a string slice: `[a b]`.
    static func goList(_ items: [String]) -> String { "[" + items.joined(separator: " ") + "]" }

    static func apiVersions(_ context: VerbContext) -> Int32 {
        let metrics = metricsAPIAvailable(in: context.cluster)
        for version in ResourceCatalog.standard.apiVersions where metrics || !version.hasPrefix("metrics.k8s.io/") {
            context.line(version)
        }
        return 0
    }

    static func version(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let output = invocation.string("output")
        guard ["", "yaml", "json"].contains(output) else { return context.fail("--output must be 'yaml' or 'json'") }
        let clientOnly = invocation.bool("client")
        guard !output.isEmpty else {
            context.line("Client Version: \(clientVersion.gitVersion)")
            context.line("Kustomize Version: \(kustomizeVersion)")
            if !clientOnly { context.line("Server Version: \(serverVersion.gitVersion)") }
            return 0
        }
        var document = OrderedDictionary<String, JSONValue>()
        document["clientVersion"] = clientVersion.json
        document["kustomizeVersion"] = .string(kustomizeVersion)
        if !clientOnly { document["serverVersion"] = serverVersion.json }
        let value = JSONValue.object(document)
        context.write(output == "json" ? JSONIndentation.twoSpaces(value) + "\n" : value.sortedKeys().yamlText() + "\n")
        return 0
    }
}

/// A `version.Info`: what a Kubernetes binary says about its build.
struct VersionInfo {
    var gitVersion: String
    var gitCommit: String
    var buildDate: String
    var goVersion: String

    /// The fields in Go's order (`major`, `minor`, `gitVersion`, …).
    var json: JSONValue {
        let numbers = gitVersion.dropFirst().split(separator: ".").map(String.init)
        var fields = OrderedDictionary<String, JSONValue>()
        fields["major"] = .string(numbers.first ?? "1")
        fields["minor"] = .string(numbers.count > 1 ? numbers[1] : "0")
        fields["gitVersion"] = .string(gitVersion)
        fields["gitCommit"] = .string(gitCommit)
        fields["gitTreeState"] = "clean"
        fields["buildDate"] = .string(buildDate)
        fields["goVersion"] = .string(goVersion)
        fields["compiler"] = "gc"
        fields["platform"] = "linux/amd64"
        return .object(fields)
    }
}
