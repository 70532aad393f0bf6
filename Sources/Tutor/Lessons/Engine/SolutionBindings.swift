import KubeCluster
import KubeCtl

/// Fills in the bindings of solution, alternative and example lines from the cluster as it is when the
/// line is shown or played:
///
/// - `@pod(app=web)` → the newest matching object's name,
/// - `@pod(app=web){.status.podIP}` → a value of that object,
/// - `@service/web{.spec.ports[0].nodePort}` → a value of a named object.
enum SolutionBindings {
    /// One binding found in a line.
    struct Binding {
        var range: Range<String.Index>
        /// The object reference text (`@pod(app=web)` or `service/web`).
        var reference: String
        /// The jsonpath after it, if any.
        var path: String?
    }

    /// The line with every binding replaced (bindings that find nothing are left as written).
    static func resolve(_ line: String, reader: ClusterReader) -> String {
        var result = ""
        var cursor = line.startIndex
        for binding in bindings(in: line) {
            result += line[cursor..<binding.range.lowerBound]
            result += value(of: binding, reader: reader) ?? String(line[binding.range])
            cursor = binding.range.upperBound
        }
        return result + line[cursor...]
    }

    /// What is wrong with the bindings of a line (for the linter).
    static func problems(in line: String) -> [String] {
        bindings(in: line).compactMap { binding in
            if case .failure(let error) = ObjectRefParser.parse(binding.reference, namespace: nil) { return error.message }
            if let path = binding.path, (try? JSONPathTemplate(path)) == nil { return "\(path) is not a valid jsonpath" }
            if binding.path == nil, !binding.reference.hasPrefix("@") { return "@\(binding.reference) needs a {jsonpath} after it" }
            return nil
        }
    }

    /// The line with each binding replaced by a plain word, for parsing.
    static func placeholders(in line: String) -> String {
        var result = ""
        var cursor = line.startIndex
        for binding in bindings(in: line) {
            result += line[cursor..<binding.range.lowerBound] + (binding.path == nil ? "binding-name" : "1")
            cursor = binding.range.upperBound
        }
        return result + line[cursor...]
    }

    private static func value(of binding: Binding, reader: ClusterReader) -> String? {
        guard case .success(let ref) = ObjectRefParser.parse(binding.reference, namespace: nil), let object = reader.object(ref) else {
            return nil
        }
        guard let path = binding.path else { return object.name }
        return try? reader.text(at: path, in: object)
    }

    /// Every binding in a line, in order.
    static func bindings(in line: String) -> [Binding] {
        var found: [Binding] = []
        var index = line.startIndex
        while let at = line[index...].firstIndex(of: "@") {
            if let binding = binding(at: at, in: line) {
                found.append(binding)
                index = binding.range.upperBound
            } else {
                index = line.index(after: at)
            }
        }
        return found
    }

    private static func binding(at start: String.Index, in line: String) -> Binding? {
        var cursor = line.index(after: start)
        let typeStart = cursor
        while cursor < line.endIndex, line[cursor].isLetter || line[cursor].isNumber || line[cursor] == "." || line[cursor] == "-" {
            cursor = line.index(after: cursor)
        }
        guard cursor > typeStart, cursor < line.endIndex else { return nil }
        let reference: String
        if line[cursor] == "(" {
            guard let close = line[cursor...].firstIndex(of: ")") else { return nil }
            cursor = line.index(after: close)
            reference = String(line[start..<cursor])
        } else if line[cursor] == "/" {
            var end = line.index(after: cursor)
            while end < line.endIndex, line[end].isLetter || line[end].isNumber || line[end] == "." || line[end] == "-" {
                end = line.index(after: end)
            }
            guard end < line.endIndex, line[end] == "{" else { return nil }
            reference = String(line[line.index(after: start)..<end])
            cursor = end
        } else {
            return nil
        }
        var path: String?
        if cursor < line.endIndex, line[cursor] == "{" {
            var depth = 0
            var end = cursor
            while end < line.endIndex {
                if line[end] == "{" { depth += 1 }
                if line[end] == "}" { depth -= 1; if depth == 0 { break } }
                end = line.index(after: end)
            }
            guard end < line.endIndex else { return nil }
            path = String(line[cursor...end])
            cursor = line.index(after: end)
        }
        if !reference.hasPrefix("@"), path == nil { return nil }
        return Binding(range: start..<cursor, reference: reference, path: path)
    }
}
