/// Namespace for the static kubectl 1.32 command data (one `static let` per command, spread over Commands/*.swift).
enum KubectlCommandCatalog {}

/// A titled block of commands in the root help page, e.g. `Deploy Commands:`.
public struct KubectlCommandGroup: Equatable, Sendable {
    /// The heading, including the trailing colon.
    public let title: String
    /// Names of the root commands listed under the heading, in display order.
    public let commandNames: [String]
}

/// The whole kubectl 1.32 command tree: the root command, its subcommands and the global flags.
public struct KubectlCommandTree: Sendable {
    /// The `kubectl` command itself; its subcommands are in kubectl's registration order.
    public let root: KubectlCommandSpec
    /// The flags every command accepts (`kubectl options`).
    public let globalFlags: [FlagSpec]
    /// The groups of the root help page, in display order (remaining commands go under `Other Commands:`).
    public let rootGroups: [KubectlCommandGroup]
    /// Root commands left out of the root help listing even though they are not hidden.
    let unlistedRootCommands: Set<String>

    /// The kubectl 1.32 tree as seen by a user whose home directory is `/root`.
    public static let standard = KubectlCommandTree(homeDirectory: "/root")

    /// Builds the kubectl 1.32 tree; `homeDirectory` only affects the `--cache-dir` default.
    public init(homeDirectory: String) {
        typealias Catalog = KubectlCommandCatalog
        root = KubectlCommandSpec(
            name: "kubectl",
            short: "kubectl drives Kubernetes clusters",
            long: """
                kubectl talks to a Kubernetes cluster on your behalf: it reads, creates, changes and removes the objects the cluster runs.

                 Reference documentation lives at https://kubernetes.io/docs/reference/kubectl/
                """,
            usage: "kubectl [flags] [options]",
            subcommands: [
                Catalog.create, Catalog.expose, Catalog.run, Catalog.set,
                Catalog.explain, Catalog.get, Catalog.edit, Catalog.delete,
                Catalog.rollout, Catalog.scale, Catalog.autoscale,
                Catalog.certificate, Catalog.clusterInfo, Catalog.top, Catalog.cordon, Catalog.uncordon,
                Catalog.drain, Catalog.taint,
                Catalog.describe, Catalog.logs, Catalog.attach, Catalog.exec, Catalog.portForward, Catalog.proxy,
                Catalog.cp, Catalog.auth, Catalog.debug, Catalog.events,
                Catalog.diff, Catalog.apply, Catalog.patch, Catalog.replace, Catalog.wait, Catalog.kustomize,
                Catalog.label, Catalog.annotate, Catalog.completion,
                Catalog.alpha, Catalog.config, Catalog.plugin, Catalog.version, Catalog.apiVersions,
                Catalog.apiResources, Catalog.options, Catalog.help,
            ],
            dispatch: .help)
        globalFlags = Catalog.globalFlags(homeDirectory: homeDirectory)
        rootGroups = [
            .init(title: "Basic Commands (Beginner):", commandNames: ["create", "expose", "run", "set"]),
            .init(title: "Basic Commands (Intermediate):", commandNames: ["explain", "get", "edit", "delete"]),
            .init(title: "Deploy Commands:", commandNames: ["rollout", "scale", "autoscale"]),
            .init(title: "Cluster Management Commands:",
                  commandNames: ["certificate", "cluster-info", "top", "cordon", "uncordon", "drain", "taint"]),
            .init(title: "Troubleshooting and Debugging Commands:",
                  commandNames: ["describe", "logs", "attach", "exec", "port-forward", "proxy", "cp", "auth",
                                 "debug", "events"]),
            .init(title: "Advanced Commands:",
                  commandNames: ["diff", "apply", "patch", "replace", "wait", "kustomize"]),
            .init(title: "Settings Commands:", commandNames: ["label", "annotate", "completion"]),
            .init(title: "Subcommands provided by plugins:", commandNames: []),
        ]
        unlistedRootCommands = ["options", "help"]
    }

    /// The command at `path` (canonical names or aliases, without `kubectl`); the root for an empty path.
    public func command(at path: [String]) -> KubectlCommandSpec? {
        var current = root
        for word in path {
            guard let next = current.subcommand(named: word) else { return nil }
            current = next
        }
        return current
    }

    /// The global flag with this long name, if any.
    public func globalFlag(named flagName: String) -> FlagSpec? {
        globalFlags.first { $0.name == flagName }
    }
}

extension KubectlCommandCatalog {
    /// `kubectl options`: prints the global flags.
    static let options = KubectlCommandSpec(
        name: "options",
        short: "Print the flags every command accepts",
        long: "Print the flags every command accepts.",
        usage: "kubectl options [options]",
        examples: [.init("Print the global flags", "kubectl options")],
        dispatch: .globalOptions)

    /// `kubectl help`: cobra's help command.
    static let help = KubectlCommandSpec(
        name: "help",
        short: "Show the help of any command",
        long: "Show the help page of any command.\nType kubectl help followed by the command path to read it.",
        usage: "kubectl help [command] [flags] [options]",
        dispatch: .helpTopic)

    /// `kubectl alpha`: hidden, because kubectl 1.32 ships no alpha commands.
    static let alpha = KubectlCommandSpec(
        name: "alpha",
        short: "Commands for features in alpha",
        long: "Commands for features that are still in alpha and off by default.",
        usage: "kubectl alpha [flags] [options]",
        isHidden: true,
        dispatch: .alphaPlaceholder)
}
