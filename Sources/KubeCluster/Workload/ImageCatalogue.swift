/// Which userland an image has, for the wording of its tools' errors (`cat: can't open 'x'` on busybox
/// versus `cat: x: No such file or directory` on Debian).
public enum ImageUserland: String, Sendable { case busybox, debian, distroless }

/// Which tags of a repository exist: exact names plus version prefixes (`1.27` accepts `1.27`, `1.27.3`,
/// `1.27-alpine`).
public struct TagRule: Sendable {
    public var exact: Set<String>
    public var prefixes: [String]
    public init(exact: Set<String>, prefixes: [String] = []) {
        self.exact = exact
        self.prefixes = prefixes
    }

    /// Whether `tag` exists.
    public func accepts(_ tag: String) -> Bool {
        if exact.contains(tag) { return true }
        return prefixes.contains { prefix in
            guard tag.hasPrefix(prefix) else { return false }
            let rest = tag.dropFirst(prefix.count)
            guard let first = rest.first else { return true }
            guard first == "." || first == "-" else { return false }
            return rest.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        }
    }
}

/// A line an image's main process writes while starting, `delay` seconds after the previous one.
/// Placeholders: `{time:<format>}` (a `ClockFormat` raw value), `{pod}`, `{ip}`, `{version}`.
public struct StartupLine: Hashable, Sendable {
    public var delay: Double
    public var template: String
    public var stream: LogStream
    public init(_ template: String, after delay: Double = 0, stream: LogStream = .stdout) {
        self.delay = delay
        self.template = template
        self.stream = stream
    }
}

/// An environment requirement of an image's entrypoint (postgres wants a password) and what it prints
/// and returns when unmet.
public struct EnvRequirement: Sendable {
    /// Satisfied when any of these variables is set and non-empty.
    public var anyOf: [String]
    public var failureLines: [StartupLine]
    public var exitCode: Int32
}

/// What an image's main process does: its startup log, the ports it serves, how it shuts down.
public struct ServerSpec: Sendable {
    /// argv[0] basenames that start this server (`nginx`, `docker-entrypoint.sh`, `node`).
    public var binaries: Set<String>
    public var startupLines: [StartupLine]
    public var ports: [Int32: ServerKind]
    /// Seconds after start until the ports accept connections.
    public var listenDelay: Double
    /// Seconds it needs to exit after SIGTERM.
    public var shutdownSeconds: Double
}

/// One repository in the simulated registries: tags, size, default command and behaviour.
public struct ImageEntry: Sendable {
    /// `docker.io/library/nginx`.
    public var repository: String
    public var tags: TagRule
    /// The version a tag stands for (`latest` → `1.27.3`); tags not listed stand for themselves.
    public var versions: [String: String]
    /// Compressed size as the `Pulled` event reports it.
    public var sizeBytes: Int64
    /// Size of `-alpine`/`-slim` variants, when different.
    public var smallVariantBytes: Int64?
    public var entrypoint: [String]
    public var cmd: [String]
    /// Environment the image sets (`NGINX_VERSION`, `PATH`, …), in order.
    public var env: [(String, String)]
    public var userland: ImageUserland
    /// The server the default command (or one of `binaries`) runs; nil for tool images (busybox).
    public var server: ServerSpec?
    public var requirement: EnvRequirement?
    /// Typical idle usage.
    public var idleMilliCPU: Double
    public var idleMemoryBytes: Int64
    /// CPU seconds one request costs (hpa-example burns CPU per request).
    public var cpuSecondsPerRequest: Double

    /// The version `tag` stands for.
    public func version(for tag: String) -> String {
        versions[tag] ?? versions[String(tag.split(separator: "-").first ?? "")] ?? tag
    }

    /// The pull size for `tag`.
    public func size(for tag: String) -> Int64 {
        if tag.contains("alpine") || tag.contains("slim"), let small = smallVariantBytes { return small }
        return sizeBytes
    }
}

/// What the registries say about an image reference.
public enum ImageLookup: Sendable {
    case found(ImageEntry, tag: String, sizeBytes: Int64, digest: String)
    /// The pull fails with this containerd error text (after `Failed to pull image "x": `).
    case missing(error: String)
}

/// The simulated registries: a table of known images (see `ImageCatalogueEntries`) plus any added at run time.
public struct ImageCatalogue: Sendable {
    public private(set) var entries: [String: ImageEntry]

    /// The built-in catalogue.
    public static let standard = ImageCatalogue(entries: ImageCatalogueEntries.all)

    public init(entries: [ImageEntry]) {
        var table: [String: ImageEntry] = [:]
        for entry in entries { table[entry.repository] = entry }
        self.entries = table
    }

    /// Adds or replaces a repository (lessons can publish their own images).
    public mutating func register(_ entry: ImageEntry) { entries[entry.repository] = entry }

    /// Registries that resolve; anything else fails with a DNS error.
    static let knownRegistries: Set<String> = ["docker.io", "gcr.io", "registry.k8s.io", "k8s.gcr.io", "ghcr.io", "quay.io",
                                               "mcr.microsoft.com", "public.ecr.aws", "us-docker.pkg.dev"]

    /// Resolves `reference` as containerd would.
    public func lookup(_ reference: ImageReference) -> ImageLookup {
        let name = reference.normalized
        let prefix = "rpc error: code = %CODE% desc = failed to pull and unpack image \"\(name)\": failed to resolve reference \"\(name)\": "
        guard ImageCatalogue.knownRegistries.contains(reference.registry) else {
            let path = "https://\(reference.registry)/v2/\(reference.repository)/manifests/\(reference.tag ?? reference.digest ?? "latest")"
            return .missing(error: prefix.replacingOccurrences(of: "%CODE%", with: "Unknown")
                + "failed to do request: Head \"\(path)\": dial tcp: lookup \(reference.registry.split(separator: ":").first.map(String.init) ?? reference.registry): no such host")
        }
        guard let entry = entries[reference.fullRepository] else {
            if reference.registry == "docker.io" {
                return .missing(error: prefix.replacingOccurrences(of: "%CODE%", with: "Unknown")
                    + "pull access denied, repository does not exist or may require authorization: server message: "
                    + "insufficient_scope: authorization failed")
            }
            return .missing(error: prefix.replacingOccurrences(of: "%CODE%", with: "NotFound") + "\(name): not found")
        }
        let tag = reference.tag ?? "latest"
        guard reference.digest != nil || entry.tags.accepts(tag) else {
            return .missing(error: prefix.replacingOccurrences(of: "%CODE%", with: "NotFound") + "\(name): not found")
        }
        let digest = reference.digest ?? ImageCatalogue.digest(of: "\(reference.fullRepository):\(entry.version(for: tag))")
        return .found(entry, tag: tag, sizeBytes: entry.size(for: tag), digest: digest)
    }

    /// A stable `sha256:<64 hex>` for an image (the same name always gives the same digest).
    public static func digest(of name: String) -> String {
        var hex = ""
        var seed: UInt64 = 0xcbf2_9ce4_8422_2325
        for round in 0..<4 {
            var hash = seed ^ UInt64(round)
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            let piece = String(hash, radix: 16)
            hex += String(repeating: "0", count: 16 - piece.count) + piece
            seed = hash
        }
        return "sha256:" + hex
    }
}
