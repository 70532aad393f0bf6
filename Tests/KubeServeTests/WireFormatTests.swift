import KubeCluster
import KubeCtl
@testable import KubeServe
import XCTest

/// The pieces below the API: HTTP/1.1 request framing, REST paths, protobuf request bodies and WebSocket framing.
final class WireFormatTests: XCTestCase {
    func testRequestReaderTakesPipelinedRequestsAndWaitsForIncompleteOnes() throws {
        var buffer = Array("GET /api?timeout=32s HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\nPOST /api/v1/namespaces/default/pods HTTP/1.1\r\nContent-Length: 7\r\n\r\n{\"a\":1".utf8)
        let first = try XCTUnwrap(try HTTPRequestReader.take(from: &buffer))
        XCTAssertEqual(first.method, "GET")
        XCTAssertEqual(first.path, "/api")
        XCTAssertEqual(first.queryValue("timeout"), "32s")
        XCTAssertEqual(first.header("ACCEPT"), "application/json")
        XCTAssertNil(try HTTPRequestReader.take(from: &buffer), "the body is one byte short")
        buffer += Array("}".utf8)
        let second = try XCTUnwrap(try HTTPRequestReader.take(from: &buffer))
        XCTAssertEqual(second.bodyText, "{\"a\":1}")
        XCTAssertTrue(buffer.isEmpty)
    }

    func testRequestReaderDecodesChunkedBodiesAndQueryEscapes() throws {
        var buffer = Array("PATCH /x?labelSelector=app%3Dweb%2Ctier+in+(a) HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n".utf8)
        let request = try XCTUnwrap(try HTTPRequestReader.take(from: &buffer))
        XCTAssertEqual(request.bodyText, "abcde")
        XCTAssertEqual(request.queryValue("labelSelector"), "app=web,tier in (a)")
    }

    func testRequestReaderRefusesBrokenFraming() {
        var badLine = Array("NONSENSE\r\n\r\n".utf8)
        XCTAssertThrowsError(try HTTPRequestReader.take(from: &badLine))
        var badLength = Array("POST / HTTP/1.1\r\nContent-Length: -4\r\n\r\n".utf8)
        XCTAssertThrowsError(try HTTPRequestReader.take(from: &badLength))
        var badChunk = Array("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".utf8)
        XCTAssertThrowsError(try HTTPRequestReader.take(from: &badChunk))
    }

    func testAPIPaths() {
        let cases: [(String, APIPath?)] = [
            ("/api/v1/pods", APIPath(group: "", version: "v1", namespace: nil, resource: "pods", name: nil, subresource: nil)),
            ("/api/v1/namespaces/dev/pods/web/log",
             APIPath(group: "", version: "v1", namespace: "dev", resource: "pods", name: "web", subresource: "log")),
            ("/api/v1/namespaces/dev", APIPath(group: "", version: "v1", namespace: nil, resource: "namespaces", name: "dev", subresource: nil)),
            ("/api/v1/namespaces/dev/status",
             APIPath(group: "", version: "v1", namespace: nil, resource: "namespaces", name: "dev", subresource: "status")),
            ("/apis/apps/v1/namespaces/default/deployments/web/scale",
             APIPath(group: "apps", version: "v1", namespace: "default", resource: "deployments", name: "web", subresource: "scale")),
            ("/apis/apps/v1/deployments", APIPath(group: "apps", version: "v1", namespace: nil, resource: "deployments", name: nil, subresource: nil)),
            ("/apis/apps/v1", nil),
            ("/api/v1/namespaces/default/pods/web/log/extra", nil),
            ("/healthz", nil),
        ]
        for (path, expected) in cases { XCTAssertEqual(APIPath.parse(path), expected, path) }
    }

    /// The body kubectl 1.32 sends for `create deployment web --image=nginx:1.25 --replicas=0 --port=80` (captured).
    static let createDeploymentBody = "6b3873000a150a07617070732f7631120a4465706c6f796d656e7412bd010a1f0a0377656212001a0022002a0032003800"
        + "42005a0a0a036170701203776562128b010800120c0a0a0a0361707012037765621a710a1c0a0012001a0022002a003200380042005a0a0a03"
        + "6170701203776562125112330a056e67696e78120a6e67696e783a312e32352a00320a0a001000185022002a0042006a0072008001008801"
        + "00900100a201001a00320042004a0052005800600068008201008a01009a0100c2010022020a00280038001a0c0800100018002000280038"
        + "001a002200"

    func testProtobufDeploymentBecomesTheJSONKubectlWouldSend() throws {
        let hex = Array(WireFormatTests.createDeploymentBody.utf8)
        let bytes = stride(from: 0, to: hex.count, by: 2).compactMap { UInt8(String(decoding: hex[$0..<($0 + 2)], as: UTF8.self), radix: 16) }
        let json = try ProtobufBody.json(bytes)
        XCTAssertEqual(json["apiVersion"], "apps/v1")
        XCTAssertEqual(json["kind"], "Deployment")
        XCTAssertEqual(json["metadata"], ["name": "web", "labels": ["app": "web"]])
        XCTAssertEqual(json["spec"]?["replicas"], .int(0), "a pointer field set to zero is kept")
        XCTAssertEqual(json["spec"]?["selector"], ["matchLabels": ["app": "web"]])
        XCTAssertEqual(json["spec"]?["template"]?["metadata"], ["labels": ["app": "web"]], "zero creationTimestamp and empty strings go")
        let container = json["spec"]?["template"]?["spec"]?["containers"]?[0]
        XCTAssertEqual(container?["name"], "nginx")
        XCTAssertEqual(container?["image"], "nginx:1.25")
        XCTAssertEqual(container?["ports"], [["containerPort": 80]], "the protocol is the server's default, not sent")
        XCTAssertEqual(container?["resources"], .emptyObject, "an empty struct stays, as Go's JSON writes it")
        XCTAssertNil(container?["stdin"], "a false non-pointer bool goes")
        XCTAssertEqual(json["spec"]?["strategy"], .emptyObject)
    }

    func testProtobufBodiesThatAreNotEnvelopesAreRefused() {
        XCTAssertThrowsError(try ProtobufBody.json(Array("{}".utf8)))
        XCTAssertThrowsError(try ProtobufBody.json(ProtobufBody.magic + [0x0a, 0x05, 0x0a]), "a truncated field")
    }

    func testSHA1AndTheWebSocketAcceptKey() {
        let hex = SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
        XCTAssertEqual(hex, "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(WebSocketFrame.acceptKey(for: "dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "RFC 6455's example")
        XCTAssertEqual(WebSocketFrame.binary([1, 65]), [0x82, 2, 1, 65])
        XCTAssertEqual(Array(WebSocketFrame.binary(Array(repeating: 0, count: 300)).prefix(4)), [0x82, 126, 1, 44])
        XCTAssertEqual(WebSocketFrame.close(code: 1000), [0x88, 2, 0x03, 0xe8])
    }

    func testChunkFraming() {
        XCTAssertEqual(String(decoding: HTTPResponse.chunk(Array("hello, watcher".utf8)), as: UTF8.self), "e\r\nhello, watcher\r\n")
        XCTAssertEqual(String(decoding: HTTPResponse.chunk([]), as: UTF8.self), "0\r\n\r\n")
    }
}
