import KubeCluster

/// How a mutating verb reports each changed object: `kind.group/name operation` by default, the bare
/// name with `-o name`, or the object itself with `-o yaml|json|jsonpath|go-template`. Shared by the
/// manifest verbs (apply, create, patch, run …) and the workload verbs (scale, set, label, taint …).
struct ChangeOutput {
    /// The key order structured output keeps.
    enum DocumentOrder {
        /// JSON through the object printer, YAML with sorted keys (the workload verbs' unstructured objects).
        case sorted
        /// JSON in the document's (typed struct) order, YAML with sorted keys.
        case structJSON
        /// JSON and YAML both in the document's order (the manifest verbs, whose documents are already ordered).
        case asGiven
    }

    /// The `-o` format; nil prints the operation line.
    let format: OutputFormat?
    /// The dry-run mode, whose suffix follows the operation.
    let dryRun: DryRunMode
    /// The key order of `-o json|yaml`.
    var order: DocumentOrder
    /// How many objects were printed as YAML (kubectl's YAML printer starts each later one with `---`).
    private let printed = PrintCount()

    /// A shared counter, so copies of the output keep one count.
    final class PrintCount {
        var yamlDocuments = 0
    }

    init(format: OutputFormat?, dryRun: DryRunMode, order: DocumentOrder = .sorted) {
        self.format = format
        self.dryRun = dryRun
        self.order = order
    }

    /// The formats a mutating command accepts, as kubectl lists them.
    static let allowedFormats = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml"

    /// Reads `--dry-run` and then `-o` (the order kubectl checks them in).
    static func fromFlags(_ context: VerbContext, order: DocumentOrder = .sorted) -> Result<ChangeOutput, CommandError> {
        switch DryRunMode.from(context) {
        case .success(let dryRun): return make(context, dryRun: dryRun, order: order)
        case .failure(let message): return .failure(.message(message.text))
        }
    }

    /// Reads `-o` (when the command has it) for a mutating command: tables and custom columns are refused
    /// with kubectl's list of the formats such commands allow.
    static func make(_ context: VerbContext, dryRun: DryRunMode, order: DocumentOrder = .sorted) -> Result<ChangeOutput, CommandError> {
        let output = context.invocation.accepts("output") ? context.invocation.string("output") : ""
        guard !output.isEmpty else { return .success(ChangeOutput(format: nil, dryRun: dryRun, order: order)) }
        let refused = CommandError.message("unable to match a printer suitable for the output format \"\(output)\", "
            + "allowed formats are: " + allowedFormats)
        switch OutputFormat.parse(output, template: context.invocation.string("template"),
                                  readFile: { try context.session.files.read($0) }) {
        case .success(.table), .success(.customColumns): return .failure(refused)
        case .success(let format): return .success(ChangeOutput(format: format, dryRun: dryRun, order: order))
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

    /// Prints the result for `object` of `resource`; returns an error if a template failed.
    @discardableResult
    func print(_ object: any APIObject, resource: APIResource, operation: String, context: VerbContext) -> CommandError? {
        print(ObjectJSON.encode(object), kindPrefix: resource.qualifiedKind, name: object.name, operation: operation, context: context)
    }

    /// Prints the result for an object given as JSON.
    @discardableResult
    func print(_ json: JSONValue, kindPrefix: String, name: String, operation: String, context: VerbContext) -> CommandError? {
        render(json, kindPrefix: kindPrefix, name: name, operation: operation, dryRun: dryRun, context: context).map(CommandError.message)
    }

    /// Prints a document named by its `metadata.name`, with the suffix of `dryRun` (which may differ from the
    /// parsed one, as for `run`); returns a template error's text.
    func print(_ document: JSONValue, kindPrefix: String, operation: String, dryRun: DryRunMode, context: VerbContext) -> String? {
        let name = document.value(at: ["metadata", "name"])?.stringValue ?? ""
        return render(document, kindPrefix: kindPrefix, name: name, operation: operation, dryRun: dryRun, context: context)
    }

    private func render(_ json: JSONValue, kindPrefix: String, name: String, operation: String, dryRun: DryRunMode,
                        context: VerbContext) -> String? {
        switch format {
        case nil:
            context.line("\(kindPrefix)/\(name) \(operation)\(dryRun.suffix)")
        case .name?:
            context.line("\(kindPrefix)/\(name)")
        case .json? where order != .sorted:
            context.write(json.jsonText() + "\n")
        case .yaml?:
            if printed.yamlDocuments > 0 { context.write("---\n") }
            printed.yamlDocuments += 1
            context.write(order == .asGiven ? json.yamlText() : json.sortedKeys().yamlText())
        case let format?:
            return ObjectPrinter.print([(object: json, kindPrefix: kindPrefix)], format: format, asList: false,
                                       noHeaders: false, write: context.write)
        }
        return nil
    }
}
