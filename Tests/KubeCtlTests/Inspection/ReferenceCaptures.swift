import Foundation
import XCTest

/// The captured real kubectl 1.32 runs of the reference material (`kubectl-captures.jsonl`): layout vectors.
enum ReferenceCaptures {
    static let path = "/work/shared/reference/kubectl-captures.jsonl"

    /// One captured run.
    struct Capture {
        let command: String
        let stdout: String
        let stderr: String
        let exitCode: Int
    }

    static let all: [Capture] = {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let data = line.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let command = object["cmd"] as? String else { return nil }
            return Capture(command: command, stdout: object["out"] as? String ?? "", stderr: object["err"] as? String ?? "",
                           exitCode: object["rc"] as? Int ?? 0)
        }
    }()

    /// The first capture of `command`, or XCTSkip when the reference file is not there.
    static func capture(_ command: String) throws -> Capture {
        guard let found = all.first(where: { $0.command == command }) else {
            throw XCTSkip("reference capture of `kubectl \(command)` not available at \(path)")
        }
        return found
    }
}
