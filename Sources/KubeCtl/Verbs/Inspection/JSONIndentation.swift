import Foundation
import KubeCluster

/// JSON indented by two spaces per level, as Go's `json.MarshalIndent(v, "", "  ")` writes it (`kubectl version
/// -o json`, the API server's pretty responses to curl).
enum JSONIndentation {
    /// `value` with two-space indentation and no final newline.
    static func twoSpaces(_ value: JSONValue) -> String {
        value.jsonText().components(separatedBy: "\n").map { line -> String in
            let indent = line.prefix { $0 == " " }.count
            return String(repeating: " ", count: indent / 2) + line.dropFirst(indent)
        }.joined(separator: "\n")
    }
}
