/// A resource-argument error; `message` is kubectl's text without the `error: ` prefix.
public struct ResourceArgumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The messages; several when the builder collected more than one error before visiting.
    public let messages: [String]

    /// One error.
    public init(message: String) {
        messages = [message]
    }

    /// Several errors collected together (upstream returns them as an aggregate).
    public init(messages: [String]) {
        self.messages = messages
    }

    /// The message, or the messages one per line.
    public var message: String { messages.joined(separator: "\n") }

    /// The message as is.
    public var description: String { message }

    /// What kubectl writes to stderr (without the final newline): `error: <message>` for one
    /// error; several errors one per line without the prefix, as kubectl's `CheckErr` prints an
    /// aggregate.
    public var kubectlText: String {
        messages.count == 1 ? "error: " + message : message
    }

    /// `the server doesn't have a resource type "podz"`.
    public static func unknownType(_ resource: String) -> ResourceArgumentError {
        ResourceArgumentError(message: "the server doesn't have a resource type \"\(resource)\"")
    }

    /// Mixing `TYPE` and `TYPE/NAME` arguments. Upstream names the command `get` whatever it is.
    public static let typeWithTupleArguments = ResourceArgumentError(message:
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form"
        + " (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'")
    /// `a/b/c`.
    public static let tooManySlashes = ResourceArgumentError(message: "arguments in resource/name form may not have more than one slash")
    /// `pod/`, `/x`, `pods,svc/x`.
    public static let incompleteTuple = ResourceArgumentError(message: "arguments in resource/name form must have a single resource and name")
    /// Names together with `-l`, `--field-selector` or `--all`.
    public static let namesWithSelector = ResourceArgumentError(message: "name cannot be provided when a selector is specified")
    /// `TYPE/NAME` together with a selector or `--all`.
    public static let tuplesWithSelector = ResourceArgumentError(message: "selectors and the all flag cannot be used when passing resource/name arguments")
    /// A selector or `--all` without any type.
    public static let selectorWithoutType = ResourceArgumentError(message: "at least one resource must be specified to use a selector")
    /// Several types followed by names where that is not expanded (`all NAME`).
    public static let namesWithSeveralTypes = ResourceArgumentError(message: "you must specify only one resource")
    /// A single-type command given several types.
    public static let severalTypes = ResourceArgumentError(message: "you may only specify a single resource type")
    /// A bare type where names or a selector are required (`delete pod`).
    public static let typeWithoutNames = ResourceArgumentError(message: "resource(s) were provided, but no name was specified")
    /// `--all` together with `-l` or `--field-selector` (upstream's message ends in a space).
    public static let selectAllWithSelector = ResourceArgumentError(message: "setting 'all' parameter but found a non empty selector. ")
    /// Naming a namespaced object together with `-A`.
    public static let namedAcrossNamespaces = ResourceArgumentError(message: "a resource cannot be retrieved by name across all namespaces")
    /// No arguments at all (upstream `missingResourceError`), as `delete` prints it.
    public static let missingResource = ResourceArgumentError(message: """
        You must provide one or more resources by argument or filename.
        Example resource specifications include:
           '-f rsrc.yaml'
           '--filename=rsrc.json'
           '<resource> <name>'
           '<resource>'
        """)

    /// The hint `get` and `describe` give when no type is named:
    /// `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.`
    public static func typeRequiredHint(verb: String) -> String {
        "You must specify the type of resource to \(verb). Use \"kubectl api-resources\" for a complete list of supported resources."
    }

    /// Several errors as the builder returns them: one as is, several together.
    static func aggregate(_ errors: [ResourceArgumentError]) -> ResourceArgumentError? {
        guard let first = errors.first else { return nil }
        if errors.count == 1 { return first }
        return ResourceArgumentError(messages: errors.flatMap(\.messages))
    }
}
