import Foundation
import KubeCluster

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
            context.line("\(kindPrefix)/\(name) \(operation)\(dryRun.suffix)")
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
