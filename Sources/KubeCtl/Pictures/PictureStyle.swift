import Foundation

/// How pictures are painted: with ANSI colours on a terminal that wants them, or as plain text.
///
/// Colour never carries information alone: every coloured mark also has its own glyph or word
/// (`✔ ready`, `✘ not ready`), so the plain picture (batch mode, `NO_COLOR`) says the same.
public struct PictureStyle: Equatable {
    /// Whether escape sequences are added.
    public let colour: Bool

    public init(colour: Bool) { self.colour = colour }

    /// No colour.
    public static let plain = PictureStyle(colour: false)

    /// What a piece of text means, which picks its colour.
    public enum Role {
        /// Healthy: ready, running, available.
        case good
        /// Broken: failing, crash looping, not ready.
        case bad
        /// In between: pending, starting, terminating.
        case warn
        /// Secondary detail.
        case dim
        /// Headings and names.
        case strong
        /// Commands to run next.
        case command
    }

    /// `text` painted for `role` (unchanged without colour).
    public func paint(_ text: String, _ role: Role) -> String {
        guard colour, !text.isEmpty else { return text }
        let code: String
        switch role {
        case .good: code = "32"
        case .bad: code = "31"
        case .warn: code = "33"
        case .dim: code = "2"
        case .strong: code = "1"
        case .command: code = "36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

/// Glyphs shared by the pictures.
enum PictureGlyph {
    static let ready = "✔"
    static let notReady = "✘"
    static let pending = "…"
    static let branch = "├── "
    static let lastBranch = "└── "
    static let pipe = "│   "
    static let gap = "    "
}

/// Text layout helpers for pictures: padding that ignores escape sequences, and tree prefixes.
enum PictureText {
    /// The number of columns `text` takes, escape sequences excluded.
    static func width(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value), scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            count += 1
        }
        return count
    }

    /// `text` padded with spaces to `columns`.
    static func pad(_ text: String, _ columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(text)))
    }

    /// Lines laid out as aligned columns (two spaces apart, the last column unpadded).
    static func columns(_ rows: [[String]]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? width($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in index == row.count - 1 ? cell : pad(cell, widths[index]) }
                .joined(separator: "  ")
        }
    }

    /// A clock time `HH:MM:SS` (UTC) of a simulated instant.
    static func clock(_ instant: Double) -> String {
        let seconds = Int((instant.truncatingRemainder(dividingBy: 86_400) + 86_400).truncatingRemainder(dividingBy: 86_400))
        return String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    /// An elapsed time `+M:SS` or `+H:MM:SS`.
    static func elapsed(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        if total >= 3600 { return String(format: "+%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60) }
        return String(format: "+%d:%02d", total / 60, total % 60)
    }
}
