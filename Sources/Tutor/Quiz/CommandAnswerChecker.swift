import KubeCtl

/// The verdict on a command answer: right or wrong, and if wrong, exactly what differs from the closest
/// accepted answer.
public struct CommandVerdict: Sendable {
    /// True when the answer means the same as one accepted answer.
    public let passed: Bool
    /// What differs from `closestAnswer` (empty when passed).
    public let differences: [CommandDifference]
    /// The accepted answer the learner's command is closest to.
    public let closestAnswer: String
}

/// Compares kubectl commands by meaning: the grammar parses both, then the meanings are compared part by part.
public enum CommandAnswerChecker {
    /// The kubectl invocation a learner's line runs (the last kubectl command in it). A line that starts with a
    /// kubectl verb but without `kubectl` counts too.
    public static func invocation(of text: String, reader: LearnerLineReader = LearnerLineReader())
        -> Result<KubectlInvocation, CommandDifference> {
        var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("$ ") { trimmed = String(trimmed.dropFirst(2)) }
        let (commands, errors) = reader.commands(in: trimmed)
        var argv = commands.last { ["kubectl", "k"].contains($0.argv.first ?? "") }.map { Array($0.argv.dropFirst()) }
        if argv == nil, let first = commands.first, let name = first.argv.first,
           KubectlCommandTree.standard.root.subcommand(named: name) != nil {
            argv = first.argv
        }
        guard let argv else {
            let shown = errors.isEmpty ? trimmed : errors.trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(.notKubectl(found: shown))
        }
        switch KubectlCommandParser.parse(argv) {
        case .success(let invocation):
            return .success(invocation)
        case .failure(let error):
            let line = error.stderr.split(separator: "\n").first.map(String.init) ?? error.stderr
            return .failure(.rejected(error: line.hasPrefix("error: ") ? String(line.dropFirst(7)) : line))
        }
    }

    /// The meaning of a learner's line in a context whose namespace is `contextNamespace`.
    public static func meaning(of text: String, contextNamespace: String = "default",
                               reader: LearnerLineReader = LearnerLineReader()) -> Result<CommandMeaning, CommandDifference> {
        invocation(of: text, reader: reader).map {
            CommandMeaningBuilder.meaning(of: $0, contextNamespace: contextNamespace)
        }
    }

    /// Checks `text` against every accepted answer of `spec`.
    public static func check(_ text: String, spec: CommandAnswerSpec, reader: LearnerLineReader = LearnerLineReader())
        -> CommandVerdict {
        let fallback = spec.answers.first ?? ""
        let found: CommandMeaning
        switch meaning(of: text, contextNamespace: spec.namespace, reader: reader) {
        case .failure(let difference):
            return CommandVerdict(passed: false, differences: [difference], closestAnswer: fallback)
        case .success(let meaning):
            found = meaning
        }
        var best: CommandVerdict?
        for answer in spec.answers {
            guard case .success(let expected) = meaning(of: answer, contextNamespace: spec.namespace) else { continue }
            let differences = self.differences(expected: expected, found: found)
            if differences.isEmpty { return CommandVerdict(passed: true, differences: [], closestAnswer: answer) }
            if best == nil || weight(differences) < (best.map { weight($0.differences) } ?? Int.max) {
                best = CommandVerdict(passed: false, differences: differences, closestAnswer: answer)
            }
        }
        return best ?? CommandVerdict(passed: false, differences: [.rejected(error: "no accepted answer parses")],
                                      closestAnswer: fallback)
    }

    /// Every difference between two meanings, most important first; empty when they mean the same.
    public static func differences(expected: CommandMeaning, found: CommandMeaning) -> [CommandDifference] {
        if expected.path != found.path || expected.helpRequested != found.helpRequested {
            let help = { (meaning: CommandMeaning) in meaning.helpRequested ? " --help" : "" }
            return [.command(expected: expected.commandText + help(expected), found: found.commandText + help(found))]
        }
        var result: [CommandDifference] = []
        if expected.objects != found.objects {
            result.append(.objects(expected: describe(expected.objects), found: describe(found.objects)))
        }
        if expected.allNamespaces != found.allNamespaces {
            result.append(.allNamespaces(expected: expected.allNamespaces))
        } else if let wanted = expected.namespace, let actual = found.namespace, wanted != actual {
            result.append(.namespace(expected: wanted, found: actual))
        }
        result += flagDifferences(expected: expected, found: found)
        if expected.arguments != found.arguments {
            result.append(.arguments(expected: expected.arguments.joined(separator: " "),
                                     found: found.arguments.joined(separator: " ")))
        }
        if expected.afterDash != found.afterDash {
            result.append(.containerCommand(expected: expected.afterDash.joined(separator: " "),
                                            found: found.afterDash.joined(separator: " ")))
        }
        return result
    }

    /// Flags that only add a column to what was asked for; adding them unasked is not a mistake.
    static let toleratedExtras: Set<String> = ["show-labels", "show-kind"]

    private static func flagDifferences(expected: CommandMeaning, found: CommandMeaning) -> [CommandDifference] {
        var result: [CommandDifference] = []
        let command = KubectlCommandTree.standard.command(at: expected.path)
        func mention(_ name: String, _ value: String) -> FlagMention {
            let spec = command?.flag(named: name) ?? KubectlCommandTree.standard.globalFlag(named: name)
            return FlagMention(name: name, shorthand: spec?.shorthand, value: value)
        }
        for name in Set(expected.flags.keys).union(found.flags.keys).sorted() {
            switch (expected.flags[name], found.flags[name]) {
            case (let wanted?, nil): result.append(.missingFlag(mention(name, wanted)))
            case (nil, let given?) where !toleratedExtras.contains(name): result.append(.extraFlag(mention(name, given)))
            case (let wanted?, let given?) where wanted != given:
                result.append(.flagValue(mention(name, given), expected: wanted))
            default: break
            }
        }
        return result
    }

    /// How far apart two commands are: another command counts as much as ten smaller differences.
    private static func weight(_ differences: [CommandDifference]) -> Int {
        differences.reduce(0) { total, difference in
            switch difference {
            case .command, .notKubectl, .rejected: return total + 10
            default: return total + 1
            }
        }
    }

    private static func describe(_ objects: [ObjectSelection]) -> String {
        objects.isEmpty ? "nothing" : objects.map(\.description).joined(separator: ", ")
    }
}
