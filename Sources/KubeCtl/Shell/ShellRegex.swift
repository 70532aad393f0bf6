import Foundation

/// Translates POSIX regular expressions (GNU flavour) into ICU patterns for NSRegularExpression.
public enum ShellRegex {
    /// Which POSIX dialect the pattern is written in.
    public enum Dialect {
        /// Basic (grep, sed): `\(` `\)` `\{` `\}` `\|` `\+` `\?` are operators.
        case basic
        /// Extended (grep -E, awk): `(` `)` `{` `}` `|` `+` `?` are operators.
        case extended
    }

    /// A pattern that cannot be translated, worded like GNU grep ("Unmatched ( or \\(").
    public struct TranslationError: Error, Equatable {
        /// The message after the tool name.
        public var message: String
    }

    private static let icuSpecial: Set<Character> = ["\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "^", "$", "/", "#", "&", "~", "-"]

    /// Translates `pattern` to ICU syntax.
    public static func icuPattern(_ pattern: String, dialect: Dialect) throws -> String {
        let characters = Array(pattern)
        var output = ""
        var index = 0
        var groupDepth = 0
        /// True where `*` (and in ERE `+`, `?`) has nothing to repeat and so is literal.
        var atExpressionStart = true
        while index < characters.count {
            let character = characters[index]
            index += 1
            var startsExpression = false
            switch character {
            case "\\":
                guard index < characters.count else { throw TranslationError(message: "Trailing backslash") }
                let next = characters[index]
                index += 1
                let (text, opensGroup, closesGroup) = try escaped(next, dialect: dialect, groupDepth: groupDepth)
                output += text
                if opensGroup { groupDepth += 1 }
                if closesGroup { groupDepth -= 1 }
                startsExpression = opensGroup || text == "|"
            case "[":
                output += try bracketExpression(characters, from: &index)
            case "(", ")", "|", "+", "?", "{", "}":
                if dialect == .basic {
                    output += "\\" + String(character)
                } else {
                    startsExpression = extendedOperator(character, characters, index: &index, output: &output,
                                                        groupDepth: &groupDepth, atExpressionStart: atExpressionStart)
                }
            case "*" where atExpressionStart:
                output += "\\*"
            case "^":
                output += atExpressionStart || dialect == .extended ? "^" : "\\^"
                startsExpression = atExpressionStart
            case "$":
                let atEnd = index == characters.count || (dialect == .basic && characters[index...].starts(with: ["\\", ")"]))
                    || (dialect == .basic && characters[index...].starts(with: ["\\", "|"]))
                output += atEnd || dialect == .extended ? "$" : "\\$"
            default:
                output += icuSpecial.contains(character) && character != "." && character != "*" ? "\\" + String(character) : String(character)
            }
            atExpressionStart = startsExpression
        }
        if groupDepth > 0 { throw TranslationError(message: "Unmatched ( or \\(") }
        return output
    }

    /// Emits an ERE operator character; returns true when a new expression starts after it.
    private static func extendedOperator(_ character: Character, _ characters: [Character], index: inout Int,
                                         output: inout String, groupDepth: inout Int, atExpressionStart: Bool) -> Bool {
        switch character {
        case "(":
            groupDepth += 1
            output += "("
            return true
        case ")":
            if groupDepth == 0 {
                output += "\\)"
            } else {
                groupDepth -= 1
                output += ")"
            }
        case "|":
            output += "|"
            return true
        case "{":
            if let end = intervalEnd(characters, from: index), !atExpressionStart {
                output += "{" + String(characters[index...end])
                index = end + 1
            } else {
                output += "\\{"
            }
        case "}":
            output += "\\}"
        default:
            output += atExpressionStart ? "\\" + String(character) : String(character)
        }
        return false
    }

    private static func escaped(_ next: Character, dialect: Dialect, groupDepth: Int) throws -> (String, Bool, Bool) {
        switch next {
        case "(" where dialect == .basic: return ("(", true, false)
        case ")" where dialect == .basic:
            guard groupDepth > 0 else { throw TranslationError(message: "Unmatched ) or \\)") }
            return (")", false, true)
        case "{", "}", "|", "+", "?":
            return (dialect == .basic ? String(next) : "\\" + String(next), false, false)
        case "<", ">": return ("\\b", false, false)
        case "w", "W", "s", "S", "b", "B": return ("\\" + String(next), false, false)
        case "1"..."9": return ("\\" + String(next), false, false)
        case "n": return ("\\n", false, false)
        case "t": return ("\\t", false, false)
        default:
            if next.isLetter || next.isNumber { return (String(next), false, false) }
            return ("\\" + String(next), false, false)
        }
    }

    /// The index of the `}` closing an interval such as `{2}` or `{1,3}` that starts at `start`.
    private static func intervalEnd(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        var sawDigit = false
        while index < characters.count {
            let character = characters[index]
            if character == "}" { return sawDigit ? index : nil }
            guard character.isASCII && (character.isNumber || character == ",") else { return nil }
            if character.isNumber { sawDigit = true }
            index += 1
        }
        return nil
    }

    /// Translates `[…]` starting just after the `[`; leaves `index` after the closing `]`.
    private static func bracketExpression(_ characters: [Character], from index: inout Int) throws -> String {
        var output = "["
        if index < characters.count, characters[index] == "^" {
            output += "^"
            index += 1
        }
        var first = true
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "]" && !first { return output + "]" }
            first = false
            if character == "[", index < characters.count, [":", ".", "="].contains(characters[index]) {
                let kind = characters[index]
                guard let close = findClose(characters, from: index + 1, kind: kind) else {
                    throw TranslationError(message: "Unmatched [, [^, [:, [., or [=")
                }
                let name = String(characters[(index + 1)..<close])
                output += kind == ":" ? "[:\(name):]" : NSRegularExpression.escapedPattern(for: name)
                index = close + 2
                continue
            }
            if character == "-" {
                output += "-"
            } else if character.isLetter || character.isNumber || character == " " || character == "_" {
                output.append(character)
            } else {
                output += "\\" + String(character)
            }
        }
        throw TranslationError(message: "Unmatched [, [^, [:, [., or [=")
    }

    private static func findClose(_ characters: [Character], from start: Int, kind: Character) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == kind && characters[index + 1] == "]" { return index }
            index += 1
        }
        return nil
    }
}
