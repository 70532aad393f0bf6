import Foundation

/// A small terminal emulator for tests: feeds on the bytes a program writes to its terminal and
/// keeps the resulting grid of cells, so tests assert on what a person would see rather than
/// on raw escape sequences. Covers the xterm subset libedit uses (cursor moves, erase, insert,
/// delete, wrap, scroll); colours and modes are ignored.
struct VirtualScreen {
    let width: Int
    let height: Int
    private(set) var cells: [[String]]
    private(set) var row = 0
    private(set) var column = 0
    private var pendingWrap = false
    private var insertMode = false
    private var decoder = UTF8Decoder()
    private var escape: [Unicode.Scalar]?

    init(width: Int = 80, height: Int = 24) {
        self.width = width
        self.height = height
        cells = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    /// The visible lines, right-trimmed (the second cell of a wide character is dropped).
    var lines: [String] {
        cells.map { $0.filter { $0 != VirtualScreen.wideTail }.joined().trimmingTrailingSpaces() }
    }
    /// The line the cursor is on, right-trimmed.
    var cursorLine: String { lines[row] }
    /// All visible text, one line each.
    var text: String { lines.joined(separator: "\n") }

    /// Marks the cell covered by the right half of a wide character.
    private static let wideTail = "\u{0}"

    mutating func feed(_ bytes: [UInt8]) {
        for byte in bytes {
            guard let scalar = decoder.push(byte) else { continue }
            handle(scalar)
        }
    }

    private mutating func handle(_ scalar: Unicode.Scalar) {
        if var sequence = escape {
            sequence.append(scalar)
            escape = sequence
            if let done = EscapeSequence(sequence) {
                escape = nil
                apply(done)
            }
            return
        }
        switch scalar.value {
        case 0x1B: escape = []
        case 0x0D: column = 0; pendingWrap = false
        case 0x0A: lineFeed()
        case 0x08: column = max(0, column - 1); pendingWrap = false
        case 0x09: column = min(width - 1, (column / 8 + 1) * 8)
        case 0x00..<0x20, 0x7F: break
        default: put(scalar)
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let span = TestDisplayWidth.of(scalar)
        if span == 0 {
            cells[row][max(column - 1, 0)] += String(scalar)
            return
        }
        if pendingWrap || column + span > width {
            column = 0
            lineFeed()
        }
        if insertMode { insertBlanks(span) }
        cells[row][column] = String(scalar)
        if span == 2, column + 1 < width { cells[row][column + 1] = VirtualScreen.wideTail }
        column += span
        if column >= width {
            column = width - 1
            pendingWrap = true
        }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if row == height - 1 {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: width))
        } else {
            row += 1
        }
    }

    private mutating func insertBlanks(_ count: Int) {
        for _ in 0..<max(0, min(count, width - column)) {
            cells[row].insert(" ", at: column)
            cells[row].removeLast()
        }
    }

    private mutating func apply(_ sequence: EscapeSequence) {
        guard case let .control(final, parameters, isPrivate) = sequence else { return }
        let first = parameters.first ?? 0
        let count = max(first, 1)
        pendingWrap = false
        switch final {
        case "A": row = max(0, row - count)
        case "B": row = min(height - 1, row + count)
        case "C": column = min(width - 1, column + count)
        case "D": column = max(0, column - count)
        case "G": column = min(width - 1, count - 1)
        case "H", "f":
            row = min(height - 1, max(first, 1) - 1)
            column = min(width - 1, max(parameters.count > 1 ? parameters[1] : 1, 1) - 1)
        case "J": eraseDisplay(first)
        case "K": eraseLine(first)
        case "P":
            for _ in 0..<max(0, min(count, width - column)) {
                cells[row].remove(at: column)
                cells[row].append(" ")
            }
        case "@": insertBlanks(count)
        case "X": for index in column..<min(width, column + count) { cells[row][index] = " " }
        case "h" where !isPrivate && first == 4: insertMode = true
        case "l" where !isPrivate && first == 4: insertMode = false
        default: break
        }
    }

    private mutating func eraseLine(_ mode: Int) {
        let range = mode == 0 ? column..<width : mode == 1 ? 0..<(column + 1) : 0..<width
        for index in range { cells[row][index] = " " }
    }

    private mutating func eraseDisplay(_ mode: Int) {
        eraseLine(mode)
        let rows = mode == 0 ? (row + 1)..<height : mode == 1 ? 0..<row : 0..<height
        for index in rows { cells[index] = Array(repeating: " ", count: width) }
    }
}

/// A finished escape sequence (what follows ESC).
private enum EscapeSequence {
    case control(final: Character, parameters: [Int], isPrivate: Bool)
    case other

    /// Nil while the sequence is still incomplete.
    init?(_ scalars: [Unicode.Scalar]) {
        guard let first = scalars.first else { return nil }
        switch first {
        case "[":
            guard scalars.count > 1, let last = scalars.last, (0x40...0x7E).contains(last.value) else { return nil }
            var body = String.UnicodeScalarView()
            body.append(contentsOf: scalars.dropFirst().dropLast())
            let text = String(body)
            let isPrivate = text.hasPrefix("?") || text.hasPrefix(">") || text.hasPrefix("!")
            let digits = text.trimmingCharacters(in: CharacterSet(charactersIn: "?>!"))
            let parameters = digits.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            self = .control(final: Character(last), parameters: parameters, isPrivate: isPrivate)
        case "]":
            let ended = scalars.last == "\u{7}" || (scalars.count > 2 && Array(scalars.suffix(2)) == ["\u{1B}", "\\"])
            guard ended else { return nil }
            self = .other
        case "(", ")", "#", "%":
            guard scalars.count == 2 else { return nil }
            self = .other
        default:
            self = .other
        }
    }
}

/// Incremental UTF-8 decoding, one byte at a time.
private struct UTF8Decoder {
    private var pending: [UInt8] = []

    mutating func push(_ byte: UInt8) -> Unicode.Scalar? {
        pending.append(byte)
        let expected: Int
        switch pending[0] {
        case 0..<0x80: expected = 1
        case 0xC0..<0xE0: expected = 2
        case 0xE0..<0xF0: expected = 3
        case 0xF0..<0xF8: expected = 4
        default:
            pending = []
            return "\u{FFFD}"
        }
        guard pending.count >= expected else { return nil }
        defer { pending = [] }
        return String(decoding: pending, as: UTF8.self).unicodeScalars.first
    }
}

/// Terminal cell width of a scalar, kept independent from the code under test.
enum TestDisplayWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        let value = scalar.value
        let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
            || (0x20000...0x3FFFD).contains(value)
        return wide ? 2 : 1
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
