/// Why one sync of a workload controller failed (an unsupported strategy type, an impossible scale, an
/// unresolvable `maxSurge`); the controller logs nothing and retries the key with back-off, as upstream.
struct WorkloadSyncError: Error, CustomStringConvertible {
    /// The upstream error text.
    let description: String

    init(_ description: String) { self.description = description }
}

extension IntOrString {
    /// `intstr.GetScaledValueFromIntOrPercent` for an optional value: a missing value is upstream's
    /// `nil value for IntOrString` error, other failures carry `IntOrStringError`'s text.
    static func scaled(_ value: IntOrString?, total: Int, roundUp: Bool) throws -> Int {
        guard let value else { throw WorkloadSyncError("nil value for IntOrString") }
        switch value.scaledValue(total: total, roundUp: roundUp) {
        case .success(let scaled): return scaled
        case .failure(let error): throw WorkloadSyncError(error.description)
        }
    }
}
