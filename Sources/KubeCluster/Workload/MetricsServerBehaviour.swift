import Foundation

/// What metrics-server (v0.7.x) does when it cannot verify the kubelets' serving certificates.
///
/// kind, minikube and kubeadm clusters give their kubelets self-signed serving certificates without IP
/// SANs. metrics-server from the upstream `components.yaml` verifies them, so every scrape fails with an
/// x509 error, its `metric-storage-ready` check never passes, `/readyz` answers 500, the pod stays 0/1 and
/// the metrics API is never served — until `--kubelet-insecure-tls` is added (what minikube's add-on does).
public enum MetricsServerBehaviour {
    /// The image repository this applies to.
    public static let repository = "registry.k8s.io/metrics-server/metrics-server"
    /// The flag that skips verifying kubelet certificates.
    public static let insecureFlag = "--kubelet-insecure-tls"
    /// metrics-server's default `--metric-resolution` in components.yaml, in seconds.
    static let scrapeInterval: Double = 15
    /// When the kubelet first probes `/readyz` (components.yaml's `initialDelaySeconds`) and how often after.
    static let probeDelay: Double = 20, probePeriod: Double = 10

    /// True when a metrics-server started with `argv` cannot scrape (no `--kubelet-insecure-tls`).
    public static func failsToScrape(argv: [String]) -> Bool {
        !argv.contains { $0 == insecureFlag || $0 == insecureFlag + "=true" }
    }

    /// The ports of a metrics-server whose readiness reflects whether it can scrape.
    static func servers(_ ports: [Int32: ServerKind], scrapes: Bool) -> [Int32: ServerKind] {
        ports.mapValues { kind in
            if case .metricsServer = kind { return .metricsServer(scrapesKubelets: scrapes) }
            return kind
        }
    }

    /// The log after start-up when scrapes fail: an x509 error per node at every scrape (15 s, 30 s, …)
    /// and a `Failed probe` line at every readiness probe (20 s, 30 s, 40 s, …), forever.
    static func failingScrapeSteps(kubelets: [(node: String, address: String)]) -> [ProgramStep] {
        func scrapeErrors() -> [ProgramStep] {
            kubelets.map { kubelet in
                .write(ProgramLine([.clock(.klogError), .literal("       1 scraper.go:149] \"Failed to scrape node\" err=\"Get "
                    + "\\\"https://\(kubelet.address):10250/metrics/resource\\\": tls: failed to verify certificate: x509: "
                    + "cannot validate certificate for \(kubelet.address) because it doesn't contain any IP SANs\" "
                    + "node=\"\(kubelet.node)\"")], stream: .stderr))
            }
        }
        let probe = ProgramStep.write(ProgramLine([.clock(.klog), .literal("       1 server.go:191] \"Failed probe\" "
            + "probe=\"metric-storage-ready\" err=\"no metrics to serve\"")], stream: .stderr))
        // One 30 s cycle starting 10 s after start: scrapes at +5 and +20, probes at +10, +20 and +30.
        let cycle: [ProgramStep] = [.sleep(5)] + scrapeErrors() + [.sleep(5), probe, .sleep(10)] + scrapeErrors()
            + [probe, .sleep(probePeriod), probe]
        return [.sleep(probeDelay - probePeriod), .loop(body: cycle, count: nil)]
    }
}

extension Cluster {
    /// Every node's name and InternalIP, in name order: where a metrics scraper reaches the kubelets.
    public func kubeletAddresses() -> [(node: String, address: String)] {
        store.list(Node.self).sorted { $0.name < $1.name }.compactMap { node in
            guard let address = node.status.addresses?.first(where: { $0.type == "InternalIP" })?.address else { return nil }
            return (node.name, address)
        }
    }
}
