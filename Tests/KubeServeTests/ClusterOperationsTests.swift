import KubeCluster
import KubeCtl
import XCTest

/// Node maintenance, jobs, more generators and access checks on the multi-node profile, through the upstream kubectl
/// against `kubetutor serve` and through the REPL on a twin.
final class ClusterOperationsTests: XCTestCase {
    func testDrainJobsGeneratorsAndAccess() throws {
        try runTwinScenario([
            .change("kubectl create deployment web --image=nginx:1.25 --replicas=3"),
            .change("kubectl rollout status deployment/web"),
            .read("kubectl get pods -o wide"),
            .change("kubectl drain worker-1 --ignore-daemonsets"),
            .sync,
            .state("kubectl get pods,nodes -o wide"),
            .read("kubectl get nodes"),
            .change("kubectl uncordon worker-1"),
            .change("kubectl taint nodes worker-2 dedicated=web:NoSchedule"),
            .read("kubectl describe node worker-2", normalizeAges: true),
            .change("kubectl create job hello --image=busybox -- echo hi"),
            .change("kubectl wait --for=condition=complete job/hello"),
            .read("kubectl get jobs"),
            .read("kubectl logs job/hello"),
            .change("kubectl create cronjob tick --image=busybox --schedule=*/1 * * * * -- date"),
            .change("kubectl create service nodeport np --tcp=80:8080"),
            .state("kubectl get svc np -o yaml"),
            .change("kubectl create serviceaccount bot"),
            .change("kubectl set resources deployment/web --limits=cpu=200m,memory=256Mi"),
            .state("kubectl get deploy web -o yaml"),
            .change("kubectl rollout status deployment/web"),
            .change("kubectl rollout pause deployment/web"),
            .change("kubectl rollout resume deployment/web"),
            .change("kubectl wait --for=delete pod/nope --timeout=5s"),
            .read("kubectl get all -o wide"),
            .read("kubectl get events -A --field-selector reason=Scheduled"),
            .change("kubectl delete pods -l app=web --wait=false"),
            .change("kubectl delete deploy web --grace-period=0 --force"),
            .read("kubectl auth can-i create pods"),
            .read("kubectl auth can-i delete nodes --all-namespaces"),
            .read("kubectl auth whoami"),
            .read("kubectl get cs"),
            .read("kubectl events", normalizeAges: true),
            .change("kubectl create secret docker-registry reg --docker-server=r.example.com --docker-username=u "
                        + "--docker-password=p --docker-email=u@example.com"),
            .change("kubectl create secret docker-registry reg2 --docker-username=u"),
            .read("kubectl get secret reg -o yaml"),
            .read("kubectl get --raw /version"),
            .read("kubectl get --raw /api/v1/namespaces/default/pods"),
            .read("kubectl get --raw /apis/apps/v1/namespaces/default/deployments/nope"),
            .read("kubectl get --raw /api/v1/nodes/worker-1"),
            .read("kubectl get --raw /apis/apps/v1"),
            .read("kubectl get --raw /nope"),
        ], profile: .multiNode)
    }
}
