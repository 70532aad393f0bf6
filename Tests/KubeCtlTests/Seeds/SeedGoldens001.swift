/// The golden transcript of seed 001 (see SeedTranscriptTests): what kubectl 1.32 prints for these
/// commands on the simulated cluster, resourceVersions masked.
enum SeedGoldens001 {
    static let text = #"""
$ kubectl config current-context
minikube
$ kubectl config get-contexts
CURRENT   NAME       CLUSTER    AUTHINFO   NAMESPACE
*         minikube   minikube   minikube   default
$ kubectl config use-context minikube
Switched to context "minikube".
$ kubectl create deployment web --image=nginx --dry-run=client -o yaml > deploy.yaml
$ kubectl create -f deploy.yaml
deployment.apps/web created
$ kubectl get deployment
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    0/1     1            0           0s
$ kubectl delete deployment web
deployment.apps "web" deleted
$ kubectl get namespace
NAME              STATUS   AGE
default           Active   4h3m
kube-node-lease   Active   4h3m
kube-public       Active   4h3m
kube-system       Active   4h3m
$ kubectl get ns
NAME              STATUS   AGE
default           Active   4h3m
kube-node-lease   Active   4h3m
kube-public       Active   4h3m
kube-system       Active   4h3m
$ kubectl create ns dev
namespace/dev created
$ kubectl config set-context --current --namespace=dev
Context "minikube" modified.
$ kubectl get pods --all-namespace
error: unknown flag: --all-namespace
See 'kubectl get --help' for usage.
$ kubectl get pods --all-namespaces
NAMESPACE     NAME                               READY   STATUS    RESTARTS   AGE
kube-system   coredns-7b88d856f9-rtcxm           1/1     Running   0          4h2m
kube-system   etcd-minikube                      1/1     Running   0          4h2m
kube-system   kube-apiserver-minikube            1/1     Running   0          4h2m
kube-system   kube-controller-manager-minikube   1/1     Running   0          4h2m
kube-system   kube-proxy-dqmnf                   1/1     Running   0          4h2m
kube-system   kube-scheduler-minikube            1/1     Running   0          4h2m
kube-system   storage-provisioner                1/1     Running   0          4h2m
$ kubectl config set-context --current --namespace=default
Context "minikube" modified.
$ kubectl delete ns dev
namespace "dev" deleted
$ kubectl get nodes
NAME       STATUS   ROLES           AGE    VERSION
minikube   Ready    control-plane   4h3m   v1.32.0
$ kubectl describe node
Name:               minikube
Roles:              control-plane
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/os=linux
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=minikube
                    kubernetes.io/os=linux
                    minikube.k8s.io/commit=dd5d320e41b5451cdf3c01891bc4e13d189586ed-dirty
                    minikube.k8s.io/name=minikube
                    minikube.k8s.io/primary=true
                    minikube.k8s.io/updated_at=2026_01_05T08_55_00_0700
                    minikube.k8s.io/version=v1.35.0
                    node-role.kubernetes.io/control-plane=
                    node.kubernetes.io/exclude-from-external-load-balancers=
Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock
                    node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  Mon, 05 Jan 2026 04:56:57 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  minikube
  AcquireTime:     <unset>
  RenewTime:       Mon, 05 Jan 2026 09:00:00 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Mon, 05 Jan 2026 09:00:00 +0000   Mon, 05 Jan 2026 04:56:57 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Mon, 05 Jan 2026 09:00:00 +0000   Mon, 05 Jan 2026 04:56:57 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   Mon, 05 Jan 2026 09:00:00 +0000   Mon, 05 Jan 2026 04:56:57 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    Mon, 05 Jan 2026 09:00:00 +0000   Mon, 05 Jan 2026 04:56:57 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  192.168.49.2
  Hostname:    minikube
Capacity:
  cpu:                4
  ephemeral-storage:  102625208Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             16365200Ki
  pods:               110
Allocatable:
  cpu:                4
  ephemeral-storage:  102625208Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             16365200Ki
  pods:               110
System Info:
  Machine ID:                 a54c037302dee0433a81b704f84a5c92
  System UUID:                9317b971-5205-4e7a-872d-ca76d6997f7d
  Boot ID:                    0daba84f-a5f1-47d2-852f-5e7d717afc37
  Kernel Version:             5.15.0-126-generic
  OS Image:                   Ubuntu 22.04.5 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.22
  Kubelet Version:            v1.32.0
  Kube-Proxy Version:         v1.32.0
PodCIDR:                      10.244.0.0/24
PodCIDRs:                     10.244.0.0/24
Non-terminated Pods:          (7 in total)
  Namespace                   Name                                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                                ------------  ----------  ---------------  -------------  ---
  kube-system                 coredns-7b88d856f9-rtcxm            100m (2%)     0 (0%)      70Mi (0%)        170Mi (1%)     4h2m
  kube-system                 etcd-minikube                       100m (2%)     0 (0%)      100Mi (0%)       0 (0%)         4h2m
  kube-system                 kube-apiserver-minikube             250m (6%)     0 (0%)      0 (0%)           0 (0%)         4h2m
  kube-system                 kube-controller-manager-minikube    200m (5%)     0 (0%)      0 (0%)           0 (0%)         4h2m
  kube-system                 kube-proxy-dqmnf                    0 (0%)        0 (0%)      0 (0%)           0 (0%)         4h2m
  kube-system                 kube-scheduler-minikube             100m (2%)     0 (0%)      0 (0%)           0 (0%)         4h2m
  kube-system                 storage-provisioner                 0 (0%)        0 (0%)      0 (0%)           0 (0%)         4h2m
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests    Limits
  --------           --------    ------
  cpu                750m (18%)  0 (0%)
  memory             170Mi (1%)  170Mi (1%)
  ephemeral-storage  0 (0%)      0 (0%)
  hugepages-1Gi      0 (0%)      0 (0%)
  hugepages-2Mi      0 (0%)      0 (0%)
Events:              <none>
$ kubectl run busybox --image=busybox -- /bin/sh -c "sleep 3600"
pod/busybox created
$ sleep 10
$ kubectl get pods
NAME      READY   STATUS    RESTARTS   AGE
busybox   1/1     Running   0          10s
$ kubectl get pods -o wide
NAME      READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES
busybox   1/1     Running   0          10s   10.244.0.3   minikube   <none>           <none>
$ kubectl describe pod busybox
Name:             busybox
Namespace:        default
Priority:         0
Service Account:  default
Node:             minikube/192.168.49.2
Start Time:       Mon, 05 Jan 2026 09:00:00 +0000
Labels:           run=busybox
Annotations:      <none>
Status:           Running
IP:               10.244.0.3
IPs:
  IP:  10.244.0.3
Containers:
  busybox:
    Container ID:  containerd://19b9a9c165ebb9a2666ad165969002dce4963073af9e945f81c8cc06fe7d80f1
    Image:         busybox
    Image ID:      docker.io/library/busybox@sha256:5e34e2c5f0dac31d34003bbd02153aa4472e6c2c3a849832c6b75ba212a10a39
    Port:          <none>
    Host Port:     <none>
    Args:
      /bin/sh
      -c
      sleep 3600
    State:          Running
      Started:      Mon, 05 Jan 2026 09:00:01 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-rlqg7 (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-rlqg7:
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
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  10s   default-scheduler  Successfully assigned default/busybox to minikube
  Normal  Pulling    9s    kubelet            Pulling image "busybox"
  Normal  Pulled     9s    kubelet            Successfully pulled image "busybox" in 664ms (664ms including waiting). Image size: 2155380 bytes.
  Normal  Created    9s    kubelet            Created container: busybox
  Normal  Started    9s    kubelet            Started container busybox
$ kubectl get pods busybox -o yaml
apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "2026-01-05T09:00:00Z"
  labels:
    run: busybox
  name: busybox
  namespace: default
  resourceVersion: "<rv>"
  uid: d2c2603b-c1b1-4ede-8318-ad7ab0909e5a
spec:
  containers:
  - args:
    - /bin/sh
    - -c
    - sleep 3600
    image: busybox
    imagePullPolicy: Always
    name: busybox
    resources: {}
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
    volumeMounts:
    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      name: kube-api-access-rlqg7
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
  - name: kube-api-access-rlqg7
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
    lastTransitionTime: "2026-01-05T09:00:01Z"
    status: "True"
    type: Ready
  - lastProbeTime: null
    lastTransitionTime: "2026-01-05T09:00:01Z"
    status: "True"
    type: ContainersReady
  - lastProbeTime: null
    lastTransitionTime: "2026-01-05T09:00:00Z"
    status: "True"
    type: PodScheduled
  containerStatuses:
  - containerID: containerd://19b9a9c165ebb9a2666ad165969002dce4963073af9e945f81c8cc06fe7d80f1
    image: docker.io/library/busybox:latest
    imageID: docker.io/library/busybox@sha256:5e34e2c5f0dac31d34003bbd02153aa4472e6c2c3a849832c6b75ba212a10a39
    lastState: {}
    name: busybox
    ready: true
    restartCount: 0
    started: true
    state:
      running:
        startedAt: "2026-01-05T09:00:01Z"
  hostIP: 192.168.49.2
  hostIPs:
  - ip: 192.168.49.2
  phase: Running
  podIP: 10.244.0.3
  podIPs:
  - ip: 10.244.0.3
  qosClass: BestEffort
  startTime: "2026-01-05T09:00:00Z"
$ kubectl run nginx --image=nginx --dry-run=client -o yaml > pod-definition.yml
$ kubectl create -f pod-definition.yml
pod/nginx created
$ kubectl delete -f pod-definition.yml
pod "nginx" deleted
$ kubectl delete pod busybox
pod "busybox" deleted
"""#
}
