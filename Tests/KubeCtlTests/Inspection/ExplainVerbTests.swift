import XCTest
@testable import KubeCluster
@testable import KubeCtl

/// `kubectl explain`: the 1.32 plaintext layout (checked against the reference captures line by line, with
/// kubetutor's own descriptions in place of upstream's), the word wrapping, and the completeness of the field
/// catalogue against the typed models.
final class ExplainVerbTests: XCTestCase {
    /// The text with every description block (lines indented by four or more spaces) replaced by `…`.
    func skeleton(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            let isDescription = line.hasPrefix("    ") && !line.trimmingCharacters(in: .whitespaces).isEmpty
            if isDescription {
                if lines.last != "…" { lines.append("…") }
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    func testLayoutMatchesCaptures() throws {
        let harness = KubectlHarness()
        for command in ["explain deployment.spec", "explain deployment.spec.replicas",
                        "explain deployment.spec.strategy.rollingUpdate.maxSurge", "explain pods",
                        "explain deployment.spec.foo", "explain podz"] {
            let capture = try ReferenceCaptures.capture(command)
            let ours = harness.run("kubectl " + command)
            XCTAssertEqual(skeleton(ours.out), skeleton(capture.stdout), command)
            XCTAssertEqual(ours.err, capture.stderr, command)
            XCTAssertEqual(Int(ours.status), capture.exitCode, command)
        }
    }

    /// Upstream's descriptions, re-wrapped by `WordWrap`, give upstream's line breaks (single-paragraph blocks:
    /// the field descriptions, and the DESCRIPTION of a primitive field).
    func testWordWrapReproducesCapturedLineBreaks() throws {
        var checked = 0
        for (command, skipFirst) in [("explain deployment.spec", true), ("explain pods", true),
                                     ("explain deployment.spec.strategy.rollingUpdate.maxSurge", false)] {
            let capture = try ReferenceCaptures.capture(command)
            var block: [String] = []
            var blocks: [[String]] = []
            for line in capture.stdout.components(separatedBy: "\n") {
                if line.hasPrefix("    "), !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    block.append(String(line.dropFirst(4)))
                } else if !block.isEmpty {
                    blocks.append(block)
                    block = []
                }
            }
            for lines in blocks.dropFirst(skipFirst ? 1 : 0) {
                XCTAssertEqual(WordWrap.wrap(lines.joined(separator: " "), limit: 76).components(separatedBy: "\n"), lines, command)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 10)
        XCTAssertEqual(WordWrap.wrap("aaa bbb ccc", limit: 7), "aaa bbb\nccc")
        XCTAssertEqual(WordWrap.wrap("short\nkept", limit: 76), "short\nkept")
        XCTAssertEqual(WordWrap.wrap("x https://a-very-long-address.example/with/a/path y", limit: 10),
                       "x\nhttps://a-very-long-address.example/with/a/path\ny")
    }

    func testFieldViewsGolden() {
        let harness = KubectlHarness()
        XCTAssertEqual(harness.run("kubectl explain deploy.spec.strategy --recursive").out, """
        GROUP:      apps
        KIND:       Deployment
        VERSION:    v1

        FIELD: strategy <DeploymentStrategy>


        DESCRIPTION:
            How existing pods are replaced by new ones.
            How a Deployment replaces pods.
            
        FIELDS:
          rollingUpdate\t<RollingUpdateDeployment>
            maxSurge\t<string>
            maxUnavailable\t<string>
          type\t<string>
          enum: Recreate, RollingUpdate


        """)
        let type = harness.run("kubectl explain svc.spec.type").out
        XCTAssertTrue(type.hasPrefix("KIND:       Service\nVERSION:    v1\n\nFIELD: type <string>\nENUM:\n    ClusterIP\n    ExternalName\n"
            + "    LoadBalancer\n    NodePort\n\nDESCRIPTION:\n"), type)
        let containers = harness.run("kubectl explain pod.spec.containers").out
        XCTAssertTrue(containers.contains("FIELD: containers <[]Container>\n"))
        XCTAssertTrue(containers.contains("  resources\t<ResourceRequirements>\n"))
        XCTAssertTrue(containers.contains("  name\t<string> -required-\n"))
        XCTAssertTrue(harness.run("kubectl explain pod.spec.containers.resources").out.contains("  limits\t<map[string]Quantity>\n"))
        XCTAssertTrue(harness.run("kubectl explain cm").out.contains("  data\t<map[string]string>\n"))
        let deep = harness.run("kubectl explain deployment.spec.foo.bar")
        XCTAssertEqual(deep.err, "error: field \"bar\" does not exist\n")
        XCTAssertTrue(harness.run("kubectl explain hpa").out.hasPrefix("GROUP:      autoscaling\nKIND:       HorizontalPodAutoscaler\nVERSION:    v2\n"))
        XCTAssertTrue(harness.run("kubectl explain statefulset").out.contains("  spec\t<StatefulSetSpec>\n"))
    }

    func testCatalogueIsWellFormed() {
        let catalogue = ExplainCatalogue.standard
        XCTAssertEqual(catalogue.problems, [])
        let opaque: Set<String> = ["Quantity"]
        for schema in catalogue.schemas.values {
            XCTAssertFalse(schema.description.isEmpty, schema.name)
            for field in schema.fields {
                XCTAssertFalse(field.description.isEmpty, "\(schema.name).\(field.name)")
                if let name = field.type.schemaName, !opaque.contains(name) {
                    XCTAssertNotNil(catalogue.schemas[name], "\(schema.name).\(field.name) refers to \(name)")
                }
            }
            XCTAssertEqual(Set(schema.fields.map(\.name)).count, schema.fields.count, "duplicate field in \(schema.name)")
        }
        for kind in KindRegistry.all { XCTAssertNotNil(catalogue.schemas[kind.kind], kind.kind) }
    }

    /// The members a model keeps out of line, by the stored property holding them ("Type.property"): the
    /// members are read from the out-of-line type itself, so one added there is checked too.
    private static let outOfLineMembers: [String: [String]] = {
        func labels(_ instance: Any) -> [String] { Mirror(reflecting: instance).children.compactMap(\.label) }
        let unusualEventMembers = EventUnusualMembers(kind: "", apiVersion: "", eventTime: .zero, reportingComponent: "",
                                                      reportingInstance: "")
        return [
            "ObjectMeta.rare": labels(ObjectMetaRareMembers()), "Container.rare": labels(ContainerRareMembers()),
            "PodSpec.rare": labels(PodSpecRareMembers()), "PodStatus.rare": labels(PodStatusRareMembers()),
            "Volume.sources": labels(VolumeSources()), "ContainerState.storedTerminated": ["terminated"],
            "Event.storedMetadata": ["metadata"], "Event.storedSource": ["source"],
            "Event.rare": labels(unusualEventMembers).map { $0 == "otherType" ? "type" : $0 },
            "Event.storedType": ["type"], "Event.storedReference": ["involvedObject"],
        ]
    }()

    /// Every stored property of the typed models has a catalogue entry (Mirror lists optional members too;
    /// members kept out of line are listed from their out-of-line types).
    func testCatalogueCoversTheTypedModels() {
        let pairs: [(String, Any)] = [
            ("Pod", Pod()), ("PodSpec", PodSpec()), ("PodStatus", PodStatus()), ("ObjectMeta", ObjectMeta()),
            ("Container", Container(name: "", image: nil)), ("ContainerPort", ContainerPort(containerPort: 1)),
            ("EnvVar", EnvVar(name: "", value: nil)), ("ResourceRequirements", ResourceRequirements()), ("Probe", Probe()),
            ("Volume", Volume(name: "")), ("Toleration", Toleration(key: nil, operator: nil, effect: nil)),
            ("ContainerStatus", ContainerStatus(name: "", image: "")), ("ContainerState", ContainerState()),
            ("Deployment", Deployment()), ("DeploymentSpec", DeploymentSpec()), ("DeploymentStatus", DeploymentStatus()),
            ("DeploymentStrategy", DeploymentStrategy()), ("ReplicaSet", ReplicaSet()), ("ReplicaSetSpec", ReplicaSetSpec()),
            ("ReplicaSetStatus", ReplicaSetStatus()), ("DaemonSet", DaemonSet()), ("DaemonSetSpec", DaemonSetSpec()),
            ("DaemonSetStatus", DaemonSetStatus()), ("Job", Job()), ("JobSpec", JobSpec()), ("JobStatus", JobStatus()),
            ("Service", Service()), ("ServiceSpec", ServiceSpec()), ("ServicePort", ServicePort(port: 1)),
            ("ServiceStatus", ServiceStatus()), ("Endpoints", Endpoints()), ("EndpointSubset", EndpointSubset()),
            ("EndpointSlice", EndpointSlice()), ("Endpoint", SliceEndpoint(addresses: [])),
            ("EndpointConditions", SliceEndpointConditions()), ("Node", Node()), ("NodeSpec", NodeSpec()),
            ("NodeStatus", NodeStatus()), ("Namespace", Namespace()), ("NamespaceSpec", NamespaceSpec()),
            ("NamespaceStatus", NamespaceStatus()), ("ConfigMap", ConfigMap()), ("Secret", Secret()),
            ("ServiceAccount", ServiceAccount()), ("Event", Event(involvedObject: ObjectReference(kind: nil, namespace: nil, name: nil, uid: nil))),
            ("HorizontalPodAutoscaler", HorizontalPodAutoscaler()), ("HorizontalPodAutoscalerSpec", HPASpec()),
            ("HorizontalPodAutoscalerStatus", HPAStatus()), ("CrossVersionObjectReference", CrossVersionObjectReference()),
        ]
        let catalogue = ExplainCatalogue.standard
        for (name, instance) in pairs {
            guard let schema = catalogue.schemas[name] else {
                XCTFail("no schema \(name)")
                continue
            }
            let properties = Mirror(reflecting: instance).children.compactMap(\.label)
                .flatMap { Self.outOfLineMembers["\(name).\($0)"] ?? [$0] }
            for property in properties {
                XCTAssertNotNil(schema.field(property), "\(name).\(property) is not in the explain catalogue")
            }
        }
    }
}
