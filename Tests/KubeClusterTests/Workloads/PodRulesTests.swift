import XCTest
@testable import KubeCluster

/// Pod defaulting, admission and validation as the API server applies them (SetDefaults_Pod/PodSpec,
/// ServiceAccount/Priority/DefaultTolerationSeconds admission, ValidatePodCreate/Update).
final class PodRulesTests: XCTestCase {
    private func pod(_ name: String = "web", containers: [Container] = [Container(name: "web", image: "nginx")]) -> Pod {
        Pod(metadata: ObjectMeta(name: name, namespace: "default"), spec: PodSpec(containers: containers))
    }

    private func invalidMessage(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as APIError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    func testCreatedPodGetsApiServerDefaultsAndAdmission() throws {
        let cluster = Workloads.cluster(controllers: false)
        var container = Container(name: "web", image: "nginx")
        container.ports = [ContainerPort(containerPort: 80, protocol: nil)]
        container.resources = ResourceRequirements(limits: ["cpu": try quantity("500m")], requests: nil)
        var probe = Probe()
        probe.httpGet = HTTPGetAction(path: nil, port: .int(80), host: nil, scheme: nil, httpHeaders: nil)
        container.readinessProbe = probe
        let stored = try cluster.api.create(pod(containers: [container]))
        let spec = stored.spec
        XCTAssertEqual(spec.restartPolicy, "Always")
        XCTAssertEqual(spec.dnsPolicy, "ClusterFirst")
        XCTAssertEqual(spec.schedulerName, "default-scheduler")
        XCTAssertEqual(spec.terminationGracePeriodSeconds, 30)
        XCTAssertEqual(spec.serviceAccountName, "default")
        XCTAssertEqual(spec.serviceAccount, "default")
        XCTAssertEqual(spec.enableServiceLinks, true)
        XCTAssertEqual(spec.preemptionPolicy, "PreemptLowerPriority")
        XCTAssertEqual(spec.priority, 0)
        XCTAssertEqual(spec.securityContext, .emptyObject)
        XCTAssertEqual(spec.tolerations, [
            Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
            Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
        ])
        let defaulted = spec.containers[0]
        XCTAssertEqual(defaulted.imagePullPolicy, "Always")
        XCTAssertEqual(defaulted.terminationMessagePath, "/dev/termination-log")
        XCTAssertEqual(defaulted.terminationMessagePolicy, "File")
        XCTAssertEqual(defaulted.ports?.first?.protocol, "TCP")
        XCTAssertEqual(defaulted.resources.requests?["cpu"]?.description, "500m")
        let readiness = try XCTUnwrap(defaulted.readinessProbe)
        XCTAssertEqual([readiness.timeoutSeconds, readiness.periodSeconds, readiness.successThreshold, readiness.failureThreshold], [1, 10, 1, 3])
        XCTAssertEqual(readiness.httpGet?.path, "/")
        XCTAssertEqual(readiness.httpGet?.scheme, "HTTP")
        let volume = try XCTUnwrap(spec.volumes?.first)
        XCTAssertTrue(volume.name.hasPrefix("kube-api-access-"))
        XCTAssertEqual(volume.name.count, "kube-api-access-".count + 5)
        XCTAssertEqual(volume.projected?["defaultMode"], 420)
        XCTAssertEqual(defaulted.volumeMounts?.first?.mountPath, "/var/run/secrets/kubernetes.io/serviceaccount")
        XCTAssertEqual(defaulted.volumeMounts?.first?.readOnly, true)
        XCTAssertEqual(stored.status.phase, "Pending")
        XCTAssertEqual(stored.status.qosClass, "Burstable")
    }

    private func quantity(_ text: String) throws -> Quantity {
        try JSONDecoder().decode(Quantity.self, from: Data("\"\(text)\"".utf8))
    }

    func testImagePullPolicyFollowsTheTag() {
        let cases = ["nginx": "Always", "nginx:latest": "Always", "nginx:1.27": "IfNotPresent", "localhost:5000/app": "Always",
                     "localhost:5000/app:v2": "IfNotPresent", "nginx@sha256:abc": "IfNotPresent", "ghcr.io/acme/api:latest@sha256:abc": "Always"]
        for (image, policy) in cases.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(PodSpecDefaults.defaulted(Container(name: "c", image: image)).imagePullPolicy, policy, image)
        }
    }

    func testQoSClasses() throws {
        func spec(_ limits: [String: String]?, _ requests: [String: String]?) throws -> PodSpec {
            var container = Container(name: "c", image: "i")
            container.resources = ResourceRequirements(limits: try limits?.mapValues(quantity), requests: try requests?.mapValues(quantity))
            var pod = Pod(metadata: ObjectMeta(), spec: PodSpec(containers: [container]))
            Pod.copyLimitsToRequests(&pod.spec.containers[0])
            return pod.spec
        }
        XCTAssertEqual(Pod.qosClass(of: try spec(nil, nil)), "BestEffort")
        XCTAssertEqual(Pod.qosClass(of: try spec(["cpu": "1", "memory": "1Gi"], nil)), "Guaranteed")
        XCTAssertEqual(Pod.qosClass(of: try spec(["cpu": "1", "memory": "1Gi"], ["cpu": "1000m", "memory": "1Gi"])), "Guaranteed")
        XCTAssertEqual(Pod.qosClass(of: try spec(["cpu": "500m", "memory": "128Mi"], ["cpu": "100m", "memory": "64Mi"])), "Burstable")
        XCTAssertEqual(Pod.qosClass(of: try spec(nil, ["cpu": "100m"])), "Burstable")
    }

    func testExistingTolerationsAreRespected() {
        var spec = PodSpec()
        spec.tolerations = [Toleration(key: nil, operator: "Exists", effect: nil)]
        Pod.addDefaultTolerations(&spec)
        XCTAssertEqual(spec.tolerations?.count, 1)
        spec.tolerations = [Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 60)]
        Pod.addDefaultTolerations(&spec)
        XCTAssertEqual(spec.tolerations?.map(\.key), ["node.kubernetes.io/unreachable", "node.kubernetes.io/not-ready"])
    }

    func testValidationMessages() {
        let cluster = Workloads.cluster(controllers: false)
        var noImage = pod("a", containers: [Container(name: "web", image: nil)])
        XCTAssertEqual(invalidMessage { try cluster.api.create(noImage) }, "Pod \"a\" is invalid: spec.containers[0].image: Required value")
        noImage.spec.containers = [Container(name: "Web_1", image: "nginx"), Container(name: "Web_1", image: "nginx")]
        let labelDetail = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
            + "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
        XCTAssertEqual(invalidMessage { try cluster.api.create(noImage) },
                       "Pod \"a\" is invalid: [spec.containers[0].name: Invalid value: \"Web_1\": \(labelDetail), "
                           + "spec.containers[1].name: Invalid value: \"Web_1\": \(labelDetail), spec.containers[1].name: Duplicate value: \"Web_1\"]")
        var badPort = Container(name: "web", image: "nginx")
        badPort.ports = [ContainerPort(containerPort: 70000)]
        XCTAssertEqual(invalidMessage { try cluster.api.create(self.pod("b", containers: [badPort])) },
                       "Pod \"b\" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive")
        var never = pod("c")
        never.spec.restartPolicy = "Sometimes"
        XCTAssertEqual(invalidMessage { try cluster.api.create(never) },
                       "Pod \"c\" is invalid: spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"")
        var unknownClass = pod("d")
        unknownClass.spec.priorityClassName = "high"
        XCTAssertEqual(invalidMessage { try cluster.api.create(unknownClass) },
                       "pods \"d\" is forbidden: no PriorityClass with name high was found")
        var liveness = Container(name: "web", image: "nginx")
        liveness.livenessProbe = Probe()
        XCTAssertEqual(invalidMessage { try cluster.api.create(self.pod("e", containers: [liveness])) },
                       "Pod \"e\" is invalid: spec.containers[0].livenessProbe: Required value: must specify a handler type")
    }

    func testPodUpdatesMayOnlyChangeImagesDeadlineAndTolerations() throws {
        let cluster = Workloads.cluster(controllers: false)
        var stored = try cluster.api.create(pod())
        stored.spec.containers[0].image = "nginx:1.28"
        stored.spec.activeDeadlineSeconds = 60
        stored = try cluster.api.update(stored)
        XCTAssertEqual(stored.spec.containers[0].image, "nginx:1.28")
        stored.metadata.labels = ["tier": "web"]
        stored = try cluster.api.update(stored)
        var changed = stored
        changed.spec.containers[0].ports = [ContainerPort(containerPort: 8080)]
        let message = try XCTUnwrap(invalidMessage { try cluster.api.update(changed) })
        XCTAssertTrue(message.hasPrefix("Pod \"web\" is invalid: spec: Forbidden: pod updates may not change fields other than "
            + "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions "
            + "to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n"
            + "  core.PodSpec{\n"), message)
        XCTAssertTrue(message.contains("\n- \t\t\tPorts: "), message)
        XCTAssertTrue(message.contains("\n+ \t\t\tPorts: "), message)
        XCTAssertTrue(message.contains("{{ContainerPort: 8080, Protocol: \"TCP\"}},"), message)
        XCTAssertTrue(message.hasSuffix("\n  }"), message)
        var added = stored
        added.spec.containers.append(Container(name: "sidecar", image: "busybox"))
        XCTAssertEqual(invalidMessage { try cluster.api.update(added) },
                       "Pod \"web\" is invalid: spec.containers: Forbidden: pod updates may not add or remove containers")
        var later = stored
        later.spec.activeDeadlineSeconds = 120
        XCTAssertEqual(invalidMessage { try cluster.api.update(later) },
                       "Pod \"web\" is invalid: spec.activeDeadlineSeconds: Invalid value: 120: must be less than or equal to previous value")
        // The default tolerations come back on every update (admission); a custom one may not be dropped.
        var dropped = stored
        dropped.spec.tolerations = []
        XCTAssertNoThrow(try cluster.api.update(dropped))
        var tolerant = pod("tolerant")
        tolerant.spec.tolerations = [Toleration(key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule")]
        var storedTolerant = try cluster.api.create(tolerant)
        storedTolerant.spec.tolerations = []
        XCTAssertEqual(invalidMessage { try cluster.api.update(storedTolerant) },
                       "Pod \"tolerant\" is invalid: spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds")
    }
}
