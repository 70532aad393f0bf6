import Foundation
import KubeCluster
import KubeCtl

/// A command the learner may run, written like the command itself: `kubectl logs @pod(app=web) --previous`.
///
/// kubectl patterns are parsed with kubectl's own grammar and compared by meaning (flag order, `=` or a
/// space, short or long names, type aliases, `TYPE/NAME` or `TYPE NAME` do not matter). `*` stands for any
/// one word or flag value; `@TYPE(SELECTOR)` for the name of any object the selection picks right then
/// (`@pod(app=web)`, `@pod(deployment/web)`); a final `...` accepts more arguments.
public struct CommandPattern: Sendable, CustomStringConvertible {
    /// The pattern as written.
    public var text: String
    /// The program (`kubectl`, `curl`, `minikube` …); `k` is read as `kubectl`.
    public var program: String
    /// The words after the program, bindings and wildcards replaced by placeholders.
    public var words: [String]
    /// The bindings, by placeholder.
    public var bindings: [String: ObjectRef]
    /// Values of objects (`@service/web{.spec.clusterIP}`), by placeholder.
    public var values: [String: ValueBinding]
    /// Placeholders that match any word.
    public var wildcards: Set<String>
    /// Long flag names given as `--name=*`: the learner must set them, to any value.
    public var anyValueFlags: Set<String>
    /// Whether extra positional arguments are accepted (a trailing `...`).
    public var allowsMoreArguments: Bool
    /// For kubectl patterns: the parsed command.
    public var invocation: KubectlInvocation?
    /// Where the pattern was written.
    public var location: LessonFileLocation

    /// The pattern as written.
    public var description: String { text }
    /// A key that identifies this pattern within a lesson.
    public var key: String { "\(location)|\(text)" }

    /// Reads a pattern; errors name what is wrong (an unknown type in a binding, a kubectl usage error).
    public static func parse(_ text: String, namespace: String, location: LessonFileLocation) -> Result<CommandPattern, PatternError> {
        var words: [String]
        switch PatternTokenizer.split(text) {
        case .success(let split): words = split
        case .failure(let error): return .failure(error)
        }
        guard !words.isEmpty else { return .failure(PatternError("the command pattern is empty")) }
        var program = words.removeFirst()
        if program == "k" { program = "kubectl" }
        var allowsMore = false
        if words.last == "..." {
            allowsMore = true
            words.removeLast()
        }
        var placeholders = PatternPlaceholders(program: program)
        var replaced: [String] = []
        for word in words {
            switch placeholders.replace(word) {
            case .success(let output): replaced.append(output)
            case .failure(let error): return .failure(error)
            }
        }
        var pattern = CommandPattern(text: text, program: program,
                                     words: replaced.map { $0.replacingOccurrences(of: "\u{2}", with: "kubetutor-any") },
                                     bindings: placeholders.bindings, values: placeholders.values, wildcards: placeholders.wildcards,
                                     anyValueFlags: placeholders.anyValueFlags, allowsMoreArguments: allowsMore, invocation: nil,
                                     location: location)
        if program == "kubectl" {
            switch kubectlInvocation(replaced) {
            case .success(let invocation): pattern.invocation = invocation
            case .failure(let error): return .failure(error)
            }
        }
        return .success(pattern)
    }

    /// Parses the words of a kubectl pattern; `--flag=*` values (marked \u{2}) take any value the flag's
    /// type accepts, since they are not compared.
    private static func kubectlInvocation(_ words: [String]) -> Result<KubectlInvocation, PatternError> {
        var parsed = KubectlCommandParser.parse(words.map { $0.replacingOccurrences(of: "\u{2}", with: "kubetutor-any") })
        for stand in ["1", "1s", "true"] where words.contains(where: { $0.contains("\u{2}") }) {
            guard case .failure = parsed else { break }
            parsed = KubectlCommandParser.parse(words.map { $0.replacingOccurrences(of: "\u{2}", with: stand) })
        }
        switch parsed {
        case .success(let invocation):
            if invocation.isHelpRequested { return .failure(PatternError("the pattern asks for help (-h)")) }
            return .success(invocation)
        case .failure(let error):
            let message = error.stderr.split(separator: "\n").first.map(String.init) ?? "usage error"
            return .failure(PatternError("kubectl does not accept this command: \(message)"))
        }
    }
}

/// Replaces the special words of a pattern by placeholders: `*` (any word or text), `--flag=*` (any
/// value), `@TYPE(SELECTOR)` (a name the selection picks) and `@REF{PATH}` (a value of an object).
struct PatternPlaceholders {
    let program: String
    var bindings: [String: ObjectRef] = [:]
    var values: [String: ValueBinding] = [:]
    var wildcards: Set<String> = []
    var anyValueFlags: Set<String> = []

    init(program: String) { self.program = program }

    mutating func wildcard() -> String {
        let placeholder = "kubetutor-any-\(wildcards.count + 1)"
        wildcards.insert(placeholder)
        return placeholder
    }

    /// The word with its special parts replaced.
    mutating func replace(_ word: String) -> Result<String, PatternError> {
        if word == "*" { return .success(wildcard()) }
        if let equals = word.firstIndex(of: "="), word.hasPrefix("--"), word[word.index(after: equals)...] == "*" {
            anyValueFlags.insert(String(word.dropFirst(2)[..<equals]))
            return .success(String(word[...equals]) + "\u{2}")
        }
        var output = ""
        var cursor = word.startIndex
        for binding in SolutionBindings.bindings(in: word) {
            output += word[cursor..<binding.range.lowerBound]
            switch placeholder(for: binding) {
            case .success(let placeholder): output += placeholder
            case .failure(let error): return .failure(error)
            }
            cursor = binding.range.upperBound
        }
        output += word[cursor...]
        if output.contains("*"), program != "kubectl" || !word.hasPrefix("-") {
            output = output.split(separator: "*", omittingEmptySubsequences: false).joined(separator: "\u{1}")
            while let star = output.firstIndex(of: "\u{1}") { output.replaceSubrange(star...star, with: wildcard()) }
        }
        return .success(output)
    }

    private mutating func placeholder(for binding: SolutionBindings.Binding) -> Result<String, PatternError> {
        ObjectRefParser.parse(binding.reference, namespace: nil).flatMap { ref in
            if let path = binding.path {
                guard (try? JSONPathTemplate(path)) != nil else { return .failure(PatternError("\(path) is not a valid jsonpath")) }
                let placeholder = "kubetutor-value-\(values.count + 1)"
                values[placeholder] = ValueBinding(ref: ref, path: path)
                return .success(placeholder)
            }
            let placeholder = "kubetutor-binding-\(bindings.count + 1)"
            bindings[placeholder] = ref
            return .success(placeholder)
        }
    }
}

/// A value a pattern word stands for: the text at a jsonpath of an object, read when the command runs.
public struct ValueBinding: Sendable {
    /// The object whose value it is.
    public var ref: ObjectRef
    /// The jsonpath of the value.
    public var path: String
}

/// Why a pattern, reference or path could not be read.
public struct PatternError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// An error with a message.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// Splits a pattern into words like a shell would (quotes group, no expansion).
enum PatternTokenizer {
    static func split(_ text: String) -> Result<[String], PatternError> {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var depth = 0
        for char in text {
            if let open = quote {
                if char == open { quote = nil } else { current.append(char) }
                continue
            }
            if char == "'" || char == "\"" {
                quote = char
                inWord = true
                continue
            }
            if char == "(" { depth += 1 }
            if char == ")" { depth = max(0, depth - 1) }
            if char.isWhitespace && depth == 0 {
                if inWord { words.append(current) }
                current = ""
                inWord = false
                continue
            }
            current.append(char)
            inWord = true
        }
        if quote != nil { return .failure(PatternError("unterminated quote in \(text)")) }
        if inWord { words.append(current) }
        return .success(words)
    }
}

/// Finds `@TYPE(SELECTION)` bindings in text.
public enum BindingSyntax {
    /// A binding and where it is.
    public struct Found {
        /// Where the binding is in the text.
        public var range: Range<Substring.Index>
        /// The type word (`pod`).
        public var type: String
        /// What is inside the parentheses (`app=web`, `deployment/web`).
        public var selection: String
    }

    /// The first binding in `text`, if any.
    public static func firstBinding(in text: Substring) -> Found? {
        var index = text.startIndex
        while let at = text[index...].firstIndex(of: "@") {
            var cursor = text.index(after: at)
            var type = ""
            while cursor < text.endIndex, text[cursor].isLetter || text[cursor].isNumber || text[cursor] == "." || text[cursor] == "-" {
                type.append(text[cursor])
                cursor = text.index(after: cursor)
            }
            if !type.isEmpty, cursor < text.endIndex, text[cursor] == "(",
               let close = text[cursor...].firstIndex(of: ")") {
                let selection = String(text[text.index(after: cursor)..<close])
                return Found(range: at..<text.index(after: close), type: type, selection: selection)
            }
            index = text.index(after: at)
        }
        return nil
    }

    /// Every binding in `text`, in order.
    public static func allBindings(in text: String) -> [Found] {
        var found: [Found] = []
        var rest = Substring(text)
        while let next = firstBinding(in: rest) {
            found.append(next)
            rest = rest[next.range.upperBound...]
        }
        return found
    }
}

/// Reads object references: `TYPE/NAME`, `TYPE` (every object) and `@TYPE(SELECTION)`.
public enum ObjectRefParser {
    /// Parses `text`; `namespace` is stored as given (nil: the lesson's).
    public static func parse(_ text: String, namespace: String?) -> Result<ObjectRef, PatternError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("@") {
            guard let found = BindingSyntax.firstBinding(in: Substring(trimmed)), found.range.upperBound == trimmed.endIndex else {
                return .failure(PatternError("\(text): a binding is written @TYPE(SELECTOR), e.g. @pod(app=web)"))
            }
            return resource(found.type, in: text).flatMap { resource in
                selection(found.selection, in: text).map { selection in
                    ObjectRef(resource: resource.name, kind: resource.kind, target: .selected(selection), namespace: namespace,
                              text: trimmed)
                }
            }
        }
        let parts = trimmed.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let typeText = parts.first, !typeText.isEmpty else { return .failure(PatternError("\(text): no object type")) }
        return resource(typeText, in: text).flatMap { resource in
            if parts.count == 2 {
                guard !parts[1].isEmpty else { return .failure(PatternError("\(text): no object name after the slash")) }
                return .success(ObjectRef(resource: resource.name, kind: resource.kind, target: .named(parts[1]),
                                          namespace: namespace, text: trimmed))
            }
            return .success(ObjectRef(resource: resource.name, kind: resource.kind, target: .every, namespace: namespace,
                                      text: trimmed))
        }
    }

    /// The simulated resource a type word (`po`, `deploy`, `services`) names.
    static func resource(_ word: String, in text: String) -> Result<APIResource, PatternError> {
        guard let resolved = ResourceCatalog.standard.resolve(word.lowercased()) else {
            return .failure(PatternError("\(text): \"\(word)\" is not a resource type kubectl knows"))
        }
        guard KindRegistry.type(forResource: resolved.resource.name) != nil else {
            return .failure(PatternError("\(text): \(resolved.resource.name) are not simulated by kubetutor"))
        }
        return .success(resolved.resource)
    }

    private static func selection(_ text: String, in whole: String) -> Result<RefSelection, PatternError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("/"), !trimmed.contains("=") {
            let parts = trimmed.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return .failure(PatternError("\(whole): write TYPE/NAME inside the parentheses")) }
            return resource(parts[0], in: whole).flatMap { owner in
                guard ["deployments", "replicasets", "services", "daemonsets", "jobs"].contains(owner.name) else {
                    return .failure(PatternError("\(whole): only deployments, replicasets, daemonsets, jobs and services select objects"))
                }
                return .success(.selectedBy(resource: owner.name, name: parts[1]))
            }
        }
        do {
            _ = try LabelSelector(parsing: trimmed)
        } catch {
            return .failure(PatternError("\(whole): \(error)"))
        }
        return .success(.labels(trimmed))
    }
}
