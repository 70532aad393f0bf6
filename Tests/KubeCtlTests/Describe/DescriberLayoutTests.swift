import KubeCluster
import XCTest
@testable import KubeCtl

/// Goldens for the describers added for kinds the bootstrapped clusters have (DaemonSet, EndpointSlice),
/// in kubectl 1.32's layout (describe.go: describeDaemonSet, describeEndpointSliceV1).
final class DescriberLayoutTests: XCTestCase {
    func testDaemonSetDescribeLayout() {
        let harness = KubectlHarness(profile: .kind)
        let result = harness.run("kubectl describe ds kindnet -n kube-system")
        XCTAssertEqual(result.err, "")
        let lines = result.out.components(separatedBy: "\n")
        XCTAssertEqual(Array(lines.prefix(13)), [
            "Name:           kindnet",
            "Namespace:      kube-system",
            "Selector:       app=kindnet",
            "Node-Selector:  kubernetes.io/os=linux",
            "Labels:         app=kindnet",
            "                k8s-app=kindnet",
            "                tier=node",
            "Annotations:    deprecated.daemonset.template.generation: 1",
            // The scheduling counts carry no tab, so they end the aligned block.
            "Desired Number of Nodes Scheduled: 1",
            "Current Number of Nodes Scheduled: 1",
            "Number of Nodes Scheduled with Up-to-date Pods: 1",
            "Number of Nodes Scheduled with Available Pods: 1",
            "Number of Nodes Misscheduled: 0",
        ])
        XCTAssertEqual(lines[13], "Pods Status:  1 Running / 0 Waiting / 0 Succeeded / 0 Failed")
        XCTAssertEqual(lines[14], "Pod Template:")
        let last = lines.dropLast().last ?? ""
        XCTAssertTrue(last.hasPrefix("Events:  ") && last.hasSuffix("<none>"), result.out)
    }

    func testEndpointSliceDescribeLayout() {
        let harness = KubectlHarness(profile: .kind)
        let out = harness.run("kubectl describe endpointslices -n kube-system").out
        let expectedTail = """
            AddressType:  IPv4
            Ports:
              Name     Port  Protocol
              ----     ----  --------
              dns      53    UDP
              dns-tcp  53    TCP
              metrics  9153  TCP
            Endpoints:
              - Addresses:  10.244.0.2
                Conditions:
                  Ready:    true
                Hostname:   <unset>
                TargetRef:  Pod/coredns-7b88d856f9-kfn42
                NodeName:   kind-control-plane
                Zone:       <unset>
            """
        XCTAssertTrue(out.hasPrefix("Name:         kube-dns-"), out)
        XCTAssertTrue(out.contains(expectedTail), out)
    }

    func testPodTemplateShowsVolumesPriorityClassAndSortedTolerations() {
        let harness = KubectlHarness(profile: .kind)
        harness.run("kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml")
        let out = harness.run("kubectl -n kube-system describe deployment metrics-server").out
        XCTAssertTrue(out.contains("""
              Volumes:
               tmp-dir:
                Type:               EmptyDir (a temporary directory that shares a pod's lifetime)
                Medium:             \("")
                SizeLimit:          <unset>
              Priority Class Name:  system-cluster-critical
              Node-Selectors:       kubernetes.io/os=linux
              Tolerations:          <none>
            """), out)
        XCTAssertTrue(out.contains("    SeccompProfile:  RuntimeDefault\n"), out)
    }

    func testTolerationTextMatchesKubectl() {
        XCTAssertEqual(PodDescriber.tolerationText(Toleration(key: nil, operator: "Exists", effect: nil)), "op=Exists")
        XCTAssertEqual(PodDescriber.tolerationText(Toleration(key: nil, operator: "Exists", effect: "NoExecute")), ":NoExecute op=Exists")
        XCTAssertEqual(PodDescriber.tolerationText(Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists",
                                                              effect: "NoExecute", tolerationSeconds: 300)),
                       "node.kubernetes.io/not-ready:NoExecute op=Exists for 300s")
        XCTAssertEqual(PodDescriber.tolerationText(Toleration(key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule")),
                       "dedicated=gpu:NoSchedule")
        let sorted = PodDescriber.tolerationLines([Toleration(key: "b", operator: "Exists", effect: nil),
                                                   Toleration(key: nil, operator: "Exists", effect: nil),
                                                   Toleration(key: "a", operator: "Exists", effect: nil)])
        XCTAssertEqual(sorted, ["op=Exists", "a op=Exists", "b op=Exists"])
    }

    func testRolloutStatusSkipsWritesThatChangeNothing() {
        var deployment = Deployment()
        deployment.metadata = ObjectMeta(name: "web", namespace: "default")
        deployment.metadata.resourceVersion = "10"
        var rewritten = deployment
        rewritten.metadata.resourceVersion = "11"
        XCTAssertTrue(RolloutWatch.unchanged(deployment, rewritten))
        rewritten.status.readyReplicas = 1
        XCTAssertFalse(RolloutWatch.unchanged(deployment, rewritten))
    }
}

/// The generic describer's field labels (describe.go `smartLabelFor` over fatih/camelcase).
final class GenericDescriberTests: XCTestCase {
    func testSmartLabels() {
        let cases: [(String, String)] = [
            ("apiVersion", "API Version"), ("firstTimestamp", "First Timestamp"), ("uid", "UID"),
            ("involvedObject", "Involved Object"), ("reportingComponent", "Reporting Component"), ("kind", "Kind"),
            ("APIVersion", "API Version"), ("resourceVersion", "Resource Version"), ("k8s-app", "k8s-app"),
            ("with.dot", "with.dot"),
        ]
        for (field, label) in cases { XCTAssertEqual(GenericDescriber.label(field), label, field) }
    }

    func testEventDescribeWalksTheObject() {
        let harness = KubectlHarness(profile: .kind)
        harness.run("kubectl create deployment web --image=nginx")
        let out = harness.run("kubectl describe events").out
        XCTAssertTrue(out.contains("\nAPI Version:      v1\nCount:            1\nEvent Time:       <nil>\n"), out)
        XCTAssertTrue(out.contains("\nInvolved Object:\n  API Version:       v1\n  Kind:              Pod\n"), out)
        XCTAssertFalse(out.contains("Managed Fields"), out)
    }
}
