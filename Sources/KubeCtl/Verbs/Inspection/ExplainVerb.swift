import KubeCluster

/// `kubectl explain TYPE[.FIELD…] [--recursive] [--api-version=G/V]`: the schema of a kind or field in
/// 1.32's plaintext layout (GROUP/KIND/VERSION, FIELD, DESCRIPTION, FIELDS), from kubetutor's field catalogue.
enum ExplainVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let arguments = invocation.arguments
        guard !arguments.isEmpty else {
            return context.fail("You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete "
                + "list of supported resources.")
        }
        guard arguments.count == 1, let argument = arguments.first else {
            return context.fail("We accept only this format: explain RESOURCE")
        }
        let output = invocation.string("output")
        guard output == "plaintext" || output == "plaintext-openapiv2" else {
            return context.fail("unsupported output format: \(output)")
        }
        let pieces = argument.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let typeName = pieces[0]
        let path = Array(pieces.dropFirst()).filter { !$0.isEmpty }
        guard let resolution = ResourceCatalog.standard.resolve(typeName) else {
            context.errorLine("the server doesn't have a resource type \"\(typeName)\"")
            return 1
        }
        let resource = resolution.resource
        var version = resolution.version
        let apiVersion = invocation.string("api-version")
        if !apiVersion.isEmpty {
            let parts = apiVersion.split(separator: "/").map(String.init)
            let (group, requested) = parts.count == 2 ? (parts[0], parts[1]) : ("", apiVersion)
            guard group == resource.group, resource.versions.contains(requested) else {
                context.errorLine("couldn't find resource for \"\(group.isEmpty ? "" : group + "/")\(requested), Resource=\(resource.name)\"")
                return 1
            }
            version = requested
        }
        let renderer = ExplainRenderer(catalogue: .standard, recursive: invocation.bool("recursive"))
        let result = renderer.render(group: resource.group, kind: resource.kind, version: version, path: path)
        context.write(result.output)
        if let error = result.error { return context.fail(error) }
        return 0
    }
}

/// Lays a schema out as `explain/v2/templates/plaintext.tmpl` does.
struct ExplainRenderer {
    let catalogue: ExplainCatalogue
    let recursive: Bool

    /// The text for `kind` at `path`, and the error (`field "x" does not exist`) if the path leaves the schema.
    func render(group: String, kind: String, version: String, path: [String]) -> (output: String, error: String?) {
        var out = group.isEmpty ? "" : "GROUP:      \(group)\n"
        out += "KIND:       \(kind)\nVERSION:    \(version)\n\n"
        let root = catalogue.schemas[kind] ?? placeholder(kind)
        let lookup = { (name: String) -> ExplainSchema? in name == root.name ? root : catalogue.schemas[name] }
        var type = ExplainType.named(root.name)
        var fieldDescription: String?
        for (index, step) in path.enumerated() {
            guard let schemaName = type.schemaName, let schema = lookup(schemaName), let field = schema.field(step) else {
                return (out, "field \"\(path.last ?? step)\" does not exist")
            }
            if index == path.count - 1 {
                out += "FIELD: \(field.name) <\(field.type.text)>\n"
                if !field.enumValues.isEmpty {
                    out += "ENUM:" + field.enumValues.map { "\n    " + ($0.isEmpty ? "\"\"" : $0) }.joined()
                }
                out += "\n\n"
            }
            type = field.type
            fieldDescription = field.description
        }
        var paragraphs: [String] = []
        if let fieldDescription {
            paragraphs.append(fieldDescription)
            if let name = type.schemaName, let schema = lookup(name), !schema.description.isEmpty {
                paragraphs.append(schema.description)
            }
        } else {
            paragraphs.append(root.description)
        }
        out += "DESCRIPTION:\n" + indent(paragraphs.map { WordWrap.wrap($0, limit: 76) + "\n" }.joined(), by: 4) + "\n"
        if let name = type.schemaName, let schema = lookup(name), !schema.fields.isEmpty {
            out += "FIELDS:\n" + fieldList(schema, level: 1, visited: [name])
        }
        return (out + "\n", nil)
    }

    /// The `FIELDS:` entries of a schema, sorted by name; with `--recursive` only names and types, nested.
    func fieldList(_ schema: ExplainSchema, level: Int, visited: Set<String>) -> String {
        var out = ""
        let indentAmount = level * 2
        for field in schema.fields.sorted(by: { $0.name < $1.name }) {
            out += String(repeating: " ", count: indentAmount) + field.name + "\t<\(field.type.text)>"
            if field.required { out += " -required-" }
            if !field.enumValues.isEmpty {
                let shown = field.enumValues.prefix(4).map { $0.isEmpty ? "\"\"" : $0 }
                out += "\n" + String(repeating: " ", count: indentAmount) + "enum: " + shown.joined(separator: ", ")
                    + (field.enumValues.count > 4 ? ", ...." : "")
            }
            out += "\n"
            if recursive {
                if let name = field.type.schemaName, !visited.contains(name), let nested = catalogue.schemas[name] {
                    out += fieldList(nested, level: level + 1, visited: visited.union([name]))
                }
            } else {
                out += indent(WordWrap.wrap(field.description, limit: 78 - indentAmount), by: indentAmount + 2) + "\n\n"
            }
        }
        return out
    }

    /// Every line of `text` (empty ones too) prefixed by `amount` spaces, like the template's `indent`.
    func indent(_ text: String, by amount: Int) -> String {
        let pad = String(repeating: " ", count: amount)
        return pad + text.replacingOccurrences(of: "\n", with: "\n" + pad)
    }

    /// A kind kubetutor serves in discovery but does not simulate: its standard top-level fields only.
    func placeholder(_ kind: String) -> ExplainSchema {
        ExplainSchema(name: kind, description: "\(kind) is listed by the API server but not simulated by kubetutor, so only "
                      + "its top-level fields are described here.", fields: ExplainCatalogue.expand("object \(kind)"))
    }
}

/// Word wrapping as kubectl's `term.WordWrapWriter` (go-wordwrap) does it: lines break at spaces so they are at
/// most `limit` characters; a longer word stays whole on its own line; existing line breaks are kept.
enum WordWrap {
    static func wrap(_ text: String, limit: Int) -> String {
        var out = ""
        var current = 0
        var word = ""
        var spaces = ""
        func flushWord() {
            out += spaces + word
            current += spaces.count + word.count
            spaces = ""
            word = ""
        }
        for character in text {
            if character == "\n" {
                if word.isEmpty {
                    if current + spaces.count <= limit { out += spaces }
                    spaces = ""
                } else {
                    flushWord()
                }
                out.append("\n")
                current = 0
            } else if character == " " || character == "\t" {
                if spaces.isEmpty || !word.isEmpty { flushWord() }
                spaces.append(character)
            } else {
                word.append(character)
                if current + spaces.count + word.count > limit, word.count < limit {
                    out.append("\n")
                    current = 0
                    spaces = ""
                }
            }
        }
        if word.isEmpty {
            if current + spaces.count <= limit { out += spaces }
        } else {
            flushWord()
        }
        return out
    }
}
