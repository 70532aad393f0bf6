import XCTest
@testable import KubeCluster

/// Deployment and ReplicaSet defaulting and validation (apps/v1 `SetDefaults_Deployment`,
/// `ValidateDeploymentSpec`, `ValidateReplicaSetSpec`, selector immutability).
final class WorkloadRulesTests: XCTestCase {
    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    func testDeploymentDefaultsAndTemplateDefaultsWithoutPodOnlyOnes() throws {
        let cluster = Workloads.cluster(controllers: false)
        var deployment = Workloads.deployment("web", replicas: 3)
        deployment.spec.replicas = nil
        deployment.spec.template.spec.containers[0].resources = ResourceRequirements(
            limits: ["cpu": try JSONDecoder().decode(Quantity.self, from: Data("\"500m\"".utf8))], requests: nil)
        deployment.status.replicas = 7
        let stored = try cluster.api.create(deployment)
        XCTAssertEqual(stored.spec.replicas, 1)
        XCTAssertEqual(stored.spec.strategy.type, "RollingUpdate")
        XCTAssertEqual(stored.spec.strategy.rollingUpdate, RollingUpdateParameters(maxUnavailable: .string("25%"), maxSurge: .string("25%")))
        XCTAssertEqual(stored.spec.revisionHistoryLimit, 10)
        XCTAssertEqual(stored.spec.progressDeadlineSeconds, 600)
        XCTAssertEqual(stored.metadata.generation, 1)
        XCTAssertEqual(stored.status, DeploymentStatus())
        let spec = stored.spec.template.spec
        XCTAssertEqual([spec.restartPolicy, spec.dnsPolicy, spec.schedulerName], ["Always", "ClusterFirst", "default-scheduler"])
        XCTAssertEqual(spec.terminationGracePeriodSeconds, 30)
        XCTAssertEqual(spec.securityContext, .emptyObject)
        XCTAssertEqual(spec.containers[0].imagePullPolicy, "IfNotPresent")
        XCTAssertEqual(spec.containers[0].terminationMessagePath, "/dev/termination-log")
        XCTAssertNil(spec.containers[0].resources.requests)
        XCTAssertNil(spec.serviceAccountName)
        XCTAssertNil(spec.enableServiceLinks)
        XCTAssertNil(spec.tolerations)
        XCTAssertNil(spec.priority)
        XCTAssertNil(spec.preemptionPolicy)
        XCTAssertNil(spec.volumes)
    }

    func testRecreateGetsNoRollingParameters() throws {
        let cluster = Workloads.cluster(controllers: false)
        let stored = try cluster.api.create(Workloads.deployment("web", replicas: 2, strategy: "Recreate"))
        XCTAssertNil(stored.spec.strategy.rollingUpdate)
    }

    func testDeploymentValidationMessages() {
        let cluster = Workloads.cluster(controllers: false)
        var multi = Workloads.deployment("multi-err", replicas: -1)
        multi.spec.template.spec.containers[0].image = nil
        XCTAssertEqual(message { try cluster.api.create(multi) }, "Deployment.apps \"multi-err\" is invalid: [spec.replicas: Invalid value: -1: "
            + "must be greater than or equal to 0, spec.template.spec.containers[0].image: Required value]")
        var noSelector = Workloads.deployment("web", replicas: 1)
        noSelector.spec.selector = nil
        XCTAssertEqual(message { try cluster.api.create(noSelector) }, "Deployment.apps \"web\" is invalid: [spec.selector: Required value, "
            + "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`]")
        var mismatch = Workloads.deployment("web", replicas: 1)
        mismatch.spec.selector = LabelSelectorSpec(matchLabels: ["app": "x"])
        XCTAssertEqual(message { try cluster.api.create(mismatch) }, "Deployment.apps \"web\" is invalid: spec.template.metadata.labels: "
            + "Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`")
        var never = Workloads.deployment("web", replicas: 1)
        never.spec.template.spec.restartPolicy = "Never"
        XCTAssertEqual(message { try cluster.api.create(never) },
                       "Deployment.apps \"web\" is invalid: spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"")
        let zero = Workloads.deployment("web", replicas: 1, maxSurge: .int(0), maxUnavailable: .int(0))
        XCTAssertEqual(message { try cluster.api.create(zero) }, "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate.maxUnavailable: "
            + "Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0")
        let oops = Workloads.deployment("web", replicas: 1, maxSurge: .string("oops"))
        XCTAssertEqual(message { try cluster.api.create(oops) }, "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate.maxSurge: "
            + "Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"oops\"}: a valid percent string must be a numeric string followed by "
            + "an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')")
        var deadline = Workloads.deployment("web", replicas: 1)
        deadline.spec.minReadySeconds = 10
        deadline.spec.progressDeadlineSeconds = 10
        XCTAssertEqual(message { try cluster.api.create(deadline) },
                       "Deployment.apps \"web\" is invalid: spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds")
        var empty = Workloads.deployment("web", replicas: 1)
        empty.spec.selector = LabelSelectorSpec(matchLabels: [:])
        XCTAssertEqual(message { try cluster.api.create(empty) }, "Deployment.apps \"web\" is invalid: spec.selector: Invalid value: "
            + "v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment")
        var recreate = Workloads.deployment("web", replicas: 1, maxSurge: .int(1), strategy: "Recreate")
        recreate.spec.strategy.type = "Recreate"
        XCTAssertEqual(message { try cluster.api.create(recreate) },
                       "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'")
    }

    func testSelectorIsImmutableAndSpecChangesBumpGeneration() throws {
        let cluster = Workloads.cluster(controllers: false)
        var stored = try cluster.api.create(Workloads.deployment("web", replicas: 1))
        stored.spec.replicas = 4
        stored.status.replicas = 99
        stored = try cluster.api.update(stored)
        XCTAssertEqual(stored.metadata.generation, 2)
        XCTAssertNil(stored.status.replicas, "status is kept from the stored object on update")
        stored.metadata.labels = ["team": "a"]
        stored = try cluster.api.update(stored)
        XCTAssertEqual(stored.metadata.generation, 2)
        stored.spec.selector = LabelSelectorSpec(matchLabels: ["app": "web", "tier": "x"])
        stored.spec.template.metadata.labels = ["app": "web", "tier": "x"]
        XCTAssertEqual(message { try cluster.api.update(stored) }, "Deployment.apps \"web\" is invalid: spec.selector: Invalid value: "
            + "v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\", \"tier\":\"x\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: "
            + "field is immutable")
    }

    func testReplicaSetDefaultsAndValidation() throws {
        let cluster = Workloads.cluster(controllers: false)
        var rs = ReplicaSet()
        rs.metadata = ObjectMeta(name: "frontend", namespace: "default")
        rs.spec.selector = LabelSelectorSpec(matchLabels: ["tier": "frontend"])
        rs.spec.template = Workloads.template(app: "frontend", image: "php")
        XCTAssertEqual(message { try cluster.api.create(rs) }, "ReplicaSet.apps \"frontend\" is invalid: spec.template.metadata.labels: "
            + "Invalid value: map[string]string{\"app\":\"frontend\"}: `selector` does not match template `labels`")
        rs.spec.template.metadata.labels = ["tier": "frontend"]
        let stored = try cluster.api.create(rs)
        XCTAssertEqual(stored.spec.replicas, 1)
        XCTAssertEqual(stored.spec.template.spec.restartPolicy, "Always")
        XCTAssertEqual(stored.metadata.generation, 1)
        var changed = stored
        changed.spec.selector = LabelSelectorSpec(matchLabels: ["tier": "frontend"], matchExpressions: [LabelSelectorRequirementSpec(key: "env", operator: "Exists")])
        changed.spec.template.metadata.labels = ["tier": "frontend", "env": "prod"]
        XCTAssertEqual(message { try cluster.api.update(changed) }, "ReplicaSet.apps \"frontend\" is invalid: spec.selector: Invalid value: "
            + "v1.LabelSelector{MatchLabels:map[string]string{\"tier\":\"frontend\"}, MatchExpressions:[]v1.LabelSelectorRequirement{"
            + "v1.LabelSelectorRequirement{Key:\"env\", Operator:\"Exists\", Values:[]string(nil)}}}: field is immutable")
    }
}
