import Collections
import KubeCluster

extension StrategicMergePatch {
    /// `current` with `patch` applied (upstream `StrategicMergeMapPatch`): maps merge, `null` deletes, lists
    /// with a merge key merge item by item (`$patch: delete` removes one, `$setElementOrder` orders them),
    /// other lists and values are replaced; `$retainKeys` clears the keys it does not name.
    func apply(_ patch: JSONValue, to current: JSONValue) -> JSONValue {
        guard case .object(let members) = patch else { return patch }
        return applyObject(members, to: current.objectValue, path: [])
    }

    private func applyObject(_ patch: Members, to current: Members?, path: [String]) -> JSONValue {
        if patch["$patch"]?.stringValue == "replace" { return Self.stripped(.object(patch)) }
        var result = current ?? [:]
        if let retained = patch["$retainKeys"]?.arrayValue {
            let names = Set(retained.compactMap(\.stringValue))
            for key in result.keys where !names.contains(key) { result.removeValue(forKey: key) }
        }
        for (key, value) in patch where !key.hasPrefix("$") {
            let childPath = path + [key]
            switch value {
            case .null:
                result.removeValue(forKey: key)
            case .object(let sub):
                result[key] = applyObject(sub, to: result[key]?.objectValue, path: childPath)
            case .array(let items):
                if let mergeKey = schema.mergeKey(for: childPath), Self.keyed(items.filter { $0["$patch"] == nil }, mergeKey) {
                    let order = patch["$setElementOrder/\(key)"]?.arrayValue
                    result[key] = .array(mergeList(result[key]?.arrayValue ?? [], items, key: mergeKey, order: order, path: childPath))
                } else {
                    result[key] = Self.stripped(value)
                }
            default:
                result[key] = value
            }
        }
        return .object(result)
    }

    private func mergeList(_ current: [JSONValue], _ items: [JSONValue], key: String, order: [JSONValue]?,
                           path: [String]) -> [JSONValue] {
        var result = current
        for item in items {
            guard case .object(let members) = item else { continue }
            let value = members[key]
            if members["$patch"]?.stringValue == "delete" {
                result.removeAll { $0[key] == value }
                continue
            }
            if let index = result.firstIndex(where: { $0[key] == value }) {
                result[index] = applyObject(members, to: result[index].objectValue, path: path)
            } else {
                result.append(applyObject(members, to: nil, path: path))
            }
        }
        guard let order else { return result }
        let positions = order.compactMap { $0[key] }
        let ordered = positions.compactMap { position in result.first { $0[key] == position } }
        let others = result.filter { item in !positions.contains { $0 == item[key] } }
        return ordered + others
    }

    /// A patch value without directives or `null` members, as it lands where nothing was before.
    static func stripped(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var result = Members()
            for (key, member) in members where !key.hasPrefix("$") && member != .null { result[key] = stripped(member) }
            return .object(result)
        case .array(let items):
            return .array(items.filter { $0["$patch"]?.stringValue != "delete" }.map(stripped))
        default:
            return value
        }
    }
}

/// JSON merge patches (RFC 7386, `kubectl patch --type merge`): maps merge, `null` deletes, anything else replaces.
enum MergePatch {
    /// `target` with `patch` merged in.
    static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
        guard case .object(let members) = patch else { return patch }
        var result = target.objectValue ?? [:]
        for (key, value) in members {
            if value == .null {
                result.removeValue(forKey: key)
            } else {
                result[key] = apply(value, to: result[key] ?? .null)
            }
        }
        return .object(result)
    }
}

/// JSON patches (RFC 6902, `kubectl patch --type json`): add, remove, replace, move, copy and test operations
/// on JSON pointers, `-` appending to an array; errors are worded like the json-patch library the API server uses.
enum JSONPatch {
    /// A failed operation, with the library's message.
    struct Failure: Error, Equatable {
        let message: String
    }

    /// `document` with every operation of `patch` applied in order.
    static func apply(_ patch: JSONValue, to document: JSONValue) throws -> JSONValue {
        guard let operations = patch.arrayValue else {
            throw Failure(message: "json: cannot unmarshal \(patch.typeName) into Go value of type jsonpatch.Patch")
        }
        var result = document
        for operation in operations {
            let kind = operation["op"]?.stringValue ?? ""
            let path = operation["path"]?.stringValue ?? ""
            switch kind {
            case "add":
                result = try add(operation["value"] ?? .null, at: path, in: result, operation: "add")
            case "remove":
                result = try remove(at: path, in: result)
            case "replace":
                result = try replace(operation["value"] ?? .null, at: path, in: result)
            case "move":
                let from = operation["from"]?.stringValue ?? ""
                let key = tokens(from).last ?? ""
                guard let moved = value(at: from, in: result) else {
                    throw Failure(message: "error in move for path: '\(key)': Unable to remove nonexistent key: \(key): missing value")
                }
                result = try add(moved, at: path, in: try remove(at: from, in: result), operation: "move")
            case "copy":
                let copied = value(at: operation["from"]?.stringValue ?? "", in: result) ?? .null
                result = try add(copied, at: path, in: result, operation: "copy")
            case "test":
                guard value(at: path, in: result) == (operation["value"] ?? .null) else {
                    throw Failure(message: "testing value \(path) failed: test failed")
                }
            default:
                throw Failure(message: "Unexpected kind: \(kind)")
            }
        }
        return result
    }

    /// The pointer's tokens (`~1` is `/`, `~0` is `~`).
    static func tokens(_ pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        return pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The value a JSON pointer names, if any.
    static func value(at pointer: String, in document: JSONValue) -> JSONValue? {
        var current: JSONValue? = document
        for token in tokens(pointer) {
            switch current {
            case .object(let members)?: current = members[token]
            case .array(let items)?:
                guard let index = Int(token), items.indices.contains(index) else { return nil }
                current = items[index]
            default: return nil
            }
        }
        return current
    }

    private static func add(_ value: JSONValue, at pointer: String, in document: JSONValue, operation: String) throws -> JSONValue {
        let parts = tokens(pointer)
        guard let last = parts.last else { return value }
        let missing = Failure(message: "\(operation) operation does not apply: doc is missing path: \"\(pointer)\": missing value")
        return try update(document, along: Array(parts.dropLast()), missing: missing) { container in
            switch container {
            case .object(var members):
                members[last] = value
                return .object(members)
            case .array(var items):
                if last == "-" { items.append(value); return .array(items) }
                guard let index = Int(last), index >= 0, index <= items.count else {
                    throw Failure(message: "error in \(operation) for path: '\(pointer)': Unable to access invalid index: \(last): "
                        + "invalid index referenced")
                }
                items.insert(value, at: index)
                return .array(items)
            default:
                throw missing
            }
        }
    }

    private static func remove(at pointer: String, in document: JSONValue) throws -> JSONValue {
        let parts = tokens(pointer)
        let missing = Failure(message: "remove operation does not apply: doc is missing path: \"\(pointer)\": missing value")
        guard let last = parts.last else { throw missing }
        return try update(document, along: Array(parts.dropLast()), missing: missing) { container in
            switch container {
            case .object(var members):
                guard members.removeValue(forKey: last) != nil else {
                    throw Failure(message: "error in remove for path: '\(pointer)': Unable to remove nonexistent key: \(last): missing value")
                }
                return .object(members)
            case .array(var items):
                guard let index = Int(last), items.indices.contains(index) else {
                    throw Failure(message: "error in remove for path: '\(pointer)': Unable to access invalid index: \(last): "
                        + "invalid index referenced")
                }
                items.remove(at: index)
                return .array(items)
            default:
                throw missing
            }
        }
    }

    /// `replace`: an existing array element, or an object member (set even when it was missing, as the library does).
    private static func replace(_ value: JSONValue, at pointer: String, in document: JSONValue) throws -> JSONValue {
        let parts = tokens(pointer)
        guard let last = parts.last else { return value }
        let missing = Failure(message: "replace operation does not apply: doc is missing path: \(pointer): missing value")
        return try update(document, along: Array(parts.dropLast()), missing: missing) { container in
            switch container {
            case .object(var members):
                members[last] = value
                return .object(members)
            case .array(var items):
                guard let index = Int(last), items.indices.contains(index) else {
                    throw Failure(message: "replace operation does not apply: doc is missing key: \(pointer): invalid index referenced")
                }
                items[index] = value
                return .array(items)
            default:
                throw missing
            }
        }
    }

    /// Rebuilds `document` with the container at `path` replaced by `change(container)`.
    private static func update(_ document: JSONValue, along path: [String], missing: Failure,
                               _ change: (JSONValue) throws -> JSONValue) throws -> JSONValue {
        guard let first = path.first else { return try change(document) }
        let rest = Array(path.dropFirst())
        switch document {
        case .object(var members):
            guard let child = members[first] else { throw missing }
            members[first] = try update(child, along: rest, missing: missing, change)
            return .object(members)
        case .array(var items):
            guard let index = Int(first), items.indices.contains(index) else { throw missing }
            items[index] = try update(items[index], along: rest, missing: missing, change)
            return .array(items)
        default:
            throw missing
        }
    }
}
