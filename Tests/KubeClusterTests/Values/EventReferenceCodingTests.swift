import XCTest
@testable import KubeCluster

/// `Event.involvedObject` is stored as an `EventReference` (kind/apiVersion code, packed uid, integer
/// resource version); every `ObjectReference` must come back exactly as given and encode as before.
final class EventReferenceCodingTests: XCTestCase {
    private func json<T: Encodable>(_ value: T) throws -> String {
        try TreeEncoder().encode(value).compactJSON()
    }

    private func event(about reference: ObjectReference) -> Event {
        var event = Event(involvedObject: reference)
        event.metadata = ObjectMeta(name: "e.1", namespace: "default")
        event.reason = "Started"
        return event
    }

    /// Checks that `reference` survives storage, encoding and decoding unchanged.
    private func assertKept(_ reference: ObjectReference, file: StaticString = #filePath, line: UInt = #line) throws {
        let original = event(about: reference)
        XCTAssertEqual(original.involvedObject, reference, file: file, line: line)
        XCTAssertEqual(try json(original.involvedObject), try json(reference), file: file, line: line)
        let decoded = try TreeDecoder().decode(Event.self, from: TreeEncoder().encode(original))
        XCTAssertEqual(decoded, original, file: file, line: line)
        XCTAssertEqual(decoded.hashValue, original.hashValue, file: file, line: line)
        XCTAssertEqual(decoded.involvedObject, reference, file: file, line: line)
        XCTAssertEqual(try json(decoded), try json(original), file: file, line: line)
    }

    func testEveryMemberSetEncodesInGoOrder() throws {
        let reference = ObjectReference(kind: "Pod", namespace: "default", name: "web-1", uid: "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                                        apiVersion: "v1", resourceVersion: "1234", fieldPath: "spec.containers{web}")
        XCTAssertEqual(try json(event(about: reference).involvedObject),
                       #"{"kind":"Pod","namespace":"default","name":"web-1","uid":"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9","#
                       + #""apiVersion":"v1","resourceVersion":"1234","fieldPath":"spec.containers{web}"}"#)
        try assertKept(reference)
    }

    func testNothingSet() throws {
        let reference = ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil)
        XCTAssertEqual(try json(event(about: reference).involvedObject), "{}")
        try assertKept(reference)
    }

    func testEveryUsualTypeAndUnusualOnes() throws {
        var types = EventReference.usualTypes
        types += [("Widget", "example.com/v1"), ("Pod", "apps/v1"), (nil, "v1"), ("", ""), ("pod", "v1")]
        for type in types {
            try assertKept(ObjectReference(kind: type.kind, namespace: "ns", name: "a", uid: nil, apiVersion: type.apiVersion))
        }
    }

    func testUnusualResourceVersionsAndUIDs() throws {
        let versions: [String?] = [nil, "0", "7", "9223372036854775807", "9223372036854775808", "99999999999999999999",
                                   "007", "00", "", "-1", "+1", " 1", "1 ", "12a", "١٢"]
        for version in versions {
            try assertKept(ObjectReference(kind: "Pod", namespace: nil, name: "a", uid: "u-1", apiVersion: "v1",
                                           resourceVersion: version))
        }
        let uids: [String?] = [nil, "", "u-1", "00000000-0000-0000-0000-000000000000", "0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9",
                               "ffffffff-ffff-4fff-bfff-ffffffffffff", "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9x"]
        for uid in uids {
            try assertKept(ObjectReference(kind: "Widget", namespace: "", name: nil, uid: uid, resourceVersion: "5", fieldPath: ""))
        }
    }

    func testEveryFormOfMetadataResourceVersion() throws {
        let versions: [String?] = [nil, "0", "1", "72057594037927934", "72057594037927935", "9223372036854775807",
                                   "9223372036854775808", "007", "", "-3", "+3", "3 ", "x"]
        for version in versions {
            var original = event(about: ObjectReference(kind: "Pod", namespace: "default", name: "a", uid: nil, apiVersion: "v1",
                                                        resourceVersion: version))
            original.metadata.resourceVersion = version
            XCTAssertEqual(original.metadata.resourceVersion, version)
            XCTAssertEqual(original.involvedObject.resourceVersion, version)
            let text = try json(original)
            if let version { XCTAssertTrue(text.contains(#""resourceVersion":"\#(version)","#), text) }
            let decoded = try TreeDecoder().decode(Event.self, from: TreeEncoder().encode(original))
            XCTAssertEqual(decoded, original)
            XCTAssertEqual(decoded.hashValue, original.hashValue)
            XCTAssertEqual(decoded.metadata.resourceVersion, version)
            XCTAssertEqual(try json(decoded), text)
        }
    }

    func testChangingTheReferenceThroughTheEvent() throws {
        var changed = event(about: ObjectReference(kind: "Pod", namespace: "default", name: "a", uid: "u-1", apiVersion: "v1"))
        changed.involvedObject.resourceVersion = "42"
        changed.involvedObject.kind = "Widget"
        changed.involvedObject.uid = nil
        let expected = ObjectReference(kind: "Widget", namespace: "default", name: "a", uid: nil, apiVersion: "v1", resourceVersion: "42")
        XCTAssertEqual(changed.involvedObject, expected)
        XCTAssertEqual(changed, event(about: expected))
        XCTAssertEqual(changed.hashValue, event(about: expected).hashValue)
        XCTAssertNotEqual(changed, event(about: ObjectReference(kind: "Widget", namespace: "default", name: "a", uid: nil,
                                                                apiVersion: "v1", resourceVersion: "43")))
    }

    func testEveryFormOfType() throws {
        let reference = ObjectReference(kind: "Pod", namespace: "default", name: "a", uid: nil, apiVersion: "v1")
        for type in [nil, "Normal", "Warning", "", "normal", "Error", "Warning "] as [String?] {
            var original = event(about: reference)
            original.type = type
            XCTAssertEqual(original.type, type)
            let text = try json(original)
            XCTAssertEqual(text.contains(#""type":"#), type != nil, text)
            if let type { XCTAssertTrue(text.contains(#""type":"\#(type)","#), text) }
            let decoded = try TreeDecoder().decode(Event.self, from: TreeEncoder().encode(original))
            XCTAssertEqual(decoded, original)
            XCTAssertEqual(decoded.hashValue, original.hashValue)
            XCTAssertEqual(decoded.type, type)
            XCTAssertEqual(try json(decoded), text)
            // Other members' setters keep the type; clearing it leaves nothing behind.
            original.kind = "Other"
            original.reportingComponent = "x"
            XCTAssertEqual(original.type, type)
            original.kind = Event.kind
            original.reportingComponent = ""
            original.type = nil
            XCTAssertEqual(original, event(about: reference))
        }
    }

    func testReferenceIsSmallerThanAnObjectReference() {
        XCTAssertEqual(MemoryLayout<ObjectReference>.size, 112)
        XCTAssertLessThanOrEqual(MemoryLayout<EventReference>.size, 80)
        XCTAssertLessThanOrEqual(MemoryLayout<Event>.size, 248)
    }
}
