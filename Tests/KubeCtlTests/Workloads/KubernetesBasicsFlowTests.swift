import XCTest
@testable import KubeCtl

/// The Kubernetes Basics tutorial's "Scale your app" and "Update your app" modules, as a learner types them.
final class KubernetesBasicsFlowTests: XCTestCase {
    func testScaleUpSpreadsPodsOverNewAddresses() throws {
        let harness = try WorkloadScenario.bootcamp()
        harness.assertTranscript([
            "kubectl get deployments",
            "kubectl get rs",
            "kubectl scale deployments/kubernetes-bootcamp --replicas=4",
            "kubectl get deployments",
            "sleep 10",
            "kubectl get pods -o wide",
            "kubectl scale deployments/kubernetes-bootcamp --replicas=2",
            "kubectl get deployments",
        ], """
        $ kubectl get deployments
        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        kubernetes-bootcamp   1/1     1            1           60s
        $ kubectl get rs
        NAME                             DESIRED   CURRENT   READY   AGE
        kubernetes-bootcamp-7dcd9ccf49   1         1         1       60s
        $ kubectl scale deployments/kubernetes-bootcamp --replicas=4
        deployment.apps/kubernetes-bootcamp scaled
        $ kubectl get deployments
        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        kubernetes-bootcamp   1/4     4            1           60s
        $ sleep 10
        $ kubectl get pods -o wide
        NAME                                   READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES
        kubernetes-bootcamp-7dcd9ccf49-5q64p   1/1     Running   0          10s   10.244.0.6   minikube   <none>           <none>
        kubernetes-bootcamp-7dcd9ccf49-g68k2   1/1     Running   0          70s   10.244.0.3   minikube   <none>           <none>
        kubernetes-bootcamp-7dcd9ccf49-h5sbj   1/1     Running   0          10s   10.244.0.4   minikube   <none>           <none>
        kubernetes-bootcamp-7dcd9ccf49-j9tn8   1/1     Running   0          10s   10.244.0.5   minikube   <none>           <none>
        $ kubectl scale deployments/kubernetes-bootcamp --replicas=2
        deployment.apps/kubernetes-bootcamp scaled
        $ kubectl get deployments
        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        kubernetes-bootcamp   2/2     2            2           70s

        """)
    }

    func testRollingUpdateStatusHistoryAndUndo() throws {
        let harness = try WorkloadScenario.bootcamp()
        harness.run("kubectl scale deployments/kubernetes-bootcamp --replicas=4")
        harness.advance(10)
        harness.assertTranscript([
            "kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2",
            "kubectl rollout status deployments/kubernetes-bootcamp",
            "kubectl get rs",
            "kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10",
            "kubectl get deployments",
            "sleep 20",
            "kubectl get pods",
            "kubectl rollout undo deployments/kubernetes-bootcamp",
            "sleep 10",
            "kubectl get pods",
            "kubectl rollout history deployments/kubernetes-bootcamp",
            "kubectl rollout history deployments/kubernetes-bootcamp --revision=4",
        ], """
        $ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2
        deployment.apps/kubernetes-bootcamp image updated
        $ kubectl rollout status deployments/kubernetes-bootcamp
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 2 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 2 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 2 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 2 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 2 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 out of 4 new replicas have been updated...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 1 old replicas are pending termination...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 1 old replicas are pending termination...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 1 old replicas are pending termination...
        Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 of 4 updated replicas are available...
        deployment "kubernetes-bootcamp" successfully rolled out
        $ kubectl get rs
        NAME                             DESIRED   CURRENT   READY   AGE
        kubernetes-bootcamp-7cf9698b99   4         4         4       6s
        kubernetes-bootcamp-7dcd9ccf49   0         0         0       76s
        $ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10
        deployment.apps/kubernetes-bootcamp image updated
        $ kubectl get deployments
        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        kubernetes-bootcamp   3/4     2            3           76s
        $ sleep 20
        $ kubectl get pods
        NAME                                   READY   STATUS             RESTARTS   AGE
        kubernetes-bootcamp-75fdfcd5fc-7jgs4   0/1     ImagePullBackOff   0          20s
        kubernetes-bootcamp-75fdfcd5fc-ztdnw   0/1     ImagePullBackOff   0          20s
        kubernetes-bootcamp-7cf9698b99-clfgf   1/1     Running            0          26s
        kubernetes-bootcamp-7cf9698b99-v6hfs   1/1     Running            0          22s
        kubernetes-bootcamp-7cf9698b99-wwmg2   1/1     Running            0          23s
        $ kubectl rollout undo deployments/kubernetes-bootcamp
        deployment.apps/kubernetes-bootcamp rolled back
        $ sleep 10
        $ kubectl get pods
        NAME                                   READY   STATUS    RESTARTS   AGE
        kubernetes-bootcamp-7cf9698b99-clfgf   1/1     Running   0          36s
        kubernetes-bootcamp-7cf9698b99-v6hfs   1/1     Running   0          32s
        kubernetes-bootcamp-7cf9698b99-wwmg2   1/1     Running   0          33s
        kubernetes-bootcamp-7cf9698b99-x2v9x   1/1     Running   0          10s
        $ kubectl rollout history deployments/kubernetes-bootcamp
        deployment.apps/kubernetes-bootcamp 
        REVISION  CHANGE-CAUSE
        1         <none>
        3         <none>
        4         <none>

        $ kubectl rollout history deployments/kubernetes-bootcamp --revision=4
        deployment.apps/kubernetes-bootcamp with revision #4
        Pod Template:
          Labels:	app=kubernetes-bootcamp
        	pod-template-hash=7cf9698b99
          Containers:
           kubernetes-bootcamp:
            Image:	jocatalin/kubernetes-bootcamp:v2
            Port:	8080/TCP
            Host Port:	0/TCP
            Environment:	<none>
            Mounts:	<none>
          Volumes:	<none>
          Node-Selectors:	<none>
          Tolerations:	<none>


        """)
    }
}
