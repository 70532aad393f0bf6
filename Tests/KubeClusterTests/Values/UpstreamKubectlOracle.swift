import Foundation
import KubeCluster

/// Runs the real upstream kubectl 1.32 binary offline (`label --local`), which reads a manifest and
/// prints it back with the upstream JSON/YAML codecs. Tests that use it skip when it is absent.
enum UpstreamKubectlOracle {
    static let path = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// kubectl's stdout and stderr for `label --local -f <file> o=o -o <format>` on `manifest`.
    static func run(manifest: String, fileExtension: String = "json", format: String) throws -> (out: String, err: String) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kubetutor-values-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("manifest.\(fileExtension)")
        try manifest.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["label", "--local", "-f", file.path, "o=o", "-o", format]
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// The ConfigMap wrapper the oracle needs around a test value, as kubectl prints it back.
    static func wrapped(_ value: JSONValue) -> JSONValue {
        ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["labels": ["o": "o"], "name": "o"], "x": value]
    }

    static func manifest(for value: JSONValue) -> String {
        let input: JSONValue = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "o"], "x": value]
        return input.compactJSON()
    }
}
