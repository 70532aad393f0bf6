import Foundation
import KubeCluster

/// kubectl's `--dry-run` modes.
enum DryRunMode: Equatable {
    case none, client, server

    /// The mode `--dry-run` asks for, or kubectl's error text for a bad value. A bare `--dry-run` means
    /// client and makes kubectl log a deprecation warning, which is returned alongside.
    static func parse(_ context: VerbContext) -> Result<(mode: DryRunMode, warning: String?), CommandError> {
        guard context.invocation.accepts("dry-run") else { return .success((.none, nil)) }
        switch context.invocation.string("dry-run") {
        case "none", "": return .success((.none, nil))
        case "client": return .success((.client, nil))
        case "server": return .success((.server, nil))
        case "unchanged":
            return .success((.client, KlogLine.warning("helpers.go:702", "--dry-run is deprecated and can be replaced with --dry-run=client.",
                                                       at: context.cluster.now)))
        case let other:
            return .failure(.message("Invalid dry-run value (\(other)). Must be \"none\", \"server\", or \"client\"."))
        }
    }

    /// What the name printer appends to the operation: ` (dry run)` or ` (server dry run)`.
    var operationSuffix: String {
        switch self {
        case .none: return ""
        case .client: return " (dry run)"
        case .server: return " (server dry run)"
        }
    }
}

/// A klog line as kubectl writes it to stderr (`W0105 09:00:00.000000   12345 helpers.go:702] text`),
/// stamped with simulated time and a fixed process id so transcripts stay deterministic.
enum KlogLine {
    /// The fixed process id shown in simulated klog lines.
    static let processID = 12345

    /// A warning-level line for `message`, logged from `source` at simulated instant `now`.
    static func warning(_ source: String, _ message: String, at now: Double) -> String {
        let text = Timestamp(now).rfc3339
        let date = text.prefix(10).split(separator: "-").map(String.init)
        let monthDay = date.count == 3 ? date[1] + date[2] : "0101"
        let clock = text.dropFirst(11).prefix(8)
        let micros = max(0, min(999_999, Int((now - now.rounded(.down)) * 1_000_000)))
        return "W\(monthDay) \(clock).\(String(format: "%06d", micros)) \(String(format: "%7d", processID)) \(source)] \(message)"
    }
}

/// How a mutating verb reports each changed object: `kind.group/name operation` by default, the bare
/// name with `-o name`, or the object itself with `-o yaml|json|jsonpath|go-template`.
struct ChangeOutput {
    /// The `-o` format; nil prints the operation line.
    let format: OutputFormat?
    /// The dry-run mode, whose suffix follows the operation.
    let dryRun: DryRunMode
    /// True for commands that print typed objects: `-o json` keeps the API's field order instead of sorting.
    var structOrder = false
    /// How many objects were printed as YAML (kubectl's YAML printer starts each later one with `---`).
    private let printed = PrintCount()

    /// A shared counter, so copies of the output keep one count.
    final class PrintCount {
        var yamlDocuments = 0
    }

    init(format: OutputFormat?, dryRun: DryRunMode, structOrder: Bool = false) {
        self.format = format
        self.dryRun = dryRun
        self.structOrder = structOrder
    }

    /// Reads `-o` (when the command has it) for a mutating command: tables and custom columns are refused
    /// with kubectl's list of the formats such commands allow.
    static func make(_ context: VerbContext, dryRun: DryRunMode, structOrder: Bool = false) -> Result<ChangeOutput, CommandError> {
        let output = context.invocation.accepts("output") ? context.invocation.string("output") : ""
        guard !output.isEmpty else { return .success(ChangeOutput(format: nil, dryRun: dryRun, structOrder: structOrder)) }
        let refused = CommandError.message("unable to match a printer suitable for the output format \"\(output)\", "
            + "allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml")
        switch OutputFormat.parse(output, template: context.invocation.string("template"),
                                  readFile: { try context.session.files.read($0) }) {
        case .success(.table), .success(.customColumns): return .failure(refused)
        case .success(let format): return .success(ChangeOutput(format: format, dryRun: dryRun, structOrder: structOrder))
        case .failure(let message):
            return .failure(message.text.hasPrefix("unable to match a printer") ? refused : .message(message.text))
        }
    }

    /// True when the object itself (not a line naming it) is printed.
    var printsObject: Bool {
        switch format {
        case nil, .name?: return false
        default: return true
        }
    }

    /// Prints the result for `object` of `resource`; returns an error text if a template failed.
    @discardableResult
    func print(_ object: any APIObject, resource: APIResource, operation: String, context: VerbContext) -> CommandError? {
        print(ObjectJSON.encode(object), kindPrefix: resource.qualifiedKind, name: object.name, operation: operation, context: context)
    }

    /// Prints the result for an object given as JSON.
    @discardableResult
    func print(_ json: JSONValue, kindPrefix: String, name: String, operation: String, context: VerbContext) -> CommandError? {
        switch format {
        case nil:
            context.line("\(kindPrefix)/\(name) \(operation)\(dryRun.operationSuffix)")
            return nil
        case .name?:
            context.line("\(kindPrefix)/\(name)")
            return nil
        case .json? where structOrder:
            context.write(json.jsonText() + "\n")
            return nil
        case .yaml?:
            if printed.yamlDocuments > 0 { context.write("---\n") }
            printed.yamlDocuments += 1
            context.write(json.sortedKeys().yamlText())
            return nil
        case let format?:
            let error = ObjectPrinter.print([(object: json, kindPrefix: kindPrefix)], format: format, asList: false,
                                            noHeaders: false, write: context.write)
            return error.map(CommandError.message)
        }
    }
}
