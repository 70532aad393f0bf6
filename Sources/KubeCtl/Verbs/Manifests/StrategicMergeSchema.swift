import Collections
import KubeCluster

/// The strategic-merge metadata of the simulated kinds (upstream's `patchMergeKey`/`patchStrategy` struct
/// tags): which lists merge item by item on a key, and which maps keep only the keys a patch names.
struct StrategicMergeSchema {
    /// The kind of the object patched (`Service` ports merge on `port`, container ports on `containerPort`).
    let kind: String

    /// Lists of objects keyed by `name`.
    static let namedLists: Set<String> = [
        "containers", "initContainers", "ephemeralContainers", "volumes", "imagePullSecrets", "env",
        "resourceClaims", "schedulingGates",
    ]

    /// The merge key of the list at `path` (field names from the root, no indexes), or nil for lists
    /// replaced as a whole.
    func mergeKey(for path: [String]) -> String? {
        guard let last = path.last else { return nil }
        if Self.namedLists.contains(last) { return "name" }
        switch last {
        case "ports":
            let parent = path.dropLast().last ?? ""
            if ["containers", "initContainers", "ephemeralContainers"].contains(parent) { return "containerPort" }
            return kind == "Service" && path == ["spec", "ports"] ? "port" : nil
        case "volumeMounts": return "mountPath"
        case "volumeDevices": return "devicePath"
        case "hostAliases": return "ip"
        case "ownerReferences": return "uid"
        case "topologySpreadConstraints": return "topologyKey"
        case "conditions": return "type"
        default: return nil
        }
    }

    /// True for maps with the `retainKeys` strategy (a Deployment's strategy, a DaemonSet's update strategy):
    /// when a patch changes them, keys it does not name are cleared (so `rollingUpdate` goes with `type: Recreate`).
    func retainsKeys(_ path: [String]) -> Bool {
        (kind == "Deployment" && path == ["spec", "strategy"]) || (kind == "DaemonSet" && path == ["spec", "updateStrategy"])
    }
}

/// Strategic merge patches as kubectl and the API server compute and apply them: the three-way patch of
/// `kubectl apply` (last applied, new manifest, live object) and patch application with merge keys,
/// `$patch: delete`, `$setElementOrder` and `$retainKeys` directives.
struct StrategicMergePatch {
    /// A JSON object's members.
    typealias Members = OrderedDictionary<String, JSONValue>
    let schema: StrategicMergeSchema

    /// The patch that turns `current` into `modified` while deleting what was removed since `original`
    /// (upstream `CreateThreeWayMergePatch`): changes and additions from current → modified, deletions
    /// from original → modified. `{}` means the apply changes nothing.
    func threeWay(original: JSONValue?, modified: JSONValue, current: JSONValue) -> JSONValue {
        let delta = diff(current.objectValue ?? [:], modified.objectValue ?? [:], path: [], deletionsOnly: false)
        let deletions = diff(original?.objectValue ?? [:], modified.objectValue ?? [:], path: [], deletionsOnly: true)
        return .object(Self.combine(deletions, delta))
    }

    private func diff(_ from: Members, _ to: Members, path: [String], deletionsOnly: Bool) -> Members {
        var patch = Members()
        if deletionsOnly {
            for (key, old) in from {
                guard let new = to[key] else { patch[key] = .null; continue }
                if case .object(let oldMembers) = old, case .object(let newMembers) = new {
                    let sub = diff(oldMembers, newMembers, path: path + [key], deletionsOnly: true)
                    if !sub.isEmpty { patch[key] = .object(sub) }
                } else if let mergeKey = schema.mergeKey(for: path + [key]), let oldItems = old.arrayValue,
                          let newItems = new.arrayValue, Self.keyed(oldItems, mergeKey), Self.keyed(newItems, mergeKey) {
                    let items = listDeletions(oldItems, newItems, key: mergeKey, path: path + [key])
                    if !items.isEmpty { patch[key] = .array(items) }
                }
            }
            return patch
        }
        for (key, new) in to {
            guard let old = from[key] else { patch[key] = new; continue }
            if case .object(let oldMembers) = old, case .object(let newMembers) = new {
                let sub = diff(oldMembers, newMembers, path: path + [key], deletionsOnly: false)
                if !sub.isEmpty { patch[key] = .object(sub) }
            } else if let mergeKey = schema.mergeKey(for: path + [key]), let oldItems = old.arrayValue,
                      let newItems = new.arrayValue, Self.keyed(oldItems, mergeKey), Self.keyed(newItems, mergeKey) {
                let items = listChanges(oldItems, newItems, key: mergeKey, path: path + [key])
                if !items.isEmpty {
                    patch[key] = .array(items)
                    patch["$setElementOrder/\(key)"] = .array(newItems.map { [mergeKey: $0[mergeKey] ?? .null] })
                }
            } else if old != new {
                patch[key] = new
            }
        }
        if !patch.isEmpty, schema.retainsKeys(path) { patch["$retainKeys"] = .array(to.keys.sorted().map { .string($0) }) }
        return patch
    }

    private func listChanges(_ old: [JSONValue], _ new: [JSONValue], key: String, path: [String]) -> [JSONValue] {
        var items: [JSONValue] = []
        for item in new {
            guard let match = old.first(where: { $0[key] == item[key] }) else { items.append(item); continue }
            var sub = diff(match.objectValue ?? [:], item.objectValue ?? [:], path: path, deletionsOnly: false)
            if !sub.isEmpty {
                sub[key] = item[key]
                items.append(.object(sub))
            }
        }
        return items
    }

    private func listDeletions(_ old: [JSONValue], _ new: [JSONValue], key: String, path: [String]) -> [JSONValue] {
        var items: [JSONValue] = []
        for item in old {
            guard let match = new.first(where: { $0[key] == item[key] }) else {
                items.append([key: item[key] ?? .null, "$patch": "delete"])
                continue
            }
            var sub = diff(item.objectValue ?? [:], match.objectValue ?? [:], path: path, deletionsOnly: true)
            if !sub.isEmpty {
                sub[key] = item[key]
                items.append(.object(sub))
            }
        }
        return items
    }

    /// True when every item is an object carrying the merge key.
    static func keyed(_ items: [JSONValue], _ key: String) -> Bool {
        items.allSatisfy { $0.objectValue?[key] != nil }
    }

    /// The deletion patch and the change patch as one (changes win on conflicts).
    static func combine(_ deletions: Members, _ changes: Members) -> Members {
        var result = deletions
        for (key, change) in changes {
            if case .object(let left)? = result[key], case .object(let right) = change {
                result[key] = .object(combine(left, right))
            } else if case .array(let left)? = result[key], case .array(let right) = change {
                result[key] = .array(left + right)
            } else {
                result[key] = change
            }
        }
        return result
    }
}
