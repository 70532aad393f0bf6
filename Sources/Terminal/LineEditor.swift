import CLibEdit
import Foundation

/// What `LineEditor.readLine(prompt:)` got from the user.
public enum LineInput: Equatable {
    /// A line was entered (without its line break).
    case line(String)
    /// Ctrl-C: the line being typed was thrown away; the caller should prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or the input ended.
    case endOfInput
}

/// Anything the REPL can read lines from: the libedit editor, or plain standard input.
public protocol LineSource: AnyObject {
    /// Shows `prompt` and waits for one line.
    func readLine(prompt: String) -> LineInput
    /// Who answers Tab (ignored by sources that cannot complete).
    var completionProvider: CompletionProvider? { get set }
    /// Whether a person types at a terminal (then Ctrl-D needs a line break before leaving).
    var isInteractive: Bool { get }
    /// Problems worth telling the user about once (e.g. the history could not be saved).
    func takeWarnings() -> [String]
    /// Saves what needs saving and gives the terminal back.
    func close()
}

/// An interactive line editor over libedit: emacs keys, UTF-8 (中文 included), history with
/// Up/Down and Ctrl-R, Tab completion through a `CompletionProvider`, and Ctrl-C that cancels
/// the line. Every entered line goes into the history file at once (see `HistoryStore`).
public final class LineEditor: LineSource {
    /// Who answers Tab; nil makes Tab ring the bell.
    public var completionProvider: CompletionProvider?
    /// The history, oldest entry first.
    public var historyEntries: [String] { history.entries }
    /// Whether a terminal is being edited (false when stdin or stdout is not a terminal).
    public var isInteractive: Bool { editor.map { clibedit_is_interactive($0) == 1 } ?? false }

    private var editor: OpaquePointer?
    private var history: HistoryStore
    private var lastTab: (line: String, cursor: Int)?
    private var warnings: [String] = []
    private var reportedSaveFailure = false

    /// Creates the editor. `historyFile` nil keeps history in memory; `historyLimit` caps it.
    public init(programName: String, historyFile: URL?, historyLimit: Int = 1000) {
        _ = clibedit_use_utf8_locale()
        SigintMonitor.install()
        history = HistoryStore(file: historyFile, limit: historyLimit)
        if let notice = history.notice { warnings.append("warning: \(notice)") }
        editor = programName.withCString { clibedit_create($0, Int32(clamping: max(historyLimit, 1))) }
        guard let editor else { return }
        for entry in history.entries { WideText.with(entry) { clibedit_history_add(editor, $0) } }
        clibedit_set_completion(editor, { context, _ in
            guard let context else { return Int32(CLIBEDIT_KEY_ERROR.rawValue) }
            return Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue().handleTab()
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit { close() }

    /// Shows `prompt` (ANSI colours allowed) and reads one line. Non-blank lines are added to
    /// the history and saved.
    public func readLine(prompt: String) -> LineInput {
        guard let editor else { return readWithoutEditor(prompt: prompt) }
        WideText.with(PromptText.markingInvisible(prompt)) { _ = clibedit_set_prompt(editor, $0) }
        lastTab = nil
        SigintMonitor.clear()
        var count: Int32 = 0
        var errorNumber: Int32 = 0
        let text = clibedit_read_line(editor, &count, &errorNumber)
        if SigintMonitor.consume() || (text == nil && count == -1 && errorNumber == EINTR) {
            clibedit_write(editor, isInteractive ? "^C\n" : "\n")
            return .interrupted
        }
        guard let text, count > 0 else { return .endOfInput }
        let line = WideText.string(text, count: Int(count)).trimmingLineBreak()
        remember(line)
        return .line(line)
    }

    /// Adds a line to the history (as `readLine` does for every entered line) and saves it.
    public func remember(_ line: String) {
        guard let entry = history.record(line) else { return }
        if let editor { WideText.with(entry) { clibedit_history_add(editor, $0) } }
        saveHistory()
    }

    /// Returns and forgets the warnings gathered so far.
    public func takeWarnings() -> [String] {
        defer { warnings = [] }
        return warnings
    }

    /// Saves the history and restores the terminal; the editor reads plain lines afterwards.
    public func close() {
        saveHistory()
        if let editor {
            clibedit_set_completion(editor, nil, nil)
            clibedit_destroy(editor)
        }
        editor = nil
    }

    private func saveHistory() {
        do {
            try history.save()
        } catch {
            guard !reportedSaveFailure else { return }
            reportedSaveFailure = true
            warnings.append("warning: cannot save history: \(error)")
        }
    }

    private func readWithoutEditor(prompt: String) -> LineInput {
        FileHandle.standardOutput.write(Data(prompt.utf8))
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        remember(line)
        return .line(line)
    }

    // MARK: Tab

    /// Runs the completion provider on the current line and applies the resulting step.
    private func handleTab() -> Int32 {
        guard let editor, let provider = completionProvider else { return code(CLIBEDIT_KEY_ERROR) }
        let (line, cursor) = currentLine(editor)
        let repeated = lastTab.map { $0.line == line && $0.cursor == cursor } ?? false
        let completion = provider.completions(for: line, cursor: cursor)
        let step = CompletionPlanner.step(line: line, cursor: cursor, completion: completion, repeatedTab: repeated)
        defer { lastTab = currentLine(editor) }
        switch step {
        case let .insert(deleteBefore, text):
            clibedit_delete_before_cursor(editor, Int32(clamping: deleteBefore))
            let inserted = WideText.with(text) { clibedit_insert(editor, $0) }
            return code(inserted == 0 ? CLIBEDIT_KEY_REFRESH : CLIBEDIT_KEY_ERROR)
        case let .list(candidates):
            let width = Int(clibedit_columns(editor))
            let rows = CandidateColumns.lines(candidates, width: width)
            clibedit_write(editor, "\n" + rows.map { $0 + "\n" }.joined())
            return code(CLIBEDIT_KEY_REDISPLAY)
        case .nothing:
            return code(CLIBEDIT_KEY_ERROR)
        }
    }

    private func currentLine(_ editor: OpaquePointer) -> (String, Int) {
        var length: Int32 = 0
        var cursor: Int32 = 0
        guard let buffer = clibedit_current_line(editor, &length, &cursor) else { return ("", 0) }
        return (WideText.string(buffer, count: Int(length)), Int(cursor))
    }

    private func code(_ result: clibedit_key_result) -> Int32 { Int32(result.rawValue) }
}

/// Conversions between Swift strings and the NUL-terminated UTF-32 (`wchar_t`) text libedit uses.
enum WideText {
    /// Calls `body` with `text` as a NUL-terminated wide string.
    static func with<Result>(_ text: String, _ body: (UnsafePointer<wchar_t>) -> Result) -> Result {
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        return body(wide)
    }

    /// The string made of the first `count` wide characters at `pointer` (stopping at a NUL);
    /// values that are not Unicode scalars become U+FFFD.
    static func string(_ pointer: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for index in 0..<max(count, 0) {
            let value = pointer[index]
            if value == 0 { break }
            scalars.append(Unicode.Scalar(UInt32(bitPattern: Int32(value))) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}

/// Prompt text as libedit wants it: escape sequences wrapped in \u{1} marks so they take no room.
enum PromptText {
    /// `prompt` with every ANSI CSI sequence between \u{1} marks (left alone when marks exist).
    static func markingInvisible(_ prompt: String) -> String {
        if prompt.unicodeScalars.contains("\u{1}") { return prompt }
        var result = String.UnicodeScalarView()
        var scalars = prompt.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else { result.append(scalar); continue }
            result.append("\u{1}")
            result.append(scalar)
            if let next = scalars.next() {
                result.append(next)
                if next == "[" {
                    while let inner = scalars.next() {
                        result.append(inner)
                        if (0x40...0x7E).contains(inner.value) { break }
                    }
                }
            }
            result.append("\u{1}")
        }
        return String(result)
    }
}

extension String {
    /// The string without one trailing "\n" or "\r\n".
    func trimmingLineBreak() -> String {
        var text = self
        if text.hasSuffix("\n") || text.hasSuffix("\r\n") { text.removeLast() }
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
