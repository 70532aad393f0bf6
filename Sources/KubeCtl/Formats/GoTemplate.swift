import KubeCluster

/// A parsed Go `text/template` as kubectl's `-o go-template=` uses it (template name `output`, Go's
/// builtins plus kubectl's `exists` and `base64decode`), executable over a JSON tree.
///
/// Supported: actions, pipelines, variables (`:=`, `=`), `if`/`else if`/`with`/`else with`/`range`
/// (with `$i, $e :=`, `break`, `continue`, `else`), `define`/`template`/`block`, comments, trim markers,
/// string/raw/char/number/bool/nil literals, and Go's error texts. Not supported: complex numbers,
/// method calls (JSON data has none).
public struct GoTemplate: Equatable {
    /// The template text as given.
    public let text: String
    /// The template name used in error messages (`output` for kubectl).
    public let name: String
    let root: [TemplateNode]
    let definitions: [String: [TemplateNode]]

    /// Parses `text`; throws `TemplateParseError` with Go's message.
    public init(_ text: String, name: String = "output") throws {
        self.text = text
        self.name = name
        (root, definitions) = try GoTemplateParser.parse(text, name: name, functions: TemplateBuiltins.names)
    }

    /// Executes over `data` (the root `map[string]interface{}`). Returns everything written before any
    /// failure, and the failure (`missingKeyIsError` is Go's `missingkey=error`).
    public func execute(on data: JSONValue, missingKeyIsError: Bool = false)
        -> (output: String, error: TemplateExecutionError?) {
        let run = GoTemplateExecution(source: text, name: name, definitions: definitions, data: .json(data),
                                      missingKeyIsError: missingKeyIsError)
        do {
            try run.run(root, dot: .json(data))
            return (run.output, nil)
        } catch let error as TemplateExecutionError {
            return (run.output, error)
        } catch {
            return (run.output, TemplateExecutionError(message: "template: \(name): \(error)"))
        }
    }

    /// The tree as kubectl hands it to the template engine after a JSON round trip through
    /// apimachinery's decoder: numbers that Go's encoder writes without a fraction or exponent
    /// become `int64` (so `1.0` prints `1`), everything else stays as is.
    public static func decodedLikeKubectl(_ value: JSONValue) -> JSONValue {
        switch value {
        case .double(let number):
            let text = GoValueText.formatJSONFloat(number)
            if text.allSatisfy({ $0.isNumber || $0 == "-" }), let integer = Int64(text) { return .int(integer) }
            return value
        case .array(let items):
            return .array(items.map(decodedLikeKubectl))
        case .object(var members):
            for key in members.keys { members[key] = members[key].map(decodedLikeKubectl) }
            return .object(members)
        default:
            return value
        }
    }
}

/// kubectl's `-o go-template=…` / `-o template=…` printer (cli-runtime `GoTemplatePrinter`).
public struct GoTemplatePrinter {
    /// The template text as the user gave it.
    public let rawTemplate: String
    /// `--allow-missing-template-keys` (default true → Go's `missingkey=default`).
    public var allowMissingKeys = true
    private let template: GoTemplate

    /// Parses the template; the error is kubectl's `error parsing template {{…}}, template: output:1: …`.
    public init(template text: String) throws {
        guard !text.isEmpty else { throw FormatError("template format specified but no template given") }
        do {
            template = try GoTemplate(text)
        } catch let error as TemplateParseError {
            throw FormatError("error parsing template \(text), \(error.message)\n")
        }
        rawTemplate = text
    }

    /// Prints one object (a list is one object with `items`). On failure, stdout holds the partial output
    /// plus kubectl's debugging dump, and the error is `error executing template "…": …`.
    /// `rawDataSortedKeys` says how the object's JSON was ordered (sorted for server objects).
    public func print(_ object: JSONValue, rawDataSortedKeys: Bool = true) -> FormatOutput {
        let data = GoTemplate.decodedLikeKubectl(object)
        let (output, error) = template.execute(on: data, missingKeyIsError: !allowMissingKeys)
        guard let error else { return FormatOutput(stdout: output) }
        let raw = rawDataSortedKeys ? GoValueText.json(object) : GoValueText.jsonInOrder(object)
        let dump = "Error executing template: \(error.message). Printing more information for debugging the template:\n"
            + "\ttemplate was:\n\t\t\(rawTemplate)\n"
            + "\traw data was:\n\t\t\(raw)\n"
            + "\tobject given to template engine was:\n\t\t\(GoValueText.plain(data))\n\n"
        return FormatOutput(stdout: output + dump,
                            error: FormatError("error executing template \(GoValueText.quote(rawTemplate)): \(error.message)"))
    }
}

/// kubectl's `-o jsonpath=…` and `-o jsonpath-as-json=…` printer (cli-runtime `JSONPathPrinter`).
public struct JSONPathPrinter {
    /// The template text as the user gave it.
    public let rawTemplate: String
    /// `--allow-missing-template-keys` (default true: missing keys print nothing).
    public var allowMissingKeys = true
    /// `jsonpath-as-json`: print each result group as an indented JSON array.
    public var jsonOutput = false
    private let template: JSONPathTemplate

    /// Parses the template; the error is kubectl's `error parsing jsonpath {.items[*, unterminated array`.
    public init(template text: String) throws {
        guard !text.isEmpty else { throw FormatError("template format specified but no template given") }
        do {
            template = try JSONPathTemplate(text)
        } catch let error as JSONPathSyntaxError {
            throw FormatError("error parsing jsonpath \(text), \(error.message)\n")
        }
        rawTemplate = text
    }

    /// Prints one object (a list is one object with `items`); nothing reaches stdout on failure.
    public func print(_ object: JSONValue) -> FormatOutput {
        do {
            let text = jsonOutput
                ? try template.executeAsJSON(on: object, allowMissingKeys: allowMissingKeys)
                : try template.execute(on: object, allowMissingKeys: allowMissingKeys)
            return FormatOutput(stdout: text)
        } catch {
            let message = (error as? JSONPathExecutionError)?.message ?? "\(error)"
            let dump = "Error executing template: \(message). Printing more information for debugging the template:\n"
                + "\ttemplate was:\n\t\t\(rawTemplate)\n"
                + "\tobject given to jsonpath engine was:\n\t\t\(GoValueText.goSyntax(object))\n\n"
            return FormatOutput(stdout: "",
                                error: FormatError("error executing jsonpath \(GoValueText.quote(rawTemplate)): \(dump)\n"))
        }
    }
}
