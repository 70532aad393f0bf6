import XCTest
@testable import KubeCtl

/// `TableLayout` lays out `kubectl get` tables exactly as `TabWriter` with kubectl's `get` settings does,
/// whether it takes its one-pass route (uniform rows) or hands the rows to the tab writer.
final class TableLayoutTests: XCTestCase {
    private struct Case {
        let name: String
        let rows: [[String]]
        let expected: String
    }

    private static let cases: [Case] = [
        Case(name: "pods", rows: [["NAME", "READY", "STATUS"], ["web-1", "1/1", "Running"], ["a", "0/1", "Pending"]],
             expected: "NAME    READY   STATUS\nweb-1   1/1     Running\na       0/1     Pending\n"),
        Case(name: "long cell widens its column", rows: [["NAMESPACE", "NAME"], ["kube-system", "coredns-1"], ["default", "x"]],
             expected: "NAMESPACE     NAME\nkube-system   coredns-1\ndefault       x\n"),
        Case(name: "empty cells are padded", rows: [["A", "", "C"], ["", "", ""]],
             expected: "A           C\n            \n"),
        Case(name: "widths count scalars, not bytes", rows: [["NAME", "X"], ["héllo-wörld", "1"], ["日本", "2"]],
             expected: "NAME          X\nhéllo-wörld   1\n日本            2\n"),
        Case(name: "one column", rows: [["NAME"], ["a"], ["longer-name"]], expected: "NAME\na\nlonger-name\n"),
        Case(name: "header only", rows: [["NAME", "AGE"]], expected: "NAME   AGE\n"),
        Case(name: "no rows", rows: [], expected: ""),
        Case(name: "a cell with a tab", rows: [["NAME", "MESSAGE"], ["a\tb", "x"], ["c", "y"]],
             expected: "NAME   MESSAGE\na      b     x\nc      y\n"),
        Case(name: "a cell with a line break", rows: [["NAME", "MESSAGE", "AGE"], ["a", "two\nlines", "1s"], ["bb", "c", "2s"]],
             expected: "NAME    MESSAGE   AGE\na       two\nlines   1s\nbb      c         2s\n"),
        Case(name: "rows of different lengths", rows: [["A", "B", "C"], ["1"], ["22", "3", "4"]],
             expected: "A     B     C\n1\n22    3     4\n"),
    ]

    func testMatchesTheTabWriter() {
        for item in Self.cases {
            var writer = TabWriter(settings: .kubectlGet)
            for row in item.rows { writer.write(row: row) }
            let reference = writer.flush()
            var layout = TableLayout(columnCount: item.rows.first?.count ?? 0)
            for row in item.rows { layout.append(row: row) }
            XCTAssertEqual(layout.render(), reference, item.name)
            XCTAssertEqual(layout.render(), item.expected, item.name)
        }
    }

    /// The row shape adds the namespace, the kind prefix on the name and the label cells around the printer's cells.
    func testRowShapeDecoratesPrinterCells() {
        var options = TableOptions()
        options.allNamespaces = true
        options.showKind = true
        options.labelColumns = ["app"]
        options.showLabels = true
        let group = TableGroup(resource: "pods", kindPrefix: "pod", objects: [])
        let shape = TableRowShape(printer: TablePrinterRegistry.printer(for: "pods"), group: group, options: options)
        var cells: [String] = []
        shape.append(printed: ["web", "1/1", "Running", "0", "5m", "10.0.0.1", "node", "<none>", "<none>"], namespace: "default",
                     labels: ["tier": "front", "app": "web"], to: &cells)
        XCTAssertEqual(cells, ["default", "pod/web", "1/1", "Running", "0", "5m", "web", "app=web,tier=front"])
        XCTAssertEqual(shape.cellCount, cells.count)
        XCTAssertEqual(TableOutput.header(group, options: options).count, cells.count)
    }
}
