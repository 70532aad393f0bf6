import XCTest
import KubeCluster
@testable import KubeCtl

/// Workload verbs given objects with `-f` (not `--local`): the files name the objects, the stored ones change.
final class FileTargetTests: XCTestCase {
    func testFilesNameStoredObjects() throws {
        let harness = try WorkloadScenario.web()
        try harness.shell.kubectl.files.write("web.yaml", WorkloadOracle.webYAML)
        try harness.shell.kubectl.files.write("pods.yaml", WorkloadOracle.podsYAML)
        harness.assertTranscript([
            "kubectl scale --replicas=2 -f web.yaml",
            "kubectl label -f web.yaml tier=front",
            "kubectl annotate -f web.yaml note=from-file",
            "kubectl set image -f web.yaml nginx=nginx:1.28",
            "kubectl rollout status -f web.yaml --timeout=2m",
            "kubectl rollout history -f web.yaml",
            "kubectl label -f pods.yaml x=1",
            "kubectl label -f missing.yaml x=1",
            "kubectl label -f web.yaml deploy/web x=1",
            "kubectl get deploy web --show-labels",
        ], """
        $ kubectl scale --replicas=2 -f web.yaml
        deployment.apps/web scaled
        $ kubectl label -f web.yaml tier=front
        deployment.apps/web labeled
        $ kubectl annotate -f web.yaml note=from-file
        deployment.apps/web annotated
        $ kubectl set image -f web.yaml nginx=nginx:1.28
        deployment.apps/web image updated
        $ kubectl rollout status -f web.yaml --timeout=2m
        Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
        Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
        deployment "web" successfully rolled out
        $ kubectl rollout history -f web.yaml
        deployment.apps/web 
        REVISION  CHANGE-CAUSE
        1         <none>
        2         <none>

        $ kubectl label -f pods.yaml x=1
        Error from server (NotFound): pods "one" not found
        Error from server (NotFound): pods "two" not found
        $ kubectl label -f missing.yaml x=1
        error: the path "missing.yaml" does not exist
        $ kubectl label -f web.yaml deploy/web x=1
        error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well
        $ kubectl get deploy web --show-labels
        NAME   READY   UP-TO-DATE   AVAILABLE   AGE   LABELS
        web    2/2     2            2           65s   app=web,tier=front

        """)
    }
}
