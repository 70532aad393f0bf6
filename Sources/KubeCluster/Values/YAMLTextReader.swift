import Foundation

extension JSONValue {
    /// Reads a manifest the way `kubectl apply -f`/`create -f` does, one value per document.
    ///
    /// YAML streams are split at `---` lines (as k8s.io/apimachinery's YAMLReader splits them) and
    /// each document is typed with go-yaml v2's YAML 1.1 rules (`yes`/`on`/`y` → true, `0x1F`/`017`
    /// → int, `~` → null, timestamps stay strings, non-string keys become strings as
    /// sigs.k8s.io/yaml makes them). Input whose first non-blank character is `{` is read as a stream
    /// of JSON values, as kubectl does. Empty and `null` documents are skipped. Floats with integral
    /// values come back as `.int`, as they do through kubectl's YAML → JSON → object path.
    ///
    /// Errors are `YAMLTextError`s worded like kubectl's (`yaml: line 4: did not find expected key`);
    /// like kubectl, line numbers count from the start of the document, not of the file.
    public static func parseYAMLDocuments(_ text: String) throws -> [JSONValue] {
        try YAMLTextReader(text: text).documents()
    }
}

/// A manifest that could not be read, worded as kubectl words it.
public struct YAMLTextError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Which stage of kubectl's reading failed.
    public enum Kind: Equatable, Sendable {
        /// go-yaml's parser rejected the text (`yaml: line N: …`).
        case syntax
        /// The YAML parsed but could not become JSON (unknown anchor, bad key, NaN, …).
        case conversion
        /// A `---` line with something other than a comment after it.
        case documentSeparator
        /// The input looked like JSON and is not valid JSON.
        case json
        /// The input is larger than this reader accepts.
        case tooLarge
    }

    /// Which stage failed.
    public let kind: Kind
    /// The error text as the upstream library prints it (`yaml: line 4: did not find expected key`).
    public let message: String
    /// The 0-based index of the document (the `---`-separated chunk) that failed.
    public let documentIndex: Int
    /// The 1-based line in the whole input where the problem is, when known.
    public let line: Int?

    /// The upstream library's error text.
    public var description: String { message }

    /// What kubectl prints after `error parsing FILE: `.
    public var kubectlDetail: String {
        switch kind {
        case .syntax, .conversion: return "error converting YAML to JSON: " + message
        case .documentSeparator, .json, .tooLarge: return message
        }
    }
}

/// Splits a manifest into documents and reads each (see `JSONValue.parseYAMLDocuments`).
struct YAMLTextReader {
    /// The largest input accepted, in bytes.
    static let maxInputBytes = 10 * 1024 * 1024

    let text: String

    func documents() throws -> [JSONValue] {
        let bytes = Array(text.utf8)
        guard bytes.count <= Self.maxInputBytes else {
            throw YAMLTextError(kind: .tooLarge,
                                message: "input is too large: \(bytes.count) bytes (the limit is \(Self.maxInputBytes))",
                                documentIndex: 0, line: nil)
        }
        if Self.looksLikeJSON(bytes) { return try jsonDocuments(bytes) }
        var values: [JSONValue] = []
        for (index, chunk) in try Self.splitDocuments(bytes).enumerated() {
            let value = try readDocument(chunk, index: index)
            if value != .null { values.append(value) }
        }
        return values
    }

    /// k8s.io/apimachinery's `hasJSONPrefix`: the first non-space character is `{`.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: continue
            default: return byte == UInt8(ascii: "{")
            }
        }
        return false
    }

    private func jsonDocuments(_ bytes: [UInt8]) throws -> [JSONValue] {
        var parser = JSONTextParser(bytes: bytes)
        do {
            return try parser.parseStream().filter { $0 != .null }
        } catch let error as JSONTextError {
            throw YAMLTextError(kind: .json, message: error.streamDescription, documentIndex: 0, line: error.line)
        }
    }

    /// One `---`-separated document: its bytes and the 1-based line it starts on.
    struct Chunk {
        var bytes: [UInt8]
        var firstLine: Int
    }

    /// k8s.io/apimachinery's `YAMLReader`: lines starting with `---` separate documents (only a
    /// comment may follow on that line); line ends are normalised to `\n`.
    static func splitDocuments(_ bytes: [UInt8]) throws -> [Chunk] {
        var chunks: [Chunk] = []
        var current: [UInt8] = []
        var currentFirstLine = 1
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            start = end + 1
            if line.starts(with: [0x2D, 0x2D, 0x2D]) {
                let rest = String(decoding: line.dropFirst(3), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                if let first = rest.first, first != "#" {
                    throw YAMLTextError(kind: .documentSeparator, message: "invalid Yaml document separator: \(rest)",
                                        documentIndex: chunks.count, line: lineNumber)
                }
                if !current.isEmpty {
                    chunks.append(Chunk(bytes: current, firstLine: currentFirstLine))
                    current = []
                }
                currentFirstLine = lineNumber + 1
                continue
            }
            if current.isEmpty { currentFirstLine = lineNumber }
            current.append(contentsOf: line)
            current.append(0x0A)
        }
        if !current.isEmpty { chunks.append(Chunk(bytes: current, firstLine: currentFirstLine)) }
        return chunks
    }

    private func readDocument(_ chunk: Chunk, index: Int) throws -> JSONValue {
        var composer = YAMLDocumentComposer(bytes: chunk.bytes)
        do {
            return try composer.composeFirstDocument()
        } catch let problem as YAMLSyntaxProblem {
            let place = problem.reportedLine.map { "line \($0): " } ?? ""
            throw YAMLTextError(kind: .syntax, message: "yaml: " + place + problem.problem, documentIndex: index,
                                line: problem.actualLine.map { $0 + chunk.firstLine - 1 })
        } catch let problem as YAMLConversionProblem {
            throw YAMLTextError(kind: .conversion, message: problem.message, documentIndex: index, line: nil)
        }
    }
}
