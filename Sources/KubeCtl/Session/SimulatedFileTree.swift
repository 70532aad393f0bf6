import Foundation

/// The file tree a shell inside a container or on a node sees: a fixed skeleton of directories and files
/// (what the image ships), files the cluster provides on the fly (mounted ConfigMaps and Secrets,
/// `/etc/hostname`, `/etc/resolv.conf`), and what the learner wrote during the session. Nothing here
/// touches the host's disk; paths are absolute below `/`.
final class SimulatedFileTree: SessionFiles {
    let rootDisplayPath = "/"
    /// The skeleton's directories and their entries.
    private let directories: [String: [String]]
    /// The skeleton's file contents.
    private let files: [String: String]
    /// Files provided by the cluster (nil: not one of them).
    private let provided: (String) -> String?
    /// Directories provided by the cluster, with their entries (nil: not one of them).
    private let providedDirectory: (String) -> [String]?
    /// Paths below which nothing can be written (`Read-only file system`).
    private let readOnlyPrefixes: [String]
    /// What the learner wrote or removed: content, or nil for a removed file.
    private(set) var changes: [String: String?]
    /// Directories the learner made.
    private(set) var madeDirectories: Set<String>
    /// Called after every change, so the changes can outlive this shell.
    var onChange: (() -> Void)?

    init(directories: [String: [String]], files: [String: String], provided: @escaping (String) -> String? = { _ in nil },
         providedDirectory: @escaping (String) -> [String]? = { _ in nil }, readOnlyPrefixes: [String] = [],
         changes: [String: String?] = [:], madeDirectories: Set<String> = []) {
        self.directories = directories
        self.files = files
        self.provided = provided
        self.providedDirectory = providedDirectory
        self.readOnlyPrefixes = readOnlyPrefixes
        self.changes = changes
        self.madeDirectories = madeDirectories
    }

    /// `path` (relative to `/` or absolute) as a normalised absolute path.
    static func absolute(_ path: String) throws -> String {
        "/" + (try SessionPath.components(path, root: "/")).joined(separator: "/")
    }

    /// Whether `path` names a directory.
    func isDirectory(_ absolute: String) -> Bool {
        directories[absolute] != nil || madeDirectories.contains(absolute) || providedDirectory(absolute) != nil
    }

    /// The contents of the file at an absolute path, or nil.
    func contents(_ absolute: String) -> String? {
        if let change = changes[absolute] { return change }
        return provided(absolute) ?? files[absolute]
    }

    func read(_ path: String) throws -> String {
        let absolute = try Self.absolute(path)
        if isDirectory(absolute) { throw SessionFileError.isDirectory(path) }
        guard let text = contents(absolute) else { throw SessionFileError.notFound(path) }
        return text
    }

    func write(_ path: String, _ contents: String) throws {
        let absolute = try Self.absolute(path)
        try checkWritable(absolute, path: path)
        changes[absolute] = .some(contents)
        onChange?()
    }

    func append(_ path: String, _ contents: String) throws {
        let absolute = try Self.absolute(path)
        try checkWritable(absolute, path: path)
        changes[absolute] = .some((self.contents(absolute) ?? "") + contents)
        onChange?()
    }

    /// Makes a directory (`mkdir`).
    func makeDirectory(_ path: String) throws {
        let absolute = try Self.absolute(path)
        try checkWritable(absolute, path: path)
        madeDirectories.insert(absolute)
        onChange?()
    }

    func list(_ directory: String) throws -> [String] {
        let absolute = try Self.absolute(directory)
        guard isDirectory(absolute) else {
            throw contents(absolute) == nil ? SessionFileError.notFound(directory) : SessionFileError.notDirectory(directory)
        }
        var names = Set(directories[absolute] ?? [])
        names.formUnion(providedDirectory(absolute) ?? [])
        let prefix = absolute == "/" ? "/" : absolute + "/"
        for (path, content) in changes where path.hasPrefix(prefix) {
            let name = String(path.dropFirst(prefix.count))
            guard !name.contains("/") else { continue }
            if content == nil { names.remove(name) } else { names.insert(name) }
        }
        for path in madeDirectories where path.hasPrefix(prefix) && !path.dropFirst(prefix.count).contains("/") {
            names.insert(String(path.dropFirst(prefix.count)))
        }
        return names.sorted()
    }

    func remove(_ path: String) throws {
        let absolute = try Self.absolute(path)
        guard contents(absolute) != nil || isDirectory(absolute) else { throw SessionFileError.notFound(path) }
        try checkWritable(absolute, path: path)
        changes[absolute] = .some(nil)
        madeDirectories.remove(absolute)
        onChange?()
    }

    func kind(_ path: String) throws -> SessionFileKind? {
        let absolute = try Self.absolute(path)
        if isDirectory(absolute) { return .directory }
        return contents(absolute) == nil ? nil : .file
    }

    private func checkWritable(_ absolute: String, path: String) throws {
        for prefix in readOnlyPrefixes where absolute == prefix || absolute.hasPrefix(prefix + "/") {
            throw SessionFileError(path: path, reason: "Read-only file system")
        }
        let parent = (absolute as NSString).deletingLastPathComponent
        guard isDirectory(parent.isEmpty ? "/" : parent) else { throw SessionFileError.notFound(path) }
    }
}
