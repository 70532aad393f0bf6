import Foundation
import KubeCluster
import KubeCtl
import XCTest

/// `kubetutor serve` driven by the official Kubernetes Python client (PyPI `kubernetes`, which `make test` installs
/// when pip can reach PyPI): a second, independent client library that reads kubeconfig, lists, creates, watches and
/// decodes error Status objects its own way. Skips, saying so, when python3 or the package is missing.
final class PythonClientTests: XCTestCase {
    /// The script: list kube-system pods, create a Deployment, watch its pods until both run, read a missing pod,
    /// list events. Prints one line per result for the test to compare with the cluster.
    static let script = """
    import json, sys
    from kubernetes import client, config, watch
    config.load_kube_config(config_file=sys.argv[1])
    core, apps = client.CoreV1Api(), client.AppsV1Api()
    print("pods", " ".join(sorted(p.metadata.name for p in core.list_namespaced_pod("kube-system").items)))
    labels = {"app": "hello"}
    body = client.V1Deployment(
        metadata=client.V1ObjectMeta(name="hello"),
        spec=client.V1DeploymentSpec(replicas=2, selector=client.V1LabelSelector(match_labels=labels),
            template=client.V1PodTemplateSpec(metadata=client.V1ObjectMeta(labels=labels),
                spec=client.V1PodSpec(containers=[client.V1Container(name="web", image="nginx:1.27")]))))
    created = apps.create_namespaced_deployment("default", body)
    print("created", created.metadata.name, created.spec.strategy.type, created.spec.revision_history_limit)
    running = set()
    stream = watch.Watch()
    for event in stream.stream(core.list_namespaced_pod, "default", label_selector="app=hello", timeout_seconds=120):
        pod = event["object"]
        if pod.status.phase == "Running":
            running.add(pod.metadata.name)
        if len(running) == 2:
            stream.stop()
    print("running", " ".join(sorted(running)))
    try:
        core.read_namespaced_pod("nope", "default")
    except client.ApiException as error:
        status = json.loads(error.body)
        print("error", error.status, status["reason"], status["message"])
    reasons = sorted({e.reason for e in core.list_namespaced_event("default").items})
    print("events", " ".join(reasons))
    """

    /// The interpreter that has the `kubernetes` package, or nil.
    static func pythonWithClient() -> String? {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import sys, kubernetes; print(sys.executable)"]
        let output = Pipe()
        probe.standardOutput = output
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { return nil }
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }

    func testThePythonClientListsCreatesWatchesAndReadsErrors() throws {
        guard let python = PythonClientTests.pythonWithClient() else {
            throw XCTSkip("python3 with the `kubernetes` package is not installed (make test installs it with pip when PyPI is reachable)")
        }
        let harness = try ServeHarness()
        try harness.writeFile("client.py", PythonClientTests.script)
        let kubeconfig = harness.folder.appendingPathComponent("kubeconfig").path
        let result = harness.client(python, [harness.folder.appendingPathComponent("client.py").path, kubeconfig], timeout: 120)
        XCTAssertEqual(result.status, 0, "the script failed:\n\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)

        let systemPods = harness.cluster.store.list(Pod.self, namespace: "kube-system").map(\.name).sorted()
        XCTAssertEqual(lines.first { $0.hasPrefix("pods ") }, "pods " + systemPods.joined(separator: " "))
        XCTAssertTrue(lines.contains("created hello RollingUpdate 10"), result.out)

        let running = harness.cluster.store.list(Pod.self, namespace: "default")
            .filter { $0.metadata.labels?["app"] == "hello" && $0.status.phase == "Running" }.map(\.name).sorted()
        XCTAssertEqual(running.count, 2)
        XCTAssertEqual(lines.first { $0.hasPrefix("running ") }, "running " + running.joined(separator: " "))

        XCTAssertTrue(lines.contains(#"error 404 NotFound pods "nope" not found"#), result.out)
        let events = lines.first { $0.hasPrefix("events ") } ?? ""
        XCTAssertTrue(events.contains("ScalingReplicaSet") && events.contains("Scheduled") && events.contains("Started"), events)
        // The same objects through the other door.
        XCTAssertTrue(harness.repl("kubectl get deploy hello").out.contains("hello   2/2"))
    }
}
