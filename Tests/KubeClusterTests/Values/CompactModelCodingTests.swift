import XCTest
@testable import KubeCluster

/// The model types that keep rarely-set members out of line (`ObjectMeta`, `Container`, `Event`) must
/// encode exactly as plain structs with those members inline did: same key order, unset optionals
/// absent, zero timestamps `null`; and decode back to equal values.
final class CompactModelCodingTests: XCTestCase {
    private func json<T: Encodable>(_ value: T) throws -> String {
        try TreeEncoder().encode(value).compactJSON()
    }

    private func roundTrip<T: Codable & Equatable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws {
        let decoded = try TreeDecoder().decode(T.self, from: TreeEncoder().encode(value))
        XCTAssertEqual(decoded, value, file: file, line: line)
        XCTAssertEqual(try json(decoded), try json(value), file: file, line: line)
    }

    private static let t1 = Timestamp(seconds: 1_767_603_600) // 2026-01-05T09:00:00Z
    private static let t2 = Timestamp(seconds: 1_767_603_660)

    func testObjectMetaWithEveryMemberSet() throws {
        var meta = ObjectMeta(name: "web-1", namespace: "default", labels: ["app": "web"])
        meta.generateName = "web-"
        meta.uid = "u-1"
        meta.resourceVersion = "7"
        meta.generation = 3
        meta.creationTimestamp = Self.t1
        meta.deletionTimestamp = Self.t2
        meta.deletionGracePeriodSeconds = 30
        meta.annotations = ["a": "b"]
        meta.ownerReferences = [OwnerReference(apiVersion: "apps/v1", kind: "ReplicaSet", name: "web", uid: "u-0")]
        meta.finalizers = ["f"]
        XCTAssertEqual(try json(meta), #"{"name":"web-1","generateName":"web-","namespace":"default","uid":"u-1","#
            + #""resourceVersion":"7","generation":3,"creationTimestamp":"2026-01-05T09:00:00Z","#
            + #""deletionTimestamp":"2026-01-05T09:01:00Z","deletionGracePeriodSeconds":30,"labels":{"app":"web"},"#
            + #""annotations":{"a":"b"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web","#
            + #""uid":"u-0","controller":true,"blockOwnerDeletion":true}],"finalizers":["f"]}"#)
        try roundTrip(meta)
    }

    func testObjectMetaWithNothingSet() throws {
        XCTAssertEqual(try json(ObjectMeta()), #"{"creationTimestamp":null}"#)
        try roundTrip(ObjectMeta())
    }

    func testObjectMetaClearedMembersEqualNeverSetOnes() {
        var meta = ObjectMeta(name: "a")
        meta.annotations = ["k": "v"]
        meta.generation = 1
        XCTAssertNotEqual(meta, ObjectMeta(name: "a"))
        meta.setAnnotation("k", nil)
        meta.generation = nil
        XCTAssertEqual(meta, ObjectMeta(name: "a"))
        XCTAssertEqual(meta.hashValue, ObjectMeta(name: "a").hashValue)
    }

    func testObjectMetaCopiesDoNotShareChanges() {
        var original = ObjectMeta(name: "a")
        original.finalizers = ["one"]
        var copy = original
        copy.finalizers?.append("two")
        XCTAssertEqual(original.finalizers, ["one"])
        XCTAssertEqual(copy.finalizers, ["one", "two"])
    }

    func testContainerWithEveryMemberSet() throws {
        var probe = Probe()
        probe.exec = ExecAction(command: ["true"])
        probe.periodSeconds = 5
        var container = Container(name: "web", image: "nginx")
        container.command = ["sh"]
        container.args = ["-c", "run"]
        container.workingDir = "/app"
        container.ports = [ContainerPort(containerPort: 80)]
        container.envFrom = [["configMapRef": ["name": "cm"]]]
        container.env = [EnvVar(name: "A", value: "1")]
        container.resources = ResourceRequirements(limits: nil, requests: ["cpu": try XCTUnwrap(Quantity.parse("100m") as Quantity?)])
        container.volumeMounts = [VolumeMount(name: "v", readOnly: true, mountPath: "/v", subPath: nil)]
        container.livenessProbe = probe
        container.readinessProbe = probe
        container.startupProbe = probe
        container.lifecycle = ["preStop": ["exec": ["command": ["stop"]]]]
        container.terminationMessagePath = "/dev/termination-log"
        container.terminationMessagePolicy = "File"
        container.imagePullPolicy = "Always"
        container.securityContext = ["privileged": false]
        container.stdin = true
        container.stdinOnce = false
        container.tty = true
        let probeJSON = #"{"exec":{"command":["true"]},"periodSeconds":5}"#
        XCTAssertEqual(try json(container), #"{"name":"web","image":"nginx","command":["sh"],"args":["-c","run"],"#
            + #""workingDir":"/app","ports":[{"containerPort":80,"protocol":"TCP"}],"envFrom":[{"configMapRef":{"name":"cm"}}],"#
            + #""env":[{"name":"A","value":"1"}],"resources":{"requests":{"cpu":"100m"}},"#
            + #""volumeMounts":[{"name":"v","readOnly":true,"mountPath":"/v"}],"#
            + #""livenessProbe":\#(probeJSON),"readinessProbe":\#(probeJSON),"startupProbe":\#(probeJSON),"#
            + #""lifecycle":{"preStop":{"exec":{"command":["stop"]}}},"terminationMessagePath":"/dev/termination-log","#
            + #""terminationMessagePolicy":"File","imagePullPolicy":"Always","securityContext":{"privileged":false},"#
            + #""stdin":true,"stdinOnce":false,"tty":true}"#)
        try roundTrip(container)
    }

    func testContainerWithNothingSet() throws {
        let container = Container(name: "web", image: nil)
        XCTAssertEqual(try json(container), #"{"name":"web","resources":{}}"#)
        try roundTrip(container)
    }

    func testContainerClearedProbeEqualsNeverSetOne() {
        var container = Container(name: "web", image: "nginx")
        container.readinessProbe = Probe()
        XCTAssertNotEqual(container, Container(name: "web", image: "nginx"))
        container.readinessProbe = nil
        XCTAssertEqual(container, Container(name: "web", image: "nginx"))
        XCTAssertEqual(container.hashValue, Container(name: "web", image: "nginx").hashValue)
    }

    private func recordedEvent() -> Event {
        var event = Event(involvedObject: ObjectReference(kind: "Pod", namespace: "default", name: "web-1", uid: "u-1",
                                                          apiVersion: "v1", resourceVersion: "9", fieldPath: "spec.containers{web}"))
        event.metadata = ObjectMeta(name: "web-1.1", namespace: "default")
        event.metadata.uid = "u-2"
        event.metadata.creationTimestamp = Self.t1
        event.reason = "Pulled"
        event.message = "done"
        event.source = EventSource(component: "kubelet", host: "node-1")
        event.firstTimestamp = Self.t1
        event.lastTimestamp = Self.t2
        event.count = 2
        event.type = "Normal"
        event.reportingComponent = "kubelet"
        event.reportingInstance = "node-1"
        return event
    }

    func testEventAsComponentsRecordIt() throws {
        let event = recordedEvent()
        XCTAssertEqual(try json(event), #"{"kind":"Event","apiVersion":"v1","metadata":{"name":"web-1.1","namespace":"default","#
            + #""uid":"u-2","creationTimestamp":"2026-01-05T09:00:00Z"},"involvedObject":{"kind":"Pod","namespace":"default","#
            + #""name":"web-1","uid":"u-1","apiVersion":"v1","resourceVersion":"9","fieldPath":"spec.containers{web}"},"#
            + #""reason":"Pulled","message":"done","source":{"component":"kubelet","host":"node-1"},"#
            + #""firstTimestamp":"2026-01-05T09:00:00Z","lastTimestamp":"2026-01-05T09:01:00Z","count":2,"type":"Normal","#
            + #""eventTime":null,"reportingComponent":"kubelet","reportingInstance":"node-1"}"#)
        try roundTrip(event)
    }

    func testEventWithUnusualMembers() throws {
        var event = recordedEvent()
        event.kind = "Other"
        event.apiVersion = "events/v9"
        event.eventTime = Self.t2
        event.reportingComponent = "someone"
        event.reportingInstance = ""
        XCTAssertEqual(event.kind, "Other")
        XCTAssertEqual(event.apiVersion, "events/v9")
        XCTAssertEqual(event.eventTime, Self.t2)
        XCTAssertEqual(event.reportingComponent, "someone")
        XCTAssertEqual(event.reportingInstance, "")
        let text = try json(event)
        XCTAssertTrue(text.hasPrefix(#"{"kind":"Other","apiVersion":"events/v9","metadata":"#), text)
        XCTAssertTrue(text.hasSuffix(#""eventTime":"2026-01-05T09:01:00Z","reportingComponent":"someone","reportingInstance":""}"#), text)
        try roundTrip(event)
    }

    func testEventWithNothingSet() throws {
        let event = Event(involvedObject: ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil))
        XCTAssertEqual(try json(event), #"{"kind":"Event","apiVersion":"v1","metadata":{"creationTimestamp":null},"#
            + #""involvedObject":{},"firstTimestamp":null,"lastTimestamp":null,"eventTime":null,"#
            + #""reportingComponent":"","reportingInstance":""}"#)
        try roundTrip(event)
    }

    func testEventSourceChangeKeepsReportingMembers() {
        var event = recordedEvent()
        event.source = EventSource(component: "scheduler")
        XCTAssertEqual(event.reportingComponent, "kubelet")
        XCTAssertEqual(event.reportingInstance, "node-1")
        event.source = nil
        XCTAssertEqual(event.reportingComponent, "kubelet")
        event.source = EventSource(component: "kubelet", host: "node-1")
        XCTAssertEqual(event, recordedEvent())
        XCTAssertEqual(event.hashValue, recordedEvent().hashValue)
    }

    func testEventWithoutSourceHasEmptyReportingMembers() {
        var event = Event(involvedObject: ObjectReference(kind: "Pod", namespace: nil, name: "a", uid: nil))
        XCTAssertEqual(event.reportingComponent, "")
        XCTAssertEqual(event.reportingInstance, "")
        event.reportingComponent = "kubelet"
        event.source = EventSource(component: "other", host: "h")
        XCTAssertEqual(event.reportingComponent, "kubelet")
        XCTAssertEqual(event.reportingInstance, "")
    }

    func testEventKeepsEveryFormOfUID() throws {
        for uid in ["0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "ffffffff-ffff-4fff-bfff-ffffffffffff", "00000000-0000-0000-0000-000000000000",
                    "00000000-0000-0000-0000-000000000001", "0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9", "0f1e2d3c4b5a49788695a4b3c2d1e0f9",
                    "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9x", "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f", "u-1", ""] {
            var event = recordedEvent()
            event.metadata.uid = uid
            XCTAssertEqual(event.metadata.uid, uid)
            XCTAssertTrue(try json(event).contains(#""uid":"\#(uid)","creationTimestamp""#), uid)
            try roundTrip(event)
            var copy = recordedEvent()
            copy.metadata = event.metadata
            XCTAssertEqual(copy, event)
            XCTAssertEqual(copy.hashValue, event.hashValue)
        }
        var event = recordedEvent()
        event.metadata.uid = nil
        XCTAssertNil(event.metadata.uid)
        XCTAssertFalse(try json(event).contains(#""uid":"u-2""#))
    }
}
