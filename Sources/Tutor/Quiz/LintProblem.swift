/// A problem found in a question file: where, which question, and what.
public struct LintProblem: Equatable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable {
        /// The question is broken: a learner would be judged wrongly, or it cannot be asked.
        case error
        /// Something could not be verified yet (e.g. a kubectl verb kubetutor does not simulate yet).
        case warning
    }

    /// Where the problem is (file and line of the question or field).
    public var location: SourceLocation
    /// The question's id, when the problem belongs to one.
    public var questionID: String?
    /// What is wrong.
    public var message: String
    /// Error or warning.
    public var severity: Severity

    /// A problem at `location`.
    public init(_ location: SourceLocation, _ message: String, questionID: String? = nil, severity: Severity = .error) {
        self.location = location
        self.questionID = questionID
        self.message = message
        self.severity = severity
    }

    /// `file:line: error: [id] message`, the way compilers print it.
    public var description: String {
        let id = questionID.map { "[\($0)] " } ?? ""
        return "\(location): \(severity.rawValue): \(id)\(message)"
    }
}
