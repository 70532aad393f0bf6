import KubeCluster
import KubeCtl

/// Stored objects as the server sends them: `ObjectJSON.encode`, plus the fields a real API server always
/// sends that the simulated store leaves out and kubectl dereferences without checking.
enum ServedJSON {
    static func encode(_ object: any APIObject) -> JSONValue {
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
        return json
    }
}
