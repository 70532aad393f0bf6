import ArgumentParser
import KubeCluster
import Tutor

/// Reads the plain ways of starting kubetutor without ArgumentParser (issue #9: its reflection over every
/// command's options took a quarter of the time to the prompt): the home screen (no arguments, or global
/// options only), and
/// `sandbox`, `lesson NAME` and `quiz` followed only by options of theirs that take a value (`--seed 3` or
/// `--seed=3`), each at most once, with values that read and validate exactly as ArgumentParser reads them.
///
/// Anything else — help, flags, short or unknown options, a value that does not read, a repeated option, an
/// explicit `home` — is left to ArgumentParser (nil), which parses it (or reports it) as it always has.
enum QuickLaunch {
    /// The options every command takes (`GlobalOptions`).
    private static let globalNames: Set<String> = ["data-dir", "seed", "clock", "lang"]

    /// What running `arguments` (without the program name) does, or nil to leave them to ArgumentParser.
    static func launch(for arguments: [String]) -> (() throws -> Void)? {
        guard let command = arguments.first else { return { HomeCommand.show() } }
        let rest = Array(arguments.dropFirst())
        if command.hasPrefix("--") {
            // The home screen (the default subcommand) with global options only.
            guard let read = OptionValues.read(arguments, names: globalNames), read.positionals.isEmpty,
                  settings(read.values) != nil else { return nil }
            return { HomeCommand.show() }
        }
        switch command {
        case "sandbox": return sandbox(rest)
        case "lesson": return lesson(rest)
        case "quiz": return quiz(rest)
        default: return nil
        }
    }

    private static func sandbox(_ arguments: [String]) -> (() throws -> Void)? {
        guard let read = OptionValues.read(arguments, names: globalNames.union(["profile", "nodes"])), read.positionals.isEmpty,
              let global = settings(read.values) else { return nil }
        var launch = SandboxLaunch(global: global)
        if let text = read.values["profile"] {
            guard let profile = ClusterProfile(argument: text) else { return nil }
            launch.profile = profile
        }
        if let text = read.values["nodes"] {
            guard let nodes = Int(argument: text), SandboxLaunch.problem(nodes: nodes) == nil else { return nil }
            launch.nodes = nodes
        }
        return { try launch.run() }
    }

    private static func lesson(_ arguments: [String]) -> (() throws -> Void)? {
        guard let read = OptionValues.read(arguments, names: globalNames.union(["lessons-dir"])), read.positionals.count == 1,
              let name = read.positionals.first, name != "help", let global = settings(read.values) else { return nil }
        let launch = LessonLaunch(global: global, folder: LessonFolder(lessonsDir: read.values["lessons-dir"]), name: name)
        return { try launch.run() }
    }

    private static func quiz(_ arguments: [String]) -> (() throws -> Void)? {
        guard let read = OptionValues.read(arguments, names: globalNames.union(["topic", "count", "mode", "bank"])),
              read.positionals.isEmpty, let global = settings(read.values) else { return nil }
        var launch = QuizLaunch(global: global, topic: read.values["topic"], bank: read.values["bank"])
        if let text = read.values["count"] {
            guard let count = Int(argument: text), QuizLaunch.problem(count: count) == nil else { return nil }
            launch.count = count
        }
        if let text = read.values["mode"] {
            guard let mode = QuizMode(argument: text) else { return nil }
            launch.mode = mode
        }
        return { try launch.run() }
    }

    /// The global options' values, or nil when one does not read.
    private static func settings(_ values: [String: String]) -> GlobalSettings? {
        var settings = GlobalSettings(dataDir: values["data-dir"], lang: values["lang"])
        if let text = values["seed"] {
            guard let seed = UInt64(argument: text) else { return nil }
            settings.seed = seed
        }
        if let text = values["clock"] {
            guard let clock = ClockMode(argument: text) else { return nil }
            settings.clock = clock
        }
        return settings
    }
}

/// The `--name value` / `--name=value` options and the positional arguments of a plain command line.
struct OptionValues {
    /// Each option's value, by name without the dashes.
    var values: [String: String] = [:]
    /// The other arguments, in order.
    var positionals: [String] = []

    /// The options and positionals of `arguments`, when every option is one of `names`, given once, with a
    /// non-empty value that does not start with `-`; nil otherwise (and for `--`, `-x` or any other dash word).
    static func read(_ arguments: [String], names: Set<String>) -> OptionValues? {
        var read = OptionValues()
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("-") else {
                read.positionals.append(word)
                continue
            }
            guard word.hasPrefix("--") else { return nil }
            let option = word.dropFirst(2)
            let name: String
            let value: String
            if let equals = option.firstIndex(of: "=") {
                name = String(option[..<equals])
                value = String(option[option.index(after: equals)...])
            } else {
                guard index < arguments.count else { return nil }
                name = String(option)
                value = arguments[index]
                index += 1
            }
            guard names.contains(name), read.values[name] == nil, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            read.values[name] = value
        }
        return read
    }
}
