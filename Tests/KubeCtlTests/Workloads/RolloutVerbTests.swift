import XCTest
import KubeCluster
@testable import KubeCtl

/// `kubectl rollout status|history|undo|restart|pause|resume` against the simulated controllers.
final class RolloutVerbTests: XCTestCase {
    func testStatusForms() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl rollout status deployment/web",
            "kubectl rollout status deploy web --revision=1",
            "kubectl rollout status deploy web --revision=2",
            "kubectl set image deploy/web nginx=nginx:1.28",
            "kubectl rollout status deployment/web -w=false",
            "kubectl rollout status deployment/web --timeout=3s",
            "kubectl rollout status deployment/web",
            "kubectl rollout status deployment",
            "kubectl rollout status pod/tmp",
            "kubectl rollout status deployment/nope",
            "kubectl rollout status rs",
            "kubectl rollout status deployment/web --revision=-1",
            "kubectl rollout status daemonset/kube-proxy -n kube-system",
        ], """
        $ kubectl rollout status deployment/web
        deployment "web" successfully rolled out
        $ kubectl rollout status deploy web --revision=1
        deployment "web" successfully rolled out
        $ kubectl rollout status deploy web --revision=2
        error: desired revision (2) is different from the running revision (1)
        $ kubectl set image deploy/web nginx=nginx:1.28
        deployment.apps/web image updated
        $ kubectl rollout status deployment/web -w=false
        Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
        $ kubectl rollout status deployment/web --timeout=3s
        Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
        error: timed out waiting for the condition
        $ kubectl rollout status deployment/web
        Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
        Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
        deployment "web" successfully rolled out
        $ kubectl rollout status deployment
        deployment "web" successfully rolled out
        $ kubectl rollout status pod/tmp
        error: no status viewer has been implemented for Pod
        $ kubectl rollout status deployment/nope
        Error from server (NotFound): deployments.apps "nope" not found
        $ kubectl rollout status rs
        error: rollout status is only supported on individual resources and resource collections - 2 resources were found
        $ kubectl rollout status deployment/web --revision=-1
        error: revision must be a positive integer: -1
        $ kubectl rollout status daemonset/kube-proxy -n kube-system
        daemon set "kube-proxy" successfully rolled out

        """)
    }

    func testStuckRolloutExceedsItsProgressDeadline() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl set image deploy/web nginx=nginx:no-such-tag",
            "kubectl rollout status deploy/web",
            "kubectl get deploy web",
        ], """
        $ kubectl set image deploy/web nginx=nginx:no-such-tag
        deployment.apps/web image updated
        $ kubectl rollout status deploy/web
        Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
        error: deployment "web" exceeded its progress deadline
        $ kubectl get deploy web
        NAME   READY   UP-TO-DATE   AVAILABLE   AGE
        web    3/3     1            3           11m

        """)
    }

    func testBatchLimitWithoutTimeout() throws {
        let harness = try WorkloadScenario.web()
        var deployment = try XCTUnwrap(harness.cluster.store.get(Deployment.self, namespace: "default", name: "web"))
        deployment.spec.progressDeadlineSeconds = Int32.max
        deployment.spec.template.spec.containers[0].image = "nginx:no-such-tag"
        try harness.cluster.api.update(deployment)
        harness.cluster.settle()
        harness.assertTranscript([
            "kubectl rollout status deploy/web",
        ], """
        $ kubectl rollout status deploy/web
        Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
        kubetutor: stopped watching after 10m0s of simulated time; the rollout has not finished (give --timeout to choose how long to wait)

        """)
    }

    func testHistoryAndUndo() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl rollout history deploy/web",
            "kubectl rollout undo deploy/web",
            "kubectl set image deploy/web nginx=nginx:1.28 --record",
            "kubectl annotate deploy/web kubernetes.io/change-cause='bump to 1.28 again'",
            "sleep 30",
            "kubectl set env deploy/web MODE=fast",
            "sleep 30",
            "kubectl rollout history deploy/web",
            "kubectl rollout history deploy/web --revision=2",
            "kubectl rollout history deploy/web --revision=9",
            "kubectl rollout history deploy/web --revision=1 -o jsonpath={.metadata.name}",
            "kubectl rollout undo deploy/web --to-revision=9",
            "kubectl rollout undo deploy/web --to-revision=3",
            "kubectl rollout undo deploy/web --dry-run=client",
            "kubectl rollout undo deploy/web --to-revision=1",
            "sleep 30",
            "kubectl rollout history deploy/web",
            "kubectl get deploy web -o jsonpath={.metadata.annotations}",
            "kubectl rollout undo deploy/web",
            "kubectl rollout history pod/tmp",
            "kubectl rollout undo service/kubernetes",
            "kubectl rollout history",
        ], """
        $ kubectl rollout history deploy/web
        deployment.apps/web 
        REVISION  CHANGE-CAUSE
        1         <none>

        $ kubectl rollout undo deploy/web
        error: no rollout history found for deployment "web"
        $ kubectl set image deploy/web nginx=nginx:1.28 --record
        Flag --record has been deprecated, --record will be removed in the future
        deployment.apps/web image updated
        $ kubectl annotate deploy/web kubernetes.io/change-cause='bump to 1.28 again'
        deployment.apps/web annotated
        $ sleep 30
        $ kubectl set env deploy/web MODE=fast
        deployment.apps/web env updated
        $ sleep 30
        $ kubectl rollout history deploy/web
        deployment.apps/web 
        REVISION  CHANGE-CAUSE
        1         <none>
        2         bump to 1.28 again
        3         bump to 1.28 again

        $ kubectl rollout history deploy/web --revision=2
        deployment.apps/web with revision #2
        Pod Template:
          Labels:	app=web
        	pod-template-hash=76bbc6d9dc
          Annotations:	kubernetes.io/change-cause: bump to 1.28 again
          Containers:
           nginx:
            Image:	nginx:1.28
            Port:	<none>
            Host Port:	<none>
            Environment:	<none>
            Mounts:	<none>
          Volumes:	<none>
          Node-Selectors:	<none>
          Tolerations:	<none>

        $ kubectl rollout history deploy/web --revision=9
        error: unable to find the specified revision
        $ kubectl rollout history deploy/web --revision=1 -o jsonpath={.metadata.name}
        web-5c94f75b5d$ kubectl rollout undo deploy/web --to-revision=9
        error: unable to find specified revision 9 in history
        $ kubectl rollout undo deploy/web --to-revision=3
        deployment.apps/web skipped rollback (current template already matches revision 3)
        $ kubectl rollout undo deploy/web --dry-run=client
        deployment.apps/web Pod Template:
          Labels:	app=web
        	pod-template-hash=76bbc6d9dc
          Containers:
           nginx:
            Image:	nginx:1.28
            Port:	<none>
            Host Port:	<none>
            Environment:	<none>
            Mounts:	<none>
          Volumes:	<none>
          Node-Selectors:	<none>
          Tolerations:	<none>
         (dry run)
        $ kubectl rollout undo deploy/web --to-revision=1
        deployment.apps/web rolled back
        $ sleep 30
        $ kubectl rollout history deploy/web
        deployment.apps/web 
        REVISION  CHANGE-CAUSE
        2         bump to 1.28 again
        3         bump to 1.28 again
        4         <none>

        $ kubectl get deploy web -o jsonpath={.metadata.annotations}
        {"deployment.kubernetes.io/revision":"4"}$ kubectl rollout undo deploy/web
        deployment.apps/web rolled back
        $ kubectl rollout history pod/tmp
        error: no history viewer has been implemented for "Pod"
        $ kubectl rollout undo service/kubernetes
        error: error retrieving rollbacker for "Service", no visitor method exists for { Service}
        $ kubectl rollout history
        error: required resource not specified

        """)
    }

    func testRestartPauseResume() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl rollout restart deployment/web",
            "kubectl rollout restart deployment/web",
            "kubectl get deploy web -o jsonpath={.spec.template.metadata.annotations}",
            "sleep 40",
            "kubectl rollout pause deployment/web",
            "kubectl rollout pause deployment/web",
            "kubectl set image deploy/web nginx=nginx:1.28",
            "kubectl rollout restart deployment/web",
            "kubectl rollout undo deployment/web",
            "kubectl get rs",
            "kubectl rollout resume deployment/web",
            "kubectl rollout resume deployment/web",
            "kubectl rollout status deployment/web --timeout=1m",
            "kubectl rollout pause pod/tmp",
            "kubectl rollout restart daemonset/kube-proxy -n kube-system",
            "kubectl rollout status daemonset/kube-proxy -n kube-system",
        ], """
        $ kubectl rollout restart deployment/web
        deployment.apps/web restarted
        $ kubectl rollout restart deployment/web
        deployment.apps/web restarted
        error: failed to create patch for web: empty patch
        $ kubectl get deploy web -o jsonpath={.spec.template.metadata.annotations}
        {"kubectl.kubernetes.io/restartedAt":"2026-01-05T09:01:00Z"}$ sleep 40
        $ kubectl rollout pause deployment/web
        deployment.apps/web paused
        $ kubectl rollout pause deployment/web
        error: deployments.apps "web" is already paused
        $ kubectl set image deploy/web nginx=nginx:1.28
        deployment.apps/web image updated
        $ kubectl rollout restart deployment/web
        error: deployments.apps "web" can't restart paused deployment (run rollout resume first)
        $ kubectl rollout undo deployment/web
        error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again
        $ kubectl get rs
        NAME             DESIRED   CURRENT   READY   AGE
        web-5b746bfddd   3         3         3       40s
        web-5c94f75b5d   0         0         0       100s
        $ kubectl rollout resume deployment/web
        deployment.apps/web resumed
        $ kubectl rollout resume deployment/web
        error: deployments.apps "web" is not paused
        $ kubectl rollout status deployment/web --timeout=1m
        Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
        Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
        deployment "web" successfully rolled out
        $ kubectl rollout pause pod/tmp
        error: pods "tmp" pausing is not supported
        $ kubectl rollout restart daemonset/kube-proxy -n kube-system
        daemonset.apps/kube-proxy restarted
        $ kubectl rollout status daemonset/kube-proxy -n kube-system
        Waiting for daemon set "kube-proxy" rollout to finish: 0 out of 1 new pods have been updated...
        Waiting for daemon set "kube-proxy" rollout to finish: 0 of 1 updated pods are available...
        daemon set "kube-proxy" successfully rolled out

        """)
    }
}
