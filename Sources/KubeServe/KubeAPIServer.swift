import Foundation
import KubeCluster
import KubeCtl

/// How simulated time moves while the cluster is served.
public enum ServeClock {
    /// Simulated time follows the wall clock (seconds since the epoch from the closure): each loop turn
    /// advances the cluster to the wall-clock instant.
    case wallClock(() -> Double)
    /// Time moves only when the caller moves it, except that while a client waits on a watch or a followed
    /// log and nothing else is asked, the cluster jumps to its next timer (as the REPL's `rollout status`,
    /// `wait` and `logs -f` do). After a jump that sent something to a client, the server waits `reactionTime`
    /// wall seconds for the client to react (and perhaps hang up) before jumping again. Watches without a
    /// timeout and followed logs end by `follow`, like the REPL's in batch mode. Changes settle once clients
    /// have been quiet for `settleDelay` wall seconds (or when `settle()` is called, or time moves), so the requests
    /// of one kubectl command land together, as in the REPL.
    case fastForward(follow: FollowRule = FollowRule(), reactionTime: Double = 0.2, settleDelay: Double = 0.05)
}

/// The simulated cluster served as a Kubernetes API endpoint on 127.0.0.1 (plain HTTP/1.1), for the real
/// kubectl, client libraries and other tools. Single-threaded: call `step` or `run` from the thread that
/// owns the cluster, and touch the cluster only from that thread.
public final class KubeAPIServer {
    /// The served cluster.
    public let cluster: Cluster
    /// The bound port.
    public var port: UInt16 { listener.port }
    /// `http://127.0.0.1:PORT`.
    public var url: String { "http://127.0.0.1:\(port)" }
    /// How many requests have been answered.
    public private(set) var requestCount = 0
    /// Called with `METHOD TARGET STATUS` for every answered request (nil: no log).
    public var requestLog: ((String) -> Void)?

    private let listener: LoopbackServer
    private let router: APIRouter
    private let clock: ServeClock
    /// While fast-forwarding: the wall-clock instant before which time stays put, so a client can react to what was sent.
    private var quietUntil: Double?
    /// While fast-forwarding: when the last request was answered (changes settle once clients are quiet).
    private var lastRequestAt: Double = 0
    /// The last plain GET of an object on each connection and when it came (fast-forward mode): the same GET again
    /// a while later is a client polling.
    private var lastRead: [Int: (target: String, at: Double)] = [:]
    /// The least wall-clock time between two identical GETs that counts as polling (kubectl polls every second;
    /// `describe` reads an object twice in a row).
    private let pollInterval = 0.5

    /// Serves `cluster` on 127.0.0.1:`port` (0 picks a free port).
    public init(cluster: Cluster, port: UInt16 = 0, clock: ServeClock) throws {
        self.cluster = cluster
        self.clock = clock
        listener = try LoopbackServer(port: port)
        let wall: () -> Double
        let follow: FollowRule?
        switch clock {
        case .wallClock(let now):
            wall = now
            follow = nil
        case .fastForward(let rule, _, _):
            wall = { Date().timeIntervalSince1970 }
            follow = rule
        }
        router = APIRouter(cluster: cluster, address: "127.0.0.1:\(listener.port)", wallClock: wall, followRule: follow)
        if case .fastForward = clock { router.settlesEachChange = false }
    }

    /// Lets the controllers react to changes clients made (fast-forward mode settles them only once clients are
    /// quiet, so the requests of one kubectl command land together, as in the REPL), and sends what streams have.
    public func settle() {
        requestCount += serve(timeout: 0)
        settlePending()
    }

    private func settlePending() {
        guard router.hasUnsettledChanges else { return }
        router.settle()
        listener.pumpStreams()
        listener.flushAll()
    }

    /// One loop turn: moves simulated time as the clock mode says, waits up to `timeout` milliseconds for
    /// client activity, answers every complete request and sends what open streams have.
    public func step(timeout: Int32 = 50) {
        if case .wallClock(let now) = clock {
            let instant = now()
            if instant > cluster.now { cluster.advance(to: instant) }
        }
        var wait = timeout
        if let quietUntil { wait = min(timeout, Int32(max(0, (quietUntil - Date().timeIntervalSince1970) * 1000).rounded(.up))) }
        let answered = serve(timeout: wait)
        requestCount += answered
        if case .fastForward(_, let reactionTime, let settleDelay) = clock {
            fastForward(answered: answered, reactionTime: reactionTime, settleDelay: settleDelay)
        }
    }

    /// Accepts, reads and answers what clients sent (waiting up to `timeout` ms); returns how many requests were answered.
    private func serve(timeout: Int32) -> Int {
        var answered = 0
        listener.step(timeout: timeout) { request, connection in
            answered += 1
            if case .fastForward = clock { noteRead(request, connection: connection) }
            let reply = router.handle(request)
            if let requestLog {
                switch reply {
                case .response(let response): requestLog("\(request.method) \(request.target) \(response.status)")
                case .stream(let stream): requestLog("\(request.method) \(request.target) \(stream.status) (streaming)")
                case .upgrade: requestLog("\(request.method) \(request.target) 101")
                }
            }
            return reply
        }
        return answered
    }

    /// A client that asks for the same thing again on its connection (`kubectl drain` waiting for evicted pods to go)
    /// is polling: time moves to the next timer first, as it would have while the client waited.
    private func noteRead(_ request: HTTPRequest, connection: Int) {
        guard request.method == "GET", !request.queryFlag("watch"), !request.queryFlag("follow"),
              APIPath.parse(request.path)?.name != nil else {
            lastRead[connection] = nil
            return
        }
        let wall = Date().timeIntervalSince1970
        if let last = lastRead[connection], last.target == request.target, wall - last.at >= pollInterval {
            router.settle()
            if let due = cluster.clock.nextDue { cluster.advance(to: max(due, cluster.now)) }
        }
        if lastRead.count > 256 { lastRead.removeAll() }
        lastRead[connection] = (request.target, wall)
    }

    /// One jump to the next timer, when clients only wait on streams and have had time to react to the last output.
    private func fastForward(answered: Int, reactionTime: Double, settleDelay: Double) {
        let wall = Date().timeIntervalSince1970
        if answered > 0 { lastRequestAt = wall }
        if answered == 0, wall - lastRequestAt >= settleDelay { settlePending() }
        if answered > 0 || !listener.hasOpenStreams {
            quietUntil = nil
            return
        }
        if let quietUntil, wall < quietUntil { return }
        router.settle()
        let targets = [cluster.clock.nextDue, listener.earliestStreamDeadline].compactMap { $0 }
        guard let target = targets.min() else { return }
        cluster.advance(to: max(target, cluster.now))
        let queued = listener.pumpStreams()
        listener.flushAll()
        quietUntil = queued > 0 ? wall + reactionTime : nil
    }

    /// Runs loop turns until `shouldStop` returns true (checked between turns).
    public func run(until shouldStop: () -> Bool) {
        while !shouldStop() { step() }
    }

    /// Closes every connection and the listening socket; the cluster stays as it is.
    public func shutdown() {
        listener.shutdown()
        router.history.detach()
    }

    /// A kubeconfig whose one context (`contextName`) points at this server with the default namespace.
    public func kubeconfig(contextName: String = "kubetutor") -> String {
        """
        apiVersion: v1
        kind: Config
        clusters:
        - cluster:
            server: \(url)
          name: \(contextName)
        contexts:
        - context:
            cluster: \(contextName)
            namespace: default
            user: \(contextName)
          name: \(contextName)
        current-context: \(contextName)
        preferences: {}
        users:
        - name: \(contextName)
          user:
            token: kubetutor
        """ + "\n"
    }

    /// Writes `kubeconfig(contextName:)` to `path` (readable by the owner only).
    public func writeKubeconfig(to path: String, contextName: String = "kubetutor") throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(kubeconfig(contextName: contextName).utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
}
