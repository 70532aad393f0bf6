import XCTest
import KubeCluster
@testable import KubeCtl

/// `kubectl label` and `kubectl annotate` against stored objects.
final class MetadataVerbTests: XCTestCase {
    func testLabel() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl label pod tmp env=dev",
            "kubectl label pod tmp env=prod",
            "kubectl label pod tmp env=prod --overwrite",
            "kubectl label pod tmp env=prod --overwrite",
            "kubectl label pod tmp env-",
            "kubectl label pod tmp env-",
            "kubectl label pod tmp run=x team=a",
            "kubectl label pods --all tier=backend",
            "kubectl label pods -l app=web tier-",
            "kubectl label pod/tmp deploy/web owner=me",
            "kubectl label pod tmp --list",
            "kubectl label pods -l tier=backend --list",
            "kubectl label pod tmp 'bad key=x'",
            "kubectl label pod tmp a=1 --resource-version=1",
            "kubectl label pods a=1 --all --resource-version=1",
            "kubectl label pod tmp b=2 --dry-run=client -o yaml",
            "kubectl label pod tmp c=3 --dry-run=server",
            "kubectl label pod nope a=b",
            "kubectl label pod tmp nope a=b",
            "kubectl label nodes minikube disk=ssd",
            "kubectl get pods --show-labels",
        ], """
        $ kubectl label pod tmp env=dev
        pod/tmp labeled
        $ kubectl label pod tmp env=prod
        error: 'env' already has a value (dev), and --overwrite is false
        $ kubectl label pod tmp env=prod --overwrite
        pod/tmp labeled
        $ kubectl label pod tmp env=prod --overwrite
        pod/tmp not labeled
        $ kubectl label pod tmp env-
        pod/tmp unlabeled
        $ kubectl label pod tmp env-
        label "env" not found.
        pod/tmp not labeled
        $ kubectl label pod tmp run=x team=a
        error: 'run' already has a value (tmp), and --overwrite is false
        $ kubectl label pods --all tier=backend
        pod/tmp labeled
        pod/web-5c94f75b5d-cntjc labeled
        pod/web-5c94f75b5d-g68k2 labeled
        pod/web-5c94f75b5d-g765m labeled
        $ kubectl label pods -l app=web tier-
        pod/web-5c94f75b5d-cntjc unlabeled
        pod/web-5c94f75b5d-g68k2 unlabeled
        pod/web-5c94f75b5d-g765m unlabeled
        $ kubectl label pod/tmp deploy/web owner=me
        pod/tmp labeled
        deployment.apps/web labeled
        $ kubectl label pod tmp --list
        owner=me
        run=tmp
        tier=backend
        $ kubectl label pods -l tier=backend --list
        Listing labels for Pod./tmp:
         owner=me
         run=tmp
         tier=backend
        $ kubectl label pod tmp 'bad key=x'
        The Pod "tmp" is invalid: metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')
        $ kubectl label pod tmp a=1 --resource-version=1
        Error from server (Conflict): Operation cannot be fulfilled on pods "tmp": the object has been modified; please apply your changes to the latest version and try again
        $ kubectl label pods a=1 --all --resource-version=1
        error: --resource-version may only be used with a single resource
        $ kubectl label pod tmp b=2 --dry-run=client -o yaml
        apiVersion: v1
        kind: Pod
        metadata:
          creationTimestamp: "2026-01-05T09:00:00Z"
          labels:
            b: "2"
            owner: me
            run: tmp
            tier: backend
          name: tmp
          namespace: default
          resourceVersion: "235"
          uid: 758ae8fa-209b-42fc-834d-7f94f7e6a988
        spec:
          containers:
          - image: nginx:1.27
            imagePullPolicy: IfNotPresent
            name: tmp
            resources: {}
            terminationMessagePath: /dev/termination-log
            terminationMessagePolicy: File
            volumeMounts:
            - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
              name: kube-api-access-pmhkx
              readOnly: true
          dnsPolicy: ClusterFirst
          enableServiceLinks: true
          nodeName: minikube
          preemptionPolicy: PreemptLowerPriority
          priority: 0
          restartPolicy: Always
          schedulerName: default-scheduler
          securityContext: {}
          serviceAccount: default
          serviceAccountName: default
          terminationGracePeriodSeconds: 30
          tolerations:
          - effect: NoExecute
            key: node.kubernetes.io/not-ready
            operator: Exists
            tolerationSeconds: 300
          - effect: NoExecute
            key: node.kubernetes.io/unreachable
            operator: Exists
            tolerationSeconds: 300
          volumes:
          - name: kube-api-access-pmhkx
            projected:
              defaultMode: 420
              sources:
              - serviceAccountToken:
                  expirationSeconds: 3607
                  path: token
              - configMap:
                  items:
                  - key: ca.crt
                    path: ca.crt
                  name: kube-root-ca.crt
              - downwardAPI:
                  items:
                  - fieldRef:
                      apiVersion: v1
                      fieldPath: metadata.namespace
                    path: namespace
        status:
          conditions:
          - lastProbeTime: null
            lastTransitionTime: "2026-01-05T09:00:01Z"
            status: "True"
            type: PodReadyToStartContainers
          - lastProbeTime: null
            lastTransitionTime: "2026-01-05T09:00:00Z"
            status: "True"
            type: Initialized
          - lastProbeTime: null
            lastTransitionTime: "2026-01-05T09:00:12Z"
            status: "True"
            type: Ready
          - lastProbeTime: null
            lastTransitionTime: "2026-01-05T09:00:12Z"
            status: "True"
            type: ContainersReady
          - lastProbeTime: null
            lastTransitionTime: "2026-01-05T09:00:00Z"
            status: "True"
            type: PodScheduled
          containerStatuses:
          - containerID: containerd://38c3912cc17f5e135bd42e006c7760c27d94fce60a5ad37da0cf98df9c55cae7
            image: docker.io/library/nginx:1.27
            imageID: docker.io/library/nginx@sha256:a296ceb588d15b3f6f41651bbd7df688de754539dad8b494985df6741db077c1
            lastState: {}
            name: tmp
            ready: true
            restartCount: 0
            started: true
            state:
              running:
                startedAt: "2026-01-05T09:00:12Z"
          hostIP: 192.168.49.2
          hostIPs:
          - ip: 192.168.49.2
          phase: Running
          podIP: 10.244.0.6
          podIPs:
          - ip: 10.244.0.6
          qosClass: BestEffort
          startTime: "2026-01-05T09:00:00Z"
        $ kubectl label pod tmp c=3 --dry-run=server
        pod/tmp labeled (server dry run)
        $ kubectl label pod nope a=b
        Error from server (NotFound): pods "nope" not found
        $ kubectl label pod tmp nope a=b
        pod/tmp labeled
        Error from server (NotFound): pods "nope" not found
        $ kubectl label nodes minikube disk=ssd
        node/minikube labeled
        $ kubectl get pods --show-labels
        NAME                   READY   STATUS    RESTARTS   AGE   LABELS
        tmp                    1/1     Running   0          60s   a=b,owner=me,run=tmp,tier=backend
        web-5c94f75b5d-cntjc   1/1     Running   0          60s   app=web,pod-template-hash=5c94f75b5d
        web-5c94f75b5d-g68k2   1/1     Running   0          60s   app=web,pod-template-hash=5c94f75b5d
        web-5c94f75b5d-g765m   1/1     Running   0          60s   app=web,pod-template-hash=5c94f75b5d

        """)
    }

    func testAnnotate() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl annotate deploy web team=platform",
            "kubectl annotate deploy web team=platform",
            "kubectl annotate deploy web team=other --overwrite",
            "kubectl annotate deploy web team- note='a longer note'",
            "kubectl annotate deploy web --list",
            "kubectl annotate pods --all reviewed=yes -o name",
            "kubectl annotate pods -l app=web reviewed=no",
            "kubectl annotate pod tmp a=1 a-",
            "kubectl annotate pod tmp",
            "kubectl annotate pod tmp x",
        ], """
        $ kubectl annotate deploy web team=platform
        deployment.apps/web annotated
        $ kubectl annotate deploy web team=platform
        error: --overwrite is false but found the following declared annotation(s): 'team' already has a value (platform)
        $ kubectl annotate deploy web team=other --overwrite
        deployment.apps/web annotated
        $ kubectl annotate deploy web team- note='a longer note'
        deployment.apps/web annotated
        $ kubectl annotate deploy web --list
        deployment.kubernetes.io/revision=1
        note=a longer note
        $ kubectl annotate pods --all reviewed=yes -o name
        pod/tmp
        pod/web-5c94f75b5d-cntjc
        pod/web-5c94f75b5d-g68k2
        pod/web-5c94f75b5d-g765m
        $ kubectl annotate pods -l app=web reviewed=no
        --overwrite is false but found the following declared annotation(s): 'reviewed' already has a value (yes)
        --overwrite is false but found the following declared annotation(s): 'reviewed' already has a value (yes)
        --overwrite is false but found the following declared annotation(s): 'reviewed' already has a value (yes)
        $ kubectl annotate pod tmp a=1 a-
        error: can not both modify and remove the following annotation(s) in the same command: a
        $ kubectl annotate pod tmp
        error: at least one annotation update is required
        $ kubectl annotate pod tmp x
        error: at least one annotation update is required

        """)
    }
}
