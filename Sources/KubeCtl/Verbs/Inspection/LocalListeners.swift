import KubeCluster

/// The local ports `kubectl port-forward` and `kubectl proxy` listen on. In a terminal those commands keep
/// running until Ctrl-C; in kubetutor they register here and return, and `curl localhost:PORT` at the prompt
/// reaches them for the rest of the session.
public struct LocalListeners: Equatable {
    /// One forwarded port: connections to the local port reach `remotePort` of the pod.
    public struct PortForward: Equatable {
        public var namespace: String
        public var pod: String
        public var remotePort: Int32
        /// The local addresses, as printed (`127.0.0.1`, `[::1]`).
        public var addresses: [String]
    }

    /// A running `kubectl proxy`.
    public struct APIProxy: Equatable {
        public var address: String
        public var port: Int
        /// The path prefix the API is served under (`/` by default).
        public var apiPrefix: String
    }

    /// Forwards by local port.
    public var forwards: [Int: PortForward] = [:]
    /// Proxies by local port.
    public var proxies: [Int: APIProxy] = [:]

    public init() {}

    /// Whether anything listens on the local `port`.
    public func isListening(on port: Int) -> Bool { forwards[port] != nil || proxies[port] != nil }
}
