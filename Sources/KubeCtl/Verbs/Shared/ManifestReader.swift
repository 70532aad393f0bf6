import KubeCluster

/// One object read from `-f`: the name kubectl reports it by (`web.yaml`, `STDIN`, a URL) and its JSON.
struct ManifestDocument: Equatable {
    let source: String
    let value: JSONValue
}

/// Reads `-f` arguments the way kubectl's resource builder does: files (any extension), directories
/// (their `.json`, `.yaml` and `.yml` files in name order, subdirectories with `-R`), `-` for standard
/// input and URLs (from kubetutor's built-in catalogue — the simulator has no network). Documents of a
/// stream that fail to parse end that stream with `error parsing <source>: …`; earlier ones are kept.
struct ManifestReader {
    let files: SessionFiles
    let stdin: String?
    let recursive: Bool

    /// The extensions a directory walk picks up.
    static let extensions = [".json", ".yaml", ".yml"]

    /// Every document of every `-f` argument in order, and the errors met on the way.
    func read(_ filenames: [String]) -> (documents: [ManifestDocument], errors: [CommandError]) {
        var documents: [ManifestDocument] = []
        var errors: [CommandError] = []
        var stdinUsed = false
        for filename in filenames {
            if filename == "-" {
                guard !stdinUsed else { continue }
                stdinUsed = true
                parse(stdin ?? "", source: "STDIN", into: &documents, errors: &errors)
            } else if filename.hasPrefix("http://") || filename.hasPrefix("https://") {
                switch ManifestURLCatalogue.contents(of: filename) {
                case .success(let text): parse(text, source: filename, into: &documents, errors: &errors)
                case .failure(let message): errors.append(.message(message.text))
                }
            } else {
                readPath(filename, into: &documents, errors: &errors)
            }
        }
        return (documents, errors)
    }

    private func readPath(_ path: String, into documents: inout [ManifestDocument], errors: inout [CommandError]) {
        let kind: SessionFileKind?
        do { kind = try files.kind(path) } catch {
            errors.append(.message("the path \"\(path)\" does not exist"))
            return
        }
        switch kind {
        case nil:
            errors.append(.message("the path \"\(path)\" does not exist"))
        case .file?:
            readFile(path, into: &documents, errors: &errors)
        case .directory?:
            for file in walk(path, top: true) { readFile(file, into: &documents, errors: &errors) }
        }
    }

    private func readFile(_ path: String, into documents: inout [ManifestDocument], errors: inout [CommandError]) {
        do {
            parse(try files.read(path), source: path, into: &documents, errors: &errors)
        } catch let error as SessionFileError {
            errors.append(.message("open \(path): \(error.reason.lowercased())"))
        } catch {
            errors.append(.message("open \(path): \(error)"))
        }
    }

    /// The manifest files under a directory, in the order Go's `filepath.Walk` visits them.
    private func walk(_ directory: String, top: Bool) -> [String] {
        guard let names = try? files.list(directory) else { return [] }
        var found: [String] = []
        for name in names {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if (try? files.kind(path)) == .directory {
                if recursive { found += walk(path, top: false) }
            } else if Self.extensions.contains(where: { name.hasSuffix($0) }) {
                found.append(path)
            }
        }
        return found
    }

    /// Splits a stream into documents; `kind: List` is flattened into its items.
    func parse(_ text: String, source: String, into documents: inout [ManifestDocument], errors: inout [CommandError]) {
        do {
            for value in try JSONValue.parseYAMLDocuments(text) { append(value, source: source, into: &documents) }
        } catch let error as YAMLTextError {
            if error.documentIndex > 0, let prefix = Self.documentsBefore(error.documentIndex, in: text),
               let earlier = try? JSONValue.parseYAMLDocuments(prefix) {
                for value in earlier { append(value, source: source, into: &documents) }
            }
            errors.append(.message("error parsing \(source): \(error.kubectlDetail)"))
        } catch {
            errors.append(.message("error parsing \(source): \(error)"))
        }
    }

    private func append(_ value: JSONValue, source: String, into documents: inout [ManifestDocument]) {
        if value["kind"]?.stringValue == "List", let items = value["items"]?.arrayValue {
            for item in items { append(item, source: source, into: &documents) }
            return
        }
        documents.append(ManifestDocument(source: source, value: value))
    }

    /// The text before the `index`-th `---` document separator (nil when there are fewer separators).
    static func documentsBefore(_ index: Int, in text: String) -> String? {
        var seen = 0
        var offset = text.startIndex
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("---") {
                let rest = line.dropFirst(3).drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
                if rest.isEmpty || rest.hasPrefix("#") {
                    seen += 1
                    if seen == index { return String(text[text.startIndex..<offset]) }
                }
            }
            offset = line.endIndex < text.endIndex ? text.index(after: line.endIndex) : text.endIndex
        }
        return nil
    }
}
