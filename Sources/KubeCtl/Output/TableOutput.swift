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

    /// The rows of one group, header included, as the tab writer aligns them.
    public static func render(_ group: TableGroup, options: TableOptions, context: TableContext) -> String {
        var writer = TabWriter(settings: .kubectlGet)
        if !options.noHeaders { writer.write(row: header(group, options: options)) }
        let printer = TablePrinterRegistry.printer(for: group.resource)
        let shown = printer.columns.indices.filter { options.wide || !printer.columns[$0].wideOnly }
        for object in group.objects {
            writer.write(row: row(object, printer: printer, shown: shown, group: group, options: options, context: context))
        }
        return writer.flush()
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
        let shown = printer.columns.indices.filter { options.wide || !printer.columns[$0].wideOnly }
        return row(object, printer: printer, shown: shown, group: group, options: options, context: context)
    }

    /// The cells of one object's row, given its group's printer and the indices of the columns shown.
    static func row(_ object: any APIObject, printer: AnyTablePrinter, shown: [Int], group: TableGroup, options: TableOptions,
                    context: TableContext) -> [String] {
        let all = printer.cells(object, context)
        var cells: [String] = []
        cells.reserveCapacity(shown.count + 1 + options.labelColumns.count + (options.showLabels ? 1 : 0))
        if options.allNamespaces { cells.append(object.namespace) }
        for index in shown {
            var cell = index < all.count ? all[index] : ""
            if printer.columns[index].isName, options.showKind { cell = "\(group.kindPrefix)/\(cell)" }
            cells.append(cell)
        }
        guard !options.labelColumns.isEmpty || options.showLabels else { return cells }
        let labels = object.metadata.labelMap
        cells += options.labelColumns.map { labels[$0] ?? "" }
        if options.showLabels {
            let text = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            cells.append(text.isEmpty ? "<none>" : text)
        }
        return cells
    }
}
