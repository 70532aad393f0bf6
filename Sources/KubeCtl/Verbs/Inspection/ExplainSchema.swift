import Foundation

/// The type of a field as `kubectl explain` shows it (`<string>`, `<[]Container>`, `<map[string]string>`).
indirect enum ExplainType: Equatable {
    case primitive(String)
    /// A named object schema (`ObjectMeta`, `PodSpec`), or an opaque named type (`Quantity`).
    case named(String)
    case array(ExplainType)
    case map(ExplainType)

    /// Reads the catalogue notation: `string`, `Object`, `PodSpec`, `[]Container`, `map[string]string`.
    init(_ text: String) {
        if text.hasPrefix("[]") {
            self = .array(ExplainType(String(text.dropFirst(2))))
        } else if text.hasPrefix("map[string]") {
            self = .map(ExplainType(String(text.dropFirst("map[string]".count))))
        } else if let first = text.first, first.isUppercase, text != "Object" {
            self = .named(text)
        } else {
            self = .primitive(text)
        }
    }

    /// The text between `<` and `>`.
    var text: String {
        switch self {
        case .primitive(let name), .named(let name): return name
        case .array(let element): return "[]" + element.text
        case .map(let value): return "map[string]" + value.text
        }
    }

    /// The schema name fields are listed from: the type itself, or its items or map values.
    var schemaName: String? {
        switch self {
        case .primitive: return nil
        case .named(let name): return name
        case .array(let element), .map(let element): return element.schemaName
        }
    }
}

/// One field of a schema.
struct ExplainField: Equatable {
    var name: String
    var type: ExplainType
    var required: Bool
    var enumValues: [String]
    var description: String
}

/// An object schema: its description and fields.
struct ExplainSchema: Equatable {
    var name: String
    var description: String
    var fields: [ExplainField]

    func field(_ name: String) -> ExplainField? { fields.first { $0.name == name } }
}

/// The schemas `kubectl explain` reads, parsed from the catalogue text (`ExplainCatalogueText`).
///
/// Notation, one item per line: `= Name | description` starts a schema; `name[*] type [(A, B)] | description`
/// adds a field (`*` marks it required, the parenthesised list is its enum); `+ typemeta` adds `apiVersion`
/// and `kind`; `+ object Kind` adds `metadata`, and `spec`/`status` of `KindSpec`/`KindStatus`.
struct ExplainCatalogue {
    let schemas: [String: ExplainSchema]
    /// Lines the parser could not read (empty for a well-formed catalogue; tests check it).
    let problems: [String]

    static let standard = ExplainCatalogue(text: ExplainCatalogueText.all)

    init(text: String) {
        var schemas: [String: ExplainSchema] = [:]
        var problems: [String] = []
        var current: ExplainSchema?
        func close() {
            if let schema = current { schemas[schema.name] = schema }
            current = nil
        }
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("= ") {
                close()
                let parts = line.dropFirst(2).split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                current = ExplainSchema(name: parts[0], description: parts.count > 1 ? parts[1] : "", fields: [])
                continue
            }
            guard current != nil else {
                problems.append(line)
                continue
            }
            if line.hasPrefix("+ ") {
                current?.fields += Self.expand(String(line.dropFirst(2)))
                continue
            }
            guard let field = Self.field(line) else {
                problems.append(line)
                continue
            }
            current?.fields.append(field)
        }
        close()
        self.schemas = schemas
        self.problems = problems
    }

    /// Reads one field line.
    static func field(_ line: String) -> ExplainField? {
        let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return nil }
        var head = parts[0]
        var enumValues: [String] = []
        if let open = head.firstIndex(of: "("), head.hasSuffix(")") {
            enumValues = head[head.index(after: open)..<head.index(before: head.endIndex)].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.map { $0 == "\"\"" ? "" : $0 }
            head = head[..<open].trimmingCharacters(in: .whitespaces)
        }
        let words = head.split(separator: " ").map(String.init)
        guard words.count == 2 else { return nil }
        let required = words[0].hasSuffix("*")
        let name = required ? String(words[0].dropLast()) : words[0]
        return ExplainField(name: name, type: ExplainType(words[1]), required: required, enumValues: enumValues,
                            description: parts[1])
    }

    /// The standard members of a kind (`+ typemeta`, `+ object Kind`, `+ object-nostatus Kind`).
    static func expand(_ macro: String) -> [ExplainField] {
        let words = macro.split(separator: " ").map(String.init)
        let typeMeta = [
            ExplainField(name: "apiVersion", type: .primitive("string"), required: false, enumValues: [],
                         description: ExplainCatalogueText.apiVersionText),
            ExplainField(name: "kind", type: .primitive("string"), required: false, enumValues: [],
                         description: ExplainCatalogueText.kindText),
        ]
        guard words.first != "typemeta" else { return typeMeta }
        guard words.count == 2 else { return [] }
        let kind = words[1]
        var fields = typeMeta
        fields.append(ExplainField(name: "metadata", type: .named("ObjectMeta"), required: false, enumValues: [],
                                   description: ExplainCatalogueText.metadataText))
        fields.append(ExplainField(name: "spec", type: .named("\(kind)Spec"), required: false, enumValues: [],
                                   description: "The state the user wants for this \(kind.lowercased()). More info: "
                                    + ExplainCatalogueText.specStatusLink))
        if words[0] == "object" {
            fields.append(ExplainField(name: "status", type: .named("\(kind)Status"), required: false, enumValues: [],
                                       description: "The state of this \(kind.lowercased()) as the system last observed it; "
                                        + "written by the cluster, read-only for users. More info: " + ExplainCatalogueText.specStatusLink))
        }
        return fields
    }
}
