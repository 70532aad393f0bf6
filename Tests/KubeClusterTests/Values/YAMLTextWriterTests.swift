import XCTest
@testable import KubeCluster

final class YAMLTextWriterTests: XCTestCase {
    func testStringValuesAreQuotedAndFoldedLikeKubectl() {
        for (input, expected) in YAMLGoldenTables.stringValues {
            let key = String(expected.dropFirst(2).prefix(4))
            let value: JSONValue = ["x": .object([key: .string(input)])]
            XCTAssertEqual(value.yamlText(), "x:\n" + expected, "input \(input.debugDescription)")
        }
    }

    func testKeysAreQuotedLikeKubectl() {
        for (input, expected) in YAMLGoldenTables.keys {
            var inner: JSONValue = [:]
            inner[input] = 1
            XCTAssertEqual(JSONValue.object(["x": inner]).yamlText(), "x:\n" + expected, "key \(input.debugDescription)")
        }
    }

    func testScalarsAtTheTop() {
        let cases: [(JSONValue, String)] = [
            (.null, "null\n"), (true, "true\n"), (false, "false\n"), (42, "42\n"), (-7, "-7\n"),
            ("plain", "plain\n"), ("yes", "\"yes\"\n"), ("", "\"\"\n"), ("a: b", "'a: b'\n"),
            ("two\nlines", "|-\n  two\n  lines\n"), ([], "[]\n"), ([:], "{}\n"),
        ]
        for (value, expected) in cases { XCTAssertEqual(value.yamlText(), expected, "\(value)") }
    }

    /// Numbers go through Go's JSON text and back through go-yaml (captured from kubectl).
    func testNumbersAsKubectlPrintsThem() {
        let cases: [(JSONValue, String)] = [
            (1e20, "1e+20"), (1e21, "1e+21"), (1.5e-7, "1.5e-07"), (123456789.123, "1.23456789123e+08"),
            (1e6, "1000000"), (0.1, "0.1"), (-0.0, "0"), (1e300, "1e+300"), (5e-324, "5e-324"),
            (.double(12345678901234567890), "12345678901234567000"), (.int(Int64.max), "9223372036854775807"),
            (.int(Int64.min), "-9223372036854775808"), (1234567.5, "1.2345675e+06"), (0.000001, "1e-06"),
            (0.0000012345, "1.2345e-06"), (100000.5, "100000.5"), (1e15, "1000000000000000"),
            (1.7976931348623157e308, "1.7976931348623157e+308"), (2.5e-5, "2.5e-05"), (3.0, "3"), (100.0, "100"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(JSONValue.object(["num": value]).yamlText(), "num: \(expected)\n", "\(value)")
        }
    }

    func testKeysSortLikeGoYAML() {
        var object: JSONValue = [:]
        for key in ["item10", "item9", "a01", "a1", "B", "b", "Z1", "z", "é", "app.kubernetes.io/name", "app", "app-10",
                    "app-9", "alpha", "a001"] {
            object[key] = 1
        }
        let keys = object.yamlText().split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
        XCTAssertEqual(keys, ["B", "Z1", "a1", "a01", "a001", "alpha", "app", "app-9", "app-10",
                              "app.kubernetes.io/name", "b", "item9", "item10", "z", "é"])
    }

    func testSequencesSitAtTheirKeysIndentation() {
        let value: JSONValue = [
            "containers": [["image": "nginx", "name": "x", "ports": [["containerPort": 80]]]],
            "matrix": [[1, 2], [], [[]], [["a": [:]]]],
            "root": ["list": ["a", "b"]],
        ]
        XCTAssertEqual(value.yamlText(), """
            containers:
            - image: nginx
              name: x
              ports:
              - containerPort: 80
            matrix:
            - - 1
              - 2
            - []
            - - []
            - - a: {}
            root:
              list:
              - a
              - b

            """)
    }

    func testTopLevelSequence() {
        let value: JSONValue = [["a": 1, "b": [1]], "s", []]
        XCTAssertEqual(value.yamlText(), "- a: 1\n  b:\n  - 1\n- s\n- []\n")
    }

    /// `kubectl create deployment … --dry-run=client -o yaml` (kubectl-output.md §11.1).
    func testDeploymentDryRunMatchesReference() {
        let deployment: JSONValue = [
            "kind": "Deployment", "apiVersion": "apps/v1",
            "metadata": ["name": "go-api", "creationTimestamp": nil, "labels": ["app": "go-api"]],
            "spec": [
                "replicas": 3, "selector": ["matchLabels": ["app": "go-api"]],
                "template": [
                    "metadata": ["creationTimestamp": nil, "labels": ["app": "go-api"]],
                    "spec": ["containers": [["name": "go-api", "image": "ghcr.io/acme/go-api:1.4.2",
                                             "ports": [["containerPort": 8080]], "resources": [:]]]],
                ],
                "strategy": [:],
            ],
            "status": [:],
        ]
        XCTAssertEqual(deployment.yamlText(), """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              creationTimestamp: null
              labels:
                app: go-api
              name: go-api
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: go-api
              strategy: {}
              template:
                metadata:
                  creationTimestamp: null
                  labels:
                    app: go-api
                spec:
                  containers:
                  - image: ghcr.io/acme/go-api:1.4.2
                    name: go-api
                    ports:
                    - containerPort: 8080
                    resources: {}
            status: {}

            """)
    }

    /// `kubectl get cm go-api-config -o yaml` (kubectl-output.md §11.1): quoted numbers and
    /// timestamps, a literal block.
    func testConfigMapMatchesReference() {
        let configMap: JSONValue = [
            "apiVersion": "v1",
            "data": ["LOG_LEVEL": "info", "PORT": "8080", "config.yaml": "server:\n  port: 8080\n"],
            "kind": "ConfigMap",
            "metadata": ["creationTimestamp": "2026-11-24T12:34:43Z", "name": "go-api-config", "namespace": "default",
                         "resourceVersion": "1039", "uid": "10f99021-a664-5db9-825f-05a0c323f718"],
        ]
        XCTAssertEqual(configMap.yamlText(), """
            apiVersion: v1
            data:
              LOG_LEVEL: info
              PORT: "8080"
              config.yaml: |
                server:
                  port: 8080
            kind: ConfigMap
            metadata:
              creationTimestamp: "2026-11-24T12:34:43Z"
              name: go-api-config
              namespace: default
              resourceVersion: "1039"
              uid: 10f99021-a664-5db9-825f-05a0c323f718

            """)
    }

    /// An empty list as `kubectl get pods -l app=nope -o yaml` prints it (captured run).
    func testEmptyListMatchesCapture() {
        let list: JSONValue = ["apiVersion": "v1", "items": [], "kind": "List", "metadata": ["resourceVersion": ""]]
        XCTAssertEqual(list.yamlText(), "apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n")
    }

    func testLargeListIsWrittenInLinearTime() {
        let pod: JSONValue = ["metadata": ["name": "web", "labels": ["app": "web"]],
                              "spec": ["containers": [["name": "c", "image": "nginx:1.25"]]]]
        let list = JSONValue.object(["items": .array(Array(repeating: pod, count: 10_000))])
        let text = list.yamlText()
        XCTAssertEqual(text.split(separator: "\n").count, 1 + 10_000 * 8)
        XCTAssertTrue(text.hasSuffix("\n    - image: nginx:1.25\n      name: c\n"))
    }
}
