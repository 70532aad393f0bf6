import Foundation
import KubeCluster
import XCTest
@testable import KubeCtl

/// Runs the real kubectl 1.32 for client-side generators (`create …`, `run`, `expose -f`, `autoscale -f`
/// with `--dry-run=client`). Those need API discovery, so the oracle gets a discovery cache written from
/// kubetutor's own resource catalog (kubectl then never reaches the unreachable `--server`).
/// Tests that use it skip when the binary is absent.
final class GeneratorOracle {
    static let binary = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32"
    static let server = "http://127.0.0.1:1"

    /// The scratch folder: the discovery cache and input files live here.
    let folder: URL

    /// Sets up the discovery cache; throws XCTSkip without the binary.
    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw XCTSkip("real kubectl 1.32 not found at \(Self.binary); oracle comparison skipped")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-generators-\(UUID().uuidString)")
        try writeDiscoveryCache()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// What one kubectl run printed.
    struct Output: Equatable, CustomStringConvertible {
        var stdout: String
        var stderr: String
        var status: Int32
        var description: String { "status \(status)\nstdout: \(stdout.debugDescription)\nstderr: \(stderr.debugDescription)" }
    }

    /// Runs `kubectl ARGS` against the cached discovery (working directory: `folder`).
    func run(_ args: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["--server=\(Self.server)", "--cache-dir=\(folder.appendingPathComponent("cache").path)"] + args
        process.environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin"]
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// Writes a file the oracle can read (`path` relative to `folder`).
    func write(_ path: String, _ contents: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }

    /// `servergroups.json` and one `serverresources.json` per group version, with the scale subresources
    /// `autoscale` looks for.
    private func writeDiscoveryCache() throws {
        let root = folder.appendingPathComponent("cache/discovery/127.0.0.1_1")
        let catalog = ResourceCatalog.standard
        var groups: [JSONValue] = []
        for group in catalog.groups {
            let versions: [JSONValue] = group.versions.map { version in
                ["groupVersion": .string(group.name.isEmpty ? version : "\(group.name)/\(version)"), "version": .string(version)]
            }
            groups.append(["name": .string(group.name), "versions": .array(versions), "preferredVersion": versions.first ?? .null])
            for version in group.versions {
                let groupVersion = group.name.isEmpty ? version : "\(group.name)/\(version)"
                var resources: [JSONValue] = []
                for resource in catalog.resources where resource.group == group.name && resource.versions.contains(version) {
                    var entry: JSONValue = ["name": .string(resource.name), "singularName": .string(resource.singularName),
                                            "namespaced": .bool(resource.namespaced), "kind": .string(resource.kind),
                                            "verbs": .array(resource.verbs.map { .string($0) })]
                    if !resource.shortNames.isEmpty { entry["shortNames"] = .array(resource.shortNames.map { .string($0) }) }
                    if !resource.categories.isEmpty { entry["categories"] = .array(resource.categories.map { .string($0) }) }
                    resources.append(entry)
                    if ["deployments", "replicasets", "statefulsets", "replicationcontrollers"].contains(resource.name) {
                        resources.append(["name": .string(resource.name + "/scale"), "singularName": "", "namespaced": true,
                                          "group": "autoscaling", "version": "v1", "kind": "Scale",
                                          "verbs": ["get", "patch", "update"]])
                    }
                }
                let list: JSONValue = ["kind": "APIResourceList", "apiVersion": "v1", "groupVersion": .string(groupVersion),
                                       "resources": .array(resources)]
                let url = root.appendingPathComponent(group.name.isEmpty ? version : "\(group.name)/\(version)")
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                try list.compactJSON().write(to: url.appendingPathComponent("serverresources.json"), atomically: true, encoding: .utf8)
            }
        }
        let groupList: JSONValue = ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(groups)]
        try groupList.compactJSON().write(to: root.appendingPathComponent("servergroups.json"), atomically: true, encoding: .utf8)
    }
}
