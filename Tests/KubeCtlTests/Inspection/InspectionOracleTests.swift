import XCTest
import KubeCluster
@testable import KubeCtl

/// Compares kubetutor with the real kubectl 1.32 where the real one answers without a server: argument and
/// flag validation of the inspection verbs, `version --client`, and the `config` subcommands on a kubeconfig
/// file written from kubetutor's own (so layouts and messages must agree byte for byte).
final class InspectionOracleTests: XCTestCase {
    /// Commands whose error the real kubectl prints before it contacts a server.
    static let offlineErrors = [
        "logs", "logs a b c", "exec", "exec tmp", "port-forward tmp", "top pod --sort-by=x", "top node --sort-by=x",
        "top pod a b", "events --types=x", "events --for pod", "events --for a/b/c", "explain", "explain a b",
        "api-resources --sort-by=x", "api-resources -o foo", "wait --for=foo pod/x", "wait pod/x",
        "wait --for=jsonpath= pod/x", "auth can-i", "auth can-i get", "version -o xml",
    ]

    func testOfflineErrorsMatchKubectl() throws {
        try KubectlBinary.requireBinary()
        let harness = KubectlHarness()
        for line in Self.offlineErrors {
            let real = try KubectlBinary.run(["--kubeconfig=/dev/null"] + line.split(separator: " ").map(String.init))
            let ours = harness.run("kubectl " + line)
            XCTAssertEqual(ours.err, real.stderr, line)
            XCTAssertEqual(ours.out, real.stdout, line)
            XCTAssertEqual(ours.status, real.exitCode, line)
        }
    }

    func testClientVersionMatchesKubectl() throws {
        let harness = KubectlHarness()
        for arguments in [["version", "--client"], ["version", "--client", "-o", "json"], ["version", "--client", "-o", "yaml"]] {
            let real = try KubectlBinary.run(arguments)
            XCTAssertEqual(harness.run("kubectl " + arguments.joined(separator: " ")).out, real.stdout, arguments.joined(separator: " "))
        }
    }

    /// Writes the session's kubeconfig (with `--raw` data) to a temporary file for the real kubectl.
    func kubeconfigFile(_ harness: KubectlHarness) throws -> URL {
        let raw = harness.run("kubectl config view --raw").out
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-\(UUID().uuidString).yaml")
        try raw.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testConfigReadingMatchesKubectl() throws {
        try KubectlBinary.requireBinary()
        for profile in ClusterProfile.allCases {
            let harness = KubectlHarness(profile: profile)
            harness.run("kubectl config set-context dev --cluster=elsewhere --user=someone --namespace=dev")
            let file = try kubeconfigFile(harness)
            defer { try? FileManager.default.removeItem(at: file) }
            for command in ["config view", "config view -o json", "config view --minify", "config get-contexts",
                            "config get-contexts -o name", "config get-contexts dev nope", "config current-context",
                            "config get-clusters", "config view -o jsonpath={.contexts[*].name}"] {
                let real = try KubectlBinary.run(["--kubeconfig=\(file.path)"] + command.split(separator: " ").map(String.init))
                let ours = harness.run("kubectl " + command)
                XCTAssertEqual(ours.out, real.stdout, "\(profile) \(command)")
                XCTAssertEqual(ours.err, real.stderr, "\(profile) \(command)")
                XCTAssertEqual(ours.status, real.exitCode, "\(profile) \(command)")
            }
        }
    }

    func testConfigChangesMatchKubectl() throws {
        try KubectlBinary.requireBinary()
        let harness = KubectlHarness()
        let file = try kubeconfigFile(harness)
        defer { try? FileManager.default.removeItem(at: file) }
        let steps = ["config set-context --current --namespace=shop", "config set-context dev --namespace=dev --cluster=minikube --user=minikube",
                     "config use-context dev", "config use-context nope", "config rename-context dev staging",
                     "config rename-context nope x", "config rename-context staging minikube", "config delete-context staging",
                     "config delete-context nope", "config set-context x --current", "config get-contexts"]
        for command in steps {
            let real = try KubectlBinary.run(["--kubeconfig=\(file.path)"] + command.split(separator: " ").map(String.init))
            let ours = harness.run("kubectl " + command)
            let path = ConfigVerbs.path
            XCTAssertEqual(ours.out, real.stdout.replacingOccurrences(of: file.path, with: path), command)
            XCTAssertEqual(ours.err, real.stderr.replacingOccurrences(of: file.path, with: path), command)
            XCTAssertEqual(ours.status, real.exitCode, command)
        }
    }
}
