import Foundation

/// `grep`: basic, extended (-E) and fixed-string (-F) matching with the common GNU options.
enum ShellGrep {
    private static let usage = "Usage: grep [OPTION]... PATTERNS [FILE]..."

    /// The options that change how lines are selected and printed.
    private struct Settings {
        var patterns: [String] = []
        var dialect = ShellRegex.Dialect.basic
        var fixed = false
        var ignoreCase = false
        var invert = false
        var count = false
        var onlyMatching = false
        var wordRegexp = false
        var lineRegexp = false
        var lineNumbers = false
        var quiet = false
        var filesWithMatches = false
        var fileNames: Bool?
        var after = 0
        var before = 0
    }

    private static let parser = ShellOptionParser(
        flags: ["i", "y", "v", "c", "o", "w", "x", "n", "q", "s", "l", "h", "H", "E", "F", "G", "z", "Z", "r"],
        valued: ["e", "A", "B", "C", "m"],
        long: ["ignore-case": ("i", false), "invert-match": ("v", false), "count": ("c", false),
               "only-matching": ("o", false), "word-regexp": ("w", false), "line-regexp": ("x", false),
               "line-number": ("n", false), "quiet": ("q", false), "silent": ("q", false),
               "extended-regexp": ("E", false), "fixed-strings": ("F", false), "basic-regexp": ("G", false),
               "regexp": ("e", true), "after-context": ("A", true), "before-context": ("B", true),
               "context": ("C", true), "color": ("#", false), "colour": ("#", false),
               "files-with-matches": ("l", false), "with-filename": ("H", false), "no-filename": ("h", false),
               "no-messages": ("s", false)])

    /// Runs grep; status 0 when a line was selected, 1 when none, 2 on errors.
    static func run(_ call: ShellBuiltinInvocation) -> Int32 {
        var settings = Settings()
        var operands: [String]
        do {
            let parsed = try parser.parse(call.arguments)
            operands = parsed.operands
            for (flag, value) in parsed.options {
                if let failure = apply(flag, value, to: &settings) {
                    call.error("grep: \(failure)")
                    return 2
                }
            }
        } catch let failure as ShellOptionError {
            return call.optionFailure(failure, usage: usage, status: 2)
        } catch { return 2 }
        if settings.patterns.isEmpty {
            guard !operands.isEmpty else {
                call.error(usage)
                call.error("Try 'grep --help' for more information.")
                return 2
            }
            settings.patterns = [operands.removeFirst()]
        }
        let regex: NSRegularExpression
        do {
            regex = try compile(settings)
        } catch let failure as ShellRegex.TranslationError {
            call.error("grep: \(failure.message)")
            return 2
        } catch {
            call.error("grep: Invalid regular expression")
            return 2
        }
        let (inputs, failed) = call.readInputs(operands)
        let showNames = settings.fileNames ?? (operands.count > 1)
        var anySelected = false
        for input in inputs {
            let name = input.name == "-" ? "(standard input)" : input.name
            let selected = search(input.text, regex: regex, settings: settings, prefix: showNames ? name : nil, call: call)
            anySelected = anySelected || selected
            if settings.quiet && anySelected { return 0 }
            if settings.filesWithMatches && selected { call.out(name + "\n") }
        }
        if failed && !(settings.quiet && anySelected) { return 2 }
        return anySelected ? 0 : 1
    }

    private static func apply(_ flag: Character, _ value: String?, to settings: inout Settings) -> String? {
        switch flag {
        case "e": settings.patterns += (value ?? "").components(separatedBy: "\n")
        case "i", "y": settings.ignoreCase = true
        case "v": settings.invert = true
        case "c": settings.count = true
        case "o": settings.onlyMatching = true
        case "w": settings.wordRegexp = true
        case "x": settings.lineRegexp = true
        case "n": settings.lineNumbers = true
        case "q": settings.quiet = true
        case "l": settings.filesWithMatches = true
        case "h": settings.fileNames = false
        case "H": settings.fileNames = true
        case "E": settings.dialect = .extended
        case "G": settings.dialect = .basic
        case "F": settings.fixed = true
        case "A", "B", "C":
            guard let value, let lines = Int(value), lines >= 0 else { return "\(value ?? ""): invalid context length argument" }
            if flag != "B" { settings.after = lines }
            if flag != "A" { settings.before = lines }
        default: break
        }
        return nil
    }

    private static func compile(_ settings: Settings) throws -> NSRegularExpression {
        let alternatives = try settings.patterns.map { pattern -> String in
            settings.fixed ? NSRegularExpression.escapedPattern(for: pattern) : try ShellRegex.icuPattern(pattern, dialect: settings.dialect)
        }
        var pattern = alternatives.count == 1 ? alternatives[0] : alternatives.map { "(?:\($0))" }.joined(separator: "|")
        if settings.lineRegexp {
            pattern = "^(?:\(pattern))$"
        } else if settings.wordRegexp {
            pattern = "(?<![\\p{L}\\p{N}_])(?:\(pattern))(?![\\p{L}\\p{N}_])"
        }
        return try NSRegularExpression(pattern: pattern, options: settings.ignoreCase ? [.caseInsensitive] : [])
    }

    /// Prints the selected lines of one input; returns whether any line was selected.
    private static func search(_ text: String, regex: NSRegularExpression, settings: Settings, prefix: String?,
                               call: ShellBuiltinInvocation) -> Bool {
        let lines = ShellLines.split(text)
        var selectedCount = 0
        var output = ""
        var lastPrinted = -1
        var afterRemaining = 0
        let printsLines = !settings.count && !settings.quiet && !settings.filesWithMatches
        let usesContext = settings.after > 0 || settings.before > 0
        for (position, line) in lines.enumerated() {
            let range = NSRange(line.startIndex..., in: line)
            let matches = regex.matches(in: line, range: range)
            let selected = matches.isEmpty == settings.invert
            guard printsLines else {
                if selected { selectedCount += 1 }
                continue
            }
            if selected {
                selectedCount += 1
                if usesContext && lastPrinted >= 0 && position - settings.before > lastPrinted + 1 { output += "--\n" }
                for contextLine in max(lastPrinted + 1, position - settings.before)..<position {
                    output += decorate(lines[contextLine], number: contextLine + 1, separator: "-", prefix: prefix, settings: settings)
                }
                if settings.onlyMatching {
                    for match in matches where !settings.invert {
                        guard let matchRange = Range(match.range, in: line), !matchRange.isEmpty else { continue }
                        output += decorate(String(line[matchRange]), number: position + 1, separator: ":", prefix: prefix, settings: settings)
                    }
                } else {
                    output += decorate(line, number: position + 1, separator: ":", prefix: prefix, settings: settings)
                }
                lastPrinted = position
                afterRemaining = settings.after
            } else if afterRemaining > 0 {
                afterRemaining -= 1
                output += decorate(line, number: position + 1, separator: "-", prefix: prefix, settings: settings)
                lastPrinted = position
            }
        }
        if settings.count && !settings.quiet && !settings.filesWithMatches {
            output = (prefix.map { $0 + ":" } ?? "") + "\(selectedCount)\n"
        }
        call.out(output)
        return selectedCount > 0
    }

    private static func decorate(_ line: String, number: Int, separator: String, prefix: String?, settings: Settings) -> String {
        var result = ""
        if let prefix { result += prefix + separator }
        if settings.lineNumbers { result += "\(number)" + separator }
        return result + line + "\n"
    }
}
