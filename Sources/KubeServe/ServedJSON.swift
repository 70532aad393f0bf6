import Collections
import KubeCluster
import KubeCtl

/// Stored objects as the server sends them: `ObjectJSON.encode`, in the group version the request named, plus the
/// fields a real API server always sends that the simulated store leaves out and kubectl dereferences unchecked.
enum ServedJSON {
    static func encode(_ object: any APIObject, groupVersion: String? = nil) -> JSONValue {
        var json = ObjectJSON.encode(object)
        if object is EndpointSlice, let ports = json["ports"]?.arrayValue {
            // discovery/v1 EndpointPort.name is a pointer the EndpointSlice controller always sets (to "" for an
            // unnamed port); `kubectl describe service` dereferences it.
            json["ports"] = .array(ports.map { port in
                var port = port
                if port["name"] == nil { port["name"] = .string("") }
                return port
            })
        }
        if object is HorizontalPodAutoscaler, groupVersion == "autoscaling/v1" { json = hpaV2ToV1(json) }
        return json
    }

    /// An autoscaling/v2 HorizontalPodAutoscaler as autoscaling/v1 serves it: only the CPU utilization target.
    static func hpaV2ToV1(_ value: JSONValue) -> JSONValue {
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
