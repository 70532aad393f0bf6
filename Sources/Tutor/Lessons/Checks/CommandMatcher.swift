import Foundation
import KubeCluster
import KubeCtl

/// Decides whether a command the learner is about to run means the same as a pattern, resolving the
/// pattern's bindings against the cluster as it is right then.
struct CommandMatcher {
    let reader: ClusterReader
    /// The namespace of the learner's current context.
    let currentNamespace: String
    /// Whether `-A` also covers read-only patterns without `-n` (true for checks; false for known
    /// mistakes, where `kubectl get pods` means exactly the default namespace).
    var allNamespacesCoverDefault = true

    /// Whether `argv` (program first, after shell expansion) matches `pattern`.
    func matches(_ pattern: CommandPattern, argv: [String]) -> Bool {
        guard var program = argv.first else { return false }
        if program == "k" { program = "kubectl" }
        guard program == pattern.program else { return false }
        let words = Array(argv.dropFirst())
        guard program == "kubectl" else {
            if program == "curl" || program == "wget" {
                return wordsMatch(ServiceTargets.positional(pattern.words), ServiceTargets.positional(words), pattern: pattern)
            }
            return wordsMatch(pattern.words, words, pattern: pattern)
        }
        guard let wanted = pattern.invocation, case .success(let given) = KubectlCommandParser.parse(words), !given.isHelpRequested else {
            return false
        }
        return shapesMatch(KubectlCommandShape(wanted), KubectlCommandShape(given), pattern: pattern)
    }

    private func shapesMatch(_ wanted: KubectlCommandShape, _ given: KubectlCommandShape, pattern: CommandPattern) -> Bool {
        guard wanted.path == given.path else { return false }
        guard namespacesMatch(wanted, given) else { return false }
        for name in pattern.anyValueFlags where given.flags[name] == nil { return false }
        for (name, value) in wanted.flags where !pattern.anyValueFlags.contains(name) {
            // A flag the learner left out has its default value (`--previous=false` matches no -p at all).
            let actual = given.flags[name] ?? given.invocation.string(name)
            if pattern.wildcards.contains(value) {
                if given.flags[name] == nil { return false }
                continue
            }
            guard sameFlagValue(value, actual, flag: name) else { return false }
        }
        let space = given.namespace ?? currentNamespace
        guard objectsMatch(wanted, given, pattern: pattern, namespace: space) else { return false }
        return wordsMatch(wanted.plain, given.plain, pattern: pattern, namespace: space)
            && wordsMatch(wanted.afterDash, given.afterDash, pattern: pattern, namespace: space)
    }

    private func sameFlagValue(_ wanted: String, _ actual: String, flag: String) -> Bool {
        if wanted == actual { return true }
        if flag == "selector", let left = try? LabelSelector(parsing: wanted), let right = try? LabelSelector(parsing: actual) {
            // Requirement order does not matter: `app=a,tier=b` selects what `tier=b,app=a` does.
            return Set(left.requirements.map(\.description)) == Set(right.requirements.map(\.description))
        }
        // -o jsonpath templates and selectors: ignore spacing and quoting differences.
        let squeeze = { (text: String) in text.filter { !$0.isWhitespace && $0 != "'" && $0 != "\"" } }
        return squeeze(wanted) == squeeze(actual)
    }

    private func namespacesMatch(_ wanted: KubectlCommandShape, _ given: KubectlCommandShape) -> Bool {
        if wanted.allNamespaces { return given.allNamespaces }
        guard wanted.isNamespaced else { return true }
        // -A covers a namespace a read-only pattern names explicitly; a pattern without -n means exactly
        // the lesson's namespace (a mistake pattern like `kubectl get pods` must not fire on -A).
        if given.allNamespaces {
            return (wanted.namespace != nil || allNamespacesCoverDefault) && KubectlCommandShape.readOnlyCommands.contains(wanted.path)
        }
        let wantedSpace = wanted.namespace ?? reader.namespace
        let givenSpace = given.namespace ?? currentNamespace
        return wantedSpace == givenSpace
    }

    /// The value a value binding stands for right now.
    private func value(_ binding: ValueBinding, namespace: String) -> String? {
        var scoped = binding.ref
        if scoped.namespace == nil { scoped.namespace = namespace }
        guard let object = reader.object(scoped) else { return nil }
        return try? reader.text(at: binding.path, in: object)
    }

    /// The names a binding stands for, in the namespace the command acts in (unless the binding names one).
    private func names(_ binding: ObjectRef, namespace: String) -> Set<String> {
        var scoped = binding
        if scoped.namespace == nil { scoped.namespace = namespace }
        return reader.names(scoped)
    }

    private func objectsMatch(_ wanted: KubectlCommandShape, _ given: KubectlCommandShape, pattern: CommandPattern,
                              namespace: String) -> Bool {
        let readOnly = KubectlCommandShape.readOnlyCommands.contains(wanted.path)
        if readOnly {
            return wanted.objects.allSatisfy { object in
                given.objects.contains { objectMatches(object, $0, pattern: pattern, readOnly: true, path: wanted.path, namespace: namespace) }
            }
        }
        guard wanted.objects.count == given.objects.count else { return false }
        return zip(wanted.objects, given.objects).allSatisfy { objectMatches($0, $1, pattern: pattern, readOnly: false, path: wanted.path, namespace: namespace) }
    }

    private func objectMatches(_ wanted: KubectlCommandShape.ObjectArgument, _ given: KubectlCommandShape.ObjectArgument,
                               pattern: CommandPattern, readOnly: Bool, path: String, namespace: String) -> Bool {
        if let binding = pattern.bindings[wanted.name] {
            if case .selected(.selectedBy(let ownerResource, let ownerName)) = binding.target,
               given.resource == ownerResource, given.name == ownerName {
                return true
            }
            if binding.resource == "pods", KubectlCommandShape.podFirstCommands.contains(path),
               KubectlCommandShape.workloadResources.contains(given.resource) {
                // `kubectl logs deployment/web` picks one of the pods the Deployment selects.
                var owned = binding
                owned.target = .selected(.selectedBy(resource: given.resource, name: given.name))
                return !self.names(binding, namespace: namespace).isDisjoint(with: self.names(owned, namespace: namespace))
            }
            guard given.resource == binding.resource else { return false }
            if given.name.isEmpty { return readOnly }
            let names = self.names(binding, namespace: namespace)
            if names.contains(given.name) { return true }
            // `kubectl describe` falls back to objects whose name starts with the one given.
            return path == "describe" && names.contains { $0.hasPrefix(given.name) }
        }
        guard given.resource == wanted.resource else { return false }
        if wanted.name.isEmpty, readOnly { return true }
        if pattern.wildcards.contains(wanted.name) { return !given.name.isEmpty || readOnly }
        if given.name.isEmpty { return readOnly || wanted.name.isEmpty }
        return wanted.name == given.name
    }

    /// Word-by-word comparison with wildcards and bindings; extra words only after a trailing `...`.
    func wordsMatch(_ wanted: [String], _ given: [String], pattern: CommandPattern, namespace: String? = nil) -> Bool {
        let space = namespace ?? currentNamespace
        if given.count < wanted.count { return false }
        if given.count > wanted.count, !pattern.allowsMoreArguments { return false }
        for (expected, actual) in zip(wanted, given) {
            if pattern.wildcards.contains(expected) { continue }
            if let binding = pattern.bindings[expected] {
                guard names(binding, namespace: space).contains(actual) else { return false }
                continue
            }
            if let value = pattern.values[expected] {
                guard self.value(value, namespace: space) == actual else { return false }
                continue
            }
            if expected.contains("kubetutor-") {
                guard embeddedMatch(expected, actual, pattern: pattern, namespace: space) else { return false }
                continue
            }
            guard expected == actual else { return false }
        }
        return true
    }

    /// A word with a binding inside (`deployment/kubetutor-binding-1`, `http://kubetutor-any-1:8080`).
    private func embeddedMatch(_ expected: String, _ actual: String, pattern: CommandPattern, namespace: String) -> Bool {
        var regex = "^"
        var rest = Substring(expected)
        while let range = rest.range(of: "kubetutor-(binding|any|value)-[0-9]+", options: .regularExpression) {
            regex += NSRegularExpressionEscape.escape(String(rest[..<range.lowerBound]))
            let placeholder = String(rest[range])
            if let binding = pattern.bindings[placeholder] {
                let names = self.names(binding, namespace: namespace).sorted().map(NSRegularExpressionEscape.escape)
                regex += names.isEmpty ? "(?!)" : "(" + names.joined(separator: "|") + ")"
            } else if let value = pattern.values[placeholder] {
                regex += NSRegularExpressionEscape.escape(self.value(value, namespace: namespace) ?? "\u{0}")
            } else {
                regex += ".*"
            }
            rest = rest[range.upperBound...]
        }
        regex += NSRegularExpressionEscape.escape(String(rest)) + "$"
        return actual.range(of: regex, options: .regularExpression) != nil
    }
}

/// Escapes text for use inside a regular expression.
enum NSRegularExpressionEscape {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for char in text {
            if "\\^$.|?*+()[]{}".contains(char) { escaped.append("\\") }
            escaped.append(char)
        }
        return escaped
    }
}
