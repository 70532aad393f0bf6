import Collections
import Foundation
import KubeCluster
import KubeCtl

/// The file `save` writes and `load` reads: one readable YAML document with the profile, the seed, the
/// clock, the kubeconfig, every object, and the kubelets' and faults' state.
struct SandboxSaveFile {
    /// The format's version; `load` refuses others.
    static let version: Int64 = 1

    var profile: ClusterProfile
    var workers: Int?
    var clusterName: String
    var config: KubeConfig
    var loadedImages: [String]
    var speed: Double
    var paused: Bool
    var snapshot: ClusterSnapshot

    /// The YAML text of the file.
    func text() -> String {
        var root = OrderedDictionary<String, JSONValue>()
        root["kubetutorSandbox"] = .int(Self.version)
        root["profile"] = .string(profile.rawValue)
        if let workers { root["workers"] = .int(Int64(workers)) }
        root["clusterName"] = .string(clusterName)
        root["seed"] = .string(String(snapshot.seed))
        root["clock"] = .object([
            "now": .string(Timestamp(snapshot.now).rfc3339),
            "seconds": .string(String(snapshot.now)),
            "speed": .string(String(speed)),
            "paused": .bool(paused),
        ])
        root["kubeconfig"] = Self.encode(config)
        root["loadedImages"] = .array(loadedImages.map(JSONValue.string))
        root["approximations"] = .array(ClusterSnapshot.approximations.map(JSONValue.string))
        root["objects"] = .array(snapshot.objects)
        root["runtime"] = snapshot.runtime
        return "# A kubetutor sandbox: `load FILE` at the sandbox prompt continues it.\n" + JSONValue.object(root).yamlText()
    }

    /// Reads a saved file; the error says what is wrong with it.
    static func read(_ text: String) throws -> SandboxSaveFile {
        guard let root = try JSONValue.parseYAMLDocuments(text).first, root.objectValue != nil else {
            throw SnapshotError("not a saved sandbox (the file is empty)")
        }
        if let written = root["kubetutorSandbox"]?.intValue, written > version {
            throw SnapshotError("saved by a newer kubetutor (format \(written)); this one reads format \(version) — the file is left as it is")
        }
        guard root["kubetutorSandbox"]?.intValue == version else {
            throw SnapshotError("not a saved sandbox (no `kubetutorSandbox: \(version)` line)")
        }
        guard let profileText = root["profile"]?.stringValue, let profile = ClusterProfile(rawValue: profileText) else {
            throw SnapshotError("unknown profile \"\(root["profile"]?.stringValue ?? "")\"")
        }
        guard let seedText = root["seed"]?.stringValue, let seed = UInt64(seedText),
              let nowText = root["clock"]?["seconds"]?.stringValue, let now = Double(nowText), now.isFinite else {
            throw SnapshotError("the seed or the clock is missing")
        }
        let clusterName = root["clusterName"]?.stringValue ?? "kind"
        let snapshot = ClusterSnapshot(seed: seed, now: now, objects: root["objects"]?.arrayValue ?? [],
                                       runtime: root["runtime"] ?? .null)
        return SandboxSaveFile(
            profile: profile, workers: root["workers"]?.intValue.map { Int($0) },
            clusterName: clusterName,
            config: try decode(root["kubeconfig"], profile: profile, clusterName: clusterName),
            loadedImages: (root["loadedImages"]?.arrayValue ?? []).compactMap(\.stringValue),
            speed: root["clock"]?["speed"]?.stringValue.flatMap(Double.init) ?? 1,
            paused: root["clock"]?["paused"]?.boolValue ?? false, snapshot: snapshot)
    }

    private static func encode(_ config: KubeConfig) -> JSONValue {
        .object([
            "currentContext": .string(config.currentContext),
            "clusters": .array(config.clusters.map { .object(["name": .string($0.name), "server": .string($0.server)]) }),
            "users": .array(config.users.map(JSONValue.string)),
            "contexts": .array(config.contexts.map { context in
                var members: OrderedDictionary<String, JSONValue> = ["name": .string(context.name), "cluster": .string(context.cluster),
                                                                    "user": .string(context.user)]
                if let namespace = context.namespace { members["namespace"] = .string(namespace) }
                if context.isMinikube { members["minikube"] = .bool(true) }
                return .object(members)
            }),
        ])
    }

    /// Rebuilds the kubeconfig on top of the profile's own (its entry types have no public initializers).
    private static func decode(_ value: JSONValue?, profile: ClusterProfile, clusterName: String) throws -> KubeConfig {
        guard let value, let current = value["currentContext"]?.stringValue else {
            throw SnapshotError("the kubeconfig section is missing")
        }
        var config = KubeConfig.forProfile(profile, clusterName: clusterName, serverAddress: "")
        guard let clusterTemplate = config.clusters.first, let contextTemplate = config.contexts.first else { return config }
        config.clusters = (value["clusters"]?.arrayValue ?? []).map {
            var entry = clusterTemplate
            entry.name = $0["name"]?.stringValue ?? ""
            entry.server = $0["server"]?.stringValue ?? ""
            return entry
        }
        config.contexts = (value["contexts"]?.arrayValue ?? []).map {
            var entry = contextTemplate
            entry.name = $0["name"]?.stringValue ?? ""
            entry.cluster = $0["cluster"]?.stringValue ?? ""
            entry.user = $0["user"]?.stringValue ?? ""
            entry.namespace = $0["namespace"]?.stringValue
            entry.isMinikube = $0["minikube"]?.boolValue ?? false
            return entry
        }
        config.users = (value["users"]?.arrayValue ?? []).compactMap(\.stringValue)
        config.currentContext = current
        return config
    }
}
