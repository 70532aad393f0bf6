import XCTest
import KubeCluster
@testable import KubeCtl

/// `kubectl scale`: the argument forms, preconditions, several targets, selectors and errors.
final class ScaleVerbTests: XCTestCase {
    func testForms() throws {
        let harness = try WorkloadScenario.web()
        try harness.createDeployment("api", image: "nginx:1.27", replicas: 1)
        harness.assertTranscript([
            "kubectl scale deployment web --replicas=5",
            "kubectl scale --replicas=2 deploy/web deploy/api",
            "kubectl scale deployments --all --replicas=1",
            "kubectl scale deploy -l app=api --replicas=3",
            "kubectl scale deployment web --replicas=4 --current-replicas=2",
            "kubectl scale deployment web --replicas=4 --current-replicas=1",
            "kubectl scale deployment web --replicas=4 --dry-run=client",
            "kubectl scale deployment web --replicas=4 -o name",
            "kubectl get deployments",
        ], """
        $ kubectl scale deployment web --replicas=5
        deployment.apps/web scaled
        $ kubectl scale --replicas=2 deploy/web deploy/api
        deployment.apps/web scaled
        deployment.apps/api scaled
        $ kubectl scale deployments --all --replicas=1
        deployment.apps/api scaled
        deployment.apps/web scaled
        $ kubectl scale deploy -l app=api --replicas=3
        deployment.apps/api scaled
        $ kubectl scale deployment web --replicas=4 --current-replicas=2
        error: Expected replicas to be 2, was 1
        $ kubectl scale deployment web --replicas=4 --current-replicas=1
        deployment.apps/web scaled
        $ kubectl scale deployment web --replicas=4 --dry-run=client
        deployment.apps/web scaled (dry run)
        $ kubectl scale deployment web --replicas=4 -o name
        deployment.apps/web
        $ kubectl get deployments
        NAME   READY   UP-TO-DATE   AVAILABLE   AGE
        api    0/3     3            0           0s
        web    1/4     4            1           60s

        """)
    }

    func testReplicaSetsJobsAndErrors() throws {
        let harness = try WorkloadScenario.web()
        let replicaSet = harness.cluster.store.list(KubeCluster.ReplicaSet.self, namespace: "default").first?.name ?? ""
        harness.assertTranscript([
            "kubectl scale rs \(replicaSet) --replicas=4",
            "kubectl scale deployment nope --replicas=2",
            "kubectl scale deployment web nope --replicas=2",
            "kubectl scale deployment web --replicas=-1",
            "kubectl scale deployment web --replicas=3 --current-replicas=-2",
            "kubectl scale pod tmp --replicas=2",
            "kubectl scale statefulset db --replicas=2",
            "kubectl scale deployment -l app=none --replicas=2",
            "kubectl scale deploy/web deploy/web --replicas=2 --resource-version=1",
            "kubectl scale deploy web --replicas=2 --resource-version=1",
            "kubectl scale deploy web --replicas=6 --timeout=1m",
            "kubectl get deploy web",
        ], """
        $ kubectl scale rs web-5c94f75b5d --replicas=4
        replicaset.apps/web-5c94f75b5d scaled
        $ kubectl scale deployment nope --replicas=2
        error: no objects passed to scale deployments.apps "nope" not found
        $ kubectl scale deployment web nope --replicas=2
        deployment.apps/web scaled
        Error from server (NotFound): deployments.apps "nope" not found
        $ kubectl scale deployment web --replicas=-1
        error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0
        $ kubectl scale deployment web --replicas=3 --current-replicas=-2
        error: The --current-replicas must specify an integer of -1 or greater
        $ kubectl scale pod tmp --replicas=2
        Error from server (NotFound): the server could not find the requested resource
        $ kubectl scale statefulset db --replicas=2
        error: statefulsets.apps are not simulated by kubetutor yet
        $ kubectl scale deployment -l app=none --replicas=2
        error: no objects passed to scale
        $ kubectl scale deploy/web deploy/web --replicas=2 --resource-version=1
        error: cannot use --resource-version with multiple resources
        $ kubectl scale deploy web --replicas=2 --resource-version=1
        error: Expected resource version to be 1, was 238
        $ kubectl scale deploy web --replicas=6 --timeout=1m
        deployment.apps/web scaled
        $ kubectl get deploy web
        NAME   READY   UP-TO-DATE   AVAILABLE   AGE
        web    2/6     6            2           60s

        """)
    }
}
