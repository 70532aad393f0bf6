import KubeCluster
import KubeCtl
@testable import Tutor
import XCTest

/// `save FILE` writes a readable file, and `load FILE` continues the sandbox from it.
final class SandboxSaveLoadTests: XCTestCase {
    /// A sandbox with a crash-looping deployment, a ready one, a load fault and a kubeconfig namespace change.
    func brokenSandbox() throws -> SandboxHarness {
        let harness = SandboxHarness()
        try harness.create(nginxDeployment("web", replicas: 2, service: true))
        try harness.create(nginxDeployment("api", replicas: 1))
        harness.run("sleep 30")
        harness.run("break crash api --message 'fatal: no database'")
        harness.run("speed 5")
        harness.run("ff 2m")
        return harness
    }

    func testTheSavedFileIsReadableYAML() throws {
        let harness = try brokenSandbox()
        let saved = harness.run("save broken.yaml")
        XCTAssertEqual(saved.err, "")
        XCTAssertTrue(saved.out.hasPrefix("saved "), saved.out)
        let text = try harness.files.read("broken.yaml")
        XCTAssertTrue(text.hasPrefix("# A kubetutor sandbox: `load FILE` at the sandbox prompt continues it.\n"))
        for line in ["kubetutorSandbox: 1", "profile: minikube", "seed: \"1\"", "  now: \"2026-01-05T09:02:30Z\"", "  speed: \"5.0\"",
                     "      crash:", "        message: 'fatal: no database'", "approximations:"] {
            XCTAssertTrue(text.contains("\n" + line + "\n"), "missing line: \(line)")
        }
        let root = try XCTUnwrap(JSONValue.parseYAMLDocuments(text).first)
        XCTAssertEqual(root["objects"]?.arrayValue?.count, harness.cluster.snapshot().objects.count)
    }

    func testLoadContinuesWhereSaveLeftOff() throws {
        let original = try brokenSandbox()
        original.run("save broken.yaml")
        let copy = SandboxHarness()
        try copy.files.write("broken.yaml", original.files.read("broken.yaml"))
        let loaded = copy.run("load broken.yaml")
        XCTAssertEqual(loaded.err, "")
        XCTAssertTrue(loaded.out.hasPrefix("loaded broken.yaml: minikube cluster at 09:02:30, "), loaded.out)
        XCTAssertTrue(loaded.out.contains("1 active fault(s)"), loaded.out)
        let commands = ["kubectl get pods", "faults", "speed", "ff 3m", "kubectl get pods", "kubectl get deploy", "draw service web"]
        XCTAssertEqual(copy.transcript(commands), original.transcript(commands))
        XCTAssertEqual(copy.session.clock.speed, 5)
    }

    func testLoadingABrokenFileChangesNothing() throws {
        let harness = SandboxHarness()
        try harness.files.write("notes.yaml", "just: text\n")
        try harness.files.write("future.yaml", "kubetutorSandbox: 9\n")
        let before = harness.transcript(["kubectl get pods -A"])
        XCTAssertEqual(harness.transcript(["load missing.yaml", "load notes.yaml", "load future.yaml", "load", "save", "save /etc/passwd"]), """
            $ load missing.yaml
            load: missing.yaml: No such file or directory
            $ load notes.yaml
            load: notes.yaml: not a saved sandbox (no `kubetutorSandbox: 1` line)
            $ load future.yaml
            load: future.yaml: saved by a newer kubetutor (format 9); this one reads format 1 — the file is left as it is
            $ load
            usage: load FILE   (a file written by `save`)   or   load DEPLOY --cpu 500m
            $ save
            usage: save FILE   (e.g. save broken.yaml; `load broken.yaml` continues from there)
            $ save /etc/passwd
            save: /etc/passwd: Permission denied (kubetutor only uses files inside its session folder)

            """)
        XCTAssertEqual(harness.transcript(["kubectl get pods -A"]), before)
    }

    func testLoadHintsAtCPULoadForADeploymentName() throws {
        let harness = SandboxHarness()
        try harness.create(nginxDeployment("web"))
        XCTAssertEqual(harness.run("load web").err,
                       "load: web: No such file or directory (to add CPU load to deployment/web: load web --cpu 500m)\n")
    }
}
