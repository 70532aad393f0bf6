import KubeCluster

/// kubectl's `-o custom-columns=HEADER:.jsonpath,…` and `-o custom-columns-file=FILE`: column headers
/// printed as given, one row per object laid out with kubectl's tab writer, `<none>` for missing values,
/// several values joined by `,`, values rendered with Go's `%v` (`map[a:b]`, `[x y]`, `<nil>`).
public struct CustomColumnsSpec: Equatable {
    /// One column: its header and the (relaxed, braced) jsonpath of its value.
    public struct Column: Equatable {
        /// The header text, as given.
        public let header: String
        /// The jsonpath expression, e.g. `{.metadata.name}`.
        public let fieldSpec: String

        /// A column with its header and braced jsonpath.
        public init(header: String, fieldSpec: String) {
            self.header = header
            self.fieldSpec = fieldSpec
        }
    }

    /// The columns in order.
    public let columns: [Column]

    /// Parses the inline form `NAME:.metadata.name,IMAGE:.spec.containers[*].image`.
    /// Throws `FormatError` worded as kubectl's.
    public init(spec: String) throws {
        guard !spec.isEmpty else { throw FormatError("custom-columns format specified but no custom columns given") }
        var columns: [Column] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
            guard let colon = part.firstIndex(of: ":") else {
                throw FormatError("unexpected custom-columns spec: \(part), expected <header>:<json-path-expr>")
            }
            let path = try JSONPathTemplate.relaxed(String(part[part.index(after: colon)...]))
            columns.append(Column(header: String(part[..<colon]), fieldSpec: path))
        }
        self.columns = columns
    }

    /// Parses the file form: a line of whitespace-separated headers, then a line of jsonpaths.
    public init(templateFile text: String) throws {
        let expected = "Expected format is one line of space separated headers, one line of space separated column specs."
        guard !text.isEmpty else { throw FormatError("invalid template, missing header line. \(expected)") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        let usable = text.hasSuffix("\n") ? lines.dropLast() : lines[...]
        guard let headerLine = usable.first else { throw FormatError("invalid template, missing header line. \(expected)") }
        guard usable.count > 1 else { throw FormatError("invalid template, missing spec line. \(expected)") }
        let headers = Self.words(headerLine)
        let specs = Self.words(usable[usable.startIndex + 1])
        guard headers.count == specs.count else {
            throw FormatError("number of headers (\(headers.count)) and field specifications (\(specs.count)) don't match")
        }
        columns = try zip(headers, specs).map { Column(header: $0, fieldSpec: try JSONPathTemplate.relaxed($1)) }
    }

    /// Columns given directly.
    public init(columns: [Column]) {
        self.columns = columns
    }

    private static func words(_ line: Substring) -> [String] {
        line.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// The table for `objects` (the items of a list, or the single object). A column whose jsonpath fails
    /// to parse or evaluate stops printing; stdout keeps what was written before, as kubectl's does.
    public func render(_ objects: [JSONValue], noHeaders: Bool = false,
                       writer: TabWriter = TabWriter(settings: .kubectlGet)) -> FormatOutput {
        var writer = writer
        if !noHeaders { writer.write(row: columns.map(\.header)) }
        var templates: [JSONPathTemplate] = []
        for column in columns {
            do {
                templates.append(try JSONPathTemplate(column.fieldSpec))
            } catch {
                return FormatOutput(stdout: writer.flush(), error: FormatError(Self.message(of: error)))
            }
        }
        for object in objects {
            var cells: [String] = []
            for template in templates {
                do {
                    let groups = try template.findResults(in: object)
                    var values: [String] = []
                    if (groups.first ?? []).isEmpty { values.append("<none>") }
                    for group in groups { values += group.map(GoValueText.plain) }
                    cells.append(values.joined(separator: ","))
                } catch {
                    return FormatOutput(stdout: writer.flush(), error: FormatError(Self.message(of: error)))
                }
            }
            writer.write(row: cells)
        }
        return FormatOutput(stdout: writer.flush())
    }

    private static func message(of error: Error) -> String {
        if let syntax = error as? JSONPathSyntaxError { return syntax.message }
        if let execution = error as? JSONPathExecutionError { return execution.message }
        return "\(error)"
    }
}
