/// Why a setup manifest could not become objects: which document, and what went wrong.
public struct ManifestSetupError: Error, CustomStringConvertible, Equatable {
    /// The 1-based document number in the YAML stream.
    public var document: Int
    /// What went wrong, in the API server's or the decoder's words.
    public var message: String

    public init(document: Int, message: String) {
        self.document = document
        self.message = message
    }

    /// `document N: message`.
    public var description: String { "document \(document): \(message)" }
}

extension Cluster {
    /// Creates every object of a YAML (or JSON) manifest stream through the API server — defaulting,
    /// validation and admission included — as a lesson or challenge setup does, and settles.
    /// Returns `kind/name` of each created object, in order. Stops at the first failure.
    @discardableResult
    public func createObjects(fromYAML text: String, namespace: String = "default") throws -> [String] {
        let documents: [JSONValue]
        do {
            documents = try JSONValue.parseYAMLDocuments(text)
        } catch {
            throw ManifestSetupError(document: 1, message: "\(error)")
        }
        var created: [String] = []
        for (index, document) in documents.enumerated() {
            guard let kind = document["kind"]?.stringValue, let type = KindRegistry.type(forKind: kind) else {
                let kind = document["kind"]?.stringValue ?? "(none)"
                throw ManifestSetupError(document: index + 1, message: "no simulated kind \"\(kind)\"")
            }
            do {
                created.append(try createDecoded(type, from: document, namespace: namespace))
            } catch let error as APIError {
                throw ManifestSetupError(document: index + 1, message: error.message)
            } catch {
                throw ManifestSetupError(document: index + 1, message: "\(error)")
            }
        }
        settle()
        return created
    }

    /// Creates the objects of a manifest stream, or replaces those that exist (keeping their status),
    /// as `kubectl apply` would for a setup; settles and returns `kind/name configured|created` lines.
    @discardableResult
    public func applyObjects(fromYAML text: String, namespace: String = "default") throws -> [String] {
        let documents: [JSONValue]
        do {
            documents = try JSONValue.parseYAMLDocuments(text)
        } catch {
            throw ManifestSetupError(document: 1, message: "\(error)")
        }
        var results: [String] = []
        for (index, document) in documents.enumerated() {
            guard let kind = document["kind"]?.stringValue, let type = KindRegistry.type(forKind: kind) else {
                throw ManifestSetupError(document: index + 1, message: "no simulated kind \"\(document["kind"]?.stringValue ?? "(none)")\"")
            }
            do {
                results.append(try applyDecoded(type, from: document, namespace: namespace))
            } catch let error as APIError {
                throw ManifestSetupError(document: index + 1, message: error.message)
            } catch {
                throw ManifestSetupError(document: index + 1, message: "\(error)")
            }
            settle()
        }
        return results
    }

    private func applyDecoded<T: APIObject & APIObjectRules>(_ type: T.Type, from document: JSONValue,
                                                            namespace: String) throws -> String {
        var object = try TreeDecoder().decode(T.self, from: document)
        if T.isNamespaced, object.metadata.namespace?.isEmpty ?? true { object.metadata.namespace = namespace }
        guard let existing = store.get(T.self, object.key) else {
            try api.create(object)
            return "\(T.kind.lowercased())/\(object.name) created"
        }
        var tree = document
        if let status = (try? TreeEncoder().encode(existing))?["status"] { tree["status"] = status }
        var replacement = try TreeDecoder().decode(T.self, from: tree)
        replacement.metadata.namespace = existing.metadata.namespace
        replacement.metadata.resourceVersion = nil
        try api.update(replacement)
        return "\(T.kind.lowercased())/\(object.name) configured"
    }

    private func createDecoded<T: APIObject & APIObjectRules>(_ type: T.Type, from document: JSONValue,
                                                             namespace: String) throws -> String {
        var object = try TreeDecoder().decode(T.self, from: document)
        if T.isNamespaced, object.metadata.namespace?.isEmpty ?? true { object.metadata.namespace = namespace }
        let stored = try api.create(object)
        return "\(T.kind.lowercased())/\(stored.name)"
    }
}
