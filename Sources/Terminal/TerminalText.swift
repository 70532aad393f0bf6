/// Makes text safe to print on a terminal: what a learner, a lesson file or an object in the cluster
/// put into a string must not clear the screen, move the cursor, retitle the window or ring the bell.
/// Line breaks, tabs and colour (SGR: `ESC [ digits ; … m`, which kubetutor's own styling uses) pass;
/// every other control character is shown in caret notation (`^[`, `^G`, `^M`, `^?`) or, for the C1
/// controls, as `\u{…}`.
public enum TerminalText {
    /// `text` with its control characters neutralised (the same string when it has none).
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: index) {
                result.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                result.append(scalar)
            } else if isControl(scalar) {
                result.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        default: return false
        }
    }

    /// The index of the `m` ending a colour sequence that starts at `start`, if it is one.
    private static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, index - start < 32 {
            let scalar = scalars[index]
            if scalar == "m" { return index }
            guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
            index += 1
        }
        return nil
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x7F: return "^?"
        case 0x00...0x1F: return "^" + String(Character(Unicode.Scalar(UInt8(scalar.value) + 0x40)))
        default: return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }
}
