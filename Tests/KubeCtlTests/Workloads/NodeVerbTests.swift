import XCTest
import KubeCluster
@testable import KubeCtl

/// `kubectl cordon|uncordon|drain|taint` on the sandbox nodes.
final class NodeVerbTests: XCTestCase {
    func testCordonAndUncordon() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl cordon minikube",
            "kubectl cordon minikube",
            "kubectl get nodes",
            "kubectl scale deploy web --replicas=4",
            "kubectl get pods -l app=web",
            "kubectl uncordon minikube",
            "kubectl uncordon minikube",
            "sleep 5",
            "kubectl get pods -l app=web",
            "kubectl cordon minikube --dry-run=client",
            "kubectl cordon nope",
            "kubectl cordon -l kubernetes.io/hostname=minikube",
            "kubectl uncordon minikube -l a=b",
            "kubectl uncordon",
        ], """
        $ kubectl cordon minikube
        node/minikube cordoned
        $ kubectl cordon minikube
        node/minikube already cordoned
        $ kubectl get nodes
        NAME       STATUS                     ROLES           AGE    VERSION
        minikube   Ready,SchedulingDisabled   control-plane   4h4m   v1.32.0
        $ kubectl scale deploy web --replicas=4
        deployment.apps/web scaled
        $ kubectl get pods -l app=web
        NAME                   READY   STATUS    RESTARTS   AGE
        web-5c94f75b5d-7m297   0/1     Pending   0          0s
        web-5c94f75b5d-cntjc   1/1     Running   0          60s
        web-5c94f75b5d-g68k2   1/1     Running   0          60s
        web-5c94f75b5d-g765m   1/1     Running   0          60s
        $ kubectl uncordon minikube
        node/minikube uncordoned
        $ kubectl uncordon minikube
        node/minikube already uncordoned
        $ sleep 5
        $ kubectl get pods -l app=web
        NAME                   READY   STATUS    RESTARTS   AGE
        web-5c94f75b5d-7m297   1/1     Running   0          5s
        web-5c94f75b5d-cntjc   1/1     Running   0          65s
        web-5c94f75b5d-g68k2   1/1     Running   0          65s
        web-5c94f75b5d-g765m   1/1     Running   0          65s
        $ kubectl cordon minikube --dry-run=client
        node/minikube cordoned (dry run)
        $ kubectl cordon nope
        Error from server (NotFound): nodes "nope" not found
        $ kubectl cordon -l kubernetes.io/hostname=minikube
        node/minikube cordoned
        $ kubectl uncordon minikube -l a=b
        error: cannot specify both a node name and a --selector option
        See 'kubectl uncordon -h' for help and examples
        $ kubectl uncordon
        error: USAGE: uncordon NODE [flags]
        See 'kubectl uncordon -h' for help and examples

        """)
    }

    func testDrain() throws {
        let harness = KubectlHarness(profile: .kind, workers: 2)
        try harness.createDeployment("web", image: "nginx:1.27", replicas: 3)
        try harness.createPod("tmp", image: "nginx:1.27")
        try harness.createPod("scratch", image: "nginx:1.27", labels: ["app": "scratch"], emptyDir: true)
        harness.advance(60)
        let node = harness.cluster.store.get(Pod.self, namespace: "default", name: "tmp")?.spec.nodeName ?? "kind-worker"
        harness.assertTranscript([
            "kubectl get pods -o wide",
            "kubectl drain \(node)",
            "kubectl drain \(node) --ignore-daemonsets",
            "kubectl drain \(node) --ignore-daemonsets --force --dry-run=client",
            "kubectl drain \(node) --ignore-daemonsets --force --delete-emptydir-data",
            "kubectl get pods -o wide",
            "kubectl get nodes",
            "kubectl uncordon \(node)",
            "kubectl drain kind-worker2 --ignore-daemonsets",
            "kubectl drain kind-worker2 --ignore-daemonsets --delete-emptydir-data --force --grace-period=5",
            "kubectl get pods -o wide",
            "kubectl drain",
            "kubectl drain nope",
        ], """
        $ kubectl get pods -o wide
        NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
        scratch                1/1     Running   0          60s   10.244.2.4   kind-worker2   <none>           <none>
        tmp                    1/1     Running   0          60s   10.244.1.3   kind-worker    <none>           <none>
        web-5c94f75b5d-ct77f   1/1     Running   0          60s   10.244.1.2   kind-worker    <none>           <none>
        web-5c94f75b5d-sbftb   1/1     Running   0          60s   10.244.2.3   kind-worker2   <none>           <none>
        web-5c94f75b5d-xdnpd   1/1     Running   0          60s   10.244.2.2   kind-worker2   <none>           <none>
        $ kubectl drain kind-worker
        node/kind-worker cordoned
        error: unable to drain node "kind-worker" due to error: [cannot delete Pods that declare no controller (use --force to override): default/tmp, cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kindnet-4z9m4, kube-system/kube-proxy-c67fq], continuing command...
        There are pending nodes to be drained:
         kind-worker
        cannot delete Pods that declare no controller (use --force to override): default/tmp
        cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kindnet-4z9m4, kube-system/kube-proxy-c67fq
        $ kubectl drain kind-worker --ignore-daemonsets
        node/kind-worker already cordoned
        error: unable to drain node "kind-worker" due to error: cannot delete Pods that declare no controller (use --force to override): default/tmp, continuing command...
        There are pending nodes to be drained:
         kind-worker
        cannot delete Pods that declare no controller (use --force to override): default/tmp
        $ kubectl drain kind-worker --ignore-daemonsets --force --dry-run=client
        node/kind-worker already cordoned (dry run)
        Warning: deleting Pods that declare no controller: default/tmp; ignoring DaemonSet-managed Pods: kube-system/kindnet-4z9m4, kube-system/kube-proxy-c67fq
        evicting pod default/tmp (dry run)
        evicting pod default/web-5c94f75b5d-ct77f (dry run)
        node/kind-worker drained (dry run)
        $ kubectl drain kind-worker --ignore-daemonsets --force --delete-emptydir-data
        node/kind-worker already cordoned
        Warning: deleting Pods that declare no controller: default/tmp; ignoring DaemonSet-managed Pods: kube-system/kindnet-4z9m4, kube-system/kube-proxy-c67fq
        evicting pod default/tmp
        evicting pod default/web-5c94f75b5d-ct77f
        pod/tmp evicted
        pod/web-5c94f75b5d-ct77f evicted
        node/kind-worker drained
        $ kubectl get pods -o wide
        NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
        scratch                1/1     Running   0          61s   10.244.2.4   kind-worker2   <none>           <none>
        web-5c94f75b5d-4mvb9   1/1     Running   0          1s    10.244.2.5   kind-worker2   <none>           <none>
        web-5c94f75b5d-sbftb   1/1     Running   0          61s   10.244.2.3   kind-worker2   <none>           <none>
        web-5c94f75b5d-xdnpd   1/1     Running   0          61s   10.244.2.2   kind-worker2   <none>           <none>
        $ kubectl get nodes
        NAME                 STATUS                     ROLES           AGE   VERSION
        kind-control-plane   Ready                      control-plane   38h   v1.32.0
        kind-worker          Ready,SchedulingDisabled   <none>          38h   v1.32.0
        kind-worker2         Ready                      <none>          38h   v1.32.0
        $ kubectl uncordon kind-worker
        node/kind-worker uncordoned
        $ kubectl drain kind-worker2 --ignore-daemonsets
        node/kind-worker2 cordoned
        error: unable to drain node "kind-worker2" due to error: cannot delete Pods with local storage (use --delete-emptydir-data to override): default/scratch, continuing command...
        There are pending nodes to be drained:
         kind-worker2
        cannot delete Pods with local storage (use --delete-emptydir-data to override): default/scratch
        $ kubectl drain kind-worker2 --ignore-daemonsets --delete-emptydir-data --force --grace-period=5
        node/kind-worker2 already cordoned
        Warning: deleting Pods that declare no controller: default/scratch; ignoring DaemonSet-managed Pods: kube-system/kindnet-9rmr7, kube-system/kube-proxy-nx7m7
        evicting pod default/scratch
        evicting pod default/web-5c94f75b5d-4mvb9
        evicting pod default/web-5c94f75b5d-sbftb
        evicting pod default/web-5c94f75b5d-xdnpd
        pod/scratch evicted
        pod/web-5c94f75b5d-4mvb9 evicted
        pod/web-5c94f75b5d-sbftb evicted
        pod/web-5c94f75b5d-xdnpd evicted
        node/kind-worker2 drained
        $ kubectl get pods -o wide
        NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE          NOMINATED NODE   READINESS GATES
        web-5c94f75b5d-rpzb5   1/1     Running   0          1s    10.244.1.4   kind-worker   <none>           <none>
        web-5c94f75b5d-t9pbb   1/1     Running   0          1s    10.244.1.5   kind-worker   <none>           <none>
        web-5c94f75b5d-vq95l   1/1     Running   0          1s    10.244.1.6   kind-worker   <none>           <none>
        $ kubectl drain
        error: USAGE: drain NODE [flags]
        See 'kubectl drain -h' for help and examples
        $ kubectl drain nope
        Error from server (NotFound): nodes "nope" not found

        """)
    }

    func testTaint() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl taint nodes minikube dedicated=gpu:NoSchedule",
            "kubectl taint nodes minikube dedicated=gpu:NoSchedule",
            "kubectl taint nodes minikube dedicated=cpu:NoSchedule --overwrite",
            "kubectl taint node minikube maintenance:NoExecute spot=yes:PreferNoSchedule",
            "kubectl get node minikube -o jsonpath={.spec.taints}",
            "kubectl taint nodes minikube dedicated:NoSchedule-",
            "kubectl taint nodes minikube dedicated:NoSchedule-",
            "kubectl taint nodes minikube spot-",
            "kubectl taint nodes minikube maintenance=x:NoExecute maintenance-",
            "kubectl taint nodes --all maintenance-",
            "kubectl taint nodes -l kubernetes.io/hostname=minikube team=a:NoSchedule",
            "kubectl taint nodes minikube team=a:NoSchedule --all",
            "kubectl taint nodes minikube a=b:Bad",
            "kubectl taint pods tmp a=b:NoSchedule",
            "kubectl taint nodes nope a=b:NoSchedule",
            "kubectl taint nodes minikube team-",
            "kubectl get node minikube -o jsonpath={.spec.taints}",
        ], """
        $ kubectl taint nodes minikube dedicated=gpu:NoSchedule
        node/minikube tainted
        $ kubectl taint nodes minikube dedicated=gpu:NoSchedule
        error: node minikube already has dedicated taint(s) with same effect(s) and --overwrite is false
        $ kubectl taint nodes minikube dedicated=cpu:NoSchedule --overwrite
        node/minikube modified
        $ kubectl taint node minikube maintenance:NoExecute spot=yes:PreferNoSchedule
        node/minikube tainted
        $ kubectl get node minikube -o jsonpath={.spec.taints}
        [{"effect":"NoExecute","key":"maintenance"},{"effect":"PreferNoSchedule","key":"spot","value":"yes"},{"effect":"NoSchedule","key":"dedicated","value":"cpu"}]$ kubectl taint nodes minikube dedicated:NoSchedule-
        node/minikube untainted
        $ kubectl taint nodes minikube dedicated:NoSchedule-
        error: taint "dedicated:NoSchedule" not found
        $ kubectl taint nodes minikube spot-
        node/minikube untainted
        $ kubectl taint nodes minikube maintenance=x:NoExecute maintenance-
        error: can not both modify and remove the following taint(s) in the same command: {"maintenance":""}
        $ kubectl taint nodes --all maintenance-
        node/minikube untainted
        $ kubectl taint nodes -l kubernetes.io/hostname=minikube team=a:NoSchedule
        node/minikube tainted
        $ kubectl taint nodes minikube team=a:NoSchedule --all
        error: node minikube already has team taint(s) with same effect(s) and --overwrite is false
        $ kubectl taint nodes minikube a=b:Bad
        error: invalid taint effect: Bad, unsupported taint effect
        See 'kubectl taint -h' for help and examples
        $ kubectl taint pods tmp a=b:NoSchedule
        error: invalid resource type pods, only node types are supported
        $ kubectl taint nodes nope a=b:NoSchedule
        Error from server (NotFound): nodes "nope" not found
        $ kubectl taint nodes minikube team-
        node/minikube untainted
        $ kubectl get node minikube -o jsonpath={.spec.taints}

        """)
    }
}
