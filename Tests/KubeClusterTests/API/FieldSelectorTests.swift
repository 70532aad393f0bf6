import Foundation
import XCTest
@testable import KubeCluster

final class FieldSelectorTests: XCTestCase {
    func testCanonicalStringsMatchKubectl() throws {
        // Input and the string real kubectl 1.32.5 sends after parsing it (`kubectl top pod --field-selector`).
        let table: [(String, String)] = [
            ("b=2,a=1", "a=1,b=2"), ("a==1", "a=1"), ("a!=1", "a!=1"), ("a=", "a="), ("a=b\\,c", "a=b\\,c"),
            ("a=b\\=c", "a=b\\=c"), ("a=b\\\\c", "a=b\\\\c"), ("a b=c", "a b=c"), (",a=b", "a=b"), ("a=b,", "a=b"),
            ("status.phase!=Running,spec.nodeName=", "spec.nodeName=,status.phase!=Running"), ("a=b,,c=d", "a=b,c=d"),
            ("c=1,a!=2,b==3", "a!=2,b=3,c=1"), ("=b", "=b"), ("a=!b", "a=!b"), ("", ""),
        ]
        for (input, expected) in table {
            XCTAssertEqual(try FieldSelector(parsing: input).description, expected, "input \(input)")
        }
        XCTAssertEqual(try FieldSelector(parsing: "a=b\\,c").terms.first?.value, "b,c")
    }

    func testErrorsMatchKubectl() {
        let table: [(String, String)] = [
            ("a", "invalid selector: 'a'; can't understand 'a'"),
            ("a=b,c", "invalid selector: 'a=b,c'; can't understand 'c'"),
            ("a>b", "invalid selector: 'a>b'; can't understand 'a>b'"),
            ("a!b", "invalid selector: 'a!b'; can't understand 'a!b'"),
            ("a=b\\", "invalid field selector: invalid escape sequence: \\"),
            ("a=b\\x", "invalid field selector: invalid escape sequence: \\x"),
            ("a=b=c", "invalid field selector: unescaped character in value: 61"),
            ("x==y==z", "invalid field selector: unescaped character in value: 61"),
            ("a!=b=c", "invalid field selector: unescaped character in value: 61"),
            ("a!==b", "invalid field selector: unescaped character in value: 61"),
        ]
        for (input, expected) in table {
            XCTAssertThrowsError(try FieldSelector(parsing: input), input) { error in
                XCTAssertEqual((error as? FieldSelectorError)?.message, expected, input)
            }
        }
    }

    func testMatchingTreatsMissingFieldsAsEmpty() throws {
        let fields = ["metadata.name": "web", "status.phase": "Running", "spec.nodeName": ""]
        let table: [(String, Bool)] = [
            ("metadata.name=web", true), ("metadata.name=api", false), ("status.phase!=Running", false),
            ("status.phase!=Pending", true), ("spec.nodeName=", true), ("spec.nodeName!=", false),
            ("metadata.namespace=", true), ("metadata.name=web,status.phase=Running", true), ("", true),
        ]
        for (selector, expected) in table {
            XCTAssertEqual(try FieldSelector(parsing: selector).matches { fields[$0] }, expected, selector)
        }
        XCTAssertEqual(try FieldSelector(parsing: "a!=x,a=y").requiredValue(for: "a"), "y")
    }

    func testSupportedFieldsPerKind() {
        XCTAssertEqual(FieldSelectorSupport.supportedFields(group: "", kind: "Pod"), [
            "metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
            "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName",
        ])
        XCTAssertEqual(FieldSelectorSupport.supportedFields(group: "apps", kind: "Deployment"), ["metadata.name", "metadata.namespace"])
        XCTAssertTrue(FieldSelectorSupport.supportedFields(group: "", kind: "Event").contains("involvedObject.name"))
        let table: [(String, String, String, Result<String, FieldSelectorError>)] = [
            ("", "Pod", "status.phase", .success("status.phase")),
            ("", "Pod", "spec.host", .success("spec.nodeName")),
            ("", "Pod", "foo", .failure(FieldSelectorError(message: "field label not supported: foo"))),
            ("", "Event", "involvedObject.name", .success("involvedObject.name")),
            ("", "Namespace", "metadata.namespace", .failure(FieldSelectorError(message: "field label not supported: metadata.namespace"))),
            ("", "Node", "spec.unschedulable", .success("spec.unschedulable")),
            ("", "Secret", "type", .success("type")),
            ("", "Service", "spec.type", .success("spec.type")),
            ("apps", "Deployment", "metadata.name", .success("metadata.name")),
            ("apps", "ReplicaSet", "status.replicas", .failure(FieldSelectorError(
                message: "\"status.replicas\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""))),
            ("", "ConfigMap", "data", .failure(FieldSelectorError(
                message: "\"data\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""))),
            ("batch", "Job", "status.successful", .success("status.successful")),
            ("batch", "Job", "status.failed", .failure(FieldSelectorError(message: "field label \"status.failed\" not supported for batchv1.Job"))),
            ("events.k8s.io", "Event", "regarding.name", .success("involvedObject.name")),
            ("events.k8s.io", "Event", "reportingController", .success("reportingComponent")),
            ("events.k8s.io", "Event", "involvedObject.name", .failure(FieldSelectorError(message: "field label not supported: involvedObject.name"))),
        ]
        for (group, kind, label, expected) in table {
            XCTAssertEqual(FieldSelectorSupport.canonicalField(label, group: group, kind: kind), expected, "\(group)/\(kind) \(label)")
        }
    }

    func testValidateReportsTheFirstUnsupportedField() throws {
        let selector = try FieldSelector(parsing: "zzz=1,spec.host=node-1,aaa=2")
        XCTAssertEqual(FieldSelectorSupport.validate(selector, group: "", kind: "Pod"),
                       .failure(FieldSelectorError(message: "field label not supported: aaa")))
        XCTAssertEqual(try FieldSelectorSupport.validate(FieldSelector(parsing: "spec.host=n1"), group: "", kind: "Pod").get().description,
                       "spec.nodeName=n1")
    }

    func testSelectableValuesFromObjects() {
        let pod: JSONValue = .object([
            "metadata": .object(["name": .string("web"), "namespace": .string("default")]),
            "spec": .object(["nodeName": .string("worker-1")]),
            "status": .object(["phase": .string("Running"), "podIPs": .array([.object(["ip": .string("10.244.1.5")])])]),
        ])
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "metadata.name", in: pod, kind: "Pod"), "web")
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "spec.nodeName", in: pod, kind: "Pod"), "worker-1")
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "spec.hostNetwork", in: pod, kind: "Pod"), "false")
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "status.podIP", in: pod, kind: "Pod"), "10.244.1.5")
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "spec.restartPolicy", in: pod, kind: "Pod"), "")
        let event: JSONValue = .object([
            "involvedObject": .object(["kind": .string("Pod"), "name": .string("web")]),
            "source": .object(["component": .string("kubelet")]), "type": .string("Warning"),
        ])
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "involvedObject.kind", in: event, kind: "Event"), "Pod")
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "source", in: event, kind: "Event"), "kubelet")
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "type", in: event, kind: "Event"), "Warning")
        let job: JSONValue = .object(["status": .object(["succeeded": .int(1)])])
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "status.successful", in: job, kind: "Job"), "1")
        XCTAssertEqual(FieldSelectorSupport.selectableValue(of: "status.successful", in: .emptyObject, kind: "Job"), "0")
    }
}
