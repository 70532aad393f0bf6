import XCTest
@testable import KubeCluster

/// `ContainerBehaviour` keeps the annotation-forced misbehaviours (crash, start error, readiness, hang,
/// memory leak) out of line; each must read back exactly as set, and clearing them all must leave none.
final class BehaviourStorageTests: XCTestCase {
    private func behaviour(annotations: [String: String] = [:]) -> ContainerBehaviour {
        ContainerBehaviour.derive(BehaviourInputs(podName: "web-1", podIP: "10.244.0.5", container: Container(name: "web", image: "nginx"),
                                                  annotations: annotations, environment: []))
    }

    func testWellBehavedContainerHasNoMisbehaviour() {
        let plain = behaviour()
        XCTAssertNil(plain.misbehaviour)
        XCTAssertNil(plain.crash)
        XCTAssertNil(plain.startError)
        XCTAssertEqual(plain.readiness, .normal)
        XCTAssertNil(plain.hangsAfter)
        XCTAssertEqual(plain.memoryLeakBytesPerSecond, 0)
        XCTAssertNil(plain.plannedExit)
        XCTAssertLessThanOrEqual(MemoryLayout<ContainerBehaviour>.size, 168)
    }

    func testEveryMisbehaviourSetReadsBack() {
        var value = behaviour()
        value.crash = (after: 30, code: 2, message: ["boom", ""])
        value.startError = "exec failed"
        value.readiness = .failAfter(12.5)
        value.hangsAfter = 40
        value.memoryLeakBytesPerSecond = 1_048_576
        XCTAssertEqual(value.crash?.after, 30)
        XCTAssertEqual(value.crash?.code, 2)
        XCTAssertEqual(value.crash?.message, ["boom", ""])
        XCTAssertEqual(value.startError, "exec failed")
        XCTAssertEqual(value.readiness, .failAfter(12.5))
        XCTAssertEqual(value.hangsAfter, 40)
        XCTAssertEqual(value.memoryLeakBytesPerSecond, 1_048_576)
        XCTAssertEqual(value.plannedExit?.reason, "StartError")
        value.startError = nil
        XCTAssertEqual(value.plannedExit?.offset, 30)
        XCTAssertEqual(value.plannedExit?.finalLines, ["boom", ""])
    }

    func testCopiesDoNotShareChangesAndClearingLeavesNoBox() {
        var original = behaviour()
        original.hangsAfter = 5
        var copy = original
        copy.hangsAfter = 9
        copy.readiness = .fail
        XCTAssertEqual(original.hangsAfter, 5)
        XCTAssertEqual(original.readiness, .normal)
        XCTAssertEqual(copy.hangsAfter, 9)
        copy.hangsAfter = nil
        copy.readiness = .normal
        XCTAssertNil(copy.misbehaviour)
        copy.memoryLeakBytesPerSecond = -0.0
        XCTAssertEqual(copy.memoryLeakBytesPerSecond.sign, .minus)
        copy.memoryLeakBytesPerSecond = 0
        XCTAssertNil(copy.misbehaviour)
        copy.memoryLeakBytesPerSecond = .nan
        XCTAssertTrue(copy.memoryLeakBytesPerSecond.isNaN)
    }

    func testAnnotationsStillSetMisbehaviours() {
        let value = behaviour(annotations: ["kubetutor.io/readiness": "fail", "kubetutor.io/hang-after": "20s",
                                            "kubetutor.io/crash-after": "10s", "kubetutor.io/exit-code": "3"])
        XCTAssertEqual(value.readiness, .fail)
        XCTAssertEqual(value.hangsAfter, 20)
        XCTAssertEqual(value.crash?.after, 10)
        XCTAssertEqual(value.crash?.code, 3)
        XCTAssertNotNil(value.misbehaviour)
    }

    func testInstanceExitMembersReadBackAndDefault() {
        let instance = ContainerInstance(containerID: "containerd://1", startedAt: 5, behaviour: behaviour())
        XCTAssertNil(instance.exitPlan)
        XCTAssertNil(instance.finishedAt)
        XCTAssertEqual(instance.exitCode, 0)
        XCTAssertNil(instance.reason)
        XCTAssertNil(instance.message)
        instance.exitCode = 0
        instance.reason = nil
        XCTAssertEqual(instance.exitCode, 0)
        instance.exitPlan = PlannedExit(offset: 3, exitCode: 137, reason: "OOMKilled")
        instance.finishedAt = 8
        instance.exitCode = 137
        instance.reason = "OOMKilled"
        instance.message = ""
        XCTAssertEqual(instance.exitPlan, PlannedExit(offset: 3, exitCode: 137, reason: "OOMKilled"))
        XCTAssertEqual(instance.finishedAt, 8)
        XCTAssertEqual(instance.exitCode, 137)
        XCTAssertEqual(instance.reason, "OOMKilled")
        XCTAssertEqual(instance.message, "")
        instance.exitPlan = nil
        instance.exitCode = 0
        XCTAssertNil(instance.exitPlan)
        XCTAssertEqual(instance.exitCode, 0)
        XCTAssertEqual(instance.finishedAt, 8)
    }
}
