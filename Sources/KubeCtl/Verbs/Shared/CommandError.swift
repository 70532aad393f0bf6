import KubeCluster

/// One error a verb collects while it visits objects (manifest and workload verbs alike), kept in the shape kubectl's `CheckErr`
/// needs to print it: a plain message, or an API server error (framed as `Error from server (…)`).
enum CommandError: Error, Equatable {
    /// A client-side error text, exactly as the Go error's `Error()` string reads (may start with `error: `).
    case message(String)
    /// An error returned by the API server (its message may already carry `error when creating "x.yaml": `).
    case api(APIError)
    /// A line printed exactly as it is, never prefixed with `error: `.
    case raw(String)
    /// Several errors returned together as one (`utilerrors.NewAggregate`).
    indirect case aggregate([CommandError])

    /// The line kubectl prints for this error inside an aggregate (`MultipleErrors`): API errors framed,
    /// messages as they are.
    var aggregateLine: String {
        switch self {
        case .message(let text), .raw(let text): return text
        case .api(let error):
            return error.reason.isEmpty ? "Error from server: \(error.message)" : "Error from server (\(error.reason)): \(error.message)"
        case .aggregate: return plainText
        }
    }

    /// The text of the Go error (`err.Error()`), used where kubectl wraps one error inside another message.
    var plainText: String {
        switch self {
        case .message(let text), .raw(let text): return text
        case .api(let error): return error.message
        case .aggregate(let errors):
            return errors.count == 1 ? errors[0].plainText : "[" + errors.map(\.plainText).joined(separator: ", ") + "]"
        }
    }
}

extension CommandError {
    /// `error when <verb> "<source>": <message>` added to an API error (kubectl's `AddSourceToErr`).
    static func withSource(_ error: APIError, verb: String, source: String) -> CommandError {
        guard !source.isEmpty else { return .api(error) }
        var framed = error
        framed.message = "error when \(verb) \"\(source)\": \(error.message)"
        return .api(framed)
    }
}

/// Prints errors the way kubectl's `CheckErr` does: an aggregate of one is unwrapped once; then an aggregate
/// prints one line per error as is (`MultipleErrors`), an API error is framed (Invalid in its own form), and
/// any other error gets `error: ` unless it already starts so.
enum ErrorReport {
    /// Reports the errors a `ContinueOnError` visit collected (one error as itself, several as an aggregate);
    /// returns 1 when there were any, else 0.
    @discardableResult
    static func emit(_ errors: [CommandError], to context: VerbContext) -> Int32 {
        guard let first = errors.first else { return 0 }
        return check(errors.count == 1 ? first : .aggregate(errors), to: context)
    }

    /// Reports `utilerrors.NewAggregate(errors)`; 0 when there are none.
    @discardableResult
    static func emitAggregate(_ errors: [CommandError], to context: VerbContext) -> Int32 {
        errors.isEmpty ? 0 : check(.aggregate(errors), to: context)
    }

    /// Prints one error and returns 1.
    @discardableResult
    static func emit(_ error: CommandError, to context: VerbContext) -> Int32 {
        check(error, to: context)
    }

    /// `CheckErr`.
    static func check(_ error: CommandError, to context: VerbContext) -> Int32 {
        var error = error
        if case .aggregate(let inner) = error, inner.count == 1 { error = inner[0] }
        switch error {
        case .aggregate(let inner):
            context.io.stderr(inner.map { $0.aggregateLine + "\n" }.joined())
        case .api(let apiError):
            context.io.stderr(KubectlErrorText.format(apiError))
        case .message(let text):
            let framed = text.hasPrefix("error: ") ? text : "error: " + text
            context.io.stderr(framed.hasSuffix("\n") ? framed : framed + "\n")
        case .raw(let text):
            context.errorLine(text)
        }
        return 1
    }
}
