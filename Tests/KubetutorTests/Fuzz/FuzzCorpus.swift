import Foundation
import KubeCluster

/// The inputs the fuzzers start from: commands from the learner notes (seeds) and the tutorials, shell
/// constructs, manifests, template expressions and selectors, plus dictionaries of tokens to splice in.
enum FuzzCorpus {
    /// Command lines as learners type them (the seeds' commands and the shell idioms around them).
    static let commands = [
        "kubectl get pods", "kubectl get pods -A", "kubectl get pods --all-namespaces", "kubectl get pods -o wide",
        "kubectl get pods -n kube-system", "kubectl get pod,svc -n kube-system", "kubectl get nodes -o wide",
        "kubectl get deployments", "kubectl get rs", "kubectl get events", "kubectl get events --sort-by='.lastTimestamp'",
        "kubectl describe deployments/web", "kubectl describe pod web", "kubectl describe services/web",
        "kubectl -n kube-system get deployment coredns -o yaml", "kubectl get deploy web -o json",
        "kubectl create deployment hello-minikube --image=kicbase/echo-server:1.0",
        "kubectl expose deployment hello-minikube --type=NodePort --port=8080",
        "kubectl expose deployment/web --type=\"NodePort\" --port 8080", "kubectl scale deployments/web --replicas=4",
        "kubectl set image deployments/web web=nginx:1.28", "kubectl rollout undo deployments/web",
        "kubectl rollout status deployment/web", "kubectl rollout history deployment/web",
        "kubectl delete deployments/web services/web", "kubectl delete pod web", "kubectl logs deploy/web",
        "kubectl logs web --previous", "kubectl top pods", "kubectl api-resources", "kubectl config view",
        "kubectl config get-contexts", "kubectl config use-context minikube",
        "kubectl run my-pod --image=nginx:alpine", "kubectl run some-pod --image=python --command sleep 20 --restart=Never --dry-run=client -o yaml",
        "kubectl autoscale deployment web --cpu-percent=80 --min=2 --max=10", "kubectl apply -f deploy.yaml",
        "kubectl delete -f deploy.yaml", "kubectl explain deployment.spec", "kubectl get pods -l app=web",
        "kubectl get pods --field-selector status.phase=Running", "kubectl get pods -o jsonpath='{.items[*].metadata.name}'",
        "kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}'",
        "kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName", "kubectl get pods -w --request-timeout=1s",
        "kubectl exec deploy/web -- env", "kubectl port-forward service/web 7080:80", "kubectl version --client",
        "kubectl --help", "kubectl get --help", "k get po", "minikube addons list", "minikube service web --url",
        "kind get clusters", "curl http://web", "sleep 30", "export NAME=web; kubectl get deploy $NAME",
        "kubectl get pods | grep web | awk '{print $1}'", "POD=$(kubectl get pods -o name | head -1); echo $POD",
        "for p in $(kubectl get pods -o name); do echo $p; done", "cat notes.txt | sort | uniq -c",
        "kubectl get deploy web -o yaml > out.yaml && cat out.yaml | head -5", "echo \"a 'b' c\" | wc -c",
        "cat <<EOF | kubectl apply -f -\n\(deploymentManifest)\nEOF", "help", "help kubectl",
        "kubectl get deploy web -o yaml > web.yaml; kubectl delete -f web.yaml; kubectl apply -f web.yaml",
        "kubectl label pods --all tier=front --overwrite", "kubectl annotate deploy web note='hi there'",
        "kubectl patch deploy web -p '{\"spec\":{\"replicas\":3}}'", "kubectl wait --for=condition=Available deploy/web --timeout=30s",
        "kubectl cordon minikube", "kubectl drain minikube --ignore-daemonsets", "kubectl uncordon minikube",
        "kubectl create namespace dev", "kubectl create configmap cfg --from-literal=a=b", "kubectl create secret generic s --from-literal=p=x",
        "kubectl create job j --image=busybox -- echo hi", "kubectl create cronjob c --image=busybox --schedule='*/5 * * * *' -- date",
        "kubectl get all", "kubectl get pods --sort-by=.status.startTime", "kubectl get events -w",
    ]

    /// The sandbox's own commands (time, faults, save/load, pictures, challenges).
    static let sandboxCommands = [
        "speed 10", "pause", "resume", "ff 30s", "ff 5m", "ff 1h", "sleep 5", "reset", "save s.yaml", "load s.yaml",
        "save dir/s.yaml", "load web --cpu 500m", "load web off", "break image web", "break node minikube", "fix all",
        "faults", "draw", "draw deploy web", "why pod web", "why svc web", "challenges", "challenge 01-service-selector",
        "check", "hint", "challenge stop", "fix node minikube", "break crash web", "break probe web",
    ]

    /// Text-tool invocations (each reads the piped lines).
    static let textTools = [
        "grep -E '^(he|wo)l+o?$'", "grep -v -i 'x[a-z]*'", "grep -c -w hello", "grep -o '[[:alpha:]]\\{2,\\}'",
        "grep -F -e a -e b", "grep -n '\\(a\\)\\1'", "awk '{print $1, NF}'", "awk -F: '{ s += length($0) } END { print s }'",
        "awk 'NR%2==0 {printf \"%-10s|%5.2f\\n\", $1, NR/3}'", "awk '{a[$1]++} END {for (k in a) print k, a[k]}'",
        "awk 'BEGIN{x=substr(\"hello\", 2, 3); print toupper(x), index(x, \"l\")}'", "awk '/wor/,/zz/ {print}'",
        "sort -r -n -k2,2", "sort -u -t: -k1", "cut -d' ' -f1-3", "cut -c2-", "tr 'a-z' 'A-Z'", "tr -d '\\n'",
        "tr -s ' '", "head -n 1", "tail -n +2", "tail -c 3", "uniq -c", "wc -l -w -c", "base64", "base64 -d",
        "printf '%s|%5d|%-8.3f|%x|%o|%c|%%\\n' a 42 3.14159 255 8 z",
    ]

    /// Tokens spliced into text-tool invocations.
    static let textToolTokens = [
        "(", ")", "[", "]", "{", "}", "*", "+", "?", "^", "$", "\\", "|", ".", "[[:", ":]]", "\\{99999\\}", "{0,}",
        "-E", "-P", "-v", "-k", "-t", "-f", "-d", "-c", "-n", "-9999999999999", "99999999999999999999", "%", "%*d",
        "%.*f", "%999s", "%-", "%lld", "NF", "$NF", "$(NF+1)", "$-1", "NR", "getline", "while(1)", "for(;;)", "printf",
        "substr", "split", "gsub", "length", "1/0", "1e308*10", "a[", "]", "\"", "'", ";", "{print}", "END", "BEGIN",
    ]

    /// Flags, values and words spliced into mutated command lines.
    static let commandTokens = [
        "-n", "kube-system", "-A", "-o", "yaml", "json", "wide", "name", "jsonpath={.spec}", "-l", "app=web", "app!=x",
        "--selector", "--field-selector", "metadata.name=web", "-w", "--watch", "--replicas=0", "--replicas=-1",
        "--replicas=3", "--image=", "--port", "99999", "0", "-1", "2147483648", "9223372036854775808", "1e3", "--",
        "--all", "--force", "--grace-period=0", "--dry-run=client", "--dry-run=server", "--timeout=1s", "deploy/web",
        "pod/web", "svc/web", "nodes", "minikube", "''", "\"\"", "$(echo hi)", "`date`", "$NAME", "${NAME:-x}", "|", "||",
        "&&", ";", ">", ">>", "2>&1", "<", "<<EOF", "*", "--help", "-h", "--v=9", "--context", "--kubeconfig=/etc/x",
        "--namespace=", "-f", "-", "--sort-by=.metadata.name", "--show-labels", "-L", "app", "--no-headers", "--previous",
        "-c", "web", "--tail=-5", "--since=1h", "--cpu-percent=0", "--min=10", "--max=1", "--type=LoadBalancer",
        "--target-port=abc", "--record", "--to-revision=99", "rollout", "status", "history", "undo", "pause", "resume",
        "../x", "/etc/passwd", "/tmp/x", "~/x", "s.yaml", "-p", "{}", "[]", "null", "99999999s", "1e308", "nan", "inf", "-0",
        "\u{1B}[31m", "--overwrite", "--cascade=orphan", "--wait=false", "-it", "--rm", "--restart=Never", "--schedule=",
    ]

    /// A Deployment manifest (the tutorials' shape).
    static let deploymentManifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: fuzz-app
          labels:
            app: fuzz-app
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: fuzz-app
          template:
            metadata:
              labels:
                app: fuzz-app
            spec:
              containers:
              - name: app
                image: nginx:1.27
                ports:
                - containerPort: 80
                resources:
                  requests:
                    cpu: 100m
                    memory: 64Mi
        """

    /// Manifests to mutate: YAML and JSON, single and multi-document, with anchors.
    static let documents = [
        deploymentManifest,
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: fuzz-svc
        spec:
          selector:
            app: fuzz-app
          ports:
          - port: 80
            targetPort: 8080
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fuzz-config
        data:
          key: "value with: colon"
          multi: |
            line one
            line two
        """,
        """
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "fuzz-pod", "labels": {"a": "b"}},
         "spec": {"containers": [{"name": "c", "image": "busybox:1.36", "command": ["sh", "-c", "echo hi; sleep 3600"]}]}}
        """,
        """
        base: &base
          image: nginx
          ports: [80, 443]
        apiVersion: v1
        kind: Pod
        metadata: {name: anchored}
        spec:
          containers:
          - <<: *base
            name: one
          - name: two
            image: *base
        """,
    ]

    /// Tokens spliced into mutated documents.
    static let documentTokens = [
        ":", "- ", "---", "...", "&a", "*a", "<<: *a", "!!str", "!!int", "!!binary", "? ", "|", ">-", "{", "}", "[", "]",
        "\"", "'", "#", "\n  ", "\n- ", "null", "~", "true", "0x1F", "1e400", "-.inf", ".nan", "9223372036854775808",
        "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "\t", "\\u0000", "\u{0}", "apiVersion: v1", "kind: Pod", "metadata:",
    ]

    /// JSONPath, go-template and custom-columns expressions to mutate.
    static let jsonPaths = [
        "{.metadata.name}", "{.items[*].metadata.name}", "{range .items[*]}{.metadata.name}{\"\\n\"}{end}",
        "{.items[?(@.status.phase==\"Running\")].metadata.name}", "{.items[0:2].spec.containers[*].image}",
        "{.items[-1:]}", "{..name}", "{$.kind}", "{.metadata.labels['app\\.kubernetes\\.io/name']}", "{@}",
    ]
    static let goTemplates = [
        "{{.metadata.name}}", "{{range .items}}{{.metadata.name}} {{end}}",
        "{{range $i, $p := .items}}{{$i}}={{$p.metadata.name}}{{\"\\n\"}}{{end}}",
        "{{if eq .kind \"List\"}}list{{else}}{{.kind}}{{end}}", "{{len .items}} {{index .items 0}}",
        "{{with .spec}}{{.replicas}}{{end}}", "{{printf \"%s-%d\" .kind 3}}", "{{/* comment */}}{{- .kind -}}",
        "{{define \"x\"}}{{.}}{{end}}{{template \"x\" .kind}}",
    ]
    static let customColumns = [
        "NAME:.metadata.name,NODE:.spec.nodeName", "IMAGES:.spec.containers[*].image", "A:.a,B:.b[0].c,C:{.d}",
        "NAME:.metadata.name,LABELS:.metadata.labels",
    ]
    static let expressionTokens = [
        "{", "}", "{{", "}}", "[", "]", "(", ")", "*", "..", ".", "@", "$", "?", "==", "!=", "<", ">", "\"", "'", ",",
        ":", "-1", "0", "99999999999999999999", "range", "end", "if", "else", "with", "index", "len", "printf", "and",
        "or", "not", "|", "-", "\\", "\\n", "%", "%v", "%*d", "define", "template", "block", "nil", "$x", ":=", "=",
    ]

    /// Label and field selectors to mutate.
    static let labelSelectors = ["app=web", "app!=web", "app in (web,db)", "app notin (x)", "app", "!app", "a=b,c!=d",
                                 "tier==front", "version>1", "k8s.io/name=x"]
    static let fieldSelectors = ["metadata.name=web", "status.phase!=Running", "spec.nodeName=minikube,metadata.namespace=default",
                                 "metadata.name==x"]
    static let selectorTokens = ["=", "==", "!=", "in", "notin", "(", ")", ",", "!", ">", "<", " ", "a", "-", ".", "/", "_",
                                 String(repeating: "a", count: 70), "\\", "\"", "*"]

    /// Commands from captured kubectl runs and from the learners' notes (empty when those files are absent).
    static func recordedCommands() -> [String] {
        var commands: [String] = []
        if let captures = try? String(contentsOfFile: "/work/shared/reference/kubectl-captures.jsonl", encoding: .utf8) {
            for line in captures.split(separator: "\n") {
                guard let value = try? JSONValue.parseJSON(String(line)), let command = value["cmd"]?.stringValue else { continue }
                commands.append("kubectl " + command)
            }
        }
        let seeds = URL(fileURLWithPath: "/work/shared/seeds")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: seeds.path))?.sorted() ?? [] {
            guard let text = try? String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8) else { continue }
            for raw in text.split(separator: "\n") {
                var line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("$ ") { line.removeFirst(2) }
                if ["kubectl ", "minikube ", "kind ", "k ", "curl "].contains(where: { line.hasPrefix($0) }) { commands.append(line) }
            }
        }
        return commands
    }

    /// Manifests of the kinds learners write, for tree mutation.
    static let objectManifests: [String] = [
        deploymentManifest,
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: fz-pod, labels: {app: fz}}
        spec:
          restartPolicy: Always
          terminationGracePeriodSeconds: 5
          containers:
          - name: app
            image: busybox:1.36
            command: ["sh", "-c", "echo hi; sleep 5; exit 3"]
            ports: [{containerPort: 8080, name: http, protocol: TCP}]
            env: [{name: A, value: "1"}, {name: B, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]
            resources: {requests: {cpu: 50m, memory: 32Mi}, limits: {cpu: "1", memory: 64Mi}}
            readinessProbe: {httpGet: {path: /, port: 8080}, periodSeconds: 5, failureThreshold: 3, initialDelaySeconds: 2}
            livenessProbe: {tcpSocket: {port: http}, periodSeconds: 10}
          - name: side
            image: nginx:1.27
        """,
        """
        apiVersion: v1
        kind: Service
        metadata: {name: fz-svc}
        spec:
          type: NodePort
          selector: {app: fz}
          ports: [{port: 80, targetPort: 8080, nodePort: 30080, protocol: TCP, name: web}]
        """,
        """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: fuzz-app}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: fuzz-app}
          minReplicas: 1
          maxReplicas: 5
          metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}]
          behavior: {scaleDown: {stabilizationWindowSeconds: 30, policies: [{type: Percent, value: 50, periodSeconds: 15}]}}
        """,
        """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: fz-job}
        spec:
          completions: 3
          parallelism: 2
          backoffLimit: 2
          activeDeadlineSeconds: 100
          ttlSecondsAfterFinished: 10
          template:
            spec:
              restartPolicy: Never
              containers: [{name: c, image: busybox, command: ["sh", "-c", "sleep 2"]}]
        """,
        """
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: fz-cron}
        spec:
          schedule: "*/1 * * * *"
          successfulJobsHistoryLimit: 2
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: c, image: busybox, command: [date]}]
        """,
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: fz-ds}
        spec:
          selector: {matchLabels: {app: fz-ds}}
          updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}
          template:
            metadata: {labels: {app: fz-ds}}
            spec:
              tolerations: [{operator: Exists}]
              containers: [{name: c, image: nginx}]
        """,
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: fz-roll, annotations: {note: x}}
        spec:
          replicas: 3
          revisionHistoryLimit: 2
          minReadySeconds: 5
          progressDeadlineSeconds: 60
          strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 1}}
          selector: {matchExpressions: [{key: app, operator: In, values: [fz-roll]}]}
          template:
            metadata: {labels: {app: fz-roll}}
            spec:
              nodeSelector: {kubernetes.io/os: linux}
              affinity: {podAntiAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 1, podAffinityTerm: {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: fz-roll}}}}]}}
              containers: [{name: c, image: "nginx:1.27", resources: {requests: {cpu: 2, memory: 1Gi}}}]
        """,
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: fz-cm, namespace: default}
        data: {a: "1", b: "two"}
        binaryData: {c: aGVsbG8=}
        """,
        """
        apiVersion: v1
        kind: Namespace
        metadata: {name: fz-ns, labels: {team: a}}
        """,
        """
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: fz-quota}
        spec: {hard: {pods: "3", requests.cpu: "1"}}
        """,
        """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: fz-ing}
        spec:
          rules: [{host: a.example, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: fz-svc, port: {number: 80}}}}]}}]
        """,
    ]
}
