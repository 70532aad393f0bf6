import Foundation
import KubeCluster
@testable import KubeCtl

/// Shared test data for the output-format tests: one object with every JSON type, and the pod list of
/// kubectl-output.md §1.6 / §11 reduced to what the formats read.
enum FormatFixtures {
    /// A ConfigMap-shaped object exercising every value type (no integral doubles: kubectl would read
    /// those back as integers).
    static let sample: JSONValue = [
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": ["name": "x", "labels": ["app": "web", "a.b": "c"]],
        "spec": [
            "num": 3, "neg": -2, "fl": 1.5, "big": 1234567.5, "tiny": 0.000001, "huge": 1e21,
            "t": true, "f": false, "nul": nil, "s": "he said \"hi\" <&>",
            "arr": [1, "two", ["a": "b"], nil, true], "empty": [], "emptyobj": [:],
            "items": [
                ["name": "a", "v": 1, "type": "Ready", "status": "True"],
                ["name": "b", "v": 2, "type": "X", "status": "False"],
                ["name": "c", "v": 3],
            ],
        ],
    ]

    /// A pod as the formats see it.
    static func pod(_ name: String, phase: String, node: String = "worker-1", ip: String,
                    created: String, image: String = "busybox:1.36") -> JSONValue {
        [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name), "namespace": "default", "creationTimestamp": .string(created),
                         "labels": ["app": "demo"]],
            "spec": ["nodeName": .string(node), "containers": [["name": "main", "image": .string(image)]]],
            "status": ["phase": .string(phase), "podIP": .string(ip)],
        ]
    }

    /// The six pods of the reference captures.
    static let pods: [JSONValue] = [
        pod("crashy", phase: "Running", ip: "10.244.1.7", created: "2026-11-24T14:27:40Z"),
        pod("go-api-vhrxtbh9wm-ghztt", phase: "Running", ip: "10.244.1.11", created: "2026-11-24T14:40:44Z"),
        pod("go-api-vhrxtbh9wm-pjdkz", phase: "Running", ip: "10.244.1.12", created: "2026-11-24T14:40:50Z"),
        pod("go-api-vhrxtbh9wm-xt956", phase: "Running", ip: "10.244.1.13", created: "2026-11-24T14:41:10Z"),
        pod("pending-img", phase: "Pending", ip: "10.244.1.7", created: "2026-11-24T14:48:40Z"),
        pod("web-multi", phase: "Running", ip: "10.244.1.7", created: "2026-11-21T10:48:40Z"),
    ]

    /// The pods wrapped the way `kubectl get pods -o …` hands them to a printer.
    static var podList: JSONValue {
        ["apiVersion": "v1", "items": .array(pods), "kind": "List", "metadata": ["resourceVersion": ""]]
    }
}
