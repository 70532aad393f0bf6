import Foundation
import KubeCluster

/// `kubectl create namespace|serviceaccount|configmap|secret generic`, with kubectl's parsing of
/// `--from-literal`, `--from-file` (files, `key=file`, directories) and `--from-env-file`.
enum ConfigGenerators {
    /// `create namespace NAME`.
    static func namespace(_ context: VerbContext) -> Int32 {
        let name: String
        switch GeneratedObject.name(context) {
        case .success(let value): name = value
        case .failure(let status): return status.code
        }
        let json = GoJSON.object([("kind", "Namespace"), ("apiVersion", "v1"),
                                  ("metadata", GoJSON.metadata(name: name, namespace: nil)),
                                  ("spec", .emptyObject), ("status", .emptyObject)])
        guard let resource = GeneratedObject.resource(group: "", kind: "Namespace") else { return 1 }
        return GeneratedObject.finish(GeneratedObject(json: json, resource: resource), context: context)
    }

    /// `create serviceaccount NAME`.
    static func serviceAccount(_ context: VerbContext) -> Int32 {
        let name: String
        switch GeneratedObject.name(context) {
        case .success(let value): name = value
        case .failure(let status): return status.code
        }
        let json = GoJSON.object([("kind", "ServiceAccount"), ("apiVersion", "v1"),
                                  ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context)))])
        guard let resource = GeneratedObject.resource(group: "", kind: "ServiceAccount") else { return 1 }
        return GeneratedObject.finish(GeneratedObject(json: json, resource: resource), context: context,
                                      failure: "failed to create serviceaccount")
    }

    /// `create configmap NAME [--from-file] [--from-literal] [--from-env-file]`.
    static func configMap(_ context: VerbContext) -> Int32 {
        keyValueObject(context, secret: false)
    }

    /// `create secret generic NAME [--type] [--from-file] [--from-literal] [--from-env-file]`.
    static func secret(_ context: VerbContext) -> Int32 {
        keyValueObject(context, secret: true)
    }

    private static func keyValueObject(_ context: VerbContext, secret: Bool) -> Int32 {
        let name: String
        switch GeneratedObject.name(context) {
        case .success(let value): name = value
        case .failure(let status): return status.code
        }
        let invocation = context.invocation
        if invocation.bool("append-hash") { return context.fail("kubetutor does not simulate --append-hash") }
        let literals = invocation.strings("from-literal")
        let files = invocation.strings("from-file")
        let envFiles = invocation.strings("from-env-file")
        if !envFiles.isEmpty, !(files.isEmpty && literals.isEmpty) {
            return context.fail("from-env-file cannot be combined with from-file or from-literal")
        }
        var data = KeyValueData(objectName: name, secret: secret)
        let reader = SourceReader(files: context.session.files, secret: secret)
        do {
            let order: [() throws -> Void] = secret
                ? [{ try reader.literals(literals, into: &data) }, { try reader.files(files, into: &data) },
                   { try reader.envFiles(envFiles, into: &data) }]
                : [{ try reader.files(files, into: &data) }, { try reader.literals(literals, into: &data) },
                   { try reader.envFiles(envFiles, into: &data) }]
            for step in order { try step() }
        } catch let error as KubectlMessage {
            return context.fail(error.text)
        } catch {
            return context.fail("\(error)")
        }
        let json: JSONValue
        if secret {
            let type = invocation.string("type")
            json = GoJSON.object([("kind", "Secret"), ("apiVersion", "v1"),
                                  ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context))),
                                  ("data", GoJSON.stringMap(data.entries.map { ($0.0, Data($0.1.utf8).base64EncodedString()) })),
                                  ("type", type.isEmpty ? nil : .string(type))])
        } else {
            json = GoJSON.object([("kind", "ConfigMap"), ("apiVersion", "v1"),
                                  ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context))),
                                  ("data", GoJSON.stringMap(data.entries))])
        }
        guard let resource = GeneratedObject.resource(group: "", kind: secret ? "Secret" : "ConfigMap") else { return 1 }
        return GeneratedObject.finish(GeneratedObject(json: json, resource: resource), context: context,
                                      failure: secret ? "failed to create secret" : "failed to create configmap")
    }
}

/// The entries of a ConfigMap or Secret being built, with kubectl's key checks.
struct KeyValueData {
    let objectName: String
    let secret: Bool
    private(set) var entries: [(String, String)] = []

    init(objectName: String, secret: Bool) {
        self.objectName = objectName
        self.secret = secret
    }

    /// Adds one entry, with kubectl's key-name and duplicate checks.
    mutating func add(_ key: String, _ value: String) throws {
        let problems = KeyNameRules.configMapKeyErrors(key)
        if !problems.isEmpty {
            if secret {
                throw KubectlMessage("\(FieldError.quote(key)) is not valid key name for a Secret \(problems.joined(separator: ";"))")
            }
            throw KubectlMessage("\(FieldError.quote(key)) is not a valid key name for a ConfigMap: \(problems.joined(separator: ","))")
        }
        if entries.contains(where: { $0.0 == key }) {
            if secret { throw KubectlMessage("cannot add key \(key), another key by that name already exists") }
            throw KubectlMessage("cannot add key \(FieldError.quote(key)), another key by that name already exists in Data for "
                + "ConfigMap \(FieldError.quote(objectName))")
        }
        entries.append((key, value))
    }
}

/// Reads `--from-literal`, `--from-file` and `--from-env-file` sources from the session's files.
struct SourceReader {
    let files: SessionFiles
    let secret: Bool

    /// `--from-literal=key=value` sources.
    func literals(_ sources: [String], into data: inout KeyValueData) throws {
        for source in sources {
            guard let equals = source.firstIndex(of: "="), equals != source.startIndex else {
                throw KubectlMessage("invalid literal source \(source), expected key=value")
            }
            try data.add(String(source[..<equals]), String(source[source.index(after: equals)...]))
        }
    }

    /// `--from-file=[key=]path` sources (a directory adds each regular file).
    func files(_ sources: [String], into data: inout KeyValueData) throws {
        for source in sources {
            let (key, path) = try Self.fileSource(source)
            guard let kind = (try? files.kind(path)) ?? nil else {
                throw KubectlMessage("error reading \(path): no such file or directory")
            }
            if kind == .directory {
                if source.contains("=") { throw KubectlMessage("cannot give a key name for a directory path") }
                for name in (try? files.list(path)) ?? [] {
                    let item = path.hasSuffix("/") ? path + name : path + "/" + name
                    guard (try? files.kind(item)) == .file else { continue }
                    try data.add(name, try read(item))
                }
            } else {
                try data.add(key, try read(path))
            }
        }
    }

    /// `--from-env-file` sources: `KEY=value` lines, `#` comments and blank lines skipped.
    func envFiles(_ sources: [String], into data: inout KeyValueData) throws {
        for source in sources {
            guard let kind = (try? files.kind(source)) ?? nil else {
                throw KubectlMessage("error reading \(source): no such file or directory")
            }
            if kind == .directory {
                throw KubectlMessage(secret ? "env secret file cannot be a directory" : "env config file cannot be a directory")
            }
            for (index, rawLine) in try read(source).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var line = Substring(rawLine)
                if line.hasSuffix("\r") { line = line.dropLast() }
                if index == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
                line = line.drop(while: { $0.isWhitespace })
                if line.isEmpty || line.hasPrefix("#") { continue }
                let key = line.firstIndex(of: "=").map { String(line[..<$0]) } ?? String(line)
                let problems = KeyNameRules.envVarNameErrors(key)
                if !problems.isEmpty {
                    throw KubectlMessage("\(FieldError.quote(key)) is not a valid key name: \(problems.joined(separator: ";"))")
                }
                let value = line.firstIndex(of: "=").map { String(line[line.index(after: $0)...]) } ?? ""
                try data.add(key, value)
            }
        }
    }

    private func read(_ path: String) throws -> String {
        do { return try files.read(path) } catch {
            throw KubectlMessage("error reading \(path): no such file or directory")
        }
    }

    /// `[key=]path` (upstream `ParseFileSource`); without a key the file's base name is the key.
    static func fileSource(_ source: String) throws -> (key: String, path: String) {
        let separators = source.filter { $0 == "=" }.count
        if separators == 0 {
            let trimmed = source.hasSuffix("/") && source.count > 1 ? String(source.reversed().drop(while: { $0 == "/" }).reversed()) : source
            return (trimmed.split(separator: "/").last.map(String.init) ?? (source.isEmpty ? "." : "/"), source)
        }
        if separators > 1 { throw KubectlMessage("key names or file paths cannot contain '='") }
        if source.hasPrefix("=") { throw KubectlMessage("key name for file path \(source.dropFirst()) missing") }
        if source.hasSuffix("=") { throw KubectlMessage("file path for key name \(source.dropLast()) missing") }
        let parts = source.split(separator: "=", maxSplits: 1).map(String.init)
        return (parts.first ?? "", parts.last ?? "")
    }
}

/// The key name rules of apimachinery's validation package, with their messages.
enum KeyNameRules {
    static let configKeyMessage = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  "
        + "or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"
    static let envVarMessage = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', "
        + "and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for "
        + "validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"

    /// apimachinery `IsConfigMapKey`.
    static func configMapKeyErrors(_ key: String) -> [String] {
        var errors: [String] = []
        if key.utf8.count > 253 { errors.append("must be no more than 253 characters") }
        let allowed = !key.isEmpty && key.unicodeScalars.allSatisfy { isKeyCharacter($0) }
        if !allowed { errors.append(configKeyMessage) }
        return errors + directoryPrefixErrors(key)
    }

    /// apimachinery `IsEnvVarName`.
    static func envVarNameErrors(_ key: String) -> [String] {
        var errors: [String] = []
        let valid = key.unicodeScalars.first.map { isKeyCharacter($0) && !("0"..."9").contains($0) } ?? false
            && key.unicodeScalars.allSatisfy { isKeyCharacter($0) }
        if !valid { errors.append(envVarMessage) }
        return errors + directoryPrefixErrors(key)
    }

    private static func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "-._".unicodeScalars.contains(scalar)
    }

    private static func directoryPrefixErrors(_ key: String) -> [String] {
        if key == "." { return ["must not be '.'"] }
        if key == ".." { return ["must not be '..'"] }
        if key.hasPrefix("..") { return ["must not start with '..'"] }
        return []
    }
}
