import KubeCluster

/// kubectl's `--dry-run` modes: nothing, client (print only) or server (validate without storing).
/// Shared by every mutating verb (apply/create/delete/patch… and scale/set/label/cordon…).
enum DryRunMode: Equatable {
    case none, client, server

    /// What the name printer appends to the operation: ` (dry run)`, ` (server dry run)` or nothing.
    var suffix: String {
        switch self {
        case .none: return ""
        case .client: return " (dry run)"
        case .server: return " (server dry run)"
        }
    }

    /// The mode a command's `--dry-run` flag asks for, or kubectl's error text for a bad value. A bare
    /// `--dry-run` means client; kubectl then logs a deprecation warning, which is written to stderr here.
    static func from(_ context: VerbContext) -> Result<DryRunMode, KubectlMessage> {
        guard context.invocation.accepts("dry-run") else { return .success(.none) }
        switch context.invocation.string("dry-run") {
        case "none", "": return .success(.none)
        case "client": return .success(.client)
        case "server": return .success(.server)
        case "unchanged":
            context.errorLine(KlogLine.warning("helpers.go:702", "--dry-run is deprecated and can be replaced with --dry-run=client.",
                                               at: context.cluster.now))
            return .success(.client)
        case let other:
            return .failure(KubectlMessage("Invalid dry-run value (\(other)). Must be \"none\", \"server\", or \"client\"."))
        }
    }
}
