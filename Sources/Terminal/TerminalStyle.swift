import Foundation

/// The colours `TerminalStyle` can paint text with (ANSI SGR foreground codes).
public enum TerminalColour: Int {
    case red = 31, green = 32, yellow = 33, blue = 34, magenta = 35, cyan = 36, gray = 90
}

/// Bold, dim and coloured text for the terminal, or the plain text when colour is off.
///
/// Colour is on only when the output is a terminal, `NO_COLOR` is not set (any value, even
/// empty, turns it off) and `TERM` is not `dumb`.
public struct TerminalStyle: Equatable {
    /// Whether the helpers add escape sequences.
    public let isEnabled: Bool

    /// A style that colours when `enabled` is true.
    public init(enabled: Bool) {
        isEnabled = enabled
    }

    /// Never colours.
    public static let plain = TerminalStyle(enabled: false)

    /// The style for a file descriptor (standard output by default) and environment.
    public static func detect(fileDescriptor: Int32 = STDOUT_FILENO,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        TerminalStyle(enabled: wantsColour(isTerminal: isatty(fileDescriptor) == 1, environment: environment))
    }

    /// The colour decision itself, apart from the terminal check.
    public static func wantsColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// `text` in bold.
    public func bold(_ text: String) -> String { styled(text, code: "1") }

    /// `text` dimmed (faint).
    public func dim(_ text: String) -> String { styled(text, code: "2") }

    /// `text` underlined.
    public func underline(_ text: String) -> String { styled(text, code: "4") }

    /// `text` in `colour`.
    public func colour(_ text: String, _ colour: TerminalColour) -> String {
        styled(text, code: String(colour.rawValue))
    }

    /// `text` in bold and `colour`.
    public func boldColour(_ text: String, _ colour: TerminalColour) -> String {
        styled(text, code: "1;\(colour.rawValue)")
    }

    /// Shorthands for the colours used most: errors, success, warnings, hints.
    public func red(_ text: String) -> String { colour(text, .red) }
    /// `text` in green.
    public func green(_ text: String) -> String { colour(text, .green) }
    /// `text` in yellow.
    public func yellow(_ text: String) -> String { colour(text, .yellow) }
    /// `text` in cyan.
    public func cyan(_ text: String) -> String { colour(text, .cyan) }

    private func styled(_ text: String, code: String) -> String {
        guard isEnabled, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// `text` without any ANSI escape sequences (to measure or compare what is shown).
    public static func stripped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else { result.append(scalar); continue }
            guard let next = scalars.next() else { break }
            if next == "[" {
                while let inner = scalars.next(), !(0x40...0x7E).contains(inner.value) {}
            }
        }
        return String(result)
    }
}
