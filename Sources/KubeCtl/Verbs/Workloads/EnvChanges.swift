import Foundation
import KubeCluster

/// `set env`'s split of positional arguments (`SplitEnvironmentFromResources`): resources first, then
/// `NAME=VALUE` / `NAME-` arguments.
enum EnvArguments {
    /// The resources and environment arguments, or nil when a resource follows an environment argument.
    static func split(_ arguments: [String]) -> (resources: [String], env: [String])? {
        var resources: [String] = []
        var env: [String] = []
        for argument in arguments {
            let isEnv = isAssignment(argument) || argument.hasSuffix("-")
            if isEnv {
                env.append(argument)
            } else if env.isEmpty {
                resources.append(argument)
            } else {
                return nil
            }
        }
        return (resources, env)
    }

    /// `^(.+)=(.*)$` with `.` matching newlines: something before an `=`.
    static func isAssignment(_ text: String) -> Bool {
        text.dropFirst().contains("=")
    }
}

/// The variables to set and the names to remove (`ParseEnv`).
struct EnvChanges: Equatable {
    var set: [EnvVar] = []
    var remove: [String] = []

    /// Parses `NAME=VALUE`, `NAME-` and `-` (read `NAME=VALUE` lines from standard input) specs.
    static func parse(_ specs: [String], stdin: String?) -> Result<EnvChanges, CommandError> {
        var changes = EnvChanges()
        var assigned: Set<String> = []
        for spec in specs {
            if spec == "-" {
                guard let stdin else { return .failure(.message("when '-' is used, STDIN must be open")) }
                changes.set += stdinVariables(stdin)
            } else if let equals = spec.firstIndex(of: "=") {
                let name = String(spec[..<equals])
                let errors = nameErrors(name)
                if !errors.isEmpty {
                    return .failure(.message("\(FieldError.quote(name)) is not a valid key name: \(errors.joined(separator: ";"))"))
                }
                assigned.insert(name)
                changes.set.append(EnvVar(name: name, value: String(spec[spec.index(after: equals)...])))
            } else if spec.hasSuffix("-") {
                changes.remove.append(String(spec.dropLast()))
            } else {
                return .failure(.message("unknown environment variable: \(spec)"))
            }
        }
        if changes.remove.contains(where: { assigned.contains($0) }) {
            return .failure(.message("can not both modify and remove the same environment variable in the same command"))
        }
        return .success(changes)
    }

    /// `NAME=VALUE` lines of `env` output; `#` starts a comment.
    static func stdinVariables(_ text: String) -> [EnvVar] {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { rawLine in
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let equals = line.firstIndex(of: "=") else { return nil }
            return EnvVar(name: String(line[..<equals]), value: String(line[line.index(after: equals)...]))
        }
    }

    /// `IsEnvVarName`: `[-._a-zA-Z][-._a-zA-Z0-9]*`.
    static func nameErrors(_ name: String) -> [String] {
        let letters = UInt8(ascii: "a")...UInt8(ascii: "z")
        let upper = UInt8(ascii: "A")...UInt8(ascii: "Z")
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let punctuation: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_")]
        let bytes = Array(name.utf8)
        let valid = bytes.first.map { letters.contains($0) || upper.contains($0) || punctuation.contains($0) } ?? false
            && bytes.allSatisfy { letters.contains($0) || upper.contains($0) || digits.contains($0) || punctuation.contains($0) }
        if valid { return [] }
        return ["a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start "
            + "with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"]
    }

    /// `keyToEnvName`: a config map or secret key as a variable name (other characters become `_`, upper case).
    static func envName(forKey key: String) -> String {
        String(key.unicodeScalars.map { scalar -> Character in
            let isWord = (scalar.value < 128) && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_")
            return isWord ? Character(scalar) : "_"
        }).uppercased()
    }

    /// `validateNoOverwrites`: the refusal for a variable that would change while `--overwrite=false`.
    static func overwriteError(_ existing: [EnvVar], _ set: [EnvVar]) -> String? {
        for variable in set {
            if let current = existing.first(where: { $0.name == variable.name }), (current.value ?? "") != (variable.value ?? "") {
                return "'\(current.name)' already has a value (\(current.value ?? "")), and --overwrite is false"
            }
        }
        return nil
    }

    /// `updateEnv`: existing variables replaced in place or removed, new ones appended; nil when none remain.
    func applied(to existing: [EnvVar]?) -> [EnvVar]? {
        var out: [EnvVar] = []
        var covered = Set(remove)
        for variable in existing ?? [] where !covered.contains(variable.name) {
            if let newer = set.first(where: { $0.name == variable.name }) {
                covered.insert(variable.name)
                out.append(newer.normalized)
            } else {
                out.append(variable)
            }
        }
        for variable in set where !covered.contains(variable.name) {
            covered.insert(variable.name)
            out.append(variable.normalized)
        }
        return out.isEmpty ? nil : out
    }
}

extension EnvVar {
    /// Go's omitempty: an empty value is not written.
    var normalized: EnvVar {
        var copy = self
        if copy.value == "" { copy.value = nil }
        return copy
    }
}

/// `selectContainers` / `selectString`: containers (then init containers) whose names match a spec
/// with kubectl's simple, non-greedy `*` wildcard.
enum ContainerSelection {
    /// Positions in the combined list (containers, then init containers) of the matching ones.
    static func indexes(in spec: PodSpec, matching selector: String) -> [PodSpec.ContainerPosition] {
        let main = spec.containers.indices.filter { matches(spec.containers[$0].name, selector) }.map(PodSpec.ContainerPosition.main)
        let initial = (spec.initContainers ?? []).indices.filter { matches(spec.initContainers?[$0].name ?? "", selector) }
            .map(PodSpec.ContainerPosition.initial)
        return main + initial
    }

    /// kubectl's `selectString`, quirks included.
    static func matches(_ text: String, _ spec: String) -> Bool {
        if spec == "*" { return true }
        guard spec.contains("*") else { return text == spec }
        let bytes = Array(text.utf8)
        let parts = spec.split(separator: "*", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var position = 0
        for (index, part) in parts.enumerated() where !part.isEmpty {
            let next = firstIndex(of: part, in: bytes, from: position)
            if next < position || (index == 0 && position != 0) || (index == parts.count - 1 && bytes.count != part.count + next) {
                return false
            }
            position = next
        }
        return true
    }

    /// Go's `strings.Index(s[from:], part)` (relative to `from`, -1 when absent).
    static func firstIndex(of part: [UInt8], in bytes: [UInt8], from: Int) -> Int {
        guard from <= bytes.count, part.count <= bytes.count - from else { return -1 }
        for start in from...(bytes.count - part.count) where Array(bytes[start..<(start + part.count)]) == part { return start - from }
        return -1
    }
}

extension PodSpec {
    /// Where a container sits: in `containers` or in `initContainers`.
    enum ContainerPosition: Hashable {
        case main(Int), initial(Int)
    }

    /// The container at a position (read and write).
    subscript(position: ContainerPosition) -> Container {
        get {
            switch position {
            case .main(let index): return containers[index]
            case .initial(let index): return initContainers?[index] ?? Container(name: "", image: nil)
            }
        }
        set {
            switch position {
            case .main(let index): containers[index] = newValue
            case .initial(let index): initContainers?[index] = newValue
            }
        }
    }
}

/// `set env --list`: `# Kind name, container c`, then `NAME=value` per variable, `# NAME from <reference>`
/// for references (their values with `--resolve`).
enum EnvListing {
    /// Writes one container's listing; returns the resolution errors (already printed on stderr).
    static func write(_ container: Container, kind: String, objectName: String, resolve: Bool, namespace: String,
                      context: VerbContext) -> [String] {
        context.line("# \(kind) \(objectName), container \(container.name)")
        var failures: [String: [String]] = [:]
        for variable in container.env ?? [] {
            guard let source = variable.valueFrom else {
                context.line("\(variable.name)=\(variable.value ?? "")")
                continue
            }
            if resolve {
                switch resolved(source, namespace: namespace, store: context.store) {
                case .success(let value):
                    context.line("\(variable.name)=\(value)")
                    continue
                case .failure(let error):
                    failures[error.text, default: []].append(variable.name)
                }
            }
            context.line("# \(variable.name) from \(reference(source))")
        }
        let errors = failures.map { "error retrieving reference for \($0.value.sorted().joined(separator: ", ")): \($0.key)" }.sorted()
        for error in errors { context.errorLine(error) }
        return errors
    }

    /// `GetEnvVarRefString`.
    static func reference(_ source: EnvVarSource) -> String {
        if let ref = source.configMapKeyRef { return "configmap \(ref.name ?? ""), key \(ref.key)" }
        if let ref = source.secretKeyRef { return "secret \(ref.name ?? ""), key \(ref.key)" }
        if let path = source.fieldRef?["fieldPath"]?.stringValue { return "field path \(path)" }
        if let field = source.resourceFieldRef {
            let container = field["containerName"]?.stringValue ?? ""
            return "resource field \(container.isEmpty ? "" : container + "/")\(field["resource"]?.stringValue ?? "")"
        }
        return "invalid valueFrom"
    }

    /// The value a config map or secret reference points at, or the lookup error.
    static func resolved(_ source: EnvVarSource, namespace: String, store: ObjectStore) -> Result<String, KubectlMessage> {
        if let ref = source.configMapKeyRef {
            guard let map = store.get(ConfigMap.self, namespace: namespace, name: ref.name ?? "") else {
                return .failure(KubectlMessage("configmaps \(FieldError.quote(ref.name ?? "")) not found"))
            }
            guard let value = map.data?[ref.key] else {
                return .failure(KubectlMessage("key \(ref.key) not found in config map \(ref.name ?? "")"))
            }
            return .success(value)
        }
        if let ref = source.secretKeyRef {
            guard let secret = store.get(Secret.self, namespace: namespace, name: ref.name ?? "") else {
                return .failure(KubectlMessage("secrets \(FieldError.quote(ref.name ?? "")) not found"))
            }
            guard let encoded = secret.data?[ref.key] else {
                return .failure(KubectlMessage("key \(ref.key) not found in secret \(ref.name ?? "")"))
            }
            return .success(Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) } ?? encoded)
        }
        return .failure(KubectlMessage("unsupported reference"))
    }
}
