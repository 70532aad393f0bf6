import Foundation
import XCTest
@testable import KubeCtl

/// Runs the same command line through kubetutor and through the real kubectl 1.32 binary (offline, in a
/// scratch folder holding the same manifest files), for the forms that need no API server.
enum WorkloadOracle {
    /// What one run printed.
    struct Output: Equatable, CustomStringConvertible {
        var stdout: String
        var stderr: String
        var status: Int32
        var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// A Deployment manifest as `kubectl create deployment web --image=nginx:1.27 --replicas=2 --dry-run=client -o yaml` writes it.
    static let webYAML = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          creationTimestamp: null
          labels:
            app: web
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          strategy: {}
          template:
            metadata:
              creationTimestamp: null
              labels:
                app: web
            spec:
              containers:
              - image: nginx:1.27
                name: nginx
                resources: {}
        status: {}

        """

    /// Two pods in one file, one with an environment and limits already set.
    static let podsYAML = """
        apiVersion: v1
        kind: Pod
        metadata:
          labels:
            run: one
          name: one
        spec:
          containers:
          - name: app
            image: busybox:1.36
            env:
            - name: MODE
              value: slow
            - name: LEVEL
              valueFrom:
                configMapKeyRef:
                  name: settings
                  key: level
            resources:
              limits:
                cpu: 500m
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: two
          annotations:
            note: hello
        spec:
          initContainers:
          - name: setup
            image: busybox:1.36
          containers:
          - name: app
            image: nginx:1.27

        """

    /// The manifest files both sides see.
    static let files = ["web.yaml": webYAML, "pods.yaml": podsYAML]

    /// kubetutor's answer (a fresh sandbox with the files written into its session folder).
    static func kubetutor(_ arguments: [String]) throws -> Output {
        let harness = KubectlHarness()
        for (name, text) in files { try harness.shell.kubectl.files.write(name, text) }
        var out = ""
        var err = ""
        let status = harness.shell.kubectl.run(arguments, stdin: nil, io: ShellIO(stdout: { out += $0 }, stderr: { err += $0 }))
        return Output(stdout: out, stderr: err, status: status)
    }

    /// The real binary's answer, run in a scratch folder holding the files; skips the test when it is absent.
    static func upstream(_ arguments: [String]) throws -> Output {
        guard FileManager.default.isExecutableFile(atPath: KubectlBinary.path) else {
            throw XCTSkip("kubectl.1.32 not found at \(KubectlBinary.path); the comparison with upstream is skipped")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-workload-oracle-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KubectlBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["HOME": "/root", "KUBECONFIG": folder.appendingPathComponent("absent-kubeconfig").path, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: errData, as: UTF8.self).replacingOccurrences(of: "kubectl.1.32", with: "kubectl")
        return Output(stdout: String(decoding: outData, as: UTF8.self), stderr: stderr, status: process.terminationStatus)
    }
}
