import KubeCluster

/// How following commands (`logs -f`, `events -w`) let simulated time pass: timer by timer, checking
/// for output after each, until they are done, Ctrl-C, `--request-timeout`, or — without it — 30 simulated
/// seconds without output (at most 10 minutes), like `get -w` in batch mode.
struct SimulatedFollow {
    let context: VerbContext

    /// How long a follow waits for new output before it ends.
    static let quietPeriod = 30.0
    /// The longest a follow runs without `--request-timeout`.
    static let batchLimit = 600.0

    /// Runs `step` after every timer; `step` prints what changed and returns whether it printed anything.
    /// Stops once `finished` holds.
    func run(finished: () -> Bool = { false }, step: () -> Bool) {
        let cluster = context.cluster
        let invocation = context.invocation
        let timed = invocation.wasSet("request-timeout")
        let parsed = try? GoDuration.parse(invocation.string("request-timeout")).get()
        let limit = timed ? max(0, parsed?.seconds ?? Self.batchLimit) : Self.batchLimit
        let deadline = cluster.now + limit
        var lastOutput = cluster.now
        while !finished(), cluster.now < deadline, !context.session.isInterrupted() {
            guard let due = cluster.clock.nextDue, due <= deadline else { break }
            if !timed, due - lastOutput > Self.quietPeriod {
                cluster.advance(to: min(deadline, lastOutput + Self.quietPeriod))
                _ = step()
                return
            }
            cluster.advance(to: due)
            if step() { lastOutput = cluster.now }
        }
        if timed, cluster.now < deadline, !finished(), !context.session.isInterrupted() {
            cluster.advance(to: deadline)
            _ = step()
        }
    }
}
