/// A command's exit status carried as a `Result` failure, once its message was already printed.
struct ExitStatus: Error, Equatable {
    /// The status the verb returns.
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
