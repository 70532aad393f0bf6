/// The golden transcript of seed 003 (see SeedTranscriptTests): what kubectl 1.32 prints for these
/// commands on the simulated cluster, resourceVersions masked.
enum SeedGoldens003 {
    static let text = #"""
$ kubectl create deployment hello-minikube --image=kicbase/echo-server:1.0
deployment.apps/hello-minikube created
$ kubectl get deployments
NAME             READY   UP-TO-DATE   AVAILABLE   AGE
hello-minikube   0/1     1            0           0s
$ kubectl get pods
NAME                             READY   STATUS              RESTARTS   AGE
hello-minikube-78786546c-g68k2   0/1     ContainerCreating   0          0s
$ kubectl get events
LAST SEEN   TYPE     REASON              OBJECT                                MESSAGE
0s          Normal   Scheduled           pod/hello-minikube-78786546c-g68k2    Successfully assigned default/hello-minikube-78786546c-g68k2 to minikube
0s          Normal   SuccessfulCreate    replicaset/hello-minikube-78786546c   Created pod: hello-minikube-78786546c-g68k2
0s          Normal   ScalingReplicaSet   deployment/hello-minikube             Scaled up replica set hello-minikube-78786546c to 1
$ kubectl config view
apiVersion: v1
clusters:
- cluster:
    certificate-authority: /home/learner/.minikube/ca.crt
    extensions:
    - extension:
        last-update: Mon, 05 Jan 2026 04:56:57 UTC
        provider: minikube.sigs.k8s.io
        version: v1.35.0
      name: cluster_info
    server: https://192.168.49.2:8443
  name: minikube
contexts:
- context:
    cluster: minikube
    extensions:
    - extension:
        last-update: Mon, 05 Jan 2026 04:56:57 UTC
        provider: minikube.sigs.k8s.io
        version: v1.35.0
      name: context_info
    namespace: default
    user: minikube
  name: minikube
current-context: minikube
kind: Config
preferences: {}
users:
- name: minikube
  user:
    client-certificate: /home/learner/.minikube/profiles/minikube/client.crt
    client-key: /home/learner/.minikube/profiles/minikube/client.key
$ kubectl expose deployment hello-node --type=LoadBalancer --port=8080
Error from server (NotFound): deployments.apps "hello-node" not found
$ minikube addons list
|----------------------|----------|-----------|------------|
|      ADDON NAME      |  PROFILE |   STATUS  | MAINTAINER |
|----------------------|----------|-----------|------------|
| dashboard            | minikube | disabled  | Kubernetes |
| default-storageclass | minikube | enabled ✅ | Kubernetes |
| ingress              | minikube | disabled  | Kubernetes |
| ingress-dns          | minikube | disabled  | minikube   |
| metrics-server       | minikube | disabled  | Kubernetes |
| registry             | minikube | disabled  | minikube   |
| storage-provisioner  | minikube | enabled ✅ | minikube   |
|----------------------|----------|-----------|------------|
$ minikube addons enable metrics-server
💡  metrics-server is an addon maintained by Kubernetes. For any concerns contact minikube on GitHub.
You can view the list of minikube maintainers at: https://github.com/kubernetes/minikube/blob/master/OWNERS
    ▪ Using image registry.k8s.io/metrics-server/metrics-server:v0.7.2
🌟  The 'metrics-server' addon is enabled
$ kubectl get pod,svc -n kube-system
NAME                                   READY   STATUS              RESTARTS   AGE
pod/coredns-7b88d856f9-rtcxm           1/1     Running             0          4h2m
pod/etcd-minikube                      1/1     Running             0          4h2m
pod/kube-apiserver-minikube            1/1     Running             0          4h2m
pod/kube-controller-manager-minikube   1/1     Running             0          4h2m
pod/kube-proxy-dqmnf                   1/1     Running             0          4h2m
pod/kube-scheduler-minikube            1/1     Running             0          4h2m
pod/metrics-server-84fc5646cb-5gqwx    0/1     ContainerCreating   0          0s
pod/storage-provisioner                1/1     Running             0          4h2m

NAME                     TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)                  AGE
service/kube-dns         ClusterIP   10.96.0.10       <none>        53/UDP,53/TCP,9153/TCP   4h2m
service/metrics-server   ClusterIP   10.101.237.114   <none>        443/TCP                  0s
$ sleep 60
$ kubectl top pods -n kube-system
NAME                               CPU(cores)   MEMORY(bytes)   
coredns-7b88d856f9-rtcxm           2m           12Mi            
etcd-minikube                      16m          33Mi            
kube-apiserver-minikube            46m          205Mi           
kube-controller-manager-minikube   15m          44Mi            
kube-proxy-dqmnf                   1m           14Mi            
kube-scheduler-minikube            3m           20Mi            
metrics-server-84fc5646cb-5gqwx    5m           19Mi            
storage-provisioner                1m           8Mi             
$ minikube addons disable metrics-server
🌑  "The 'metrics-server' addon is disabled"
$ kubectl get nodes
NAME       STATUS   ROLES           AGE    VERSION
minikube   Ready    control-plane   4h4m   v1.32.0
$ kubectl expose deployment hello-minikube --type=NodePort --port=8080
service/hello-minikube exposed
$ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/kubernetes-bootcamp created
$ kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
service/kubernetes-bootcamp exposed
$ kubectl scale deployments/kubernetes-bootcamp --replicas=4
deployment.apps/kubernetes-bootcamp scaled
$ sleep 20
$ kubectl get rs
NAME                             DESIRED   CURRENT   READY   AGE
hello-minikube-78786546c         1         1         1       80s
kubernetes-bootcamp-684c8dd9d8   4         4         4       20s
$ kubectl describe services/kubernetes-bootcamp
Name:                     kubernetes-bootcamp
Namespace:                default
Labels:                   app=kubernetes-bootcamp
Annotations:              <none>
Selector:                 app=kubernetes-bootcamp
Type:                     NodePort
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.103.67.212
IPs:                      10.103.67.212
Port:                     <unset>  8080/TCP
TargetPort:               8080/TCP
NodePort:                 <unset>  31616/TCP
Endpoints:                10.244.0.5:8080,10.244.0.7:8080,10.244.0.8:8080,10.244.0.6:8080
Session Affinity:         None
External Traffic Policy:  Cluster
Internal Traffic Policy:  Cluster
Events:                   <none>
$ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2
deployment.apps/kubernetes-bootcamp image updated
$ kubectl get pods
NAME                                   READY   STATUS              RESTARTS   AGE
hello-minikube-78786546c-g68k2         1/1     Running             0          80s
kubernetes-bootcamp-645d5868d6-9fvh9   0/1     ContainerCreating   0          0s
kubernetes-bootcamp-645d5868d6-ll5tf   0/1     ContainerCreating   0          0s
kubernetes-bootcamp-684c8dd9d8-bkrfh   1/1     Running             0          20s
kubernetes-bootcamp-684c8dd9d8-c8kmr   1/1     Running             0          20s
kubernetes-bootcamp-684c8dd9d8-fqbnp   1/1     Running             0          20s
kubernetes-bootcamp-684c8dd9d8-hgmj6   1/1     Terminating         0          20s
$ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10
deployment.apps/kubernetes-bootcamp image updated
$ sleep 60
$ kubectl get pods
NAME                                   READY   STATUS             RESTARTS   AGE
hello-minikube-78786546c-g68k2         1/1     Running            0          2m20s
kubernetes-bootcamp-684c8dd9d8-bkrfh   1/1     Running            0          80s
kubernetes-bootcamp-684c8dd9d8-c8kmr   1/1     Running            0          80s
kubernetes-bootcamp-684c8dd9d8-fqbnp   1/1     Running            0          80s
kubernetes-bootcamp-7d5fc5d98d-cjg5x   0/1     ImagePullBackOff   0          60s
kubernetes-bootcamp-7d5fc5d98d-jbtr8   0/1     ImagePullBackOff   0          60s
$ kubectl rollout undo deployments/kubernetes-bootcamp
deployment.apps/kubernetes-bootcamp rolled back
$ kubectl delete deployments/kubernetes-bootcamp services/kubernetes-bootcamp
deployment.apps "kubernetes-bootcamp" deleted
service "kubernetes-bootcamp" deleted
$ kubectl create deployment hello-minikube1 --image=kicbase/echo-server:1.0
deployment.apps/hello-minikube1 created
$ kubectl expose deployment hello-minikube1 --type=LoadBalancer --port=8080
service/hello-minikube1 exposed
$ kubectl get svc
NAME              TYPE           CLUSTER-IP       EXTERNAL-IP   PORT(S)          AGE
hello-minikube    NodePort       10.98.2.65       <none>        8080:31985/TCP   80s
hello-minikube1   LoadBalancer   10.100.143.159   <pending>     8080:32252/TCP   0s
kubernetes        ClusterIP      10.96.0.1        <none>        443/TCP          4h5m
$ kubectl delete service hello-node
Error from server (NotFound): services "hello-node" not found
$ kubectl delete deployment hello-node
Error from server (NotFound): deployments.apps "hello-node" not found
"""#
}
