import XCTest
@testable import KubeCluster

/// The workload model: commands interpreted, image behaviours, logs, HTTP answers and usage.
final class WorkloadTests: XCTestCase {
    private func run(_ cluster: Cluster, _ name: String, image: String = "busybox:1.36", script: String,
                     seconds: Double = 20, configure: (inout Pod) -> Void = { _ in }) throws -> [String] {
        try KubeletFixture.createPod(cluster, name: name, containers: [KubeletFixture.container(name, image: image, command: ["sh", "-c", script])],
                                     restartPolicy: "Never", configure: configure)
        cluster.advance(by: seconds)
        return try cluster.logs(namespace: "default", pod: name).map(\.text)
    }

    func testShellScripts() throws {
        let cluster = KubeletFixture.cluster()
        XCTAssertEqual(try run(cluster, "hi", script: "echo hi; sleep 3600"), ["hi"])
        XCTAssertEqual(KubeletFixture.pod(cluster, "hi")?.status.phase, "Running")
        XCTAssertEqual(try run(cluster, "counter", script: "i=0; while true; do echo \"$i: tick\"; i=$((i+1)); sleep 1; done", seconds: 4.5)
            .prefix(3), ["0: tick", "1: tick", "2: tick"])
        XCTAssertEqual(try run(cluster, "loop", script: "for n in a b c; do echo $n; done; exit 4"), ["a", "b", "c"])
        let loop = try XCTUnwrap(KubeletFixture.pod(cluster, "loop")?.status.containerStatuses?.first?.state.terminated)
        XCTAssertEqual(loop.exitCode, 4)
        XCTAssertEqual(loop.reason, "Error")
        XCTAssertEqual(KubeletFixture.pod(cluster, "loop")?.status.phase, "Failed")
        XCTAssertEqual(try run(cluster, "cond", script: "false || echo fallback && echo chained; true && echo yes"), ["fallback", "chained", "yes"])
        XCTAssertEqual(try run(cluster, "missing", script: "cat /etc/nope"), ["cat: can't open '/etc/nope': No such file or directory"])
        XCTAssertEqual(try run(cluster, "unknown", script: "frobnicate"), ["sh: frobnicate: not found"])
        XCTAssertEqual(KubeletFixture.pod(cluster, "unknown")?.status.containerStatuses?.first?.state.terminated?.exitCode, 127)
    }

    func testEnvironmentAndConfigMapFiles() throws {
        let cluster = KubeletFixture.cluster()
        var map = ConfigMap()
        map.metadata = ObjectMeta(name: "app-config", namespace: "default")
        map.data = ["mode": "production", "greeting": "hello"]
        try cluster.api.create(map)
        let lines = try run(cluster, "reader", script: "cat /etc/config/mode; echo $GREETING; printenv KUBERNETES_SERVICE_HOST; hostname") { pod in
            var volume = Volume(name: "config")
            volume.configMap = .object(["name": "app-config"])
            pod.spec.volumes = [volume]
            pod.spec.containers[0].volumeMounts = [VolumeMount(name: "config", readOnly: nil, mountPath: "/etc/config", subPath: nil)]
            var greeting = EnvVar(name: "GREETING", value: nil)
            greeting.valueFrom = EnvVarSource(fieldRef: nil, resourceFieldRef: nil,
                                              configMapKeyRef: KeySelector(key: "greeting", name: "app-config", optional: nil), secretKeyRef: nil)
            pod.spec.containers[0].env = [greeting]
        }
        XCTAssertEqual(lines, ["production", "hello", "10.96.0.1", "reader"])
        let env = try run(cluster, "env", script: "env")
        XCTAssertEqual(env.first, "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
        XCTAssertEqual(env.dropFirst().first, "HOSTNAME=env")
        XCTAssertTrue(env.contains("KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1"))
        XCTAssertEqual(env.last, "HOME=/root")
    }

    func testMissingConfigMapIsCreateContainerConfigError() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "cfg", containers: [{
            var container = KubeletFixture.container("app", image: "nginx:1.27")
            var variable = EnvVar(name: "MODE", value: nil)
            variable.valueFrom = EnvVarSource(fieldRef: nil, resourceFieldRef: nil,
                                              configMapKeyRef: KeySelector(key: "mode", name: "nope", optional: nil), secretKeyRef: nil)
            container.env = [variable]
            return container
        }()])
        cluster.advance(by: 10)
        let waiting = KubeletFixture.pod(cluster, "cfg")?.status.containerStatuses?.first?.state.waiting
        XCTAssertEqual(waiting?.reason, "CreateContainerConfigError")
        XCTAssertEqual(waiting?.message, "configmap \"nope\" not found")
    }

    func testImageBehaviours() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "bootcamp", containers: [
            KubeletFixture.container("kubernetes-bootcamp", image: "gcr.io/google-samples/kubernetes-bootcamp:v1"),
        ])
        try KubeletFixture.createPod(cluster, name: "db", containers: [KubeletFixture.container("postgres", image: "postgres:17")])
        try KubeletFixture.createPod(cluster, name: "shell", containers: [KubeletFixture.container("shell", image: "busybox")])
        cluster.advance(by: 40)
        let bootcampLogs = try cluster.logs(namespace: "default", pod: "bootcamp").map(\.text)
        XCTAssertEqual(bootcampLogs.count, 2)
        XCTAssertTrue(bootcampLogs[0].hasPrefix("Kubernetes Bootcamp App Started At: 2027-01-15T"), bootcampLogs[0])
        XCTAssertTrue(bootcampLogs[0].hasSuffix("Z | Running On:  bootcamp "), bootcampLogs[0])
        XCTAssertEqual(bootcampLogs[1], "")
        let response = cluster.respond(namespace: "default", pod: "bootcamp", port: 8080, request: HTTPRequestSim(host: "localhost:8080"))
        XCTAssertEqual(try response.get().body, "Hello Kubernetes bootcamp! | Running on: bootcamp | v=1\n")
        XCTAssertTrue(try cluster.logs(namespace: "default", pod: "bootcamp").last?.text.hasPrefix("Running On: bootcamp | Total Requests: 1 | App Uptime: ") ?? false)
        XCTAssertEqual(cluster.respond(namespace: "default", pod: "bootcamp", port: 80, request: HTTPRequestSim(host: "x")),
                       .failure(.refused(host: KubeletFixture.pod(cluster, "bootcamp")?.status.podIP ?? "", port: 80)))

        let db = try XCTUnwrap(KubeletFixture.pod(cluster, "db")?.status.containerStatuses?.first)
        XCTAssertGreaterThanOrEqual(db.restartCount, 1)
        let dbLogs = try cluster.logs(namespace: "default", pod: "db", previous: db.state.running != nil).map(\.text)
        XCTAssertEqual(dbLogs.first, "Error: Database is uninitialized and superuser password is not specified.")
        XCTAssertEqual(dbLogs.count, 9)

        let shell = try XCTUnwrap(KubeletFixture.pod(cluster, "shell")?.status.containerStatuses?.first)
        XCTAssertGreaterThanOrEqual(shell.restartCount, 2, "busybox's sh exits at once without a terminal")
        XCTAssertEqual((shell.lastState.terminated ?? shell.state.terminated)?.reason, "Completed")
    }

    func testNginxLogsAndEchoServer() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "web", containers: [KubeletFixture.container("web", image: "nginx")])
        try KubeletFixture.createPod(cluster, name: "hello", containers: [KubeletFixture.container("echo", image: "kicbase/echo-server:1.0")])
        cluster.advance(by: 30)
        let page = try cluster.respond(namespace: "default", pod: "web", port: 80,
                                       request: HTTPRequestSim(host: "10.244.0.9", headers: [HTTPHeaderSim("User-Agent", "curl/8.5.0")])).get()
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.body.utf8.count, 615)
        XCTAssertTrue(page.body.contains("<title>Welcome to nginx!</title>"))
        let logs = try cluster.logs(namespace: "default", pod: "web").map(\.text)
        XCTAssertEqual(logs.first, "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration")
        XCTAssertTrue(logs.contains { $0.hasSuffix("[notice] 1#1: nginx/1.27.3") })
        XCTAssertTrue(logs.last?.hasSuffix("\"GET / HTTP/1.1\" 200 615 \"-\" \"curl/8.5.0\" \"-\"") ?? false, logs.last ?? "")
        XCTAssertEqual(try cluster.logs(namespace: "default", pod: "hello").map(\.text), ["Echo server listening on port 8080."])
        let echo = try cluster.respond(namespace: "default", pod: "hello", port: 8080,
                                       request: HTTPRequestSim(path: "/hi", host: "127.0.0.1:7080",
                                                               headers: [HTTPHeaderSim("Accept", "*/*"), HTTPHeaderSim("User-Agent", "curl/8.5.0")])).get()
        XCTAssertEqual(echo.body, "Request served by hello\n\nHTTP/1.1 GET /hi\n\nHost: 127.0.0.1:7080\nAccept: */*\nUser-Agent: curl/8.5.0\n")
    }

    func testLoadGeneratorDrivesHPAExampleCPU() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "php-apache", containers: [{
            var container = KubeletFixture.container("php-apache", image: "registry.k8s.io/hpa-example")
            container.resources = ResourceRequirements(limits: resourceMap(["cpu": "500m"]), requests: resourceMap(["cpu": "200m"]))
            return container
        }()]) { $0.metadata.labels = ["run": "php-apache"] }
        var service = Service()
        service.metadata = ObjectMeta(name: "php-apache", namespace: "default")
        service.spec.selector = ["run": "php-apache"]
        service.spec.ports = [ServicePort(port: 80, targetPort: .int(80))]
        service.spec.clusterIP = "10.96.100.100"
        try cluster.api.create(service)
        cluster.advance(by: 20)
        XCTAssertEqual(cluster.podUsage(namespace: "default", pod: "php-apache").first?.cpuMillicores, 1)
        try KubeletFixture.createPod(cluster, name: "load-generator", containers: [
            KubeletFixture.container("load-generator", image: "busybox:1.28",
                                     command: ["/bin/sh", "-c", "while sleep 0.01; do wget -q -O- http://php-apache; done"]),
        ])
        cluster.advance(by: 20)
        XCTAssertEqual(cluster.podUsage(namespace: "default", pod: "php-apache").first?.cpuMillicores, 500)
        XCTAssertEqual(try cluster.logs(namespace: "default", pod: "load-generator").last?.text, "OK!")
    }
}

/// `kubectl exec` and pod spec changes.
final class ExecAndSpecChangeTests: XCTestCase {
    func testExecRunsInContainerEnvironment() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "web", containers: [KubeletFixture.container("web", image: "nginx:1.27")])
        try KubeletFixture.createPod(cluster, name: "client", containers: [
            KubeletFixture.container("client", image: "busybox:1.36", command: ["sleep", "3600"]),
        ])
        cluster.advance(by: 20)
        let ip = KubeletFixture.pod(cluster, "web")?.status.podIP ?? ""
        let env = try cluster.exec(namespace: "default", pod: "web", command: ["printenv", "NGINX_VERSION"])
        XCTAssertEqual(env, ExecResult(stdout: ["1.27.3"], stderr: [], exitCode: 0))
        let fetched = try cluster.exec(namespace: "default", pod: "client", command: ["sh", "-c", "wget -qO- http://\(ip)"])
        XCTAssertEqual(fetched.stdout.first, "<!DOCTYPE html>")
        let missing = try cluster.exec(namespace: "default", pod: "client", command: ["bash"])
        XCTAssertEqual(missing.exitCode, 126)
        XCTAssertThrowsError(try cluster.exec(namespace: "default", pod: "client", container: "nope", command: ["ls"]))
    }

    func testChangingImageRestartsContainer() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "fixme", containers: [KubeletFixture.container("app", image: "nginx:nope")])
        cluster.advance(by: 30)
        XCTAssertEqual(KubeletFixture.pod(cluster, "fixme")?.status.containerStatuses?.first?.state.waiting?.reason, "ImagePullBackOff")
        var pod = try XCTUnwrap(KubeletFixture.pod(cluster, "fixme"))
        pod.spec.containers[0].image = "nginx:1.27"
        cluster.api.updateStatus(pod)
        cluster.advance(by: 15)
        let status = try XCTUnwrap(KubeletFixture.pod(cluster, "fixme")?.status.containerStatuses?.first)
        XCTAssertNotNil(status.state.running)
        XCTAssertEqual(status.image, "docker.io/library/nginx:1.27")
    }
}
