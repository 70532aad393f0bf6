import Foundation

/// The flags one command accepts at parse time: its own, then (optionally) `-h/--help`, then the global ones.
/// A name already taken by an earlier flag hides a later one, as in cobra's persistent flag merging.
struct ResolvedFlagSet {
    private(set) var byName: [String: FlagSpec] = [:]
    private(set) var byShorthand: [Character: FlagSpec] = [:]

    /// An empty flag set.
    init() {}

    /// The flag set of `command` with the tree's globals; `includingHelp` adds cobra's `-h, --help`.
    init(command: KubectlCommandSpec, globals: [FlagSpec], includingHelp: Bool) {
        command.flags.forEach { add($0) }
        if includingHelp {
            add(.bool("help", short: "h", "help for \(command.name)"))
        }
        globals.forEach { add($0) }
    }

    private mutating func add(_ flag: FlagSpec) {
        guard byName[flag.name] == nil else { return }
        byName[flag.name] = flag
        if let short = flag.shorthand, byShorthand[short] == nil {
            byShorthand[short] = flag
        }
    }

    /// The flag with this long name, after `_`→`-` normalization.
    func flag(named name: Substring) -> FlagSpec? {
        byName[KubectlInvocation.normalized(String(name))]
    }

    /// True when `--name` given alone does not take the next word (cobra's `hasNoOptDefVal`).
    func takesNoValueWhenBare(_ name: Substring) -> Bool {
        flag(named: name)?.valueWhenBare != nil
    }

    /// True when `-c` given alone does not take the next word (cobra's `shortHasNoOptDefVal`).
    func shorthandTakesNoValueWhenBare(_ shorthand: Character) -> Bool {
        byShorthand[shorthand]?.valueWhenBare != nil
    }
}

/// The flag sets of one command tree, resolved once per command (a tree never changes after it is built),
/// so parsing a command line does not rebuild the flag dictionaries of every command on its path.
final class ResolvedFlagSetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var sets: [String: ResolvedFlagSet] = [:]

    /// The flag set of the last command of `chain` (the commands from the root), built on first use.
    func flags(for chain: [KubectlCommandSpec], globals: [FlagSpec], includingHelp: Bool) -> ResolvedFlagSet {
        let command = chain.last
        let key = (includingHelp ? "+" : "-") + chain.map(\.name).joined(separator: " ")
        lock.lock()
        defer { lock.unlock() }
        if let known = sets[key] { return known }
        let made = command.map { ResolvedFlagSet(command: $0, globals: globals, includingHelp: includingHelp) }
            ?? ResolvedFlagSet()
        sets[key] = made
        return made
    }
}

/// Cobra's command lookup (`Command.Find`): walks subcommand words while skipping flags and their values.
struct CommandLookup {
    let tree: KubectlCommandTree
    /// Whether cobra's `help` command exists yet (it does not during kubectl's plugin pre-check).
    let includesHelpCommand: Bool
    /// Where resolved flag sets are kept between lookups (nil: resolved afresh each time).
    var flagSets: ResolvedFlagSetCache? = nil

    /// Outcome of a lookup.
    enum Outcome {
        /// The commands from the root to the one found, the typed words, and the remaining arguments.
        case found(chain: [KubectlCommandSpec], typedPath: [String], remaining: [String])
        /// The root got a word that is no command: cobra's `unknown command` error.
        case unknownCommand(word: String)
    }

    /// Finds the command addressed by `args`.
    func find(_ args: [String]) -> Outcome {
        var chain = [tree.root]
        var typed: [String] = []
        var rest = args
        while let current = chain.last {
            let flags = resolvedFlags(chain)
            guard let word = Self.commandWords(rest, flags: flags).first,
                  let next = subcommand(of: current, named: word) else { break }
            rest = Self.removingFirst(word, from: rest, flags: flags)
            chain.append(next)
            typed.append(word)
        }
        if chain.count == 1 {
            let flags = resolvedFlags([tree.root])
            if let word = Self.commandWords(rest, flags: flags).first {
                return .unknownCommand(word: word)
            }
        }
        return .found(chain: chain, typedPath: typed, remaining: rest)
    }

    /// The flags of the last command of `chain`, without `-h/--help`.
    private func resolvedFlags(_ chain: [KubectlCommandSpec]) -> ResolvedFlagSet {
        if let flagSets { return flagSets.flags(for: chain, globals: tree.globalFlags, includingHelp: false) }
        guard let command = chain.last else { return ResolvedFlagSet() }
        return ResolvedFlagSet(command: command, globals: tree.globalFlags, includingHelp: false)
    }

    private func subcommand(of command: KubectlCommandSpec, named word: String) -> KubectlCommandSpec? {
        guard let found = command.subcommand(named: word) else { return nil }
        if !includesHelpCommand && found.dispatch == .helpTopic { return nil }
        return found
    }

    /// Cobra's `stripFlags`: the non-flag words, skipping the value after a flag that needs one.
    static func commandWords(_ args: [String], flags: ResolvedFlagSet) -> [String] {
        var words: [String] = []
        var rest = args[...]
        while let word = rest.popFirst() {
            if word == "--" { break }
            let needsValue: Bool
            if word.hasPrefix("--") && !word.contains("=") {
                needsValue = !flags.takesNoValueWhenBare(word.dropFirst(2))
            } else if word.hasPrefix("-") && !word.contains("=") && word.count == 2, let short = word.last {
                needsValue = !flags.shorthandTakesNoValueWhenBare(short)
            } else {
                needsValue = false
            }
            if needsValue {
                if rest.count <= 1 { break }
                rest = rest.dropFirst()
            } else if !word.isEmpty && !word.hasPrefix("-") {
                words.append(word)
            }
        }
        return words
    }

    /// Cobra's `argsMinusFirstX`: removes the first non-flag occurrence of `word`.
    static func removingFirst(_ word: String, from args: [String], flags: ResolvedFlagSet) -> [String] {
        var position = 0
        while position < args.count {
            let arg = args[position]
            if arg == "--" { break }
            if arg.hasPrefix("--") && !arg.contains("=") && !flags.takesNoValueWhenBare(arg.dropFirst(2)) {
                position += 2
                continue
            }
            if arg.hasPrefix("-") && !arg.contains("=") && arg.count == 2, let short = arg.last,
               !flags.shorthandTakesNoValueWhenBare(short) {
                position += 2
                continue
            }
            if !arg.hasPrefix("-") && arg == word {
                var result = args
                result.remove(at: position)
                return result
            }
            position += 1
        }
        return args
    }
}
