/// The command sequences of the golden transcript tests, by name. Each runs in a fresh minikube sandbox
/// (seed 1, manual clock) with `ManifestScenarios.files` preloaded in the session folder.
enum ManifestScenarios {
    static let web = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
            tier: front
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
                env:
                - name: MODE
                  value: prod
                - name: LEVEL
                  value: debug
                ports:
                - containerPort: 80

        """

    static let webV2 = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.28
                env:
                - name: MODE
                  value: prod
                ports:
                - containerPort: 80

        """

    static let shop = """
        apiVersion: v1
        kind: Service
        metadata:
          name: shop
        spec:
          type: NodePort
          selector:
            app: shop
          ports:
          - port: 80
            targetPort: 8080
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: shop-cfg
        data:
          MODE: prod

        """

    /// Session files every scenario starts with.
    static let files: [String: String] = [
        "web.yaml": web,
        "web-v2.yaml": webV2,
        "shop.yaml": shop,
        "cm.json": #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"from-json"},"data":{"a":"b"}}"#,
        "dir/one.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\n",
        "dir/notes.txt": "not a manifest\n",
        "dir/sub/list.yaml": """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: l1
            - apiVersion: v1
              kind: Secret
              metadata:
                name: l2
              stringData:
                token: abc

            """,
        "pod-typo.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    portz: 80\n",
        "replicas-string.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec:\n  replicas: \"3\"\n",
        "broken.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n spec: 1\n",
        "badkind.yaml": "apiVersion: v1\nkind: Podd\nmetadata:\n  name: bad\n",
        "nover.yaml": "kind: Pod\nmetadata:\n  name: x\n",
        "nokind.yaml": "apiVersion: v1\nmetadata:\n  name: x\n",
        "sts.yaml": "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n",
        "unsimulated-field.yaml": """
            apiVersion: v1
            kind: Pod
            metadata:
              name: spread
            spec:
              topologySpreadConstraints: []
              containers:
              - name: c
                image: nginx

            """,
        "half-broken.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: first\n---\nkind: [\n",
        "invalid.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: multi-err
            spec:
              replicas: -1
              selector:
                matchLabels:
                  app: m
              template:
                metadata:
                  labels:
                    app: m
                spec:
                  containers:
                  - name: m

            """,
        "hpa-v1.yaml": """
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
            spec:
              scaleTargetRef:
                apiVersion: apps/v1
                kind: Deployment
                name: web
              maxReplicas: 4
              targetCPUUtilizationPercentage: 70

            """,
    ]

    static let all: [String: [String]] = [
        "applyLifecycle": [
            "kubectl apply -f web.yaml",
            "kubectl apply -f web.yaml",
            "kubectl get deploy web -o jsonpath='{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'",
            "kubectl patch deploy web -p '{\"spec\":{\"replicas\":5}}'",
            "kubectl apply -f web-v2.yaml",
            "kubectl get deploy web -o jsonpath='{.metadata.labels} {.spec.replicas} {.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].env}{\"\\n\"}'",
            "kubectl apply -f web-v2.yaml --dry-run=client",
            "kubectl apply -f web-v2.yaml --dry-run=server",
            "kubectl apply -f web-v2.yaml -o name",
        ],
        "applyServerFieldsKept": [
            "kubectl apply -f shop.yaml",
            "kubectl get svc shop -o jsonpath='{.spec.clusterIP} {.spec.ports[0].nodePort}{\"\\n\"}'",
            "kubectl apply -f shop.yaml",
            "kubectl get svc shop -o jsonpath='{.spec.clusterIP} {.spec.ports[0].nodePort}{\"\\n\"}'",
        ],
        "applyImperativeObject": [
            "kubectl create deployment web3 --image=nginx",
            "kubectl get deploy web3 -o yaml > web3.yaml",
            "kubectl apply -f web3.yaml",
            "kubectl apply -f web3.yaml",
        ],
        "applySources": [
            "kubectl apply -f cm.json",
            "kubectl apply -f dir",
            "kubectl apply -f dir -R",
            "cat shop.yaml | kubectl apply -f -",
            "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\nEOF",
            "kubectl apply -n shop -f shop.yaml -o name",
            "kubectl apply -f hpa-v1.yaml",
            "kubectl get hpa web -o jsonpath='{.apiVersion} {.spec.metrics[0].resource.target.averageUtilization}{\"\\n\"}'",
        ],
        "applyMetricsServer": [
            "kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml",
            "kubectl -n kube-system patch deployment metrics-server --type='json' -p='[{\"op\": \"add\", \"path\": \"/spec/template/spec/containers/0/args/-\", \"value\": \"--kubelet-insecure-tls\"}]'",
            "kubectl -n kube-system get deploy metrics-server -o jsonpath='{.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].args}{\"\\n\"}'",
            "kubectl get sa,svc -n kube-system metrics-server -o name",
            "kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.7.2/components.yaml",
            "kubectl apply -f https://k8s.io/examples/application/deployment.yaml",
            "kubectl apply -f https://example.com/app.yaml",
        ],
        "manifestErrors": [
            "kubectl apply",
            "kubectl apply -f web.yaml extra",
            "kubectl apply -f nope.yaml",
            "kubectl apply -f pod-typo.yaml",
            "kubectl apply -f replicas-string.yaml",
            "kubectl apply -f broken.yaml",
            "kubectl apply -f half-broken.yaml",
            "kubectl apply -f badkind.yaml",
            "kubectl apply -f nover.yaml",
            "kubectl apply -f nokind.yaml",
            "kubectl apply -f nokind.yaml --validate=false",
            "kubectl apply -f sts.yaml",
            "kubectl apply -f unsimulated-field.yaml",
            "kubectl apply -f invalid.yaml",
            "kubectl apply -f web.yaml --prune",
            "kubectl apply -k overlays/dev",
            "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: c\\n  namespace: a\\n' | kubectl apply -n b -f -",
            "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  generateName: c-\\n' | kubectl apply -f -",
            "kubectl apply -f web.yaml -o wide",
            "kubectl apply -f web.yaml --dry-run=maybe",
        ],
        "createReplace": [
            "kubectl create -f web.yaml",
            "kubectl create -f web.yaml",
            "kubectl create -f shop.yaml --save-config",
            "kubectl get cm shop-cfg -o jsonpath='{.metadata.annotations}{\"\\n\"}'",
            "kubectl replace -f web-v2.yaml",
            "kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}{\"\\n\"}'",
            "kubectl replace -f cm.json",
            "kubectl replace --force -f web.yaml",
            "kubectl create -f invalid.yaml",
            "kubectl create -f pod-typo.yaml",
            "kubectl create",
            "kubectl replace",
            "kubectl create -f web.yaml --edit",
            "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  generateName: c-\\n' | kubectl create -f - -o name",
        ],
        "delete": [
            "kubectl create deployment web --image=nginx --replicas=2",
            "kubectl run tmp --image=busybox --restart=Never -- sleep 3600",
            "kubectl create cm one --from-literal=a=b",
            "kubectl create cm two --from-literal=a=b",
            "kubectl delete pod tmp",
            "kubectl get pods",
            "kubectl delete cm one two nope",
            "kubectl delete pod nope --ignore-not-found",
            "kubectl delete pods --all -n kube-public",
            "kubectl delete deploy web --cascade=orphan",
            "kubectl get rs -o name",
            "kubectl delete rs -l app=web --now",
            "kubectl delete svc/kubernetes cm/kube-root-ca.crt --dry-run=client",
            "kubectl delete svc kubernetes --dry-run=server -o name",
            "kubectl get svc kubernetes -o name",
            "kubectl delete pod",
            "kubectl delete",
            "kubectl delete pods --all -l app=x",
            "kubectl delete pod x --force --grace-period=5",
            "kubectl delete pod x --now --grace-period=5",
            "kubectl delete pod x -o yaml",
            "kubectl delete pod x --cascade=sideways",
            "kubectl delete pod x --cascade=false",
            "kubectl create namespace dev",
            "kubectl create namespace qa",
            "kubectl delete ns qa -n default",
            "kubectl delete ns dev",
            "kubectl get ns dev",
        ],
        "deleteFromFile": [
            "kubectl apply -f shop.yaml",
            "kubectl delete -f shop.yaml",
            "kubectl delete -f shop.yaml",
            "kubectl delete -f shop.yaml --ignore-not-found",
            "kubectl delete -f shop.yaml svc",
        ],
        "deleteForce": [
            "kubectl run crashy --image=busybox -- sleep 3600",
            "sleep 20",
            "kubectl delete pod crashy --force --grace-period=0",
            "kubectl get pods",
        ],
        "patch": [
            "kubectl create deployment web --image=nginx:1.27 --replicas=2 --port=80",
            "kubectl patch deployment web -p '{\"spec\":{\"replicas\":3}}'",
            "kubectl patch deployment web -p '{\"spec\":{\"replicas\":3}}'",
            "kubectl patch deployment web --type=merge -p '{\"metadata\":{\"labels\":{\"tier\":\"web\"}}}'",
            "kubectl patch deployment web -p '{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"nginx\",\"image\":\"nginx:1.28\"}]}}}}'",
            "kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].ports}{\"\\n\"}'",
            "kubectl patch deployment web --type=json -p '[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":1},{\"op\":\"add\",\"path\":\"/spec/template/spec/containers/0/args\",\"value\":[\"-g\"]}]'",
            "kubectl patch deployment web --type json -p '[{\"op\":\"add\",\"path\":\"/spec/template/spec/containers/0/args/-\",\"value\":\"daemon off;\"}]'",
            "kubectl get deploy web -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].args}{\"\\n\"}'",
            "kubectl patch deployment web --type=json -p '[{\"op\":\"test\",\"path\":\"/spec/replicas\",\"value\":9}]'",
            "kubectl patch deployment web --type=json -p '[{\"op\":\"remove\",\"path\":\"/spec/foo\"}]'",
            "kubectl patch deployment web -p '{\"spec\":{\"foo\":1}}'",
            "kubectl patch deployment web -p 'spec: {replicas: 4}'",
            "kubectl patch deployment web -p '{\"spec\":{\"replicas\":\"x\"}}'",
            "kubectl patch deployment web -p '{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"nginx\",\"$patch\":\"delete\"}]}}}}'",
            "kubectl patch deployment nope -p '{\"spec\":{\"replicas\":3}}'",
            "kubectl patch deployment web",
            "kubectl patch deployment web -p '{}' --patch-file p.yaml",
            "kubectl patch deployment web -p '{}' --type=foo",
            "printf 'spec:\\n  replicas: 2\\n' > p.yaml",
            "kubectl patch deployment web --patch-file p.yaml -o jsonpath='{.spec.replicas}{\"\\n\"}'",
            "kubectl patch deployment web -p '{\"spec\":{\"replicas\":6}}' --dry-run=client",
            "kubectl get deploy web -o jsonpath='{.spec.replicas}{\"\\n\"}'",
            "kubectl edit deploy/web",
            "kubectl edit svc kubernetes",
        ],
        "generators": [
            "kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1",
            "kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1",
            "kubectl create deployment Web_Bad --image=nginx",
            "kubectl create deployment dotted --image=registry.k8s.io/my_app.v2:1.0",
            "kubectl get deploy dotted -o jsonpath='{.spec.template.spec.containers[0].name}{\"\\n\"}'",
            "kubectl expose deployment/kubernetes-bootcamp --type=\"NodePort\" --port 8080",
            "kubectl get svc kubernetes-bootcamp -o jsonpath='{.spec.type} {.spec.selector} {.spec.ports}{\"\\n\"}'",
            "kubectl expose deployment kubernetes-bootcamp --port=8080",
            "kubectl expose deployment nope --port=80",
            "kubectl expose node minikube --port=80",
            "kubectl create service clusterip Bad_Svc --tcp=80:80",
            "kubectl create service nodeport web --tcp=80:80",
            "kubectl create namespace staging",
            "kubectl create ns staging",
            "kubectl create ns Bad_NS",
            "kubectl create configmap app-cfg --from-literal=MODE=prod",
            "kubectl create configmap app-cfg --from-literal=MODE=prod",
            "kubectl create secret generic api-key --from-literal=key=abc123",
            "kubectl get secret api-key -o jsonpath='{.type} {.data.key}{\"\\n\"}'",
            "kubectl create serviceaccount ci -n staging",
            "kubectl create job hello --image=busybox -- echo hi",
            "kubectl create job again --from=cronjob/nightly",
            "kubectl create cronjob nightly --image=busybox --schedule='0 3 * * *'",
            "kubectl autoscale deployment kubernetes-bootcamp --min=2 --max=6 --cpu-percent=60",
            "kubectl autoscale deployment kubernetes-bootcamp --max=6",
            "kubectl get hpa kubernetes-bootcamp -o jsonpath='{.spec}{\"\\n\"}'",
            "kubectl autoscale deployment dotted --max=3 -o name",
            "kubectl autoscale svc web --max=3",
            "kubectl autoscale deployment dotted --max=0",
        ],
        "seedCommands": [
            "kubectl create deployment hello-minikube --image=kicbase/echo-server:1.0",
            "kubectl expose deployment hello-minikube --type=NodePort --port=8080",
            "kubectl create deployment hello-node --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- /agnhost netexec --http-port=8080",
            "kubectl expose deployment hello-node --type=LoadBalancer --port=8080",
            "kubectl run some-pod --image=python --command sleep 20 --restart=Never --dry-run=client -o yaml > statuc-pod.yaml",
            "kubectl apply -f statuc-pod.yaml",
            "kubectl apply -f statuc-pod.yaml",
            "kubectl apply view-last-applied pod/some-pod",
            "kubectl apply view-last-applied pod some-pod -o json",
            "kubectl apply view-last-applied svc/kubernetes",
            "kubectl run my-pod --image=nginx:alpine",
            "kubectl create -f web.yaml",
            "kubectl delete deployments/hello-minikube services/hello-minikube",
            "kubectl delete service hello-node",
            "kubectl delete deployment hello-node",
            "kubectl delete -f web.yaml",
        ],
        "run": [
            "kubectl run tmp --image=busybox:1.36 --restart=Never -- sleep 3600",
            "kubectl run tmp --image=nginx",
            "kubectl run Bad_Pod --image=nginx",
            "kubectl run web --image=nginx --port=80 --expose",
            "kubectl get svc web -o jsonpath='{.spec.selector} {.spec.ports}{\"\\n\"}'",
            "kubectl run -it --rm hello --image=busybox --restart=Never -- echo hi there",
            "kubectl run -i --rm fail --image=busybox --restart=Never -- sh -c 'echo bye; exit 3'",
            "echo status=$?",
            "kubectl run -it --rm shell --image=busybox --restart=Never -- sh",
            "exit",
            "kubectl run -i waiter --image=busybox --restart=Never -- sh -c 'sleep 5; echo done'",
            "kubectl get pods -o name",
            "kubectl run my-pod --image=nginx:alpine -o name",
            "kubectl run x",
            "kubectl run --image=nginx",
        ],
    ]
}
