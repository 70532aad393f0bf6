import KubeCluster

/// The `last-applied-configuration` annotation `kubectl apply` keeps on the objects it manages.
enum LastAppliedAnnotation {
    /// The annotation key.
    static let key = "kubectl.kubernetes.io/last-applied-configuration"

    /// The annotation's value for `manifest`: the object without that annotation (an empty `annotations`
    /// map when it has none, as kubectl leaves it), as compact JSON with sorted keys and a final newline.
    static func value(for manifest: JSONValue) -> String {
        var copy = manifest
        var metadata = copy["metadata"]?.objectValue ?? [:]
        var annotations = metadata["annotations"]?.objectValue ?? [:]
        annotations.removeValue(forKey: key)
        metadata["annotations"] = .object(annotations)
        copy["metadata"] = .object(metadata)
        return copy.sortedKeys().compactJSON() + "\n"
    }

    /// `manifest` with its annotation set to `value(for: manifest)`.
    static func annotated(_ manifest: JSONValue) -> JSONValue {
        let text = value(for: manifest)
        var copy = manifest
        var metadata = copy["metadata"]?.objectValue ?? [:]
        var annotations = metadata["annotations"]?.objectValue ?? [:]
        annotations[key] = .string(text)
        metadata["annotations"] = .object(annotations)
        copy["metadata"] = .object(metadata)
        return copy
    }

    /// The annotation of a stored object, parsed; nil when absent or not JSON.
    static func parsed(from live: JSONValue) -> JSONValue? {
        guard let text = live.value(at: ["metadata", "annotations", key])?.stringValue else { return nil }
        return try? JSONValue.parseJSON(text)
    }
}
