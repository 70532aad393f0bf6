import KubeCluster

/// The `-o/--output` formats kubectl's get-like commands accept.
public enum OutputFormat: Equatable {
    case table(wide: Bool)
    case yaml, json, name
    case jsonPath(String, asJSON: Bool)
    case goTemplate(String)
    case customColumns(CustomColumnsSpec)

    /// The allowed format names, as kubectl lists them in its error.
    static let allowed = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,"
        + "jsonpath-file,name,template,templatefile,wide,yaml"

    /// The format `-o` (and `--template`) ask for; file forms read through `readFile`; the error is kubectl's text.
    public static func parse(_ output: String, template: String, readFile: (String) throws -> String) -> Result<OutputFormat, KubectlMessage> {
        let (name, argument): (String, String?) = {
            guard let equals = output.firstIndex(of: "=") else { return (output, nil) }
            return (String(output[..<equals]), String(output[output.index(after: equals)...]))
        }()
        let text = argument ?? template
        switch name {
        case "": return .success(.table(wide: false))
        case "wide": return .success(.table(wide: true))
        case "yaml": return .success(.yaml)
        case "json": return .success(.json)
        case "name": return .success(.name)
        case "jsonpath", "jsonpath-as-json":
            guard !text.isEmpty else { return .failure(KubectlMessage("template format specified but no template given")) }
            return .success(.jsonPath(text, asJSON: name == "jsonpath-as-json"))
        case "go-template", "template":
            guard !text.isEmpty else { return .failure(KubectlMessage("template format specified but no template given")) }
            return .success(.goTemplate(text))
        case "jsonpath-file", "go-template-file", "templatefile":
            guard !text.isEmpty else { return .failure(KubectlMessage("template format specified but no template file given")) }
            guard let contents = try? readFile(text) else { return .failure(KubectlMessage("error reading --template \(text), open \(text): no such file or directory")) }
            return .success(name == "jsonpath-file" ? .jsonPath(contents, asJSON: false) : .goTemplate(contents))
        case "custom-columns":
            do { return .success(.customColumns(try CustomColumnsSpec(spec: text))) } catch { return .failure(KubectlMessage("\(error)")) }
        case "custom-columns-file":
            guard let contents = try? readFile(text) else { return .failure(KubectlMessage("open \(text): no such file or directory")) }
            do { return .success(.customColumns(try CustomColumnsSpec(templateFile: contents))) } catch { return .failure(KubectlMessage("\(error)")) }
        default:
            return .failure(KubectlMessage("unable to match a printer suitable for the output format \"\(output)\", allowed formats are: \(allowed)"))
        }
    }
}

/// Turns stored objects into JSON the way the API server serves them, and wraps several in a `List`.
public enum ObjectJSON {
    /// The object as served (keys in struct order; printers sort as kubectl does).
    public static func encode(_ object: any APIObject) -> JSONValue {
        (try? TreeEncoder().encode(object)) ?? .null
    }

    /// `{"apiVersion":"v1","items":[…],"kind":"List","metadata":{"resourceVersion":""}}`.
    public static func list(_ items: [JSONValue]) -> JSONValue {
        ["apiVersion": "v1", "items": .array(items), "kind": "List", "metadata": ["resourceVersion": ""]]
    }
}

/// Prints objects in a non-table format (yaml, json, name, jsonpath, go-template, custom-columns).
public enum ObjectPrinter {
    /// Prints `objects` (one document, or a List when `asList`) in `format`; returns the error text if any.
    public static func print(_ objects: [(object: JSONValue, kindPrefix: String)], format: OutputFormat, asList: Bool,
                             noHeaders: Bool, write: (String) -> Void) -> String? {
        let documents = objects.map(\.object)
        let data: JSONValue = (asList || documents.count != 1) ? ObjectJSON.list(documents) : documents[0]
        switch format {
        case .table:
            return nil
        case .yaml:
            write(data.sortedKeys().yamlText())
        case .json:
            write(data.sortedKeys().jsonText() + "\n")
        case .name:
            for item in objects { write("\(item.kindPrefix)/\(item.object.value(at: ["metadata", "name"])?.stringValue ?? "")\n") }
        case .jsonPath(let text, let asJSON):
            do {
                let template = try JSONPathTemplate(text)
                write(asJSON ? try template.executeAsJSON(on: data) : try template.execute(on: data))
            } catch {
                return "\(error)"
            }
        case .goTemplate(let text):
            do {
                let printer = try GoTemplatePrinter(template: text)
                let output = printer.print(data)
                write(output.stdout)
                if let error = output.error { return error.message }
            } catch {
                return "\(error)"
            }
        case .customColumns(let spec):
            let rendered = spec.render(documents, noHeaders: noHeaders)
            write(rendered.stdout)
            if let error = rendered.error { return error.message }
        }
        return nil
    }
}
