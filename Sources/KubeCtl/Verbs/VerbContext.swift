import KubeCluster

/// Everything a kubectl verb needs: the parsed command line, the session (cluster, kubeconfig, files),
/// where to write, and what came on standard input.
public struct VerbContext {
    public let invocation: KubectlInvocation
    public let session: KubectlSession
    public let io: ShellIO
    public let stdin: String?

    public var cluster: Cluster { session.cluster }
    public var store: ObjectStore { session.cluster.store }
    /// `-n`, else the current context's namespace.
    public var namespace: String { session.namespace(invocation.string("namespace")) }
    /// True when `-n`/`--namespace` was given explicitly.
    public var namespaceWasSet: Bool { invocation.wasSet("namespace") }
    /// The printers' view of now.
    public var tableContext: TableContext { TableContext(now: cluster.now, store: store) }

    /// Writes text to standard output as it is.
    public func write(_ text: String) { io.stdout(text) }
    /// Writes a line to standard output.
    public func line(_ text: String) { io.stdout(text + "\n") }
    /// Writes a line to standard error.
    public func errorLine(_ text: String) { io.stderr(text + "\n") }

    /// Prints `error: <message>` (unless it already starts so) and returns exit status 1.
    @discardableResult
    public func fail(_ message: String) -> Int32 {
        errorLine(message.hasPrefix("error: ") ? message : "error: " + message)
        return 1
    }

    /// Prints an API server error the way kubectl frames it and returns 1.
    @discardableResult
    public func fail(_ error: APIError) -> Int32 {
        io.stderr(KubectlErrorText.format(error))
        return 1
    }

    /// Prints a usage error (`error: … See 'kubectl X -h' …`) and returns its exit code.
    @discardableResult
    public func usage(_ message: String) -> Int32 {
        let error = invocation.usageError(message)
        io.stderr(error.stderr)
        return error.exitCode
    }
}

/// How kubectl turns an API error into text (`cmdutil.CheckErr`): `Error from server (Reason): message`,
/// and for Invalid its own `The Kind "name" is invalid:` form with one line per cause when there are several.
public enum KubectlErrorText {
    public static func format(_ error: APIError) -> String {
        if error.reason == "Invalid", let kind = error.invalidKind, let name = error.invalidName, !error.causes.isEmpty {
            if error.causes.count == 1 { return "The \(kind) \"\(name)\" is invalid: \(error.causes[0].description)\n" }
            return "The \(kind) \"\(name)\" is invalid: \n" + error.causes.map { "* \($0.description)\n" }.joined()
        }
        if error.reason.isEmpty { return "Error from server: \(error.message)\n" }
        return "Error from server (\(error.reason)): \(error.message)\n"
    }

    /// The message with a prefix kubectl adds for file operations: `error when creating "x.yaml": …`.
    public static func format(_ error: APIError, prefix: String) -> String {
        if error.reason == "Invalid", error.causes.count > 0 {
            var copy = error
            copy.message = prefix + error.message
            return "Error from server (Invalid): \(copy.message)\n"
        }
        return "Error from server (\(error.reason)): \(prefix)\(error.message)\n"
    }
}

/// A message kubectl prints as `error: <text>`, carried as an error value.
public struct KubectlMessage: Error, CustomStringConvertible, Equatable {
    public let text: String
    public init(_ text: String) { self.text = text }
    public var description: String { text }
}
