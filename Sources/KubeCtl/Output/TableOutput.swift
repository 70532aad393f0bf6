import KubeCluster

/// How `kubectl get` decorates and lays out a table (`-o wide`, `-A`, `--show-labels`, `-L`, `--no-headers`).
public struct TableOptions {
    public var wide = false
    public var allNamespaces = false
    public var showLabels = false
    public var labelColumns: [String] = []
    public var noHeaders = false
    /// Prefix names with `kind.group/` (several kinds in one command).
    public var showKind = false
    public init() {}
}

/// One kind's objects as a group of rows, with the kind's printer.
public struct TableGroup {
    public let resource: String
    /// `pod`, `deployment.apps`: the prefix used when several kinds print together.
    public let kindPrefix: String
    public let objects: [any APIObject]
    public init(resource: String, kindPrefix: String, objects: [any APIObject]) {
        self.resource = resource
        self.kindPrefix = kindPrefix
        self.objects = objects
    }
}

/// Renders `kubectl get` tables: each group laid out on its own (own header, own widths), one blank
/// line between groups when headers are printed, no header for a group without rows.
public enum TableOutput {
    public static func render(_ groups: [TableGroup], options: TableOptions, context: TableContext) -> String {
        var out = ""
        for group in groups where !group.objects.isEmpty {
            if !out.isEmpty, !options.noHeaders { out += "\n" }
            out += render(group, options: options, context: context)
        }
        return out
    }

    /// The rows of one group, header included, aligned as the tab writer aligns them.
    public static func render(_ group: TableGroup, options: TableOptions, context: TableContext) -> String {
        let printer = TablePrinterRegistry.printer(for: group.resource)
        let shape = TableRowShape(printer: printer, group: group, options: options)
        var layout = TableLayout(columnCount: shape.cellCount)
        if !options.noHeaders { layout.append(row: header(group, options: options)) }
        for index in group.objects.indices { // by index: the objects are read where they are, not copied out
            printer.appendRow(group.objects[index], shape, context, &layout)
            layout.endRow()
        }
        return layout.render()
    }

    /// The header cells of a group.
    public static func header(_ group: TableGroup, options: TableOptions) -> [String] {
        let printer = TablePrinterRegistry.printer(for: group.resource)
        var cells = options.allNamespaces ? ["NAMESPACE"] : []
        cells += printer.columns.filter { options.wide || !$0.wideOnly }.map(\.header)
        cells += options.labelColumns.map { key in (key.split(separator: "/").last.map(String.init) ?? key).uppercased() }
        if options.showLabels { cells.append("LABELS") }
        return cells
    }

    /// The cells of one object's row.
    public static func row(_ object: any APIObject, group: TableGroup, options: TableOptions, context: TableContext) -> [String] {
        let printer = TablePrinterRegistry.printer(for: group.resource)
        let shape = TableRowShape(printer: printer, group: group, options: options)
        var cells: [String] = []
        cells.reserveCapacity(shape.cellCount)
        shape.append(printed: printer.cells(object, context), namespace: object.namespace, labels: object.metadata.labels,
                     to: &cells)
        return cells
    }
}

/// Which cells a group's rows hold, worked out once per table: the namespace (`-A`), the printer's columns
/// that are shown (wide ones only with `-o wide`; the name prefixed with the kind when several kinds print
/// together), then a cell per `-L` label and the `--show-labels` cell.
struct TableRowShape {
    /// The printer's columns that are shown, by index.
    let shownColumns: [Int]
    /// For each shown column, the prefix its cells get (`pod/`), or nil.
    let prefixes: [String?]
    let allNamespaces: Bool
    let labelColumns: [String]
    let showLabels: Bool
    /// The cells of every row (and of the header).
    var cellCount: Int { (allNamespaces ? 1 : 0) + shownColumns.count + labelColumns.count + (showLabels ? 1 : 0) }

    init(printer: AnyTablePrinter, group: TableGroup, options: TableOptions) {
        shownColumns = printer.columns.indices.filter { options.wide || !printer.columns[$0].wideOnly }
        prefixes = shownColumns.map { printer.columns[$0].isName && options.showKind ? group.kindPrefix + "/" : nil }
        allNamespaces = options.allNamespaces
        labelColumns = options.labelColumns
        showLabels = options.showLabels
    }

    /// Appends one row's cells to `sink`, given every cell the printer made (aligned with its columns; missing
    /// ones are empty) and the object's namespace and labels (read only when the table shows them).
    func append<Sink: TableRowSink>(printed cells: [String], namespace: @autoclosure () -> String,
                                    labels: @autoclosure () -> [String: String]?, to sink: inout Sink) {
        if allNamespaces { sink.append(namespace()) }
        for (position, index) in shownColumns.enumerated() {
            let cell = index < cells.count ? cells[index] : ""
            if let prefix = prefixes[position] { sink.append(prefix + cell) } else { sink.append(cell) }
        }
        guard !labelColumns.isEmpty || showLabels else { return }
        let labels = labels() ?? [:]
        for key in labelColumns { sink.append(labels[key] ?? "") }
        if showLabels {
            let text = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            sink.append(text.isEmpty ? "<none>" : text)
        }
    }
}
