import Foundation
import KubeCluster
import XCTest
@testable import KubeCtl

/// Every client-side generator form, byte for byte against the real kubectl 1.32 (stdout, stderr, exit status).
/// Skipped when the binary is not installed.
final class GeneratorOracleTests: XCTestCase {
    static let files: [String: String] = [
        "conf/app.properties": "a=1\nb=two\n",
        "conf/log.properties": "level=debug\n",
        "conf/app.env": "# settings\nMODE=prod\n  LEVEL=debug\nEMPTY=\nUNSET\n",
        "conf/bad.env": "export X=1\n",
        "deploy.yaml": """
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
                    image: nginx:1.27
                    ports:
                    - containerPort: 8080

            """,
        "pod.yaml": """
            apiVersion: v1
            kind: Pod
            metadata:
              name: tools
              labels:
                run: tools
                tier: debug
            spec:
              containers:
              - name: web
                image: nginx
                ports:
                - containerPort: 80
                - containerPort: 53
                  protocol: UDP

            """,
        "bare-pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: bare\nspec:\n  containers:\n  - name: c\n    image: nginx\n",
        "noport.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: worker
            spec:
              selector:
                matchLabels:
                  app: worker
              template:
                metadata:
                  labels:
                    app: worker
                spec:
                  containers:
                  - name: worker
                    image: busybox

            """,
    ]

    static let cases: [[String]] = [
        ["create", "deployment", "web", "--image=nginx", "--dry-run=client", "-o", "yaml"],
        ["create", "deployment", "web", "--image=nginx:1.27", "--replicas=3", "--port=8080", "--dry-run=client", "-o", "json"],
        ["create", "deployment", "web", "--image=nginx", "--image=redis:7", "--dry-run=client", "-o", "yaml"],
        ["create", "deploy", "web", "--image=busybox", "--dry-run=client", "-o", "yaml", "--", "sleep", "3600"],
        ["create", "deployment", "web", "--image=nginx", "-n", "shop", "--dry-run=client", "-o", "yaml"],
        ["create", "deployment", "web", "--image=nginx", "--dry-run=client", "-o", "name"],
        ["create", "deployment", "web", "--image=nginx", "--dry-run=client"],
        ["create", "deployment", "web", "--image=nginx", "--save-config", "--dry-run=client", "-o", "yaml"],
        ["create", "deployment", "web", "--image=nginx", "--image=redis", "--dry-run=client", "--", "date"],
        ["create", "deployment", "a", "b", "--image=nginx", "--dry-run=client"],
        ["create", "deployment", "web", "--image=nginx", "--dry-run=bogus"],
        ["create", "deployment", "web", "--image=nginx", "--dry-run=client", "-o", "wide"],
        ["create", "service", "clusterip", "web", "--tcp=80:8080", "--tcp=443", "--dry-run=client", "-o", "yaml"],
        ["create", "service", "clusterip", "web", "--clusterip=None", "--dry-run=client", "-o", "json"],
        ["create", "service", "nodeport", "web", "--tcp=80:8080", "--node-port=30080", "--dry-run=client", "-o", "yaml"],
        ["create", "service", "loadbalancer", "web", "--tcp=80", "--dry-run=client", "-o", "yaml"],
        ["create", "service", "externalname", "db", "--external-name=db.example.com", "--dry-run=client", "-o", "yaml"],
        ["create", "service", "nodeport", "web", "--tcp=8080:8080", "--dry-run=client"],
        ["create", "service", "clusterip", "web", "--dry-run=client"],
        ["create", "service", "externalname", "db", "--external-name=Bad_Name", "--dry-run=client"],
        ["create", "service", "clusterip", "web", "--tcp=abc", "--dry-run=client"],
        ["create", "service", "clusterip", "web", "--tcp=80:Bad_Name", "--dry-run=client"],
        ["create", "service", "clusterip", "web", "--tcp=80:99999", "--dry-run=client"],
        ["create", "namespace", "shop", "--dry-run=client", "-o", "yaml"],
        ["create", "ns", "shop", "--dry-run=client", "-o", "json"],
        ["create", "namespace", "shop", "--save-config", "--dry-run=client", "-o", "yaml"],
        ["create", "serviceaccount", "ci", "--dry-run=client", "-o", "yaml"],
        ["create", "sa", "ci", "-n", "shop", "--dry-run=client", "-o", "json"],
        ["create", "configmap", "app", "--from-literal=MODE=prod", "--from-literal=LEVEL=debug", "--dry-run=client", "-o", "yaml"],
        ["create", "configmap", "app", "--from-file=conf/app.properties", "--from-file=main=conf/log.properties",
         "--dry-run=client", "-o", "json"],
        ["create", "configmap", "app", "--from-file=conf", "--dry-run=client", "-o", "yaml"],
        ["create", "configmap", "app", "--from-env-file=conf/app.env", "--dry-run=client", "-o", "yaml"],
        ["create", "configmap", "app", "--from-literal=a", "--dry-run=client"],
        ["create", "configmap", "app", "--from-literal=a=1", "--from-literal=a=2", "--dry-run=client"],
        ["create", "configmap", "app", "--from-file=missing", "--dry-run=client"],
        ["create", "configmap", "app", "--from-env-file=conf/bad.env", "--dry-run=client"],
        ["create", "configmap", "app", "--from-env-file=conf/app.env", "--from-literal=a=b", "--dry-run=client"],
        ["create", "configmap", "app", "--from-file=k=conf", "--dry-run=client"],
        ["create", "secret", "generic", "api", "--from-literal=key=abc123", "--dry-run=client", "-o", "yaml"],
        ["create", "secret", "generic", "api", "--from-literal=user=admin", "--from-file=conf/app.properties",
         "--type=kubernetes.io/basic-auth", "--dry-run=client", "-o", "json"],
        ["create", "secret", "generic", "api", "--from-literal=b@d=c", "--dry-run=client"],
        ["create", "secret", "generic", "api", "--from-literal=a=b", "--from-literal=a=c", "--dry-run=client"],
        ["create", "job", "hello", "--image=busybox", "--dry-run=client", "-o", "yaml", "--", "echo", "hi"],
        ["create", "job", "hello", "--image=busybox", "-n", "batch", "--dry-run=client", "-o", "json"],
        ["create", "job", "hello", "--dry-run=client"],
        ["create", "cronjob", "report", "--image=busybox", "--schedule=*/5 * * * *", "--dry-run=client", "-o", "yaml", "--", "date"],
        ["create", "cronjob", "report", "--image=busybox", "--schedule=0 * * * *", "--restart=Never", "--dry-run=client", "-o", "json"],
        ["run", "web", "--image=nginx", "--dry-run=client", "-o", "yaml"],
        ["run", "web", "--image=nginx", "--port=80", "--env=A=1", "--env=B=2", "--labels=app=x,tier=y", "--restart=Never",
         "--dry-run=client", "-o", "json"],
        ["run", "web", "--image=busybox", "--command", "--dry-run=client", "-o", "yaml", "--", "sh", "-c", "echo hi"],
        ["run", "web", "--image=busybox", "--restart=OnFailure", "--dry-run=client", "-o", "yaml", "--", "sleep", "1"],
        ["run", "web", "--image=nginx", "--expose", "--port=80", "--dry-run=client", "-o", "yaml"],
        ["run", "web", "--image=nginx", "--expose", "--port=80", "--dry-run=client"],
        ["run", "web", "--image=nginx", "--annotations=a=b", "--privileged", "--image-pull-policy=Always", "--dry-run=client", "-o", "yaml"],
        ["run", "web", "--image=nginx", "-n", "shop", "--dry-run=client", "-o", "yaml"],
        ["run", "web", "--image=nginx", "--dry-run=client", "-o", "name"],
        ["run", "web", "--image=nginx", "--overrides={\"spec\":{\"hostname\":\"h\"}}", "--dry-run=client", "-o", "yaml"],
        ["run", "web", "--image=Nginx", "--dry-run=client"],
        ["run", "web", "--image=nginx", "--restart=Foo", "--dry-run=client"],
        ["run", "web", "--image=nginx", "--rm", "--dry-run=client"],
        ["run", "web", "--image=nginx", "--expose", "--dry-run=client"],
        ["run", "web", "--image=nginx", "--env=1A=b", "--dry-run=client"],
        ["run", "web", "--image=nginx", "--labels=a", "--dry-run=client"],
        ["run", "web", "--image=nginx", "--port=abc", "--dry-run=client"],
        ["run", "web", "--image=nginx", "--stdin", "--dry-run=client"],
        ["run", "some-pod", "--image=python", "--command", "sleep", "20", "--restart=Never", "--dry-run=client", "-o", "yaml"],
        ["run", "web", "--image=nginx", "--env=FOO", "--dry-run=client"],
        ["expose", "-f", "deploy.yaml", "--dry-run=client", "-o", "yaml"],
        ["expose", "-f", "deploy.yaml", "--port=80", "--target-port=http", "--type=NodePort", "--name=web-np",
         "--dry-run=client", "-o", "json"],
        ["expose", "-f", "pod.yaml", "--dry-run=client", "-o", "yaml"],
        ["expose", "-f", "pod.yaml", "--port=80", "--protocol=UDP", "--selector=tier=debug", "--labels=a=b", "--dry-run=client", "-o", "yaml"],
        ["expose", "-f", "deploy.yaml", "--dry-run=client"],
        ["expose", "-f", "noport.yaml", "--dry-run=client"],
        ["autoscale", "-f", "deploy.yaml", "--max=5", "--dry-run=client", "-o", "yaml"],
        ["autoscale", "-f", "deploy.yaml", "--min=2", "--max=5", "--cpu-percent=50", "--name=hp", "--dry-run=client", "-o", "json"],
        ["autoscale", "-f", "deploy.yaml", "--max=5", "--dry-run=client"],
        ["autoscale", "-f", "deploy.yaml", "--min=6", "--max=5", "--dry-run=client"],
        ["autoscale", "-f", "bare-pod.yaml", "--max=3", "--dry-run=client"],
        ["create", "-f", "deploy.yaml", "--validate=false", "--dry-run=client"],
        ["create", "-f", "deploy.yaml", "--validate=false", "--dry-run=client", "-o", "name"],
        ["delete", "-f", "deploy.yaml", "--dry-run=client"],
        ["delete", "pod", "web", "--dry-run=client"],
        ["create", "-f", "nope.yaml"],
        ["patch", "--local", "-f", "deploy.yaml", "-p", #"{"spec":{"replicas":5}}"#],
        ["patch", "--local", "-f", "deploy.yaml", "-p", #"{"spec":{"replicas":5}}"#, "-o", "yaml"],
        ["patch", "--local", "-f", "deploy.yaml", "--type=merge", "-p", "metadata: {labels: {tier: web}}", "-o", "json"],
        ["patch", "--local", "-f", "deploy.yaml", "--type=json", "-p", #"[{"op":"remove","path":"/spec/foo"}]"#],
        ["patch", "--local", "-f", "deploy.yaml", "--type=json",
         "-p", #"[{"op":"add","path":"/spec/template/spec/containers/0/args","value":["-x"]}]"#, "-o", "yaml"],
        ["patch", "--local", "-f", "deploy.yaml",
         "-p", #"{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}}}"#, "-o", "yaml"],
        ["apply"],
        ["apply", "-f", "deploy.yaml", "extra"],
    ]

    func testGeneratorsMatchRealKubectl() throws {
        let oracle = try GeneratorOracle()
        for (path, contents) in Self.files { try oracle.write(path, contents) }
        for args in Self.cases {
            let expected = try oracle.run(args)
            let shell = ManifestTestShell(files: DirectorySessionFiles(root: oracle.folder))
            let ours = shell.run(ManifestTestShell.line(args))
            let actual = GeneratorOracle.Output(stdout: ours.out, stderr: ours.err, status: ours.status)
            XCTAssertEqual(actual, expected, "kubectl \(args.joined(separator: " "))")
        }
    }
}
