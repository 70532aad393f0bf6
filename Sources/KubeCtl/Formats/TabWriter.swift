/// Go's `text/tabwriter` elastic-tabstop algorithm, as kubectl uses it (via the `liggitt/tabwriter` fork,
/// which adds `RememberWidths`).
///
/// Text is split into cells at `\t` (and `\v`); `\n` and `\f` end a line. A cell that is terminated by a
/// tab belongs to a column; the text after a line's last tab does not. Consecutive lines with a cell in
/// column *j* form a block whose cells are padded to `max(minWidth, longest cell + padding)`. Widths
/// count Unicode scalars (Go counts UTF-8 runes). A line with no tab, a `\f`, or `flush()` ends all blocks.
/// Go's Escape character (0xff) and HTML filtering cannot occur in Swift strings and are not supported.
public struct TabWriter {
    /// The formatting switches of Go's tabwriter that kubectl's writers can use.
    public struct Flags: OptionSet, Sendable {
        /// The bit set.
        public let rawValue: Int
        /// Flags from their bit set.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Right-align cell contents (padding before the text).
        public static let alignRight = Flags(rawValue: 1 << 0)
        /// Give zero width to columns whose cells are all empty and `\v`-terminated.
        public static let discardEmptyColumns = Flags(rawValue: 1 << 1)
        /// Pad leading empty cells with tabs whatever the pad character.
        public static let tabIndent = Flags(rawValue: 1 << 2)
        /// Print `|` between columns.
        public static let debug = Flags(rawValue: 1 << 3)
        /// Keep the widest width seen per column across flushes (liggitt fork).
        public static let rememberWidths = Flags(rawValue: 1 << 4)
    }

    /// The parameters Go's `tabwriter.NewWriter` takes.
    public struct Settings: Sendable, Equatable {
        /// Minimal cell width, padding included.
        public var minWidth: Int
        /// Width of a tab character when the pad character is a tab.
        public var tabWidth: Int
        /// Padding added to the longest cell of a column.
        public var padding: Int
        /// The character used for padding (a space, or a tab).
        public var padCharacter: Character
        /// Formatting switches.
        public var flags: Flags

        /// Settings with every parameter spelled out, in Go's argument order.
        public init(minWidth: Int, tabWidth: Int, padding: Int, padCharacter: Character, flags: Flags) {
            self.minWidth = max(0, minWidth)
            self.tabWidth = max(0, tabWidth)
            self.padding = max(0, padding)
            self.padCharacter = padCharacter
            self.flags = flags
        }

        /// `kubectl get`, `top`, custom-columns (cli-runtime `GetNewTabWriter`): 6, 4, 3, ' ', RememberWidths.
        public static let kubectlGet = Settings(minWidth: 6, tabWidth: 4, padding: 3, padCharacter: " ",
                                                flags: .rememberWidths)
        /// `kubectl describe` (stdlib writer): 0, 8, 2, ' ', no flags.
        public static let describe = Settings(minWidth: 0, tabWidth: 8, padding: 2, padCharacter: " ", flags: [])
        /// `kubectl rollout history --revision` template printing: 0, 8, 1, '\t', no flags.
        public static let tabPadded = Settings(minWidth: 0, tabWidth: 8, padding: 1, padCharacter: "\t", flags: [])
    }

    private struct Cell {
        var text: String
        var width: Int
        var terminatedByTab: Bool
    }

    /// The settings this writer formats with.
    public let settings: Settings
    private var lines: [[Cell]] = [[]]
    private var pendingCell = ""
    /// Formatted bytes not yet returned by `flush()` (UTF-8; built as bytes to avoid per-cell String work).
    private var output: [UInt8] = []
    private var widths: [Int] = []
    private var maxWidths: [Int] = []

    /// A writer with the given settings (kubectl's `get` settings by default).
    public init(settings: Settings = .kubectlGet) {
        self.settings = settings
    }

    /// The per-column widths remembered across flushes (only with `.rememberWidths`).
    public var rememberedWidths: [Int] {
        get { maxWidths }
        set { maxWidths = newValue }
    }

    /// Appends raw text: `\t`/`\v` end cells, `\n`/`\f` end lines.
    public mutating func write(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\u{0B}", "\n", "\u{0C}":
                let cellCount = terminateCell(byTab: scalar == "\t")
                guard scalar == "\n" || scalar == "\u{0C}" else { continue }
                lines.append([])
                if scalar == "\u{0C}" || cellCount == 1 {
                    // A line without tabs cannot influence later lines: Go flushes here.
                    flushBuffered()
                    if scalar == "\u{0C}" && settings.flags.contains(.debug) { output.append(contentsOf: "---\n".utf8) }
                }
            default:
                pendingCell.unicodeScalars.append(scalar)
            }
        }
    }

    /// Writes one line: the cells joined by tabs, then a newline (no trailing tab, as kubectl writes rows).
    public mutating func write(row cells: [String]) {
        guard pendingCell.isEmpty, !cells.contains(where: Self.hasSeparator) else {
            write(cells.joined(separator: "\t") + "\n")
            return
        }
        // The same cells `write` would cut from the joined text, without scanning it again.
        var line = lines[lines.count - 1]
        lines[lines.count - 1] = []
        line.reserveCapacity(line.count + max(1, cells.count))
        for (index, cell) in cells.enumerated() {
            line.append(Cell(text: cell, width: Self.scalarCount(cell), terminatedByTab: index < cells.count - 1))
        }
        if cells.isEmpty { line.append(Cell(text: "", width: 0, terminatedByTab: false)) }
        let cellCount = line.count
        lines[lines.count - 1] = line
        lines.append([])
        if cellCount == 1 { flushBuffered() }
    }

    /// The number of Unicode scalars in `text` (what Go's tabwriter counts as runes), from its UTF-8 bytes:
    /// every byte that is not a continuation byte starts a scalar.
    private static func scalarCount(_ text: String) -> Int {
        let fast: Int? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var continuations = 0
            for byte in bytes { continuations &+= byte & 0xC0 == 0x80 ? 1 : 0 }
            return bytes.count - continuations
        }
        return fast ?? text.unicodeScalars.count
    }

    /// True when `text` holds a character that ends a cell or a line.
    private static func hasSeparator(_ text: String) -> Bool {
        text.utf8.contains { $0 == 9 || $0 == 10 || $0 == 11 || $0 == 12 }
    }

    /// Formats everything buffered and returns all output produced since the previous `flush()`.
    public mutating func flush() -> String {
        if !pendingCell.isEmpty { _ = terminateCell(byTab: false) }
        flushBuffered()
        let result = String(decoding: output, as: UTF8.self)
        output.removeAll(keepingCapacity: true)
        return result
    }

    private mutating func terminateCell(byTab: Bool) -> Int {
        let cell = Cell(text: pendingCell, width: Self.scalarCount(pendingCell), terminatedByTab: byTab)
        pendingCell = ""
        lines[lines.count - 1].append(cell)
        return lines[lines.count - 1].count
    }

    private mutating func flushBuffered() {
        format(from: 0, to: lines.count)
        lines = [[]]
        widths = []
    }

    private mutating func format(from start: Int, to end: Int) {
        var line0 = start
        let column = widths.count
        var this = start
        while this < end {
            if column >= lines[this].count - 1 { this += 1; continue }
            writeLines(from: line0, to: this)
            line0 = this
            var width = settings.minWidth
            var discardable = true
            while this < end && column < lines[this].count - 1 {
                let cell = lines[this][column]
                width = max(width, cell.width + settings.padding)
                if cell.width > 0 || cell.terminatedByTab { discardable = false }
                this += 1
            }
            if discardable && settings.flags.contains(.discardEmptyColumns) { width = 0 }
            if settings.flags.contains(.rememberWidths) { width = rememberWidth(width) }
            widths.append(width)
            format(from: line0, to: this)
            widths.removeLast()
            line0 = this
        }
        writeLines(from: line0, to: end)
    }

    private mutating func rememberWidth(_ width: Int) -> Int {
        if maxWidths.count < widths.count { maxWidths.append(contentsOf: widths[maxWidths.count...]) }
        let column = widths.count
        if maxWidths.count == column {
            maxWidths.append(width)
            return width
        }
        if maxWidths[column] > width { return maxWidths[column] }
        maxWidths[column] = width
        return width
    }

    private mutating func writeLines(from start: Int, to end: Int) {
        guard start < end else { return }
        for index in start..<end {
            var useTabs = settings.flags.contains(.tabIndent)
            for (column, cell) in lines[index].enumerated() {
                if column > 0 && settings.flags.contains(.debug) { output.append(UInt8(ascii: "|")) }
                let padded = column < widths.count
                if cell.text.isEmpty {
                    if padded { writePadding(textWidth: cell.width, cellWidth: widths[column], useTabs: useTabs) }
                    continue
                }
                useTabs = false
                if settings.flags.contains(.alignRight) {
                    if padded { writePadding(textWidth: cell.width, cellWidth: widths[column], useTabs: false) }
                    output.append(contentsOf: cell.text.utf8)
                } else {
                    output.append(contentsOf: cell.text.utf8)
                    if padded { writePadding(textWidth: cell.width, cellWidth: widths[column], useTabs: false) }
                }
            }
            if index + 1 < lines.count { output.append(UInt8(ascii: "\n")) }
        }
    }

    private mutating func writePadding(textWidth: Int, cellWidth: Int, useTabs: Bool) {
        if settings.padCharacter == "\t" || useTabs {
            let tabWidth = settings.tabWidth
            guard tabWidth > 0 else { return }
            let rounded = (cellWidth + tabWidth - 1) / tabWidth * tabWidth
            let amount = max(0, rounded - textWidth)
            output.append(contentsOf: repeatElement(UInt8(ascii: "\t"), count: (amount + tabWidth - 1) / tabWidth))
            return
        }
        let count = max(0, cellWidth - textWidth)
        if settings.padCharacter == " " {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
            return
        }
        output.append(contentsOf: String(repeating: settings.padCharacter, count: count).utf8)
    }
}
