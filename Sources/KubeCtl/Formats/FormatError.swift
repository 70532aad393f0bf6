/// An error from an output format (jsonpath, go-template, custom-columns, sort-by), worded as kubectl
/// words it. `message` is the text kubectl prints after `error: `; it may span several lines.
public struct FormatError: Error, Equatable, CustomStringConvertible {
    /// The message without the `error: ` prefix.
    public let message: String

    /// An error with the given kubectl message.
    public init(_ message: String) {
        self.message = message
    }

    /// What kubectl writes to stderr: `error: ` + message, plus a newline unless it already ends in one.
    public var stderr: String {
        "error: " + message + (message.hasSuffix("\n") ? "" : "\n")
    }

    /// The message, for logs and test failures.
    public var description: String { message }
}

/// What a printer produced for one object: the stdout text (possibly partial) and the error, if any.
///
/// Go printers write as they go, so a failing go-template or custom-columns printer still leaves the
/// text produced before the failure (and go-template adds its debugging dump to stdout).
public struct FormatOutput: Equatable {
    /// Text for stdout.
    public var stdout: String
    /// The failure kubectl reports on stderr (exit code 1), if any.
    public var error: FormatError?

    /// Output with optional error.
    public init(stdout: String, error: FormatError? = nil) {
        self.stdout = stdout
        self.error = error
    }
}
