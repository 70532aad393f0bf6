import XCTest
import KubeCluster
@testable import KubeCtl

/// `kubectl set image|env|resources` against stored objects.
final class SetVerbTests: XCTestCase {
    func testSetImage() throws {
        let harness = try WorkloadScenario.web()
        try harness.createDeployment("api", image: "busybox:1.36", replicas: 1)
        harness.assertTranscript([
            "kubectl set image deployment/web nginx=nginx:1.28",
            "kubectl set image deployment/web nginx=nginx:1.28",
            "kubectl set image deployment web nginx=nginx:1.29 --dry-run=client -o yaml",
            "kubectl set image deployment/web nginx=nginx:1.29 -o jsonpath={.spec.template.spec.containers[*].image}",
            "kubectl set image deployment/web y=nginx",
            "kubectl set image deployments --all *=nginx:1.29",
            "kubectl set image deploy -l app=api busybox=busybox:1.37",
            "kubectl set image deployment web",
            "kubectl set image deployment nginx=nginx",
            "kubectl set image deployment/nope nginx=nginx",
            "kubectl set image pod/tmp tmp=nginx:1.28",
            "kubectl set image service/kubernetes a=b",
            "kubectl set image deployment/web nginx=nginx:1.27 --dry-run=server",
            "kubectl get deploy -o wide",
        ], """
        $ kubectl set image deployment/web nginx=nginx:1.28
        deployment.apps/web image updated
        $ kubectl set image deployment/web nginx=nginx:1.28
        $ kubectl set image deployment web nginx=nginx:1.29 --dry-run=client -o yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          annotations:
            deployment.kubernetes.io/revision: "2"
          creationTimestamp: "2026-01-05T09:00:00Z"
          generation: 2
          labels:
            app: web
          name: web
          namespace: default
          resourceVersion: "247"
          uid: d379e182-2938-4e75-acdb-7d5999ac4ca4
        spec:
          progressDeadlineSeconds: 600
          replicas: 3
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app: web
          strategy:
            rollingUpdate:
              maxSurge: 25%
              maxUnavailable: 25%
            type: RollingUpdate
          template:
            metadata:
              creationTimestamp: null
              labels:
                app: web
            spec:
              containers:
              - image: nginx:1.29
                imagePullPolicy: IfNotPresent
                name: nginx
                resources: {}
                terminationMessagePath: /dev/termination-log
                terminationMessagePolicy: File
              dnsPolicy: ClusterFirst
              restartPolicy: Always
              schedulerName: default-scheduler
              securityContext: {}
              terminationGracePeriodSeconds: 30
        status:
          availableReplicas: 3
          conditions:
          - lastTransitionTime: "2026-01-05T09:00:09Z"
            lastUpdateTime: "2026-01-05T09:00:09Z"
            message: Deployment has minimum availability.
            reason: MinimumReplicasAvailable
            status: "True"
            type: Available
          - lastTransitionTime: "2026-01-05T09:00:00Z"
            lastUpdateTime: "2026-01-05T09:01:00Z"
            message: ReplicaSet "web-76bbc6d9dc" is progressing.
            reason: ReplicaSetUpdated
            status: "True"
            type: Progressing
          observedGeneration: 2
          readyReplicas: 3
          replicas: 4
          unavailableReplicas: 1
          updatedReplicas: 1
        $ kubectl set image deployment/web nginx=nginx:1.29 -o jsonpath={.spec.template.spec.containers[*].image}
        nginx:1.29$ kubectl set image deployment/web y=nginx
        error: unable to find container named "y"
        $ kubectl set image deployments --all *=nginx:1.29
        deployment.apps/api image updated
        $ kubectl set image deploy -l app=api busybox=busybox:1.37
        deployment.apps/api image updated
        $ kubectl set image deployment web
        error: at least one image update is required
        $ kubectl set image deployment nginx=nginx
        error: resource(s) were provided, but no name was specified
        $ kubectl set image deployment/nope nginx=nginx
        Error from server (NotFound): deployments.apps "nope" not found
        $ kubectl set image pod/tmp tmp=nginx:1.28
        pod/tmp image updated
        $ kubectl set image service/kubernetes a=b
        error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service
        $ kubectl set image deployment/web nginx=nginx:1.27 --dry-run=server
        deployment.apps/web image updated (server dry run)
        $ kubectl get deploy -o wide
        NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES         SELECTOR
        api    0/1     1            0           0s    busybox      busybox:1.37   app=api
        web    3/3     1            3           60s   nginx        nginx:1.29     app=web

        """)
    }

    func testSetEnv() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl set env deployment/web MODE=fast",
            "kubectl set env deployment/web --env=LEVEL=3 -e COLOR=blue",
            "kubectl set env deployment/web --list",
            "kubectl set env deployment/web MODE-",
            "kubectl set env deployment/web --from=configmap/settings --prefix=APP_",
            "kubectl set env deployment/web --from=configmap/settings --keys=mode --list",
            "kubectl set env deployment/web --list --resolve",
            "kubectl set env deployment/web COLOR=red --overwrite=false",
            "kubectl set env deployment/web -c nope A=b",
            "kubectl set env deployment/web --from=secret/nope",
            "kubectl set env deployment/web --from=service/kubernetes",
            "kubectl set env pods --all --list",
            "kubectl set env deployment/web A=1 B",
        ], """
        $ kubectl set env deployment/web MODE=fast
        deployment.apps/web env updated
        $ kubectl set env deployment/web --env=LEVEL=3 -e COLOR=blue
        deployment.apps/web env updated
        $ kubectl set env deployment/web --list
        # Deployment web, container nginx
        MODE=fast
        LEVEL=3
        COLOR=blue
        $ kubectl set env deployment/web MODE-
        deployment.apps/web env updated
        $ kubectl set env deployment/web --from=configmap/settings --prefix=APP_
        deployment.apps/web env updated
        $ kubectl set env deployment/web --from=configmap/settings --keys=mode --list
        # Deployment web, container nginx
        LEVEL=3
        COLOR=blue
        # APP_LOG_LEVEL from configmap settings, key log-level
        # APP_MODE from configmap settings, key mode
        # MODE from configmap settings, key mode
        $ kubectl set env deployment/web --list --resolve
        # Deployment web, container nginx
        LEVEL=3
        COLOR=blue
        APP_LOG_LEVEL=debug
        APP_MODE=fast
        $ kubectl set env deployment/web COLOR=red --overwrite=false
        error: deployments/web 'COLOR' already has a value (blue), and --overwrite is false
        $ kubectl set env deployment/web -c nope A=b
        Warning: Deployment/web does not have any containers matching "nope"
        $ kubectl set env deployment/web --from=secret/nope
        Error from server (NotFound): secrets "nope" not found
        $ kubectl set env deployment/web --from=service/kubernetes
        error: unsupported resource specified in --from
        $ kubectl set env pods --all --list
        # Pod tmp, container tmp
        # Pod web-5c94f75b5d-cntjc, container nginx
        # Pod web-5c94f75b5d-g68k2, container nginx
        # Pod web-5c94f75b5d-g765m, container nginx
        # Pod web-86794b98b7-55ngx, container nginx
        LEVEL=3
        COLOR=blue
        # APP_LOG_LEVEL from configmap settings, key log-level
        # APP_MODE from configmap settings, key mode
        $ kubectl set env deployment/web A=1 B
        error: all resources must be specified before environment changes: deployment/web A=1 B

        """)
    }

    func testSetResources() throws {
        let harness = try WorkloadScenario.web()
        harness.assertTranscript([
            "kubectl set resources deployment web --limits=cpu=200m,memory=512Mi",
            "kubectl set resources deployment web --limits=cpu=200m,memory=512Mi",
            "kubectl set resources deployment web -c=nginx --requests=cpu=100m --limits=memory=256Mi",
            "kubectl get deployment web -o jsonpath={.spec.template.spec.containers[0].resources}",
            "kubectl set resources deployment web -c nope --limits=cpu=1",
            "kubectl set resources deployment web --limits=cpu=1x",
            "kubectl set resources deployment web",
            "kubectl set resources pod tmp --limits=cpu=1",
        ], """
        $ kubectl set resources deployment web --limits=cpu=200m,memory=512Mi
        deployment.apps/web resource requirements updated
        $ kubectl set resources deployment web --limits=cpu=200m,memory=512Mi
        $ kubectl set resources deployment web -c=nginx --requests=cpu=100m --limits=memory=256Mi
        deployment.apps/web resource requirements updated
        $ kubectl get deployment web -o jsonpath={.spec.template.spec.containers[0].resources}
        {"limits":{"cpu":"200m","memory":"256Mi"},"requests":{"cpu":"100m"}}$ kubectl set resources deployment web -c nope --limits=cpu=1
        error: unable to find container named nope
        $ kubectl set resources deployment web --limits=cpu=1x
        error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'
        $ kubectl set resources deployment web
        error: you must specify an update to requests or limits (in the form of --requests/--limits)
        $ kubectl set resources pod tmp --limits=cpu=1
        error: failed to patch resources update to pod template Pod "tmp" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)
          core.PodSpec{
          	Volumes:        {{Name: "kube-api-access-pmhkx", Projected: {DefaultMode: 420, Sources: {{ServiceAccountToken: {ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: {Items: {{Key: "ca.crt", Path: "ca.crt"}}, Name: "kube-root-ca.crt"}}, {DownwardAPI: {Items: {{FieldRef: {ApiVersion: "v1", FieldPath: "metadata.namespace"}, Path: "namespace"}}}}}}}},
          	InitContainers: nil,
          	Containers: []core.Container{
          		{
          			... // 6 identical fields
          			EnvFrom:       nil,
          			Env:           nil,
        - 			Resources:     {},
        + 			Resources:     {Limits: {Cpu: "1"}, Requests: {Cpu: "1"}},
          			ResizePolicy:  nil,
          			RestartPolicy: nil,
          			... // 13 identical fields
          		},
          	},
          	EphemeralContainers: nil,
          	RestartPolicy:       "Always",
          	... // 29 identical fields
          }

        """)
    }
}
