import KubeCluster
@testable import KubeCtl
import XCTest

/// `kubectl exec -it POD -- sh`, `kubectl run --rm -it` and `kubectl attach -it`: the learner's lines go to a
/// shell inside the pod, with the image's prompt, until `exit`.
final class PodShellTests: XCTestCase {
    /// A minikube sandbox with a busybox pod `bb`, an nginx pod `web` behind Service `web`, and a ConfigMap
    /// mounted into `bb` at /config.
    private func sandbox() -> KubectlHarness {
        let harness = KubectlHarness()
        harness.run("kubectl create configmap app --from-literal=color=blue")
        harness.run("""
            kubectl apply -f - <<EOF
            apiVersion: v1
            kind: Pod
            metadata:
              name: bb
            spec:
              containers:
              - name: bb
                image: busybox
                command: ["sleep", "3600"]
                env:
                - name: GREETING
                  value: hello
                volumeMounts:
                - name: config
                  mountPath: /config
              volumes:
              - name: config
                configMap:
                  name: app
            EOF
            """)
        harness.run("kubectl run web --image=nginx --port=80 --expose")
        harness.run("sleep 30")
        return harness
    }

    func testBusyboxShellTranscript() {
        let harness = sandbox()
        let text = harness.transcript([
            "kubectl exec -it bb -- sh", "hostname", "pwd", "cat /etc/hostname", "cat /etc/resolv.conf", "echo $GREETING",
            "env | grep -c KUBERNETES_", "ls /config", "cat /config/color; echo", "cd /etc", "ls", "cd /nope", "nosuch",
            "echo $?", "ps", "exit 3", "echo $?",
        ])
        XCTAssertEqual(text, """
            $ kubectl exec -it bb -- sh
            / # hostname
            bb
            / # pwd
            /
            / # cat /etc/hostname
            bb
            / # cat /etc/resolv.conf
            search default.svc.cluster.local svc.cluster.local cluster.local
            nameserver 10.96.0.10
            options ndots:5
            / # echo $GREETING
            hello
            / # env | grep -c KUBERNETES_
            8
            / # ls /config
            color
            / # cat /config/color; echo
            blue
            / # cd /etc
            /etc # ls
            group  hostname  hosts  localtime  mtab  network  passwd  resolv.conf  shadow
            /etc # cd /nope
            sh: cd: can't cd to /nope: No such file or directory
            /etc # nosuch
            sh: nosuch: not found
            /etc # echo $?
            127
            /etc # ps
            PID   USER     TIME  COMMAND
                1 root      0:00 sleep 3600
                7 root      0:00 sh
               16 root      0:00 ps
            /etc # exit 3
            command terminated with exit code 3
            $ echo $?
            3

            """)
        XCTAssertFalse(harness.shell.isAttached)
    }

    func testNetworkFromInsideThePod() {
        let harness = sandbox()
        let clusterIP = harness.cluster.store.get(Service.self, namespace: "default", name: "web")?.spec.clusterIP ?? "?"
        let text = harness.transcript([
            "kubectl exec -ti bb -- /bin/sh", "wget -qO- web | grep title", "wget -qO- web.default.svc.cluster.local | grep -c nginx",
            "wget -qO- \(clusterIP) | grep title", "curl web", "nslookup web", "nslookup nope", "exit",
        ])
        XCTAssertEqual(text, """
            $ kubectl exec -ti bb -- /bin/sh
            / # wget -qO- web | grep title
            <title>Welcome to nginx!</title>
            / # wget -qO- web.default.svc.cluster.local | grep -c nginx
            6
            / # wget -qO- \(clusterIP) | grep title
            <title>Welcome to nginx!</title>
            / # curl web
            sh: curl: not found
            / # nslookup web
            Server:\t\t10.96.0.10
            Address:\t10.96.0.10:53

            Name:\tweb.default.svc.cluster.local
            Address: \(clusterIP)

            / # nslookup nope
            Server:\t\t10.96.0.10
            Address:\t10.96.0.10:53

            ** server can't find nope: NXDOMAIN

            / # exit
            command terminated with exit code 1

            """)
    }

    func testDebianBashPromptAndMessages() {
        let harness = sandbox()
        let text = harness.transcript([
            "kubectl exec -it web -- bash", "curl -s localhost | grep title", "ps", "cat /etc/os-release | head -1",
            "cat /var/run/secrets/kubernetes.io/serviceaccount/namespace; echo", "exit",
        ])
        XCTAssertEqual(text, """
            $ kubectl exec -it web -- bash
            root@web:/# curl -s localhost | grep title
            <title>Welcome to nginx!</title>
            root@web:/# ps
            bash: ps: command not found
            root@web:/# cat /etc/os-release | head -1
            PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
            root@web:/# cat /var/run/secrets/kubernetes.io/serviceaccount/namespace; echo
            default
            root@web:/# exit
            exit

            """)
    }

    func testShellsTheImageDoesNotHave() {
        let harness = sandbox()
        let text = harness.transcript(["kubectl exec -it bb -- bash", "kubectl exec -it web -- sh", "ls /nope", "exit"])
        XCTAssertEqual(text, """
            $ kubectl exec -it bb -- bash
            OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown
            command terminated with exit code 126
            $ kubectl exec -it web -- sh
            # ls /nope
            ls: cannot access '/nope': No such file or directory
            # exit
            command terminated with exit code 2

            """)
    }

    func testFilesWrittenInTheShellStayForTheNextShell() {
        let harness = sandbox()
        let text = harness.transcript([
            "kubectl exec -it bb -- sh", "mkdir /tmp/d", "echo saved > /tmp/d/f", "echo x > /config/new", "exit",
            "kubectl exec -it bb -- sh", "cat /tmp/d/f", "exit",
        ])
        XCTAssertEqual(text, """
            $ kubectl exec -it bb -- sh
            / # mkdir /tmp/d
            / # echo saved > /tmp/d/f
            / # echo x > /config/new
            sh: /config/new: Read-only file system
            / # exit
            command terminated with exit code 1
            $ kubectl exec -it bb -- sh
            / # cat /tmp/d/f
            saved
            / # exit

            """)
    }

    func testPipedInputRunsWithoutAttaching() {
        let harness = sandbox()
        let result = harness.run("printf 'hostname\\necho $GREETING\\n' | kubectl exec -i bb -- sh")
        XCTAssertEqual(result.out, "bb\nhello\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(harness.shell.isAttached)
    }

    func testEndOfInputLeavesTheShell() {
        let harness = sandbox()
        harness.run("kubectl exec -it web -- bash")
        XCTAssertEqual(harness.shell.attachedPrompt, "root@web:/# ")
        var out = ""
        harness.shell.endOfInput(io: ShellIO(stdout: { out += $0 }, stderr: { out += $0 }))
        XCTAssertEqual(out, "exit\n")
        XCTAssertNil(harness.shell.attachedPrompt)
    }

    func testRunRemoveInteractiveAttachesAndDeletesThePod() {
        let harness = KubectlHarness()
        let text = harness.transcript(["kubectl run tmp --rm -it --image=busybox -- sh", "hostname", "exit", "kubectl get pod tmp"])
        XCTAssertEqual(text, """
            $ kubectl run tmp --rm -it --image=busybox -- sh
            If you don't see a command prompt, try pressing enter.
            / # hostname
            tmp
            / # exit
            Session ended, resume using 'kubectl attach tmp -c tmp -i -t' command when the pod is running
            pod "tmp" deleted
            $ kubectl get pod tmp
            Error from server (NotFound): pods "tmp" not found

            """)
    }

    func testAttachToAShellThatIsTheMainProcess() {
        let harness = KubectlHarness()
        harness.run("kubectl run ub --image=ubuntu -it -- bash")
        harness.shell.endOfInput(io: ShellIO(stdout: { _ in }, stderr: { _ in }))
        let text = harness.transcript(["kubectl attach ub -it", "ps", "exit"])
        XCTAssertEqual(text, """
            $ kubectl attach ub -it
            If you don't see a command prompt, try pressing enter.
            root@ub:/# ps
                PID TTY          TIME CMD
                  1 pts/0    00:00:00 bash
                  8 pts/0    00:00:00 ps
            root@ub:/# exit
            exit
            Session ended, resume using 'kubectl attach ub -c ub -i -t' command when the pod is running

            """)
    }
}
