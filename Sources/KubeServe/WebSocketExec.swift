import Collections
import Foundation
import KubeCluster
import KubeCtl

/// `pods/NAME/exec` over the WebSocket protocol kubectl 1.32 speaks first (`v5.channel.k8s.io`): the command runs
/// at once in the simulated container and its output goes back on the stdout (1) and stderr (2) channels, then the
/// exit status as a Status on the error channel (3), then a close frame. Stdin and terminal resizes are not read.
extension APIRouter {
    /// The sub-protocols understood, preferred first.
    static let channelProtocols = ["v5.channel.k8s.io", "v4.channel.k8s.io"]

    func exec(_ path: APIPath, name: String, _ request: HTTPRequest) -> ServeReply {
        guard request.header("upgrade")?.lowercased() == "websocket", let key = request.header("sec-websocket-key") else {
            return .response(StatusDocuments.failure(code: 400, reason: "BadRequest", message: "Upgrade request required"))
        }
        let offered = (request.header("sec-websocket-protocol") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let chosen = APIRouter.channelProtocols.first(where: offered.contains) else {
            return .response(StatusDocuments.failure(code: 400, reason: "BadRequest",
                                                     message: "websocket server protocols must be one of \(APIRouter.channelProtocols)"))
        }
        let namespace = path.namespace ?? "default"
        let command = request.query.filter { $0.name == "command" }.map(\.value)
        let container = request.queryValue("container") ?? cluster.store.get(Pod.self, namespace: namespace, name: name)?
            .spec.containers.first?.name ?? ""
        var frames: [UInt8] = []
        switch ServerSideSupport.exec(namespace: namespace, pod: name, container: container, command: command, in: cluster) {
        case .failure(let error):
            return .response(StatusDocuments.failure(error, resource: nil, name: name))
        case .success(let result):
            if !result.stdout.isEmpty, request.queryFlag("stdout") { frames += WebSocketFrame.binary([1] + Array(result.stdout.utf8)) }
            if !result.stderr.isEmpty, request.queryFlag("stderr") { frames += WebSocketFrame.binary([2] + Array(result.stderr.utf8)) }
            frames += WebSocketFrame.binary([3] + Array(exitStatus(result.exitCode, command: command).compactJSON().utf8))
            frames += WebSocketFrame.close(code: 1000)
        }
        let head = ["HTTP/1.1 101 Switching Protocols", "Upgrade: websocket", "Connection: Upgrade",
                    "Sec-WebSocket-Accept: \(WebSocketFrame.acceptKey(for: key))", "Sec-WebSocket-Protocol: \(chosen)"]
        return .upgrade(head: Array((head.joined(separator: "\r\n") + "\r\n\r\n").utf8), body: frames)
    }

    /// The Status the error channel carries: Success, or NonZeroExitCode with the code as a cause.
    func exitStatus(_ code: Int32, command: [String]) -> JSONValue {
        var root = OrderedDictionary<String, JSONValue>()
        root["metadata"] = .emptyObject
        if code == 0 {
            root["status"] = "Success"
            return .object(root)
        }
        root["status"] = "Failure"
        root["message"] = .string("command terminated with non-zero exit code: error executing command \(command), exit code \(code)")
        root["reason"] = "NonZeroExitCode"
        root["details"] = ["causes": [["reason": "ExitCode", "message": .string(String(code))]]]
        return .object(root)
    }
}

/// Server-side WebSocket framing (RFC 6455): unmasked frames and the handshake's accept key.
enum WebSocketFrame {
    /// A binary data frame.
    static func binary(_ payload: [UInt8]) -> [UInt8] { frame(opcode: 0x2, payload) }

    /// A close frame with a status code.
    static func close(code: UInt16) -> [UInt8] { frame(opcode: 0x8, [UInt8(code >> 8), UInt8(code & 0xff)]) }

    static func frame(opcode: UInt8, _ payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0x80 | opcode]
        if payload.count < 126 {
            bytes.append(UInt8(payload.count))
        } else if payload.count <= 0xffff {
            bytes += [126, UInt8(payload.count >> 8), UInt8(payload.count & 0xff)]
        } else {
            bytes.append(127)
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8((UInt64(payload.count) >> UInt64(shift)) & 0xff)) }
        }
        return bytes + payload
    }

    /// `Sec-WebSocket-Accept`: base64 of the SHA-1 of the client's key and the protocol's fixed GUID.
    static func acceptKey(for key: String) -> String {
        Data(SHA1.digest(Array((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8))).base64EncodedString()
    }
}

/// SHA-1 (FIPS 180-4), needed only for the WebSocket handshake.
enum SHA1 {
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8((bitLength >> UInt64(shift)) & 0xff)) }
        for chunk in stride(from: 0, to: data.count, by: 64) {
            var w = [UInt32](repeating: 0, count: 80)
            for index in 0..<16 {
                let base = chunk + index * 4
                w[index] = UInt32(data[base]) << 24 | UInt32(data[base + 1]) << 16 | UInt32(data[base + 2]) << 8 | UInt32(data[base + 3])
            }
            for index in 16..<80 {
                let mixed = w[index - 3] ^ w[index - 8] ^ w[index - 14] ^ w[index - 16]
                w[index] = mixed << 1 | mixed >> 31
            }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for index in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch index {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A827999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1BBCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62C1D6)
                }
                let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ w[index]
                (e, d, c, b, a) = (d, c, b << 30 | b >> 2, a, temp)
            }
            h[0] = h[0] &+ a
            h[1] = h[1] &+ b
            h[2] = h[2] &+ c
            h[3] = h[3] &+ d
            h[4] = h[4] &+ e
        }
        return h.flatMap { word in [24, 16, 8, 0].map { UInt8((word >> UInt32($0)) & 0xff) } }
    }
}
