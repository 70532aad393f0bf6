/// A container image reference split the way containerd resolves it: `nginx` is
/// `docker.io/library/nginx:latest`, `kicbase/echo-server:1.0` is `docker.io/kicbase/echo-server:1.0`.
public struct ImageReference: Hashable, Sendable {
    /// The text the pod spec gave (`nginx`), as kubelet events quote it.
    public var original: String
    /// The registry host (`docker.io`, `gcr.io`, `registry.k8s.io`).
    public var registry: String
    /// The repository path inside the registry (`library/nginx`).
    public var repository: String
    /// The tag (`latest` when none and no digest was given).
    public var tag: String?
    /// A `sha256:…` digest when the reference pins one.
    public var digest: String?

    /// `docker.io/library/nginx` — the repository with its registry.
    public var fullRepository: String { "\(registry)/\(repository)" }
    /// `docker.io/library/nginx:latest` — what containerd reports as the container's image.
    public var normalized: String {
        if let digest { return "\(fullRepository)@\(digest)" }
        return "\(fullRepository):\(tag ?? "latest")"
    }
    /// True when the reference names `latest` explicitly or implicitly (imagePullPolicy defaults to Always).
    public var isLatest: Bool { digest == nil && (tag ?? "latest") == "latest" }

    /// Parses `text`; on failure returns the kubelet's `InvalidImageName` message.
    public static func parse(_ text: String) -> Result<ImageReference, ImageReferenceError> {
        let invalid = ImageReferenceError(image: text, reason: "invalid reference format")
        guard !text.isEmpty, !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else { return .failure(invalid) }
        var rest = Substring(text)
        var digest: String?
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = rest[..<at]
            guard digest?.hasPrefix("sha256:") == true else { return .failure(invalid) }
        }
        var tag: String?
        if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
            tag = String(rest[rest.index(after: colon)...])
            rest = rest[..<colon]
            guard let value = tag, !value.isEmpty, value.count <= 128,
                  value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }) else {
                return .failure(invalid)
            }
        }
        var components = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, components.allSatisfy({ !$0.isEmpty }) else { return .failure(invalid) }
        var registry = "docker.io"
        if components.count > 1, let first = components.first,
           first.contains(".") || first.contains(":") || first == "localhost" {
            registry = first
            components.removeFirst()
        }
        if registry == "docker.io", components.count == 1 { components.insert("library", at: 0) }
        let repository = components.joined(separator: "/")
        if repository.contains(where: { $0.isUppercase }) {
            return .failure(ImageReferenceError(image: text,
                reason: "invalid reference format: repository name (\(repository)) must be lowercase"))
        }
        let allowed = repository.allSatisfy { $0.isLowercase || $0.isNumber || "._-/".contains($0) }
        guard allowed else { return .failure(invalid) }
        if tag == nil, digest == nil { tag = "latest" }
        return .success(ImageReference(original: text, registry: registry, repository: repository, tag: tag, digest: digest))
    }
}

/// Why an image name could not be used; `message` is the kubelet's InspectFailed text.
public struct ImageReferenceError: Error, Hashable, Sendable {
    public var image: String
    public var reason: String
    /// `Failed to apply default image tag "X": couldn't parse image name "X": invalid reference format`.
    public var message: String {
        "Failed to apply default image tag \"\(image)\": couldn't parse image name \"\(image)\": \(reason)"
    }
}
