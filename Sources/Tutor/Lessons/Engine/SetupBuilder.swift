import Foundation
import KubeCluster
import KubeCtl

/// Why a lesson's setup could not be carried out, with where the offending part was written.
public struct SetupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The part of the lesson file that failed.
    public var location: LessonFileLocation
    /// What went wrong.
    public var message: String
    /// `file:line: message`.
    public var description: String { "\(location): \(message)" }
}

/// Carries out a lesson's setup on a fresh cluster: images, objects (as `kubectl apply` leaves them),
/// working files, commands, cluster events and waiting time.
enum SetupBuilder {
    /// Checks a manifest without a cluster: it names a simulated kind in its API version and decodes.
    static func validate(_ manifest: SetupManifest, reader: LessonFileReader) {
        if let problem = problem(with: manifest.object) { reader.error("objects: \(problem)", at: manifest.location) }
    }

    /// What is wrong with a manifest, if anything.
    static func problem(with object: JSONValue) -> String? {
        guard let kind = object["kind"]?.stringValue, let apiVersion = object["apiVersion"]?.stringValue else {
            return "every object needs apiVersion and kind"
        }
        guard let type = KindRegistry.type(forKind: kind) else { return "kind \(kind) is not simulated by kubetutor" }
        guard type.apiVersion == apiVersion else { return "\(kind) is served as apiVersion \(type.apiVersion), not \(apiVersion)" }
        guard let name = object["metadata"]?["name"]?.stringValue, !name.isEmpty else { return "\(kind) needs metadata.name" }
        do {
            _ = try decode(type, from: object)
        } catch {
            return "\(kind) \(name): \(error)"
        }
        return nil
    }

    private static func decode<T: APIObject & APIObjectRules>(_ type: T.Type, from json: JSONValue) throws -> T {
        try TreeDecoder().decode(T.self, from: json)
    }

    private static func create<T: APIObject & APIObjectRules>(_ type: T.Type, from json: JSONValue, in cluster: Cluster) throws {
        _ = try cluster.api.create(try TreeDecoder().decode(T.self, from: json))
    }

    /// Adds the lesson's images to the simulated registries.
    static func registerImages(_ images: [SetupImage], in cluster: Cluster) throws {
        for image in images {
            guard case .success(let model) = ImageReference.parse(image.like),
                  case .found(var entry, _, _, _) = ImageCatalogue.standard.lookup(model) else {
                throw SetupError(location: image.location, message: "image \(image.like) (like:) is not a known image")
            }
            guard case .success(let reference) = ImageReference.parse(image.name) else {
                throw SetupError(location: image.location, message: "\(image.name) is not a valid image name")
            }
            entry.repository = reference.fullRepository
            entry.tags = TagRule(exact: Set(image.tags))
            entry.versions = [:]
            if let response = image.response, var server = entry.server {
                server.ports = server.ports.mapValues { _ in .text(response) }
                entry.server = server
            }
            if let lines = image.logLines, var server = entry.server {
                server.startupLines = lines.map { StartupLine($0) }
                entry.server = server
            }
            cluster.registerImage(entry)
        }
    }

    /// Creates the manifests in order, each as `kubectl apply` would (with its last-applied annotation).
    static func createObjects(_ manifests: [SetupManifest], namespace: String, in cluster: Cluster) throws {
        for manifest in manifests {
            guard let kind = manifest.object["kind"]?.stringValue, let type = KindRegistry.type(forKind: kind) else {
                throw SetupError(location: manifest.location, message: problem(with: manifest.object) ?? "unknown kind")
            }
            let object = applied(manifest.object, namespaced: type.isNamespaced, namespace: namespace)
            do {
                try create(type, from: object, in: cluster)
            } catch {
                throw SetupError(location: manifest.location, message: "creating \(kind): \(error)")
            }
            cluster.settle()
        }
    }

    /// The object with its namespace filled in and `kubectl.kubernetes.io/last-applied-configuration` set.
    static func applied(_ object: JSONValue, namespaced: Bool, namespace: String) -> JSONValue {
        guard case .object(var members) = object, case .object(var metadata)? = members["metadata"] else { return object }
        if namespaced, metadata["namespace"] == nil { metadata["namespace"] = .string(namespace) }
        var annotations = metadata["annotations"]?.objectValue ?? [:]
        var recorded = members
        var recordedMetadata = metadata
        recordedMetadata["annotations"] = .object(annotations)
        recorded["metadata"] = .object(recordedMetadata)
        annotations["kubectl.kubernetes.io/last-applied-configuration"] = .string(JSONValue.object(recorded).sortedKeys().compactJSON() + "\n")
        metadata["annotations"] = .object(annotations)
        members["metadata"] = .object(metadata)
        return .object(members)
    }

    /// Places the lesson's files in the working directory.
    static func placeFiles(_ files: [SetupFile], in session: SessionFiles) throws {
        for file in files {
            do {
                try session.write(file.name, file.content)
            } catch {
                throw SetupError(location: file.location, message: "cannot write \(file.name): \(error)")
            }
        }
    }

    /// Makes cluster events happen (node down/up, time passing).
    static func perform(_ events: [ClusterEvent], in cluster: Cluster) {
        for event in events {
            switch event {
            case .nodeDown(let name): cluster.setNodeDown(name)
            case .nodeUp(let name): cluster.setNodeUp(name)
            case .wait(let seconds): cluster.advance(by: seconds)
            }
            cluster.settle()
        }
    }
}
