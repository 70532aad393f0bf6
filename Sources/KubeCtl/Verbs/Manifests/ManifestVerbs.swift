/// The verbs that create, replace and delete objects from manifests and generators (apply, create, run, expose …).
enum ManifestVerbs {
    static let entries: [String: KubectlVerbs.Run] = [:]
}
