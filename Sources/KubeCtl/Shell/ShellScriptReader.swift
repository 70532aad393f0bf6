import Foundation

/// Helps batch mode and the line editor decide when typed or read lines form a whole command.
public enum ShellScriptReader {
    /// True when `text` can run as it is: false while a quote, `$(`, `${`, a here-document body
    /// or a trailing `\`, `|`, `&&` or `||` is still open. Texts with a definite syntax error
    /// count as complete, so the caller runs them and shows the error.
    public static func isComplete(_ text: String) -> Bool {
        do {
            let stream = try ShellLexer.tokenize(text)
            if stream.endsWithLineContinuation { return false }
            if stream.hereDocuments.contains(where: { !$0.terminated }) { return false }
            _ = try ShellParser.parse(stream)
            return true
        } catch let error as ShellSyntaxError {
            return error.kind == .invalid
        } catch {
            return true
        }
    }
}
