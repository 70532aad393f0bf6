import Foundation
import KubeCluster
@testable import KubeCtl
import XCTest

/// `kubectl edit` with a real editor program: shell scripts stand in for the learner's editor, run on the
/// file in the session folder as kubectl runs `$EDITOR`.
final class EditVerbTests: XCTestCase {
    private var folder: URL!
    private var shell: TutorialShell!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cluster = Cluster.make(profile: .minikube, seed: 1, start: KubectlHarness.start)
        shell = TutorialShell(kubectl: KubectlSession(cluster: cluster, profile: .minikube, files: DirectorySessionFiles(root: folder)))
        run("kubectl create deployment web --image=nginx")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    private func run(_ line: String) -> (out: String, err: String, status: Int32) {
        var out = ""
        var err = ""
        let status = shell.run(line: line, io: ShellIO(stdout: { out += $0 }, stderr: { err += $0 }))
        return (out, err, status)
    }

    /// An editor script (outside the session folder) running `body` with the file as `$1`.
    private func editor(_ name: String, _ body: String) throws -> String {
        let scripts = folder.deletingLastPathComponent().appendingPathComponent("editors-\(folder.lastPathComponent)")
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
        let path = scripts.appendingPathComponent(name).path
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        addTeardownBlock { try? FileManager.default.removeItem(at: scripts) }
        return path
    }

    private func sessionFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testSavedChangeIsApplied() throws {
        let script = try editor("scale.sh", "sed -i 's/replicas: 1$/replicas: 3/' \"$1\"")
        let result = run("EDITOR=\(script) kubectl edit deployment/web")
        XCTAssertEqual(result.out, "deployment.apps/web edited\n")
        XCTAssertEqual(result.err, "")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(shell.kubectl.cluster.store.get(Deployment.self, namespace: "default", name: "web")?.spec.replicas, 3)
        XCTAssertEqual(try sessionFiles(), [], "the temporary file is removed after a successful edit")
    }

    func testTheEditorSeesKubectlsHeaderAndTheObject() throws {
        let copy = folder.deletingLastPathComponent().appendingPathComponent("seen-\(folder.lastPathComponent).yaml")
        addTeardownBlock { try? FileManager.default.removeItem(at: copy) }
        let script = try editor("look.sh", "cp \"$1\" \(copy.path)")
        let result = run("KUBE_EDITOR=\(script) EDITOR=false kubectl edit deploy web")
        XCTAssertEqual(result.err, "Edit cancelled, no changes made.\n")
        XCTAssertEqual(result.status, 0)
        let seen = try String(contentsOf: copy, encoding: .utf8)
        XCTAssertTrue(seen.hasPrefix("""
            # Please edit the object below. Lines beginning with a '#' will be ignored,
            # and an empty file will abort the edit. If an error occurs while saving this file will be
            # reopened with the relevant failures.
            #
            apiVersion: apps/v1
            kind: Deployment
            metadata:

            """), seen)
        XCTAssertTrue(seen.contains("\nstatus:\n"), seen)
        XCTAssertFalse(seen.contains("managedFields"), seen)
    }

    func testInvalidEditReopensWithTheReasonAndKeepsACopy() throws {
        let script = try editor("bad.sh", "sed -i 's/replicas: 1$/replicas: -1/' \"$1\"")
        let result = run("EDITOR=\(script) kubectl edit deploy/web")
        let files = try sessionFiles()
        XCTAssertEqual(files.count, 1)
        let path = folder.appendingPathComponent(files.first ?? "").path
        XCTAssertEqual(result.err, """
            error: deployments.apps "web" is invalid
            A copy of your changes has been stored to "\(path)"
            error: Edit cancelled, no valid changes were saved.

            """)
        XCTAssertEqual(result.status, 1)
        let kept = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(kept.contains("""
            #
            # deployments.apps "web" was not valid:
            # * spec.replicas: Invalid value: -1: must be greater than or equal to 0
            #
            apiVersion: apps/v1
            """), kept)
        XCTAssertEqual(shell.kubectl.cluster.store.get(Deployment.self, namespace: "default", name: "web")?.spec.replicas, 1)
    }

    func testSyntaxErrorAndEmptyFile() throws {
        let broken = try editor("broken.sh", "printf 'apiVersion: [\\n' > \"$1\"")
        let result = run("EDITOR=\(broken) kubectl edit deploy/web")
        XCTAssertTrue(result.err.hasSuffix("error: Edit cancelled, no valid changes were saved.\n"), result.err)
        let empty = try editor("empty.sh", ": > \"$1\"")
        XCTAssertEqual(run("EDITOR=\(empty) kubectl edit deploy/web").err, "Edit cancelled, saved file was empty.\n")
    }

    func testNoUsableEditor() throws {
        let missing = run("EDITOR=kubetutor-no-such-editor kubectl edit deploy/web")
        XCTAssertTrue(missing.err.hasPrefix("error: unable to launch the editor \"kubetutor-no-such-editor\"\n"), missing.err)
        XCTAssertEqual(missing.status, 1)
        let failing = run("EDITOR=false kubectl edit deploy/web")
        XCTAssertEqual(failing.err, "error: there was a problem with the editor \"false\"\n")
        XCTAssertEqual(try sessionFiles(), [])
        let memory = KubectlHarness().run("EDITOR=true kubectl edit svc/kubernetes")
        XCTAssertTrue(memory.err.hasPrefix("error: kubetutor cannot open an editor here"), memory.err)
    }

    func testMissingObject() {
        XCTAssertEqual(run("EDITOR=true kubectl edit deploy/nope").err, "Error from server (NotFound): deployments.apps \"nope\" not found\n")
    }

    func testEditorWordsAreSplitLikeKubectl() {
        let split = EditorLauncher(shellEnvironment: [("EDITOR", "code --wait")], hostEnvironment: [:])
        XCTAssertEqual(split.arguments, ["code", "--wait"])
        XCTAssertFalse(split.viaShell)
        let quoted = EditorLauncher(shellEnvironment: [("EDITOR", "emacs -nw 'x'")], hostEnvironment: ["SHELL": "/bin/zsh"])
        XCTAssertEqual(quoted.arguments, ["/bin/zsh", "-c", "emacs -nw 'x'"])
        XCTAssertTrue(quoted.viaShell)
        XCTAssertEqual(EditorLauncher(shellEnvironment: [], hostEnvironment: [:]).arguments, ["vi"])
        XCTAssertEqual(EditorLauncher(shellEnvironment: [("EDITOR", "nano")], hostEnvironment: ["KUBE_EDITOR": "vim"]).arguments, ["vim"])
    }
}
