import KubeCluster
import KubeCtl
@testable import Tutor
import XCTest

/// Every challenge starts broken, stays broken under `check`, and is solved by the fix its hints
/// describe (applied here through the API server, as the kubectl verbs would).
final class ChallengeTests: XCTestCase {
    /// The fix for each challenge, as a change to the cluster.
    let fixes: [String: (SandboxHarness) throws -> Void] = [
        "service-selector": { try $0.update(Service.self, "shop") { $0.spec.selector = ["app": "shop"] } },
        "stuck-rollout": { try $0.update(Deployment.self, "web") { $0.spec.template.spec.containers[0].image = "nginx:1.27" } },
        "missing-config-key": { harness in
            try harness.update(ConfigMap.self, "api-config") { $0.data?["DB_HOST"] = "postgres.default.svc.cluster.local" }
            try harness.update(Deployment.self, "api") {
                $0.spec.template.metadata.setAnnotation("kubectl.kubernetes.io/restartedAt", "2026-01-05T09:05:00Z")
            }
        },
        "impossible-request": { try $0.update(Deployment.self, "report") {
            $0.spec.template.spec.containers[0].resources.requests?["cpu"] = Quantity.parse("250m")
        } },
        "hpa-unknown": { try $0.update(Deployment.self, "php-apache") {
            $0.spec.template.spec.containers[0].resources.requests = ["cpu": Quantity(milli: 200)]
        } },
        "nodeport-targetport": { try $0.update(Service.self, "echo") { $0.spec.ports?[0].targetPort = .int(8080) } },
        "readiness-port": { try $0.update(Deployment.self, "frontend") {
            $0.spec.template.spec.containers[0].readinessProbe?.httpGet?.port = .int(80)
        } },
        "namespace-mixup": { harness in
            let yaml = nginxDeployment("cart").replacingOccurrences(of: "  name: cart\n", with: "  name: cart\n  namespace: shop\n")
            try harness.cluster.createObjects(fromYAML: yaml)
            try harness.cluster.api.delete(Deployment.self, ObjectKey(namespace: "default", name: "cart"))
        },
    ]

    func testEveryChallengeFileLoads() {
        let library = ChallengeLibrary.load(from: SandboxHarness.challenges)
        XCTAssertEqual(library.problems, [])
        XCTAssertGreaterThanOrEqual(library.challenges.count, 8)
        XCTAssertEqual(Set(library.challenges.map(\.id)), Set(fixes.keys))
        for challenge in library.challenges {
            XCTAssertFalse(challenge.title.text("zh-TW") == challenge.title.text("en"), "\(challenge.id) has no zh-TW title")
            XCTAssertFalse(challenge.hints.isEmpty, "\(challenge.id) has no hints")
        }
    }

    func testEachChallengeStartsBrokenAndTheFixSolvesIt() throws {
        for (id, fix) in fixes.sorted(by: { $0.key < $1.key }) {
            let harness = SandboxHarness()
            let started = harness.run("challenge \(id)")
            XCTAssertEqual(started.err, "", id)
            XCTAssertTrue(started.out.hasPrefix("challenge \(id): "), id)
            let before = harness.run("check")
            XCTAssertTrue(before.out.contains("✘"), "\(id) is not broken:\n\(before.out)")
            XCTAssertTrue(before.out.contains("not yet"), id)
            try fix(harness)
            harness.run("ff 3m")
            let after = harness.run("check")
            XCTAssertFalse(after.out.contains("✘"), "\(id) not solved by its fix:\n\(after.out)")
            XCTAssertTrue(after.out.contains("solved \(id)"), "\(id):\n\(after.out)")
            XCTAssertNil(harness.session.challenge, id)
        }
    }
}
