// Global flags of kubectl 1.32 (`kubectl options`). Names, kinds and defaults are facts; descriptions are our own.

extension KubectlCommandCatalog {
    /// The flags every kubectl command accepts, as `kubectl options` lists them.
    /// - Parameter homeDirectory: the user's home, which the `--cache-dir` default is derived from.
    static func globalFlags(homeDirectory: String) -> [FlagSpec] {
        [
            .string("as", "User name to act as for this request; may be a regular user or a service account in a namespace."),
            .stringArray("as-group", "Group to act as for this request; repeat for several groups."),
            .string("as-uid", "UID to act as for this request."),
            .string("cache-dir", default: homeDirectory + "/.kube/cache", "Directory for cached data."),
            .string("certificate-authority", "Certificate file of the certificate authority."),
            .string("client-certificate", "Client certificate file for TLS."),
            .string("client-key", "Client key file for TLS."),
            .string("cluster", "Cluster of the kubeconfig to use."),
            .string("context", "Context of the kubeconfig to use."),
            .bool("disable-compression", "Ask the server not to compress responses."),
            .bool("insecure-skip-tls-verify", "Do not check the server's certificate. This makes HTTPS connections insecure."),
            .string("kubeconfig", "Kubeconfig file to use."),
            .other("log-flush-frequency", kind: .briefDuration, default: "5s", "Longest time between log flushes."),
            .bool("match-server-version", "Require the server version to equal the client version."),
            .string("namespace", short: "n", "Namespace for this request."),
            .string("password", "Password for basic authentication."),
            .string("profile", default: "none", "Profile to record: none, cpu, heap, goroutine, threadcreate, block or mutex."),
            .string("profile-output", default: "profile.pprof", "File the profile is written to."),
            .string("request-timeout", default: "0", "How long a single request may take before kubectl gives up. Non-zero values need a unit (1s, 2m, 3h); 0 means no limit."),
            .string("server", short: "s", "Address and port of the API server."),
            .string("tls-server-name", "Server name used to check the server certificate; defaults to the host name being contacted."),
            .string("token", "Bearer token for authentication."),
            .string("user", "User of the kubeconfig to use."),
            .string("username", "User name for basic authentication."),
            .other("v", short: "v", kind: .verbosity, default: "0", "Log verbosity level."),
            .other("vmodule", kind: .moduleSpec, default: "", "Comma separated pattern=N settings for per-file log verbosity (text log format only)."),
            .bool("warnings-as-errors", "Exit with an error when the server sends warnings.")
        ]
    }
}
