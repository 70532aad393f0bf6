import ArgumentParser
import Foundation
import KubeCluster
import KubeServe

/// Set by SIGINT/SIGTERM while `kubetutor serve` runs; the serving loop checks it between turns.
private var serveStopRequested: sig_atomic_t = 0

/// `kubetutor serve`: the simulated cluster as a Kubernetes API endpoint on 127.0.0.1, for the real kubectl.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a simulated cluster as a Kubernetes API on 127.0.0.1, so the real kubectl can use it.",
        discussion: "Writes a kubeconfig for the endpoint and serves until Ctrl-C. Simulated time follows the wall clock "
            + "(--clock manual: time moves only while a client waits on a watch).")
    @OptionGroup var global: GlobalOptions

    @Option(help: "The cluster to serve: minikube, kind or multi-node.")
    var profile: ClusterProfile = .minikube

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 0

    @Option(help: "Where to write the kubeconfig (default: <data dir>/serve/kubeconfig).")
    var kubeconfig: String?

    @Flag(help: "Print every request and its status to stderr.")
    var verbose = false

    func run() throws {
        let manual = global.clock == .manual
        let start = manual ? 1_767_603_600 : Date().timeIntervalSince1970.rounded(.down)
        let cluster = Cluster.make(profile: profile, seed: global.seed, start: start)
        let clock: ServeClock = manual ? .fastForward() : .wallClock { Date().timeIntervalSince1970 }
        let server = try KubeAPIServer(cluster: cluster, port: port, clock: clock)
        if verbose { server.requestLog = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) } }
        let path = kubeconfig ?? global.dataDirectory().appendingPathComponent("serve/kubeconfig").path
        try server.writeKubeconfig(to: path, contextName: "kubetutor-\(profile.rawValue)")
        print("Serving the simulated \(profile.rawValue) cluster (seed \(global.seed)) at \(server.url)")
        print("kubeconfig: \(path)")
        print("export KUBECONFIG=\(path)")
        print("Press Ctrl-C to stop.")
        fflush(stdout)
        signal(SIGPIPE, SIG_IGN)
        signal(SIGINT) { _ in serveStopRequested = 1 }
        signal(SIGTERM) { _ in serveStopRequested = 1 }
        server.run { serveStopRequested != 0 }
        server.shutdown()
        print("\nStopped after \(server.requestCount) requests.")
    }
}
