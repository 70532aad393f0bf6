import KubeCluster
import XCTest
@testable import KubeCtl

/// Golden transcripts of the manifest verbs (apply, create, replace, delete, patch, edit, generators, run,
/// expose, autoscale) in a fresh minikube sandbox: every success line and error text, byte for byte.
/// The command lines are in `ManifestScenarios`; the texts follow kubectl 1.32 (see kubectl-output.md §6, §7).
final class ManifestGoldenTests: XCTestCase {
    private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let lines = ManifestScenarios.all[name], let expected = Self.expected[name] else {
            return XCTFail("no scenario \(name)", file: file, line: line)
        }
        let shell = ManifestTestShell(files: InMemorySessionFiles(files: ManifestScenarios.files))
        let actual = shell.transcript(lines)
        XCTAssertEqual(actual, expected, file: file, line: line)
        if actual != expected {
            for (number, pair) in zip(actual.split(separator: "\n", omittingEmptySubsequences: false),
                                      expected.split(separator: "\n", omittingEmptySubsequences: false)).enumerated()
            where pair.0 != pair.1 {
                XCTFail("first difference at line \(number + 1):\n  actual:   \(pair.0)\n  expected: \(pair.1)", file: file, line: line)
                break
            }
        }
    }
    func testApplyImperativeObject() { check("applyImperativeObject") }
    func testApplyLifecycle() { check("applyLifecycle") }
    func testApplyMetricsServer() { check("applyMetricsServer") }
    func testApplyServerFieldsKept() { check("applyServerFieldsKept") }
    func testApplySources() { check("applySources") }
    func testCreateReplace() { check("createReplace") }
    func testDelete() { check("delete") }
    func testDeleteForce() { check("deleteForce") }
    func testDeleteFromFile() { check("deleteFromFile") }
    func testGenerators() { check("generators") }
    func testManifestErrors() { check("manifestErrors") }
    func testPatch() { check("patch") }
    func testRun() { check("run") }
    func testSeedCommands() { check("seedCommands") }

    static let expected: [String: String] = [
        "applyImperativeObject": #"""
            $ kubectl create deployment web3 --image=nginx
            deployment.apps/web3 created
            $ kubectl get deploy web3 -o yaml > web3.yaml
            $ kubectl apply -f web3.yaml
            Warning: resource deployments/web3 is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
            deployment.apps/web3 configured
            $ kubectl apply -f web3.yaml
            Error from server (Conflict): error when applying patch:
            {"metadata":{"resourceVersion":"175"}}
            to:
            Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
            Name: "web3", Namespace: "default"
            for: "web3.yaml": Operation cannot be fulfilled on deployments.apps "web3": the object has been modified; please apply your changes to the latest version and try again

            """#,
        "applyLifecycle": #"""
            $ kubectl apply -f web.yaml
            deployment.apps/web created
            $ kubectl apply -f web.yaml
            deployment.apps/web unchanged
            $ kubectl get deploy web -o jsonpath='{.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}'
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"labels":{"app":"web","tier":"front"},"name":"web","namespace":"default"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"env":[{"name":"MODE","value":"prod"},{"name":"LEVEL","value":"debug"}],"image":"nginx:1.27","name":"web","ports":[{"containerPort":80}]}]}}}}
            $ kubectl patch deploy web -p '{"spec":{"replicas":5}}'
            deployment.apps/web patched
            $ kubectl apply -f web-v2.yaml
            deployment.apps/web configured
            $ kubectl get deploy web -o jsonpath='{.metadata.labels} {.spec.replicas} {.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].env}{"\n"}'
            {"app":"web"} 2 nginx:1.28 [{"name":"MODE","value":"prod"}]
            $ kubectl apply -f web-v2.yaml --dry-run=client
            deployment.apps/web configured (dry run)
            $ kubectl apply -f web-v2.yaml --dry-run=server
            deployment.apps/web unchanged (server dry run)
            $ kubectl apply -f web-v2.yaml -o name
            deployment.apps/web

            """#,
        "applyMetricsServer": #"""
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
            $ kubectl -n kube-system patch deployment metrics-server --type='json' -p='[{"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "--kubelet-insecure-tls"}]'
            deployment.apps/metrics-server patched
            $ kubectl -n kube-system get deploy metrics-server -o jsonpath='{.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].args}{"\n"}'
            registry.k8s.io/metrics-server/metrics-server:v0.7.2 ["--cert-dir=/tmp","--secure-port=10250","--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname","--kubelet-use-node-status-port","--metric-resolution=15s","--kubelet-insecure-tls"]
            $ kubectl get sa,svc -n kube-system metrics-server -o name
            serviceaccount/metrics-server
            service/metrics-server
            $ kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.7.2/components.yaml
            serviceaccount/metrics-server unchanged
            clusterrole.rbac.authorization.k8s.io/system:aggregated-metrics-reader unchanged
            clusterrole.rbac.authorization.k8s.io/system:metrics-server unchanged
            rolebinding.rbac.authorization.k8s.io/metrics-server-auth-reader unchanged
            clusterrolebinding.rbac.authorization.k8s.io/metrics-server:system:auth-delegator unchanged
            clusterrolebinding.rbac.authorization.k8s.io/system:metrics-server unchanged
            service/metrics-server unchanged
            deployment.apps/metrics-server configured
            apiservice.apiregistration.k8s.io/v1beta1.metrics.k8s.io unchanged
            note: kubetutor does not simulate RBAC or APIService objects, so clusterrole.rbac.authorization.k8s.io/system:aggregated-metrics-reader, clusterrole.rbac.authorization.k8s.io/system:metrics-server, rolebinding.rbac.authorization.k8s.io/metrics-server-auth-reader, clusterrolebinding.rbac.authorization.k8s.io/metrics-server:system:auth-delegator, clusterrolebinding.rbac.authorization.k8s.io/system:metrics-server, apiservice.apiregistration.k8s.io/v1beta1.metrics.k8s.io were accepted but not stored; the metrics API (kubectl top, HPAs) works once deployment.apps/metrics-server is ready.
            $ kubectl apply -f https://k8s.io/examples/application/deployment.yaml
            deployment.apps/nginx-deployment created
            $ kubectl apply -f https://example.com/app.yaml
            error: unable to read URL "https://example.com/app.yaml", server reported no network: kubetutor's simulated cluster cannot download files. It knows only a few tutorial manifests (metrics-server's components.yaml and the nginx examples under https://k8s.io/examples/). Write the manifest into a file here (cat > file.yaml <<EOF … EOF) and apply that file instead

            """#,
        "applyServerFieldsKept": #"""
            $ kubectl apply -f shop.yaml
            service/shop created
            configmap/shop-cfg created
            $ kubectl get svc shop -o jsonpath='{.spec.clusterIP} {.spec.ports[0].nodePort}{"\n"}'
            10.106.66.48 32099
            $ kubectl apply -f shop.yaml
            service/shop unchanged
            configmap/shop-cfg unchanged
            $ kubectl get svc shop -o jsonpath='{.spec.clusterIP} {.spec.ports[0].nodePort}{"\n"}'
            10.106.66.48 32099

            """#,
        "applySources": #"""
            $ kubectl apply -f cm.json
            configmap/from-json created
            $ kubectl apply -f dir
            configmap/one created
            $ kubectl apply -f dir -R
            configmap/one unchanged
            configmap/l1 created
            secret/l2 created
            $ cat shop.yaml | kubectl apply -f -
            service/shop created
            configmap/shop-cfg created
            $ kubectl apply -f - <<EOF
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
            EOF
            namespace/shop created
            $ kubectl apply -n shop -f shop.yaml -o name
            service/shop
            configmap/shop-cfg
            $ kubectl apply -f hpa-v1.yaml
            horizontalpodautoscaler.autoscaling/web created
            $ kubectl get hpa web -o jsonpath='{.apiVersion} {.spec.metrics[0].resource.target.averageUtilization}{"\n"}'
            autoscaling/v2 70

            """#,
        "createReplace": #"""
            $ kubectl create -f web.yaml
            deployment.apps/web created
            $ kubectl create -f web.yaml
            Error from server (AlreadyExists): error when creating "web.yaml": deployments.apps "web" already exists
            $ kubectl create -f shop.yaml --save-config
            service/shop created
            configmap/shop-cfg created
            $ kubectl get cm shop-cfg -o jsonpath='{.metadata.annotations}{"\n"}'
            {"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"v1\",\"data\":{\"MODE\":\"prod\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"shop-cfg\",\"namespace\":\"default\"}}\n"}
            $ kubectl replace -f web-v2.yaml
            deployment.apps/web replaced
            $ kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
            nginx:1.28
            $ kubectl replace -f cm.json
            Error from server (NotFound): error when replacing "cm.json": configmaps "from-json" not found
            $ kubectl replace --force -f web.yaml
            deployment.apps "web" deleted
            deployment.apps/web replaced
            $ kubectl create -f invalid.yaml
            The Deployment "multi-err" is invalid: 
            * spec.replicas: Invalid value: -1: must be greater than or equal to 0
            * spec.template.spec.containers[0].image: Required value
            $ kubectl create -f pod-typo.yaml
            Error from server (BadRequest): error when creating "pod-typo.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].portz"
            $ kubectl create
            error: must specify one of -f and -k
            $ kubectl replace
            error: must specify one of -f and -k
            $ kubectl create -f web.yaml --edit
            error: kubetutor has no text editor, so it cannot open the objects of web.yaml for editing (kubectl edit would start $KUBE_EDITOR or vi). Make the change in three steps instead: save the object with "kubectl get TYPE NAME -o yaml > NAME.yaml", change the file (write it again with cat > NAME.yaml <<EOF ... EOF, or rewrite it with awk), then send it back with "kubectl apply -f NAME.yaml". For one field, "kubectl patch", "kubectl set image" or "kubectl scale" do it directly.
            $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: c-\n' | kubectl create -f - -o name
            configmap/c-m9srt

            """#,
        "delete": #"""
            $ kubectl create deployment web --image=nginx --replicas=2
            deployment.apps/web created
            $ kubectl run tmp --image=busybox --restart=Never -- sleep 3600
            pod/tmp created
            $ kubectl create cm one --from-literal=a=b
            configmap/one created
            $ kubectl create cm two --from-literal=a=b
            configmap/two created
            $ kubectl delete pod tmp
            pod "tmp" deleted
            $ kubectl get pods
            NAME                   READY   STATUS              RESTARTS   AGE
            web-6dc5cd68db-g68k2   0/1     ContainerCreating   0          0s
            web-6dc5cd68db-g765m   0/1     ContainerCreating   0          0s
            $ kubectl delete cm one two nope
            configmap "one" deleted
            configmap "two" deleted
            Error from server (NotFound): configmaps "nope" not found
            $ kubectl delete pod nope --ignore-not-found
            $ kubectl delete pods --all -n kube-public
            No resources found
            $ kubectl delete deploy web --cascade=orphan
            deployment.apps "web" deleted
            $ kubectl get rs -o name
            replicaset.apps/web-6dc5cd68db
            $ kubectl delete rs -l app=web --now
            replicaset.apps "web-6dc5cd68db" deleted
            $ kubectl delete svc/kubernetes cm/kube-root-ca.crt --dry-run=client
            service "kubernetes" deleted (dry run)
            configmap "kube-root-ca.crt" deleted (dry run)
            $ kubectl delete svc kubernetes --dry-run=server -o name
            service/kubernetes
            $ kubectl get svc kubernetes -o name
            service/kubernetes
            $ kubectl delete pod
            error: resource(s) were provided, but no name was specified
            $ kubectl delete
            error: You must provide one or more resources by argument or filename.
            Example resource specifications include:
               '-f rsrc.yaml'
               '--filename=rsrc.json'
               '<resource> <name>'
               '<resource>'
            $ kubectl delete pods --all -l app=x
            error: setting 'all' parameter but found a non empty selector. 
            $ kubectl delete pod x --force --grace-period=5
            error: --force and --grace-period greater than 0 cannot be specified together
            $ kubectl delete pod x --now --grace-period=5
            error: --now and --grace-period cannot be specified together
            $ kubectl delete pod x -o yaml
            error: unexpected -o output mode: yaml. We only support '-o name'
            $ kubectl delete pod x --cascade=sideways
            error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan".
            $ kubectl delete pod x --cascade=false
            warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.
            Error from server (NotFound): pods "x" not found
            $ kubectl create namespace dev
            namespace/dev created
            $ kubectl create namespace qa
            namespace/qa created
            $ kubectl delete ns qa -n default
            warning: deleting cluster-scoped resources, not scoped to the provided namespace
            namespace "qa" deleted
            $ kubectl delete ns dev
            namespace "dev" deleted
            $ kubectl get ns dev
            Error from server (NotFound): namespaces "dev" not found

            """#,
        "deleteForce": #"""
            $ kubectl run crashy --image=busybox -- sleep 3600
            pod/crashy created
            $ sleep 20
            $ kubectl delete pod crashy --force --grace-period=0
            Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.
            pod "crashy" force deleted
            $ kubectl get pods
            No resources found in default namespace.

            """#,
        "deleteFromFile": #"""
            $ kubectl apply -f shop.yaml
            service/shop created
            configmap/shop-cfg created
            $ kubectl delete -f shop.yaml
            service "shop" deleted
            configmap "shop-cfg" deleted
            $ kubectl delete -f shop.yaml
            Error from server (NotFound): error when deleting "shop.yaml": services "shop" not found
            Error from server (NotFound): error when deleting "shop.yaml": configmaps "shop-cfg" not found
            $ kubectl delete -f shop.yaml --ignore-not-found
            $ kubectl delete -f shop.yaml svc
            error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well

            """#,
        "generators": #"""
            $ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
            deployment.apps/kubernetes-bootcamp created
            $ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
            error: failed to create deployment: deployments.apps "kubernetes-bootcamp" already exists
            $ kubectl create deployment Web_Bad --image=nginx
            error: failed to create deployment: Deployment.apps "Web_Bad" is invalid: metadata.name: Invalid value: "Web_Bad": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
            $ kubectl create deployment dotted --image=registry.k8s.io/my_app.v2:1.0
            deployment.apps/dotted created
            $ kubectl get deploy dotted -o jsonpath='{.spec.template.spec.containers[0].name}{"\n"}'
            my-app-v2-l44gl
            $ kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
            service/kubernetes-bootcamp exposed
            $ kubectl get svc kubernetes-bootcamp -o jsonpath='{.spec.type} {.spec.selector} {.spec.ports}{"\n"}'
            NodePort {"app":"kubernetes-bootcamp"} [{"nodePort":30399,"port":8080,"protocol":"TCP","targetPort":8080}]
            $ kubectl expose deployment kubernetes-bootcamp --port=8080
            Error from server (AlreadyExists): services "kubernetes-bootcamp" already exists
            $ kubectl expose deployment nope --port=80
            Error from server (NotFound): deployments.apps "nope" not found
            $ kubectl expose node minikube --port=80
            error: cannot expose a Node
            $ kubectl create service clusterip Bad_Svc --tcp=80:80
            error: failed to create ClusterIP service: Service "Bad_Svc" is invalid: metadata.name: Invalid value: "Bad_Svc": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')
            $ kubectl create service nodeport web --tcp=80:80
            service/web created
            $ kubectl create namespace staging
            namespace/staging created
            $ kubectl create ns staging
            Error from server (AlreadyExists): namespaces "staging" already exists
            $ kubectl create ns Bad_NS
            The Namespace "Bad_NS" is invalid: metadata.name: Invalid value: "Bad_NS": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
            $ kubectl create configmap app-cfg --from-literal=MODE=prod
            configmap/app-cfg created
            $ kubectl create configmap app-cfg --from-literal=MODE=prod
            error: failed to create configmap: configmaps "app-cfg" already exists
            $ kubectl create secret generic api-key --from-literal=key=abc123
            secret/api-key created
            $ kubectl get secret api-key -o jsonpath='{.type} {.data.key}{"\n"}'
            Opaque YWJjMTIz
            $ kubectl create serviceaccount ci -n staging
            serviceaccount/ci created
            $ kubectl create job hello --image=busybox -- echo hi
            job.batch/hello created
            $ kubectl create job again --from=cronjob/nightly
            Error from server (NotFound): cronjobs.batch "nightly" not found
            $ kubectl create cronjob nightly --image=busybox --schedule='0 3 * * *'
            error: kubetutor does not simulate CronJob objects yet; use --dry-run=client -o yaml to see the manifest kubectl would send
            $ kubectl autoscale deployment kubernetes-bootcamp --min=2 --max=6 --cpu-percent=60
            horizontalpodautoscaler.autoscaling/kubernetes-bootcamp autoscaled
            $ kubectl autoscale deployment kubernetes-bootcamp --max=6
            Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "kubernetes-bootcamp" already exists
            $ kubectl get hpa kubernetes-bootcamp -o jsonpath='{.spec}{"\n"}'
            {"maxReplicas":6,"metrics":[{"resource":{"name":"cpu","target":{"averageUtilization":60,"type":"Utilization"}},"type":"Resource"}],"minReplicas":2,"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"kubernetes-bootcamp"}}
            $ kubectl autoscale deployment dotted --max=3 -o name
            horizontalpodautoscaler.autoscaling/dotted
            $ kubectl autoscale svc web --max=3
            error: cannot autoscale a Service: could not find scale subresource for /v1, Resource=services in discovery information
            $ kubectl autoscale deployment dotted --max=0
            error: --max=MAXPODS is required and must be at least 1, max: 0

            """#,
        "manifestErrors": #"""
            $ kubectl apply
            error: must specify one of -f and -k
            $ kubectl apply -f web.yaml extra
            error: Unexpected args: [extra]
            See 'kubectl apply -h' for help and examples
            $ kubectl apply -f nope.yaml
            error: the path "nope.yaml" does not exist
            $ kubectl apply -f pod-typo.yaml
            Error from server (BadRequest): error when creating "pod-typo.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].portz"
            $ kubectl apply -f replicas-string.yaml
            Error from server (BadRequest): error when creating "replicas-string.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32
            $ kubectl apply -f broken.yaml
            error: error parsing broken.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key
            $ kubectl apply -f half-broken.yaml
            configmap/first created
            error: error parsing half-broken.yaml: error converting YAML to JSON: yaml: line 1: did not find expected node content
            $ kubectl apply -f badkind.yaml
            error: resource mapping not found for name: "bad" namespace: "" from "badkind.yaml": no matches for kind "Podd" in version "v1"
            ensure CRDs are installed first
            $ kubectl apply -f nover.yaml
            error: error validating "nover.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false
            $ kubectl apply -f nokind.yaml
            error: error validating "nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false
            $ kubectl apply -f nokind.yaml --validate=false
            error: unable to decode "nokind.yaml": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"}}'
            $ kubectl apply -f sts.yaml
            error: kubetutor does not simulate StatefulSet objects (apps/v1), so statefulset.apps/db from "sts.yaml" was not applied. The simulated kinds are Pods, Deployments, ReplicaSets, DaemonSets, Jobs, Services, ConfigMaps, Secrets, ServiceAccounts, Namespaces and HorizontalPodAutoscalers
            $ kubectl apply -f unsimulated-field.yaml
            Warning: kubetutor does not simulate the field "spec.topologySpreadConstraints" of Pod objects; it is ignored
            pod/spread created
            $ kubectl apply -f invalid.yaml
            The Deployment "multi-err" is invalid: 
            * spec.replicas: Invalid value: -1: must be greater than or equal to 0
            * spec.template.spec.containers[0].image: Required value
            $ kubectl apply -f web.yaml --prune
            error: kubetutor does not simulate --prune; delete objects you no longer want with kubectl delete
            $ kubectl apply -k overlays/dev
            error: kubetutor does not simulate kustomize (-k); apply the manifests with -f instead
            $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: a\n' | kubectl apply -n b -f -
            error: the namespace from the provided object "a" does not match the namespace "b". You must pass '--namespace=a' to perform this operation.
            $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: c-\n' | kubectl apply -f -
            error: from c-: cannot use generate name with apply
            $ kubectl apply -f web.yaml -o wide
            error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
            $ kubectl apply -f web.yaml --dry-run=maybe
            error: Invalid dry-run value (maybe). Must be "none", "server", or "client".

            """#,
        "patch": #"""
            $ kubectl create deployment web --image=nginx:1.27 --replicas=2 --port=80
            deployment.apps/web created
            $ kubectl patch deployment web -p '{"spec":{"replicas":3}}'
            deployment.apps/web patched
            $ kubectl patch deployment web -p '{"spec":{"replicas":3}}'
            deployment.apps/web patched (no change)
            $ kubectl patch deployment web --type=merge -p '{"metadata":{"labels":{"tier":"web"}}}'
            deployment.apps/web patched
            $ kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}'
            deployment.apps/web patched
            $ kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].ports}{"\n"}'
            nginx:1.28 [{"containerPort":80,"protocol":"TCP"}]
            $ kubectl patch deployment web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":1},{"op":"add","path":"/spec/template/spec/containers/0/args","value":["-g"]}]'
            deployment.apps/web patched
            $ kubectl patch deployment web --type json -p '[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"daemon off;"}]'
            deployment.apps/web patched
            $ kubectl get deploy web -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].args}{"\n"}'
            1 ["-g","daemon off;"]
            $ kubectl patch deployment web --type=json -p '[{"op":"test","path":"/spec/replicas","value":9}]'
            The request is invalid: the server rejected our request due to an error in our request
            $ kubectl patch deployment web --type=json -p '[{"op":"remove","path":"/spec/foo"}]'
            The request is invalid: the server rejected our request due to an error in our request
            $ kubectl patch deployment web -p '{"spec":{"foo":1}}'
            Warning: unknown field "spec.foo"
            deployment.apps/web patched (no change)
            $ kubectl patch deployment web -p 'spec: {replicas: 4}'
            deployment.apps/web patched
            $ kubectl patch deployment web -p '{"spec":{"replicas":"x"}}'
            The request is invalid: patch: Invalid value: "map[spec:map[replicas:x]]": json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32
            $ kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","$patch":"delete"}]}}}}'
            The Deployment "web" is invalid: spec.template.spec.containers: Required value
            $ kubectl patch deployment nope -p '{"spec":{"replicas":3}}'
            Error from server (NotFound): deployments.apps "nope" not found
            $ kubectl patch deployment web
            error: must specify --patch or --patch-file containing the contents of the patch
            $ kubectl patch deployment web -p '{}' --patch-file p.yaml
            error: cannot specify --patch and --patch-file together
            $ kubectl patch deployment web -p '{}' --type=foo
            error: --type must be one of [json merge strategic], not "foo"
            $ printf 'spec:\n  replicas: 2\n' > p.yaml
            $ kubectl patch deployment web --patch-file p.yaml -o jsonpath='{.spec.replicas}{"\n"}'
            2
            $ kubectl patch deployment web -p '{"spec":{"replicas":6}}' --dry-run=client
            deployment.apps/web patched (dry run)
            $ kubectl get deploy web -o jsonpath='{.spec.replicas}{"\n"}'
            2
            $ kubectl edit deploy/web
            error: kubetutor cannot open an editor here: this session keeps its files in memory, so there is no file to edit. Change the object with kubectl patch, kubectl set, kubectl scale or kubectl apply -f instead.
            $ kubectl edit svc kubernetes
            error: kubetutor cannot open an editor here: this session keeps its files in memory, so there is no file to edit. Change the object with kubectl patch, kubectl set, kubectl scale or kubectl apply -f instead.

            """#,
        "run": #"""
            $ kubectl run tmp --image=busybox:1.36 --restart=Never -- sleep 3600
            pod/tmp created
            $ kubectl run tmp --image=nginx
            Error from server (AlreadyExists): pods "tmp" already exists
            $ kubectl run Bad_Pod --image=nginx
            The Pod "Bad_Pod" is invalid: 
            * metadata.name: Invalid value: "Bad_Pod": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
            * spec.containers[0].name: Invalid value: "Bad_Pod": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
            $ kubectl run web --image=nginx --port=80 --expose
            service/web created
            pod/web created
            $ kubectl get svc web -o jsonpath='{.spec.selector} {.spec.ports}{"\n"}'
            {"run":"web"} [{"port":80,"protocol":"TCP","targetPort":80}]
            $ kubectl run -it --rm hello --image=busybox --restart=Never -- echo hi there
            hi there
            pod "hello" deleted
            $ kubectl run -i --rm fail --image=busybox --restart=Never -- sh -c 'echo bye; exit 3'
            bye
            pod "fail" deleted
            pod default/fail terminated (Error)
            $ echo status=$?
            status=3
            $ kubectl run -it --rm shell --image=busybox --restart=Never -- sh
            If you don't see a command prompt, try pressing enter.
            $ exit
            Session ended, resume using 'kubectl attach shell -c shell -i -t' command when the pod is running
            pod "shell" deleted
            $ kubectl run -i waiter --image=busybox --restart=Never -- sh -c 'sleep 5; echo done'
            done
            $ kubectl get pods -o name
            pod/tmp
            pod/waiter
            pod/web
            $ kubectl run my-pod --image=nginx:alpine -o name
            pod/my-pod
            $ kubectl run x
            error: required flag(s) "image" not set
            $ kubectl run --image=nginx
            error: NAME is required for run
            See 'kubectl run -h' for help and examples

            """#,
        "seedCommands": #"""
            $ kubectl create deployment hello-minikube --image=kicbase/echo-server:1.0
            deployment.apps/hello-minikube created
            $ kubectl expose deployment hello-minikube --type=NodePort --port=8080
            service/hello-minikube exposed
            $ kubectl create deployment hello-node --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- /agnhost netexec --http-port=8080
            deployment.apps/hello-node created
            $ kubectl expose deployment hello-node --type=LoadBalancer --port=8080
            service/hello-node exposed
            $ kubectl run some-pod --image=python --command sleep 20 --restart=Never --dry-run=client -o yaml > statuc-pod.yaml
            $ kubectl apply -f statuc-pod.yaml
            pod/some-pod created
            $ kubectl apply -f statuc-pod.yaml
            pod/some-pod configured
            $ kubectl apply view-last-applied pod/some-pod
            apiVersion: v1
            kind: Pod
            metadata:
              annotations: {}
              creationTimestamp: null
              labels:
                run: some-pod
              name: some-pod
              namespace: default
            spec:
              containers:
              - command:
                - sleep
                - "20"
                image: python
                name: some-pod
                resources: {}
              dnsPolicy: ClusterFirst
              restartPolicy: Never
            status: {}
            $ kubectl apply view-last-applied pod some-pod -o json
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": {
                "annotations": {},
                "creationTimestamp": null,
                "labels": {
                  "run": "some-pod"
                },
                "name": "some-pod",
                "namespace": "default"
              },
              "spec": {
                "containers": [
                  {
                    "command": [
                      "sleep",
                      "20"
                    ],
                    "image": "python",
                    "name": "some-pod",
                    "resources": {}
                  }
                ],
                "dnsPolicy": "ClusterFirst",
                "restartPolicy": "Never"
              },
              "status": {}
            }
            $ kubectl apply view-last-applied svc/kubernetes
            error: no last-applied-configuration annotation found on resource: kubernetes
            $ kubectl run my-pod --image=nginx:alpine
            pod/my-pod created
            $ kubectl create -f web.yaml
            deployment.apps/web created
            $ kubectl delete deployments/hello-minikube services/hello-minikube
            deployment.apps "hello-minikube" deleted
            service "hello-minikube" deleted
            $ kubectl delete service hello-node
            service "hello-node" deleted
            $ kubectl delete deployment hello-node
            deployment.apps "hello-node" deleted
            $ kubectl delete -f web.yaml
            deployment.apps "web" deleted

            """#,
    ]
}
