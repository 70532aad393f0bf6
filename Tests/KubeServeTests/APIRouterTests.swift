import KubeCluster
import KubeCtl
@testable import KubeServe
import XCTest

/// The API answers without a client binary: Status errors, discovery, tables, watches, the clock modes and a
/// request over a real socket.
final class APIRouterTests: XCTestCase {
    let cluster = Cluster.make(profile: .minikube, seed: 1, start: 1_767_603_600)

    func router() -> APIRouter {
        APIRouter(cluster: cluster, address: "127.0.0.1:1", wallClock: { 0 }, followRule: FollowRule())
    }

    func json(_ reply: ServeReply, file: StaticString = #filePath, line: UInt = #line) -> (status: Int, body: JSONValue) {
        guard case .response(let response) = reply else {
            XCTFail("expected a whole response", file: file, line: line)
            return (0, .null)
        }
        return (response.status, (try? JSONValue.parseJSON(String(decoding: response.body, as: UTF8.self))) ?? .null)
    }

    func testUnknownPathsAndResourcesAreStatus404AndUnsupportedVerbs405() {
        let api = router()
        let unknown = json(api.handle(HTTPRequest(method: "GET", target: "/apis/nope.example.com/v1/things")))
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(unknown.body["kind"], "Status")
        XCTAssertEqual(unknown.body["message"], "the server could not find the requested resource")
        let missing = json(api.handle(HTTPRequest(method: "GET", target: "/apis/apps/v1/namespaces/default/deployments/web")))
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.body["message"], "deployments.apps \"web\" not found")
        XCTAssertEqual(missing.body["details"], ["name": "web", "group": "apps", "kind": "deployments"])
        let unsupported = json(api.handle(HTTPRequest(method: "PUT", target: "/api/v1/pods")))
        XCTAssertEqual(unsupported.status, 405)
        let unsimulated = json(api.handle(HTTPRequest(method: "POST", target: "/apis/apps/v1/namespaces/default/statefulsets",
                                                      body: Array("{}".utf8))))
        XCTAssertEqual(unsimulated.status, 405)
    }

    func testInvalidObjectsAnswerInvalidWithCauses() {
        let body = #"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":-1,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"nginx"}]}}}}"#
        let answer = json(router().handle(HTTPRequest(method: "POST", target: "/apis/apps/v1/namespaces/default/deployments",
                                                      headers: [("Content-Type", "application/json")], body: Array(body.utf8))))
        XCTAssertEqual(answer.status, 422)
        XCTAssertEqual(answer.body["reason"], "Invalid")
        XCTAssertEqual(answer.body["details"]?["kind"], "Deployment")
        XCTAssertEqual(answer.body["details"]?["causes"],
                       [["reason": "FieldValueInvalid", "message": "Invalid value: -1: must be greater than or equal to 0",
                         "field": "spec.replicas"]])
    }

    func testDiscoveryListsVerbsShortNamesCategoriesAndSubresources() {
        let core = json(router().handle(HTTPRequest(method: "GET", target: "/api/v1"))).body
        let pods = core["resources"]?.arrayValue?.first { $0["name"] == "pods" }
        XCTAssertEqual(pods?["shortNames"], ["po"])
        XCTAssertEqual(pods?["categories"], ["all"])
        XCTAssertEqual(pods?["verbs"]?.arrayValue?.count, 8)
        XCTAssertNotNil(core["resources"]?.arrayValue?.first { $0["name"] == "pods/log" })
        let apps = json(router().handle(HTTPRequest(method: "GET", target: "/apis/apps/v1"))).body
        XCTAssertEqual(apps["resources"]?.arrayValue?.first { $0["name"] == "deployments/scale" }?["kind"], "Scale")
        let groups = json(router().handle(HTTPRequest(method: "GET", target: "/apis"))).body["groups"]?.arrayValue ?? []
        XCTAssertFalse(groups.contains { $0["name"] == "metrics.k8s.io" }, "no metrics-server on a fresh minikube")
    }

    func testTablesUseTheREPLPrintersWithWideColumnsAtPriorityOne() {
        let table = json(router().handle(HTTPRequest(method: "GET", target: "/api/v1/namespaces/kube-system/pods?labelSelector=k8s-app%3Dkube-dns",
                                                     headers: [("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json")]))).body
        XCTAssertEqual(table["kind"], "Table")
        let columns = table["columnDefinitions"]?.arrayValue ?? []
        XCTAssertEqual(columns.map { $0["name"]?.stringValue ?? "" },
                       ["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED NODE", "READINESS GATES"])
        XCTAssertEqual(columns.map { $0["priority"]?.intValue ?? -1 }, [0, 0, 0, 0, 0, 1, 1, 1, 1])
        XCTAssertEqual(columns.first?["format"], "name")
        let row = table["rows"]?[0]
        XCTAssertEqual(row?["cells"]?[0], "coredns-7b88d856f9-rtcxm")
        XCTAssertEqual(row?["object"]?["kind"], "PartialObjectMetadata")
    }

    func testWatchSendsChangesAfterTheListedVersionAsJSONLines() throws {
        let api = router()
        let revision = cluster.store.revision
        let reply = api.handle(HTTPRequest(method: "GET", target: "/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=\(revision)"))
        guard case .stream(let stream) = reply else { return XCTFail("expected a stream") }
        _ = json(api.handle(HTTPRequest(method: "POST", target: "/api/v1/namespaces/default/configmaps",
                                        body: Array(#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"}}"#.utf8))))
        let (bytes, finished) = stream.drain()
        XCTAssertFalse(finished)
        let event = try JSONValue.parseJSON(String(decoding: bytes, as: UTF8.self))
        XCTAssertEqual(event["type"], "ADDED")
        XCTAssertEqual(event["object"]?["metadata"]?["name"], "cfg")
        stream.close()
    }

    func testWallClockModeFollowsTheGivenClock() throws {
        var wall = cluster.now + 120
        let server = try KubeAPIServer(cluster: cluster, clock: .wallClock { wall })
        defer { server.shutdown() }
        server.step(timeout: 0)
        XCTAssertEqual(cluster.now, wall)
        wall += 30
        server.step(timeout: 0)
        XCTAssertEqual(cluster.now, wall)
    }

    func testAnswersOverALoopbackSocket() throws {
        let server = try KubeAPIServer(cluster: cluster, clock: .fastForward())
        defer { server.shutdown() }
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = server.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        XCTAssertEqual(connected, 0)
        let request = Array("GET /version HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        XCTAssertEqual(request.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }, request.count)
        _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL, 0) | O_NONBLOCK)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<200 where !String(decoding: received, as: UTF8.self).contains("gitVersion") {
            server.step(timeout: 5)
            let count = read(client, &buffer, buffer.count)
            if count > 0 { received += buffer[0..<count] }
        }
        let text = String(decoding: received, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("HTTP/1.1 200 OK\r\n"), text)
        XCTAssertTrue(text.contains("\"gitVersion\":\"v1.32.0\""), text)
        XCTAssertEqual(server.requestCount, 1)
    }
}
