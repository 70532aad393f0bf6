import XCTest
import KubeCluster
@testable import KubeCtl

/// curl and wget at the prompt and inside pods, `kubectl port-forward`, `kubectl proxy` and `kubectl exec`.
final class NetworkTests: XCTestCase {
    func testHostCurlReachesNodePortsOnly() {
        let harness = LogsWorld.make()
        XCTAssertEqual(harness.transcript([
            "curl -s http://$(minikube ip):30080 | grep title", "curl 192.168.49.2:30000", "curl -s 192.168.49.2:30000; echo $?",
            "curl web.default.svc.cluster.local", "curl -sS nope.example", "curl", "curl --bogus x", "curl -s -o page.html 192.168.49.2:30080",
            "head -4 page.html | tail -1", "curl -s -o /dev/null -w '%{http_code}\\n' 192.168.49.2:30080/missing",
            "curl -f 192.168.49.2:30080/missing", "curl ftp://192.168.49.2",
        ]), """
        $ curl -s http://$(minikube ip):30080 | grep title
        <title>Welcome to nginx!</title>
        $ curl 192.168.49.2:30000
        curl: (7) Failed to connect to 192.168.49.2 port 30000 after 0 ms: Couldn't connect to server
        $ curl -s 192.168.49.2:30000; echo $?
        7
        $ curl web.default.svc.cluster.local
        curl: (6) Could not resolve host: web.default.svc.cluster.local
        $ curl -sS nope.example
        curl: (6) Could not resolve host: nope.example
        $ curl
        curl: no URL specified!
        curl: try 'curl --help' or 'curl --manual' for more information
        $ curl --bogus x
        curl: option --bogus: is unknown
        curl: try 'curl --help' or 'curl --manual' for more information
        $ curl -s -o page.html 192.168.49.2:30080
        $ head -4 page.html | tail -1
        <title>Welcome to nginx!</title>
        $ curl -s -o /dev/null -w '%{http_code}\\n' 192.168.49.2:30080/missing
        404
        $ curl -f 192.168.49.2:30080/missing
        curl: (22) The requested URL returned error: 404
        $ curl ftp://192.168.49.2
        curl: (1) Protocol "ftp" not supported

        """)
        let head = harness.run("curl -I 192.168.49.2:30080").out
        XCTAssertTrue(head.hasPrefix("HTTP/1.1 200 OK\r\nDate: Mon, 05 Jan 2026 09:01:30 GMT\r\nContent-Type: text/html\r\nContent-Length: 615\r\n\r\n"), head)
        let verbose = harness.run("curl -sv 192.168.49.2:30080/x")
        XCTAssertTrue(verbose.err.hasPrefix("*   Trying 192.168.49.2:30080...\n* Connected to 192.168.49.2 (192.168.49.2) port 30080\n"
            + "> GET /x HTTP/1.1\n> Host: 192.168.49.2:30080\n> User-Agent: curl/8.5.0\n> Accept: */*\n> \n< HTTP/1.1 404 Not Found\n"), verbose.err)
        let before = harness.cluster.now
        XCTAssertEqual(harness.run("curl -m 5 10.96.0.1").err, "curl: (28) Connection timed out after 5001 milliseconds\n")
        XCTAssertEqual(harness.cluster.now - before, 5, accuracy: 0.001)
    }

    func testHostWget() {
        let harness = LogsWorld.make()
        XCTAssertTrue(harness.run("wget -qO- 192.168.49.2:30080").out.contains("<h1>Welcome to nginx!</h1>"))
        let saved = harness.run("wget 192.168.49.2:30080/")
        XCTAssertEqual(saved.err, """
        --2026-01-05 09:01:30--  http://192.168.49.2:30080/
        Connecting to 192.168.49.2:30080... connected.
        HTTP request sent, awaiting response... 200 OK
        Length: 615 [text/html]
        Saving to: ‘index.html’

             0K                                                       100% 24.4M=0s

        2026-01-05 09:01:30 (24.4 MB/s) - ‘index.html’ saved [615/615]


        """)
        XCTAssertTrue(harness.run("cat index.html").out.contains("Welcome to nginx!"))
        let refused = harness.run("wget -q 192.168.49.2:30001")
        XCTAssertEqual(refused.err, "")
        XCTAssertEqual(refused.status, 4)
        XCTAssertEqual(harness.run("wget -q nope.example").err, "wget: unable to resolve host address ‘nope.example’\n")
    }

    func testPortForwardAndProxy() throws {
        let harness = LogsWorld.make()
        XCTAssertEqual(harness.transcript(["kubectl port-forward svc/web 7080:80", "curl -s localhost:7080 | grep '<h1>'",
                                           "kubectl port-forward multi 7080:80", "curl localhost:9999", "kubectl port-forward web 8080",
                                           "kubectl port-forward pending-img 8080:80", "kubectl proxy"]), """
        $ kubectl port-forward svc/web 7080:80
        Forwarding from 127.0.0.1:7080 -> 80
        Forwarding from [::1]:7080 -> 80
        (kubetutor: the forward stays open in the background for this session instead of holding the prompt; try curl localhost:7080)
        $ curl -s localhost:7080 | grep '<h1>'
        Handling connection for 7080
        <h1>Welcome to nginx!</h1>
        $ kubectl port-forward multi 7080:80
        Unable to listen on port 7080: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:7080: bind: address already in use unable to create listener: Error listen tcp6 [::1]:7080: bind: address already in use]
        error: unable to listen on any of the requested ports: [{7080 80}]
        $ curl localhost:9999
        curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server
        $ kubectl port-forward web 8080
        Error from server (NotFound): pods "web" not found
        $ kubectl port-forward pending-img 8080:80
        error: unable to forward port because pod is not running. Current status=Pending
        $ kubectl proxy
        Starting to serve on 127.0.0.1:8001
        (kubetutor: the proxy stays open in the background for this session instead of holding the prompt; try curl localhost:8001/version)

        """)
        let pod = harness.run("curl -s http://localhost:8001/api/v1/namespaces/default/pods/multi/").out
        XCTAssertTrue(pod.hasPrefix("{\n  \"kind\": \"Pod\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {\n    \"name\": \"multi\",\n"), pod)
        let proxied = harness.run("curl -s localhost:8001/api/v1/namespaces/default/pods/multi:80/proxy/").out
        XCTAssertTrue(proxied.contains("Welcome to nginx!"))
        let missing = harness.run("curl -s localhost:8001/api/v1/namespaces/default/pods/nope").out
        XCTAssertTrue(missing.contains("\"message\": \"pods \\\"nope\\\" not found\",\n  \"reason\": \"NotFound\","), missing)
        XCTAssertTrue(harness.run("curl -s localhost:8001/version").out.contains("\"gitVersion\": \"v1.32.0\""))
        XCTAssertTrue(harness.run("curl -s localhost:8001/api/v1/namespaces/default/services/web/proxy/").out.contains("nginx"))
        let list = harness.run("curl -s localhost:8001/api/v1/namespaces/default/pods").out
        XCTAssertTrue(list.hasPrefix("{\n  \"kind\": \"PodList\",\n  \"apiVersion\": \"v1\","), list)
    }

    func testExecRunsCommandsAndNetworkTools() {
        let harness = LogsWorld.make()
        XCTAssertEqual(harness.transcript([
            "kubectl exec multi -c sidecar -- wget -qO- web | grep '<h1>'", "kubectl exec multi -- curl -s web.default | grep '<h1>'",
            "kubectl exec multi -c sidecar -- curl web", "kubectl exec multi -c sidecar -- sh -c 'curl web'",
            "kubectl exec multi -c sidecar -- wget -qO- nope", "kubectl exec multi -- sh -c 'exit 3'", "kubectl exec nope -- ls",
            "kubectl exec multi", "kubectl exec crashy -- ls", "kubectl exec multi -c nope -- ls",
        ]), """
        $ kubectl exec multi -c sidecar -- wget -qO- web | grep '<h1>'
        <h1>Welcome to nginx!</h1>
        $ kubectl exec multi -- curl -s web.default | grep '<h1>'
        Defaulted container "app" out of: app, sidecar
        <h1>Welcome to nginx!</h1>
        $ kubectl exec multi -c sidecar -- curl web
        OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown
        command terminated with exit code 126
        $ kubectl exec multi -c sidecar -- sh -c 'curl web'
        sh: curl: not found
        command terminated with exit code 127
        $ kubectl exec multi -c sidecar -- wget -qO- nope
        wget: bad address 'nope'
        command terminated with exit code 1
        $ kubectl exec multi -- sh -c 'exit 3'
        Defaulted container "app" out of: app, sidecar
        command terminated with exit code 3
        $ kubectl exec nope -- ls
        Error from server (NotFound): pods "nope" not found
        $ kubectl exec multi
        error: you must specify at least one command for the container
        $ kubectl exec crashy -- ls
        error: unable to upgrade connection: container not found ("crashy")
        $ kubectl exec multi -c nope -- ls
        Error from server (BadRequest): container nope is not valid for pod multi

        """)
        let shell = harness.run("kubectl exec -it multi -c app -- sh")
        XCTAssertEqual(shell.status, 0)
        XCTAssertEqual(harness.shell.attachedPrompt, "# ", "nginx's sh is Debian's dash")
        harness.run("exit")
        XCTAssertFalse(harness.shell.isAttached)
        XCTAssertTrue(harness.run("kubectl exec multi -c app -- curl -s localhost").out.contains("Welcome to nginx!"))
        let logged = harness.run("kubectl logs multi -c app --tail=1").out
        XCTAssertTrue(logged.hasPrefix("127.0.0.1 - - [05/Jan/2026:09:01:30 +0000] \"GET / HTTP/1.1\" 200 615 \"-\" \"curl/8.11.1\""), logged)
        XCTAssertEqual(harness.run("kubectl exec deploy/web -- hostname").out.isEmpty, false)
    }

    /// The seeds' walkthroughs: the bootcamp's `exec -ti $POD_NAME -- curl localhost:8080`, minikube's
    /// `port-forward service/hello-minikube 7080:8080`, and the proxy's pod URL.
    func testSeedWalkthroughs() {
        let harness = KubectlHarness()
        harness.deploy("kubernetes-bootcamp", image: "gcr.io/google-samples/kubernetes-bootcamp:v1", port: 8080)
        harness.deploy("hello-minikube", image: "kicbase/echo-server:1.0", port: 8080)
        harness.service("hello-minikube", port: 8080, targetPort: 8080, nodePort: 31234)
        harness.wait(60)
        guard let bootcamp = harness.podNames("kubernetes-bootcamp-").first, let echo = harness.podNames("hello-minikube-").first else {
            return XCTFail("pods missing")
        }
        XCTAssertEqual(harness.run("POD_NAME=\(bootcamp); kubectl exec -ti $POD_NAME -- curl localhost:8080").out,
                       "Hello Kubernetes bootcamp! | Running on: \(bootcamp) | v=1\n")
        XCTAssertEqual(harness.run("kubectl port-forward service/hello-minikube 7080:8080").out,
                       "Forwarding from 127.0.0.1:7080 -> 8080\nForwarding from [::1]:7080 -> 8080\n")
        XCTAssertTrue(harness.run("curl -s http://localhost:7080/").out.hasPrefix("Request served by \(echo)\n"))
        XCTAssertTrue(harness.run("curl -s $(minikube ip):31234").out.hasPrefix("Request served by \(echo)\n"))
        harness.run("kubectl proxy")
        let served = harness.run("curl http://localhost:8001/api/v1/namespaces/default/pods/\(bootcamp)/").out
        XCTAssertTrue(served.contains("\"name\": \"\(bootcamp)\""), served)
    }
}
