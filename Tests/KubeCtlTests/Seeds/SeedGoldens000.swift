/// The golden transcript of seed 000 (see SeedTranscriptTests): what kubectl 1.32 prints for these
/// commands on the simulated cluster, resourceVersions masked.
enum SeedGoldens000 {
    static let text = #"""
$ kubectl get pods -n kube-system
NAME                                         READY   STATUS    RESTARTS   AGE
coredns-7b88d856f9-kfn42                     1/1     Running   0          38h
coredns-7b88d856f9-xnqqs                     1/1     Running   0          38h
etcd-kind-control-plane                      1/1     Running   0          38h
kindnet-xlgjh                                1/1     Running   0          38h
kube-apiserver-kind-control-plane            1/1     Running   0          38h
kube-controller-manager-kind-control-plane   1/1     Running   0          38h
kube-proxy-np9nd                             1/1     Running   0          38h
kube-scheduler-kind-control-plane            1/1     Running   0          38h
$ kind load docker-image go-api:0.0.2
Image: "go-api:0.0.2" with ID "sha256:5677c2f3cf7e2a185677c2f3cf7e2a185677c2f3cf7e2a185677c2f3cf7e2a18" not yet present on node "kind-control-plane", loading...
$ kubectl create deployment go-api --image=go-api:0.0.2 --replicas=3
deployment.apps/go-api created
$ sleep 30
$ kubectl get pods
NAME                      READY   STATUS    RESTARTS   AGE
go-api-5bf76966cf-v2dqk   1/1     Running   0          30s
go-api-5bf76966cf-xql65   1/1     Running   0          30s
go-api-5bf76966cf-zfbqf   1/1     Running   0          30s
$ kubectl get pod go-api-5bf76966cf-v2dqk -o wide
NAME                      READY   STATUS    RESTARTS   AGE   IP           NODE                 NOMINATED NODE   READINESS GATES
go-api-5bf76966cf-v2dqk   1/1     Running   0          30s   10.244.0.5   kind-control-plane   <none>           <none>
$ kubectl delete pod go-api-5bf76966cf-v2dqk
pod "go-api-5bf76966cf-v2dqk" deleted
$ kubectl get pods -o wide
NAME                      READY   STATUS              RESTARTS   AGE   IP           NODE                 NOMINATED NODE   READINESS GATES
go-api-5bf76966cf-r6r76   0/1     ContainerCreating   0          0s    <none>       kind-control-plane   <none>           <none>
go-api-5bf76966cf-xql65   1/1     Running             0          30s   10.244.0.6   kind-control-plane   <none>           <none>
go-api-5bf76966cf-zfbqf   1/1     Running             0          30s   10.244.0.4   kind-control-plane   <none>           <none>
$ kubectl expose deployment go-api --port=8080
service/go-api exposed
$ kubectl get rs
NAME                DESIRED   CURRENT   READY   AGE
go-api-5bf76966cf   3         3         2       30s
$ kind load docker-image go-api:0.0.3
Image: "go-api:0.0.3" with ID "sha256:5677c3f3cf7e2bcb5677c3f3cf7e2bcb5677c3f3cf7e2bcb5677c3f3cf7e2bcb" not yet present on node "kind-control-plane", loading...
$ kubectl set image deployment/go-api go-api=go-api:0.0.3
deployment.apps/go-api image updated
$ kubectl rollout status deployment/go-api
Waiting for deployment "go-api" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 1 old replicas are pending termination...
Waiting for deployment "go-api" rollout to finish: 1 old replicas are pending termination...
deployment "go-api" successfully rolled out
$ kubectl get rs
NAME                DESIRED   CURRENT   READY   AGE
go-api-5bf76966cf   0         0         0       33s
go-api-85d456bc5d   3         3         3       3s
$ kubectl rollout history deployment/go-api
deployment.apps/go-api 
REVISION  CHANGE-CAUSE
1         <none>
2         <none>

$ kubectl rollout undo deployment/go-api
deployment.apps/go-api rolled back
$ kubectl get rs
NAME                DESIRED   CURRENT   READY   AGE
go-api-5bf76966cf   1         1         0       33s
go-api-85d456bc5d   3         3         3       3s
$ kubectl rollout status deployment/go-api
Waiting for deployment "go-api" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "go-api" rollout to finish: 1 old replicas are pending termination...
Waiting for deployment "go-api" rollout to finish: 1 old replicas are pending termination...
deployment "go-api" successfully rolled out
$ kubectl logs go-api
error: error from server (NotFound): pods "go-api" not found in namespace "default"
$ kubectl run my-pod --image=busybox -- sh -c 'echo starting; sleep 2; echo fatal: config not found; exit 1'
pod/my-pod created
$ sleep 45
$ kubectl get pod my-pod
NAME     READY   STATUS             RESTARTS     AGE
my-pod   0/1     CrashLoopBackOff   3 (2s ago)   45s
$ kubectl logs my-pod --previous
starting
fatal: config not found
$ kubectl top pods -n kube-system
error: Metrics API not available
$ kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml
serviceaccount/metrics-server created
clusterrole.rbac.authorization.k8s.io/system:aggregated-metrics-reader created
clusterrole.rbac.authorization.k8s.io/system:metrics-server created
rolebinding.rbac.authorization.k8s.io/metrics-server-auth-reader created
clusterrolebinding.rbac.authorization.k8s.io/metrics-server:system:auth-delegator created
clusterrolebinding.rbac.authorization.k8s.io/system:metrics-server created
service/metrics-server created
deployment.apps/metrics-server created
apiservice.apiregistration.k8s.io/v1beta1.metrics.k8s.io created
note: kubetutor does not simulate RBAC or APIService objects, so clusterrole.rbac.authorization.k8s.io/system:aggregated-metrics-reader, clusterrole.rbac.authorization.k8s.io/system:metrics-server, rolebinding.rbac.authorization.k8s.io/metrics-server-auth-reader, clusterrolebinding.rbac.authorization.k8s.io/metrics-server:system:auth-delegator, clusterrolebinding.rbac.authorization.k8s.io/system:metrics-server, apiservice.apiregistration.k8s.io/v1beta1.metrics.k8s.io were accepted but not stored; the metrics API (kubectl top, HPAs) works once deployment.apps/metrics-server is ready.
$ sleep 60
$ kubectl get pods -n kube-system
NAME                                         READY   STATUS    RESTARTS   AGE
coredns-7b88d856f9-kfn42                     1/1     Running   0          38h
coredns-7b88d856f9-xnqqs                     1/1     Running   0          38h
etcd-kind-control-plane                      1/1     Running   0          38h
kindnet-xlgjh                                1/1     Running   0          38h
kube-apiserver-kind-control-plane            1/1     Running   0          38h
kube-controller-manager-kind-control-plane   1/1     Running   0          38h
kube-proxy-np9nd                             1/1     Running   0          38h
kube-scheduler-kind-control-plane            1/1     Running   0          38h
metrics-server-bbd88c64c-tfjl2               0/1     Running   0          60s
$ kubectl top pods
error: Metrics API not available
$ kubectl -n kube-system logs deployment/metrics-server --tail=4
I0105 09:01:53.320613       1 server.go:191] "Failed probe" probe="metric-storage-ready" err="no metrics to serve"
I0105 09:02:03.320613       1 server.go:191] "Failed probe" probe="metric-storage-ready" err="no metrics to serve"
E0105 09:02:08.320613       1 scraper.go:149] "Failed to scrape node" err="Get \"https://172.18.0.2:10250/metrics/resource\": tls: failed to verify certificate: x509: cannot validate certificate for 172.18.0.2 because it doesn't contain any IP SANs" node="kind-control-plane"
I0105 09:02:13.320613       1 server.go:191] "Failed probe" probe="metric-storage-ready" err="no metrics to serve"
$ kubectl -n kube-system patch deployment metrics-server --type='json' -p='[{"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "--kubelet-insecure-tls"}]'
deployment.apps/metrics-server patched
$ kubectl -n kube-system rollout status deployment/metrics-server
Waiting for deployment "metrics-server" rollout to finish: 1 old replicas are pending termination...
Waiting for deployment "metrics-server" rollout to finish: 1 old replicas are pending termination...
Waiting for deployment "metrics-server" rollout to finish: 1 old replicas are pending termination...
deployment "metrics-server" successfully rolled out
$ kubectl -n kube-system get deployment metrics-server -o yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    deployment.kubernetes.io/revision: "2"
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"labels":{"k8s-app":"metrics-server"},"name":"metrics-server","namespace":"kube-system"},"spec":{"selector":{"matchLabels":{"k8s-app":"metrics-server"}},"strategy":{"rollingUpdate":{"maxUnavailable":0}},"template":{"metadata":{"labels":{"k8s-app":"metrics-server"}},"spec":{"containers":[{"args":["--cert-dir=/tmp","--secure-port=10250","--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname","--kubelet-use-node-status-port","--metric-resolution=15s"],"image":"registry.k8s.io/metrics-server/metrics-server:v0.7.2","imagePullPolicy":"IfNotPresent","livenessProbe":{"failureThreshold":3,"httpGet":{"path":"/livez","port":"https","scheme":"HTTPS"},"periodSeconds":10},"name":"metrics-server","ports":[{"containerPort":10250,"name":"https","protocol":"TCP"}],"readinessProbe":{"failureThreshold":3,"httpGet":{"path":"/readyz","port":"https","scheme":"HTTPS"},"initialDelaySeconds":20,"periodSeconds":10},"resources":{"requests":{"cpu":"100m","memory":"200Mi"}},"securityContext":{"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]},"readOnlyRootFilesystem":true,"runAsNonRoot":true,"runAsUser":1000,"seccompProfile":{"type":"RuntimeDefault"}},"volumeMounts":[{"mountPath":"/tmp","name":"tmp-dir"}]}],"nodeSelector":{"kubernetes.io/os":"linux"},"priorityClassName":"system-cluster-critical","serviceAccountName":"metrics-server","volumes":[{"emptyDir":{},"name":"tmp-dir"}]}}}}
  creationTimestamp: "2026-01-05T09:01:21Z"
  generation: 2
  labels:
    k8s-app: metrics-server
  name: metrics-server
  namespace: kube-system
  resourceVersion: "<rv>"
  uid: 9630c8ec-b501-4153-9111-cc45b2c9ab52
spec:
  progressDeadlineSeconds: 600
  replicas: 1
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      k8s-app: metrics-server
  strategy:
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
    type: RollingUpdate
  template:
    metadata:
      creationTimestamp: null
      labels:
        k8s-app: metrics-server
    spec:
      containers:
      - args:
        - --cert-dir=/tmp
        - --secure-port=10250
        - --kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname
        - --kubelet-use-node-status-port
        - --metric-resolution=15s
        - --kubelet-insecure-tls
        image: registry.k8s.io/metrics-server/metrics-server:v0.7.2
        imagePullPolicy: IfNotPresent
        livenessProbe:
          failureThreshold: 3
          httpGet:
            path: /livez
            port: https
            scheme: HTTPS
          periodSeconds: 10
          successThreshold: 1
          timeoutSeconds: 1
        name: metrics-server
        ports:
        - containerPort: 10250
          name: https
          protocol: TCP
        readinessProbe:
          failureThreshold: 3
          httpGet:
            path: /readyz
            port: https
            scheme: HTTPS
          initialDelaySeconds: 20
          periodSeconds: 10
          successThreshold: 1
          timeoutSeconds: 1
        resources:
          requests:
            cpu: 100m
            memory: 200Mi
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            drop:
            - ALL
          readOnlyRootFilesystem: true
          runAsNonRoot: true
          runAsUser: 1000
          seccompProfile:
            type: RuntimeDefault
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
        volumeMounts:
        - mountPath: /tmp
          name: tmp-dir
      dnsPolicy: ClusterFirst
      nodeSelector:
        kubernetes.io/os: linux
      priorityClassName: system-cluster-critical
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      serviceAccount: metrics-server
      serviceAccountName: metrics-server
      terminationGracePeriodSeconds: 30
      volumes:
      - emptyDir: {}
        name: tmp-dir
status:
  availableReplicas: 1
  conditions:
  - lastTransitionTime: "2026-01-05T09:02:43Z"
    lastUpdateTime: "2026-01-05T09:02:43Z"
    message: Deployment has minimum availability.
    reason: MinimumReplicasAvailable
    status: "True"
    type: Available
  - lastTransitionTime: "2026-01-05T09:01:21Z"
    lastUpdateTime: "2026-01-05T09:02:43Z"
    message: ReplicaSet "metrics-server-84fc5646cb" has successfully progressed.
    reason: NewReplicaSetAvailable
    status: "True"
    type: Progressing
  observedGeneration: 2
  readyReplicas: 1
  replicas: 1
  updatedReplicas: 1
$ sleep 30
$ kubectl top pods
NAME                      CPU(cores)   MEMORY(bytes)   
go-api-5bf76966cf-c6d7q   1m           7Mi             
go-api-5bf76966cf-hsl9t   1m           7Mi             
go-api-5bf76966cf-npp6f   1m           7Mi             
$ kubectl top pods -n kube-system
NAME                                         CPU(cores)   MEMORY(bytes)   
coredns-7b88d856f9-kfn42                     2m           13Mi            
coredns-7b88d856f9-xnqqs                     2m           12Mi            
etcd-kind-control-plane                      17m          32Mi            
kindnet-xlgjh                                1m           9Mi             
kube-apiserver-kind-control-plane            37m          201Mi           
kube-controller-manager-kind-control-plane   16m          46Mi            
kube-proxy-np9nd                             1m           15Mi            
kube-scheduler-kind-control-plane            3m           22Mi            
metrics-server-84fc5646cb-h4xr9              4m           20Mi            
$ kubectl autoscale deployment go-api --cpu-percent=50 --min=2 --max=10
horizontalpodautoscaler.autoscaling/go-api autoscaled
$ sleep 60
$ kubectl get hpa
NAME     REFERENCE           TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
go-api   Deployment/go-api   cpu: <unknown>/50%   2         10        3          60s
$ kubectl logs deployment/go-api
Found 3 pods, using pod/go-api-5bf76966cf-c6d7q
2026-01-05T09:00:34.200Z INFO starting go-api version=0.0.2
2026-01-05T09:00:34.200Z INFO listening on :8080
$ kubectl describe pod my-pod
Name:             my-pod
Namespace:        default
Priority:         0
Service Account:  default
Node:             kind-control-plane/172.18.0.2
Start Time:       Mon, 05 Jan 2026 09:00:36 +0000
Labels:           run=my-pod
Annotations:      <none>
Status:           Running
IP:               10.244.0.14
IPs:
  IP:  10.244.0.14
Containers:
  my-pod:
    Container ID:  containerd://fd4e219b14f803f1e76696f09a0a35c2cb33e949a7aca2aa1be563feac74cbe9
    Image:         busybox
    Image ID:      docker.io/library/busybox@sha256:5e34e2c5f0dac31d34003bbd02153aa4472e6c2c3a849832c6b75ba212a10a39
    Port:          <none>
    Host Port:     <none>
    Args:
      sh
      -c
      echo starting; sleep 2; echo fatal: config not found; exit 1
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
      Started:      Mon, 05 Jan 2026 09:03:22 +0000
      Finished:     Mon, 05 Jan 2026 09:03:24 +0000
    Ready:          False
    Restart Count:  5
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-6msvs (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       False 
  ContainersReady             False 
  PodScheduled                True 
Volumes:
  kube-api-access-6msvs:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason     Age                    From               Message
  ----     ------     ----                   ----               -------
  Normal   Scheduled  3m37s                  default-scheduler  Successfully assigned default/my-pod to kind-control-plane
  Normal   Pulled     3m36s                  kubelet            Successfully pulled image "busybox" in 659ms (659ms including waiting). Image size: 2155380 bytes.
  Normal   Pulled     3m32s                  kubelet            Successfully pulled image "busybox" in 803ms (803ms including waiting). Image size: 2155380 bytes.
  Normal   Pulled     3m19s                  kubelet            Successfully pulled image "busybox" in 826ms (826ms including waiting). Image size: 2155380 bytes.
  Normal   Created    2m56s (x4 over 3m36s)  kubelet            Created container: my-pod
  Normal   Started    2m56s (x4 over 3m36s)  kubelet            Started container my-pod
  Normal   Pulled     2m56s                  kubelet            Successfully pulled image "busybox" in 823ms (823ms including waiting). Image size: 2155380 bytes.
  Warning  BackOff    2m23s (x7 over 3m29s)  kubelet            Back-off restarting failed container my-pod in pod my-pod_default(a146899a-5591-4e12-ad70-e6013470e5a7)
  Normal   Pulling    2m14s (x5 over 3m36s)  kubelet            Pulling image "busybox"
  Normal   Pulled     2m14s                  kubelet            Successfully pulled image "busybox" in 341ms (341ms including waiting). Image size: 2155380 bytes.
$ kubectl explain deployment.spec
GROUP:      apps
KIND:       Deployment
VERSION:    v1

FIELD: spec <DeploymentSpec>


DESCRIPTION:
    The state the user wants for this deployment. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
    The desired state of a Deployment.
    
FIELDS:
  minReadySeconds	<integer>
    Seconds a new pod must be ready, without any container crashing, before it
    counts as available. Defaults to 0.

  paused	<boolean>
    While true, template changes do not start a rollout.

  progressDeadlineSeconds	<integer>
    Seconds a rollout may go without progress before the Progressing condition
    turns False with reason ProgressDeadlineExceeded. Not counted while paused.
    Defaults to 600.

  replicas	<integer>
    How many pods should run. Unset is different from 0 and means 1.

  revisionHistoryLimit	<integer>
    How many old ReplicaSets to keep for rollbacks. Unset is different from 0
    and means 10.

  selector	<LabelSelector> -required-
    Which pods belong to the Deployment. It must match the template's labels and
    cannot change after creation in apps/v1.

  strategy	<DeploymentStrategy>
    How existing pods are replaced by new ones.

  template	<PodTemplateSpec> -required-
    The pods to create. Its restartPolicy can only be Always.


"""#
}
