/// Where a table row's cells go: a `TableLayout` gathering a whole table, or a plain `[String]` for one row.
protocol TableRowSink {
    /// Adds the next cell of the current row.
    mutating func append(_ cell: String)
}

extension Array: TableRowSink where Element == String {}

/// The rows of one `kubectl get` table, gathered into a single byte buffer and then aligned as Go's
/// tabwriter aligns them with kubectl's `get` settings (`TabWriter.Settings.kubectlGet`).
///
/// When every row has the same number of cells and no cell holds a tab or line break, the tab writer's
/// elastic tabstops come down to one block per column spanning the whole table: each column but the last
/// is padded with spaces to `max(minWidth, widest cell + padding)` (widths in Unicode scalars), and the
/// last cell is written as is. This type does exactly that without a record per cell: cells are appended
/// as UTF-8 bytes with their end offsets, column widths are kept up to date as cells arrive, and the text
/// is written once, straight into the result string. Any other table (a cell the tab writer would split,
/// rows of different lengths) is handed to `TabWriter` row by row, so the output is the same either way.
struct TableLayout: TableRowSink {
    /// The cells a complete row has.
    let columnCount: Int
    private let settings = TabWriter.Settings.kubectlGet
    /// Every cell's UTF-8 bytes, row after row.
    private var text: [UInt8] = []
    /// The end offset in `text` of every cell, row after row.
    private var cellEnds: [Int] = []
    /// The end index in `cellEnds` of every row.
    private var rowEnds: [Int] = []
    /// The widest cell of each column, in Unicode scalars.
    private var widestCells: [Int]
    /// The scalars of all cells that are not the last of their row (what padding does not have to fill).
    private var paddedCellScalars = 0
    private var cellsInRow = 0
    /// False once a cell has a byte outside ASCII (its width then differs from its byte count).
    private var asciiOnly = true
    /// True when the table needs the general tab writer: a cell holds a separator, or a row has a
    /// different number of cells.
    private var needsTabWriter = false

    /// An empty table whose rows have `columnCount` cells.
    init(columnCount: Int) {
        self.columnCount = columnCount
        widestCells = Array(repeating: 0, count: max(0, columnCount - 1))
    }

    /// Adds the next cell of the current row.
    mutating func append(_ cell: String) {
        var cell = cell
        let column = cellsInRow
        let scalars = cell.withUTF8 { bytes -> Int in
            text.append(contentsOf: bytes)
            var continuations = 0
            var ascii = true
            for byte in bytes {
                if byte >= 0x80 {
                    ascii = false
                    if byte & 0xC0 == 0x80 { continuations += 1 }
                } else if byte >= 9, byte <= 12 {
                    needsTabWriter = true // \t \n \v \f end cells or lines in the tab writer
                }
            }
            if !ascii { asciiOnly = false }
            return bytes.count - continuations
        }
        cellEnds.append(text.count)
        cellsInRow += 1
        if column < widestCells.count {
            if scalars > widestCells[column] { widestCells[column] = scalars }
            paddedCellScalars += scalars
        }
    }

    /// Adds every cell of a row and ends it.
    mutating func append(row cells: [String]) {
        for cell in cells { append(cell) }
        endRow()
    }

    /// Ends the current row.
    mutating func endRow() {
        if cellsInRow != columnCount { needsTabWriter = true }
        cellsInRow = 0
        rowEnds.append(cellEnds.count)
    }

    /// The aligned table: every row on its own line.
    func render() -> String {
        guard !rowEnds.isEmpty else { return "" }
        if needsTabWriter { return renderWithTabWriter() }
        let padded = widestCells.map { max(settings.minWidth, $0 + settings.padding) }
        let length = text.count + rowEnds.count * (padded.reduce(0, +) + 1) - paddedCellScalars
        return String(unsafeUninitializedCapacity: length) { output in
            text.withUnsafeBufferPointer { source in write(source, paddedTo: padded, into: output) }
        }
    }

    /// Writes the rows from `source` (the cell bytes) into `output`; returns the bytes written.
    private func write(_ source: UnsafeBufferPointer<UInt8>, paddedTo padded: [Int],
                       into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0, start = 0, cell = 0
        for _ in rowEnds.indices {
            for column in 0..<columnCount {
                let end = cellEnds[cell]
                cell += 1
                written = output[written...].initialize(fromContentsOf: source[start..<end])
                if column < padded.count {
                    let width = asciiOnly ? end - start : Self.scalarCount(source[start..<end])
                    let spaces = padded[column] - width
                    output[written..<(written + spaces)].initialize(repeating: UInt8(ascii: " "))
                    written += spaces
                }
                start = end
            }
            output[written] = UInt8(ascii: "\n")
            written += 1
        }
        return written
    }

    /// The Unicode scalars in UTF-8 `bytes`: every byte that is not a continuation byte starts one.
    private static func scalarCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The table as `TabWriter` lays it out, row by row as the cells came.
    private func renderWithTabWriter() -> String {
        var writer = TabWriter(settings: settings)
        var start = 0, cell = 0
        var row: [String] = []
        for rowEnd in rowEnds {
            row.removeAll(keepingCapacity: true)
            while cell < rowEnd {
                let end = cellEnds[cell]
                row.append(String(decoding: text[start..<end], as: UTF8.self))
                start = end
                cell += 1
            }
            writer.write(row: row)
        }
        return writer.flush()
    }
}
