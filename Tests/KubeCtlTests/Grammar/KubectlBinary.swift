import Foundation
import XCTest

/// Runs the real kubectl 1.32 binary (the fidelity oracle) when it is installed, offline and without a kubeconfig.
enum KubectlBinary {
    /// Where the upstream binary is expected.
    static let path = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32"

    /// What one run of the binary printed.
    struct Run: Equatable {
        let stdout: String
        let stderr: String
        let exitCode: Int32
    }

    /// Throws XCTSkip when the binary is absent.
    static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("kubectl.1.32 not found at \(path)")
        }
    }

    /// Results of earlier runs: several test cases ask for the same help pages.
    private static var cache: [[String]: Run] = [:]

    /// Runs `kubectl ARGS` with HOME=/root (the tree's `--cache-dir` default) and no usable kubeconfig.
    static func run(_ args: [String]) throws -> Run {
        try requireBinary()
        if let cached = cache[args] { return cached }
        let result = try launch(args)
        cache[args] = result
        return result
    }

    private static func launch(_ args: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = args
        process.environment = ["HOME": "/root", "KUBECONFIG": "/nonexistent/kubeconfig", "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                   exitCode: process.terminationStatus)
    }
}
