/// The fields of `input` that a typed decode dropped: the paths of object members present in
/// `input` but absent from `decodedReencoded` (the typed value decoded from `input` and encoded
/// again). This is what the API server's strict decoding reports as `unknown field "spec.foo"`.
///
/// Paths are dotted with array indexes, as upstream prints them (`spec.template.spec.containers[0].foo`),
/// in `input`'s key order, without duplicates and at most 100 (upstream's limit). Pass
/// `input.sortedKeys()` to get the order the API server reports for YAML manifests (it reads the
/// JSON that sigs.k8s.io/yaml produces, whose keys are sorted).
///
/// A member whose value is `null` is never reported: a known optional field set to `null` is also
/// absent after re-encoding, and the two cannot be told apart here.
public func unknownFieldPaths(input: JSONValue, decodedReencoded: JSONValue) -> [String] {
    var finder = UnknownFieldFinder()
    finder.walk(input, decodedReencoded, path: "")
    return finder.paths
}

/// Walks the input and the re-encoded value side by side.
private struct UnknownFieldFinder {
    static let limit = 100
    var paths: [String] = []
    var seen: Set<String> = []

    mutating func walk(_ input: JSONValue, _ known: JSONValue, path: String) {
        guard paths.count < Self.limit else { return }
        switch (input, known) {
        case (.object(let inputMembers), .object(let knownMembers)):
            for (key, value) in inputMembers {
                let memberPath = path.isEmpty ? key : path + "." + key
                if let knownValue = knownMembers[key] {
                    walk(value, knownValue, path: memberPath)
                } else if value != .null, paths.count < Self.limit, seen.insert(memberPath).inserted {
                    paths.append(memberPath)
                }
            }
        case (.array(let inputItems), .array(let knownItems)):
            for index in 0..<min(inputItems.count, knownItems.count) {
                walk(inputItems[index], knownItems[index], path: path + "[\(index)]")
            }
        default:
            return
        }
    }
}
