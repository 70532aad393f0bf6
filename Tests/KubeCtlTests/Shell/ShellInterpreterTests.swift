import XCTest
@testable import KubeCtl

/// Tutorial lines run against a recording host: what reaches the host, and what the learner sees.
final class ShellInterpreterTests: XCTestCase {
    private typealias Call = RecordingHost.Call

    private static let podsTable = """
        NAME                                   READY   STATUS    RESTARTS   AGE
        kubernetes-bootcamp-5485cc6795-abcde   1/1     Running   0          5m
        redis-0                                0/1     Pending   0          10s
        web-1                                  1/1     Running   0          1d

        """

    func testTutorialLines() {
        let nodePortTemplate = "{{(index .spec.ports 0).nodePort}}"
        let namesTemplate = "{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}"
        let answers: [String: (stdout: String, stderr: String, status: Int32)] = [
            "kubectl get services/kubernetes-bootcamp -o go-template=\(nodePortTemplate)": ("30080", "", 0),
            "minikube ip": ("192.168.49.2\n", "", 0),
            "kubectl get pods -o go-template --template \(namesTemplate)": ("bootcamp-1\nbootcamp-2\n", "", 0),
            "kubectl get pods -l app=x": (Self.podsTable, "", 0),
            "kubectl get pods -o yaml": ("kind: Pod\n", "", 0),
            "kubectl get nope": ("", "error: the server doesn't have a resource type \"nope\"\n", 1),
            "kubectl version --client": ("Client Version: v1.32.5\n", "warn\n", 0),
        ]
        let cases: [(lines: [String], stdout: String, stderr: String, status: Int32, calls: [Call])] = [
            (["export NODE_PORT=\"$(kubectl get services/kubernetes-bootcamp -o go-template='\(nodePortTemplate)')\"",
              "echo \"NODE_PORT=$NODE_PORT\"", "curl http://\"$(minikube ip):$NODE_PORT\""],
             "NODE_PORT=30080\n", "", 0,
             [Call(argv: ["kubectl", "get", "services/kubernetes-bootcamp", "-o", "go-template=\(nodePortTemplate)"]),
              Call(argv: ["minikube", "ip"]), Call(argv: ["curl", "http://192.168.49.2:30080"])]),
            (["export POD_NAME=\"$(kubectl get pods -o go-template --template '\(namesTemplate)')\"",
              "echo Name of the Pod: $POD_NAME", "kubectl exec -ti $POD_NAME -- curl http://localhost:8080"],
             "Name of the Pod: bootcamp-1 bootcamp-2\n", "", 0,
             [Call(argv: ["kubectl", "get", "pods", "-o", "go-template", "--template", namesTemplate]),
              Call(argv: ["kubectl", "exec", "-ti", "bootcamp-1", "bootcamp-2", "--", "curl", "http://localhost:8080"])]),
            (["export POD_NAME=$(kubectl get pods -o go-template --template '\(namesTemplate)')", "echo \"[$POD_NAME]\""],
             "[bootcamp-1\nbootcamp-2]\n", "", 0,
             [Call(argv: ["kubectl", "get", "pods", "-o", "go-template", "--template", namesTemplate])]),
            (["kubectl get pods -l app=x | grep Running | wc -l"], "2\n", "", 0,
             [Call(argv: ["kubectl", "get", "pods", "-l", "app=x"])]),
            (["kubectl get pods -l app=x | awk 'NR>1 {print $1}' | head -1"], "kubernetes-bootcamp-5485cc6795-abcde\n", "", 0,
             [Call(argv: ["kubectl", "get", "pods", "-l", "app=x"])]),
            (["N=demo; cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: $N\nEOF"], "", "", 0,
             [Call(argv: ["kubectl", "apply", "-f", "-"], stdin: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n")]),
            (["kubectl apply -f - <<'YAML'\nname: $N\nYAML"], "", "", 0,
             [Call(argv: ["kubectl", "apply", "-f", "-"], stdin: "name: $N\n")]),
            (["kubectl get pods -o yaml > pod.yaml ; kubectl apply -f pod.yaml && echo done", "cat pod.yaml"],
             "done\nkind: Pod\n", "", 0,
             [Call(argv: ["kubectl", "get", "pods", "-o", "yaml"]), Call(argv: ["kubectl", "apply", "-f", "pod.yaml"])]),
            (["kubectl get nope && echo yes || echo no", "echo $?"],
             "no\n0\n", "error: the server doesn't have a resource type \"nope\"\n", 0,
             [Call(argv: ["kubectl", "get", "nope"])]),
            (["kubectl get nope; echo $?"], "1\n", "error: the server doesn't have a resource type \"nope\"\n", 0,
             [Call(argv: ["kubectl", "get", "nope"])]),
            (["kubectl get nope 2>/dev/null || echo failed"], "failed\n", "", 0, [Call(argv: ["kubectl", "get", "nope"])]),
            (["kubectl get nope 2>&1 | grep -c error"], "1\n", "", 0, [Call(argv: ["kubectl", "get", "nope"])]),
            (["kubectl get nope |& wc -l"], "1\n", "", 0, [Call(argv: ["kubectl", "get", "nope"])]),
            (["V=$(kubectl version --client)", "echo \"$V\""], "Client Version: v1.32.5\n", "warn\n", 0,
             [Call(argv: ["kubectl", "version", "--client"])]),
            (["echo hi | kubectl apply -f -"], "", "", 0, [Call(argv: ["kubectl", "apply", "-f", "-"], stdin: "hi\n")]),
            (["kubectl create deployment web \\\n  --image=nginx \\\n  --replicas=2"], "", "", 0,
             [Call(argv: ["kubectl", "create", "deployment", "web", "--image=nginx", "--replicas=2"])]),
            (["kubectl -n kube-system patch deployment metrics-server --type='json' -p='[{\"op\": \"add\", \"path\": \"/spec/template/spec/containers/0/args/-\", \"value\": \"--kubelet-insecure-tls\"}]'"],
             "", "", 0,
             [Call(argv: ["kubectl", "-n", "kube-system", "patch", "deployment", "metrics-server", "--type=json",
                          "-p=[{\"op\": \"add\", \"path\": \"/spec/template/spec/containers/0/args/-\", \"value\": \"--kubelet-insecure-tls\"}]"])]),
            (["alias k=kubectl", "k get po -A"], "", "", 0, [Call(argv: ["kubectl", "get", "po", "-A"])]),
            (["'k' get po"], "", "k: not available in kubetutor\n", 127, [Call(argv: ["k", "get", "po"])]),
            (["nano pod.yaml; echo $?"], "127\n", "nano: not available in kubetutor\n", 0, [Call(argv: ["nano", "pod.yaml"])]),
            (["which kubectl grep; echo $?", "which nano; echo $?"], "/usr/local/bin/kubectl\n/usr/bin/grep\n0\n1\n", "", 0, []),
            (["cat <<EOF\nno end"], "no end\n", "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n", 0, []),
            (["echo a |"], "", "bash: syntax error: unexpected end of file\n", 2, []),
            (["echo ${A B}; echo after"], "", "bash: ${A B}: bad substitution\n", 1, []),
        ]
        for (lines, stdout, stderr, status, calls) in cases {
            let fixture = ShellFixture()
            fixture.host.answers = answers
            var output = ShellRunResult(stdout: "", stderr: "", status: 0)
            for line in lines {
                let result = fixture.run(line)
                output.stdout += result.stdout
                output.stderr += result.stderr
                output.status = result.status
            }
            let name = lines.joined(separator: " ⏎ ")
            XCTAssertEqual(output, ShellRunResult(stdout: stdout, stderr: stderr, status: status), name)
            XCTAssertEqual(fixture.host.calls, calls, name)
        }
    }

    func testPrefixAssignmentsAreTemporaryAndExported() {
        let fixture = ShellFixture()
        fixture.run("KUBECONFIG=/tmp/k kubectl get pods")
        XCTAssertTrue(fixture.host.lastEnvironment.contains("KUBECONFIG=/tmp/k"))
        XCTAssertNil(fixture.shell.value(of: "KUBECONFIG"))
        fixture.run("env EDITOR=vi kubectl edit pod x")
        XCTAssertTrue(fixture.host.lastEnvironment.contains("EDITOR=vi"))
        XCTAssertNil(fixture.shell.value(of: "EDITOR"))
        fixture.run("LOCAL=1; export SHARED=2")
        fixture.run("kubectl get pods")
        XCTAssertFalse(fixture.host.lastEnvironment.contains("LOCAL=1"))
        XCTAssertTrue(fixture.host.lastEnvironment.contains("SHARED=2"))
        XCTAssertEqual(fixture.run("export LOCAL; env | grep -c LOCAL").stdout, "1\n")
        XCTAssertEqual(fixture.run("unset LOCAL SHARED; echo \"[$LOCAL$SHARED]\"").stdout, "[]\n")
    }

    func testExportListing() {
        let fixture = ShellFixture()
        let shell = ShellInterpreter(host: fixture.host, files: fixture.files, environment: [("B", "say \"hi\" $x")])
        var out = ""
        shell.run(line: "export A=1; export", io: ShellIO(stdout: { out += $0 }, stderr: { _ in }))
        XCTAssertEqual(out, "declare -x A=\"1\"\ndeclare -x B=\"say \\\"hi\\\" \\$x\"\n")
    }

    func testStatusVariableAndNegation() {
        let fixture = ShellFixture()
        XCTAssertEqual(fixture.run("false; echo $?; true; echo $?; ! true; echo $?").stdout, "1\n0\n1\n")
        XCTAssertEqual(fixture.run("false").status, 1)
        XCTAssertEqual(fixture.shell.lastStatus, 1)
        XCTAssertEqual(fixture.run("echo $?").stdout, "1\n")
        XCTAssertEqual(fixture.run("X=$(false)").status, 1)
        XCTAssertEqual(fixture.run("X=$(true)").status, 0)
    }

    func testWithoutHostCommandsAreNotFound() {
        let files = InMemorySessionFiles()
        let shell = ShellInterpreter(host: nil, files: files)
        var err = ""
        let status = shell.run(line: "kubectl get pods", io: ShellIO(stdout: { _ in }, stderr: { err += $0 }))
        XCTAssertEqual(status, 127)
        XCTAssertEqual(err, "bash: kubectl: command not found\n")
    }

    func testBuiltinsDoNotShadowHostCommands() {
        let hostCommands: Set<String> = ["kubectl", "k", "minikube", "kind", "curl", "wget", "sleep", "watch", "clear", "exit"]
        XCTAssertTrue(ShellInterpreter.builtinNames.isDisjoint(with: hostCommands))
        XCTAssertTrue(ShellInterpreter.builtinNames.isSuperset(of: ["echo", "grep", "awk", "export", "cat", "wc"]))
    }

    func testWorkingDirectory() throws {
        let fixture = ShellFixture()
        try fixture.files.makeDirectory("manifests")
        let result = fixture.run("cd manifests && echo x > a.yaml && pwd && cd .. && cat manifests/a.yaml && cd - && ls && echo $PWD")
        XCTAssertEqual(result.stdout, "/home/learner/manifests\nx\n/home/learner/manifests\na.yaml\n/home/learner/manifests\n")
        XCTAssertEqual(fixture.run("cd; pwd").stdout, "/home/learner\n")
        XCTAssertEqual(fixture.run("cd ..").stderr,
                       "bash: cd: ..: Permission denied (kubetutor only uses files inside its session folder)\n")
        XCTAssertEqual(fixture.run("cd /etc").stderr,
                       "bash: cd: /etc: Permission denied (kubetutor only uses files inside its session folder)\n")
        XCTAssertEqual(fixture.run("cd ~/manifests; pwd").stdout, "/home/learner/manifests\n")
    }

    func testRedirectionIntoSessionFiles() throws {
        let fixture = ShellFixture()
        fixture.run("echo one > log; echo two >> log; kubectl version 2>> log >> log; echo three 2>err 1>&2")
        XCTAssertEqual(try fixture.files.read("log"), "one\ntwo\n")
        XCTAssertEqual(try fixture.files.read("err"), "three\n")
        fixture.run("> empty")
        XCTAssertEqual(try fixture.files.read("empty"), "")
        fixture.run("true >> created")
        XCTAssertEqual(try fixture.files.read("created"), "")
        XCTAssertEqual(fixture.run("wc -l < log").stdout, "2\n")
        XCTAssertEqual(fixture.run("X='a b'; echo hi > $X").stderr, "bash: $X: ambiguous redirect\n")
        XCTAssertEqual(fixture.run("echo hi > /etc/passwd").stderr,
                       "bash: /etc/passwd: Permission denied (kubetutor only uses files inside its session folder)\n")
        XCTAssertEqual(fixture.run("echo hi > ../x; echo $?").stdout, "1\n")
        XCTAssertEqual(try fixture.shell.readFile("/home/learner/log"), "one\ntwo\n")
    }
}

extension RecordingHost.Call {
    init(argv: [String]) { self.init(argv: argv, stdin: nil) }
}
