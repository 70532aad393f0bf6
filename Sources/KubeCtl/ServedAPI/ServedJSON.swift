import Collections
import KubeCluster

/// Stored objects as the server sends them: `ObjectJSON.encode`, in the group version the request named.
public enum ServedJSON {
    /// The object as the API server sends it in `groupVersion` (its preferred version when nil).
    public static func encode(_ object: any APIObject, groupVersion: String? = nil) -> JSONValue {
        var json = ObjectJSON.encode(object)
        if object is HorizontalPodAutoscaler, groupVersion == "autoscaling/v1" { json = hpaV2ToV1(json) }
        return json
    }

    /// A `<Kind>List` of `objects` as a collection GET returns it: items without their kind and apiVersion.
    public static func list(_ objects: [any APIObject], resource: APIResource, groupVersion: String,
                            resourceVersion: String) -> JSONValue {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = .string(resource.kind + "List")
        root["apiVersion"] = .string(groupVersion)
        root["metadata"] = ["resourceVersion": .string(resourceVersion)]
        root["items"] = .array(objects.map { object in
            guard case .object(var members) = encode(object, groupVersion: groupVersion) else { return .null }
            members.removeValue(forKey: "kind")
            members.removeValue(forKey: "apiVersion")
            return .object(members)
        })
        return .object(root)
    }

    /// An autoscaling/v2 HorizontalPodAutoscaler as autoscaling/v1 serves it: only the CPU utilization target.
    public static func hpaV2ToV1(_ value: JSONValue) -> JSONValue {
        var json = value
        json["apiVersion"] = "autoscaling/v1"
        if var spec = json["spec"]?.objectValue {
            let cpu = spec["metrics"]?.arrayValue?.first { $0["resource"]?["name"]?.stringValue == "cpu" }
            spec.removeValue(forKey: "metrics")
            spec.removeValue(forKey: "behavior")
            if let percent = cpu?["resource"]?["target"]?["averageUtilization"] { spec["targetCPUUtilizationPercentage"] = percent }
            json["spec"] = .object(spec)
        }
        if var status = json["status"]?.objectValue {
            let cpu = status["currentMetrics"]?.arrayValue?.first { $0["resource"]?["name"]?.stringValue == "cpu" }
            status.removeValue(forKey: "currentMetrics")
            status.removeValue(forKey: "conditions")
            if let percent = cpu?["resource"]?["current"]?["averageUtilization"] { status["currentCPUUtilizationPercentage"] = percent }
            json["status"] = .object(status)
        }
        return json
    }
}
