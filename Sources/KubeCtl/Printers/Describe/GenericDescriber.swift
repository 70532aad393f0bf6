import Collections
import KubeCluster

/// The describer kubectl falls back to for kinds without their own (`genericDescriber` in describe.go),
/// which kubetutor uses for Events: name, namespace, labels and annotations, then every other field of
/// the object in key order with camel-case keys turned into words (`apiVersion` → `API Version`), nested
/// maps indented, and the object's own events.
public enum GenericDescriber {
    /// Metadata fields printed above (or never) rather than in the field walk.
    static let skipped: Set<String> = [".metadata.managedFields", ".metadata.name", ".metadata.namespace",
                                       ".metadata.labels", ".metadata.annotations"]

    public static func describe(_ object: any APIObject, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", object.name)
        out.field(0, "Namespace", object.namespace)
        out.list(0, "Labels", DescribeText.labels(object.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(object.metadata.annotations))
        if case .object(let members) = ObjectJSON.encode(object) { writeContent(&out, 0, members, path: "") }
        EventsSection.write(&out, store: store, now: now, namespace: object.namespace, kind: type(of: object).kind,
                            name: object.name, uid: object.metadata.uid)
        return out.render()
    }

    /// `printUnstructuredContent`: fields sorted by key; maps and lists open a nested block.
    static func writeContent(_ out: inout DescribeWriter, _ level: Int, _ members: OrderedDictionary<String, JSONValue>, path: String) {
        for key in members.keys.sorted(by: GoValueText.byteOrderLess) {
            let fieldPath = "\(path).\(key)"
            guard !skipped.contains(fieldPath), let value = members[key] else { continue }
            switch value {
            case .object(let nested):
                out.line(level, "\(label(key)):")
                writeContent(&out, level + 1, nested, path: fieldPath)
            case .array(let items):
                out.line(level, "\(label(key)):")
                for item in items {
                    if case .object(let nested) = item {
                        writeContent(&out, level + 1, nested, path: fieldPath)
                    } else {
                        out.line(level + 1, GoValueText.plain(item))
                    }
                }
            default:
                out.field(level, label(key), GoValueText.plain(value))
            }
        }
    }

    /// `smartLabelFor`: keys of letters and dashes split at case changes into title-cased words, with
    /// API, URL, UID, OSB and GUID in capitals; any other key as it is.
    static func label(_ field: String) -> String {
        guard field.allSatisfy({ $0.isLetter || $0 == "-" }) else { return field }
        let acronyms: Set<String> = ["API", "URL", "UID", "OSB", "GUID"]
        return camelCaseWords(field).filter { $0 != "_" }.map { part in
            acronyms.contains(part.uppercased()) ? part.uppercased() : part.prefix(1).uppercased() + part.dropFirst()
        }.joined(separator: " ")
    }

    /// `camelcase.Split`: runs of lower-case, upper-case, digits and other characters, with the last
    /// capital of an upper-case run moved to a following lower-case run (`APIVersion` → `API`, `Version`).
    static func camelCaseWords(_ text: String) -> [String] {
        func kind(_ character: Character) -> Int {
            if character.isLowercase { return 1 }
            if character.isUppercase { return 2 }
            if character.isNumber { return 3 }
            return 4
        }
        var runs: [[Character]] = []
        var lastKind = 0
        for character in text {
            let current = kind(character)
            if current == lastKind, !runs.isEmpty { runs[runs.count - 1].append(character) } else { runs.append([character]) }
            lastKind = current
        }
        for index in runs.indices.dropLast() where kind(runs[index].first ?? " ") == 2 && kind(runs[index + 1].first ?? " ") == 1 {
            if let moved = runs[index].popLast() { runs[index + 1].insert(moved, at: 0) }
        }
        return runs.filter { !$0.isEmpty }.map { String($0) }
    }
}
