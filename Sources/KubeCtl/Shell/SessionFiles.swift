import Foundation

/// Whether a session path names a file or a directory.
public enum SessionFileKind: Equatable {
    /// A regular file.
    case file
    /// A directory.
    case directory
}

/// Why a session file operation failed; `reason` is worded like the C library's message.
public struct SessionFileError: Error, Equatable {
    /// The path as the user wrote it.
    public var path: String
    /// E.g. "No such file or directory", "Is a directory".
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The file does not exist.
    public static func notFound(_ path: String) -> SessionFileError { .init(path: path, reason: "No such file or directory") }
    /// The path is a directory where a file was needed.
    public static func isDirectory(_ path: String) -> SessionFileError { .init(path: path, reason: "Is a directory") }
    /// A path component is a file where a directory was needed.
    public static func notDirectory(_ path: String) -> SessionFileError { .init(path: path, reason: "Not a directory") }
    /// The path leaves the session folder.
    public static func outsideRoot(_ path: String) -> SessionFileError {
        .init(path: path, reason: "Permission denied (kubetutor only uses files inside its session folder)")
    }
}

/// The files a learner's shell session can see: `>` / `<` redirections, `cat`, `ls`, `rm`,
/// and `kubectl apply -f`. Paths are relative to the session root ("" or "." is the root);
/// absolute paths are accepted only when they lie under `rootDisplayPath`.
public protocol SessionFiles: AnyObject {
    /// The absolute path shown for the session root (by `pwd`, and as `$HOME`).
    var rootDisplayPath: String { get }
    /// The contents of a file.
    func read(_ path: String) throws -> String
    /// Creates or replaces a file.
    func write(_ path: String, _ contents: String) throws
    /// Creates or replaces a file so that a crash at any moment leaves the old or the new contents
    /// (temporary file, fsync, rename); for saves that must not be lost.
    func writeDurably(_ path: String, _ contents: String) throws
    /// Appends to a file, creating it when missing.
    func append(_ path: String, _ contents: String) throws
    /// The entry names in a directory, sorted.
    func list(_ directory: String) throws -> [String]
    /// Removes a file, or a directory with everything in it.
    func remove(_ path: String) throws
    /// What the path names, or nil when nothing is there.
    func kind(_ path: String) throws -> SessionFileKind?
}

extension SessionFiles {
    /// Stores that are not on disk write durably by writing.
    public func writeDurably(_ path: String, _ contents: String) throws { try write(path, contents) }

    /// True when something exists at the path.
    public func exists(_ path: String) -> Bool { ((try? kind(path)) ?? nil) != nil }
}

/// Path arithmetic shared by the session file stores: confinement to the root.
public enum SessionPath {
    /// The components of `path` below the root, after resolving `.` and `..`.
    /// Throws `outsideRoot` for absolute paths outside `root` and for `..` that climbs above it.
    public static func components(_ path: String, root: String) throws -> [String] {
        var relative = Substring(path)
        if path.hasPrefix("/") {
            let rootPrefix = root.hasSuffix("/") ? String(root.dropLast()) : root
            if path == rootPrefix || path == rootPrefix + "/" {
                return []
            }
            if rootPrefix.isEmpty {
                relative = path.dropFirst()
            } else {
                guard path.hasPrefix(rootPrefix + "/") else { throw SessionFileError.outsideRoot(path) }
                relative = path.dropFirst(rootPrefix.count + 1)
            }
        }
        var result: [String] = []
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !result.isEmpty else { throw SessionFileError.outsideRoot(path) }
                result.removeLast()
            default:
                guard !component.contains("\0") else { throw SessionFileError.notFound(path) }
                result.append(String(component))
            }
        }
        return result
    }
}

/// Session files kept in memory: for tests and for sessions that must not touch the disk.
public final class InMemorySessionFiles: SessionFiles {
    /// The absolute path shown for the root.
    public let rootDisplayPath: String
    /// File contents by joined relative path.
    private var files: [String: String]
    /// Directories that exist (beyond those implied by files), by joined relative path.
    private var directories: Set<String> = []

    /// Creates a store with optional initial files (relative path → contents).
    public init(rootDisplayPath: String = "/home/learner", files: [String: String] = [:]) {
        self.rootDisplayPath = rootDisplayPath
        self.files = [:]
        for (path, contents) in files {
            if let parts = try? SessionPath.components(path, root: rootDisplayPath), !parts.isEmpty {
                self.files[parts.joined(separator: "/")] = contents
            }
        }
    }

    /// Creates an empty directory (and its parents).
    public func makeDirectory(_ path: String) throws {
        let parts = try SessionPath.components(path, root: rootDisplayPath)
        for last in parts.indices {
            directories.insert(parts[...last].joined(separator: "/"))
        }
    }

    private func key(_ path: String) throws -> String {
        try SessionPath.components(path, root: rootDisplayPath).joined(separator: "/")
    }

    private func isDirectoryKey(_ key: String) -> Bool {
        key.isEmpty || directories.contains(key) || files.keys.contains { $0.hasPrefix(key + "/") }
    }

    /// See `SessionFiles.read`.
    public func read(_ path: String) throws -> String {
        let key = try key(path)
        if let contents = files[key] { return contents }
        if isDirectoryKey(key) { throw SessionFileError.isDirectory(path) }
        throw SessionFileError.notFound(path)
    }

    /// See `SessionFiles.write`.
    public func write(_ path: String, _ contents: String) throws {
        let key = try key(path)
        if isDirectoryKey(key) { throw SessionFileError.isDirectory(path) }
        try checkParent(of: key, path: path)
        files[key] = contents
    }

    /// See `SessionFiles.append`.
    public func append(_ path: String, _ contents: String) throws {
        let existing = (try? read(path)) ?? ""
        try write(path, existing + contents)
    }

    private func checkParent(of key: String, path: String) throws {
        guard let slash = key.lastIndex(of: "/") else { return }
        let parent = String(key[..<slash])
        if files[parent] != nil { throw SessionFileError.notDirectory(path) }
        if !isDirectoryKey(parent) { throw SessionFileError.notFound(path) }
    }

    /// See `SessionFiles.list`.
    public func list(_ directory: String) throws -> [String] {
        let key = try key(directory)
        if files[key] != nil { return [directory] }
        guard isDirectoryKey(key) else { throw SessionFileError.notFound(directory) }
        let prefix = key.isEmpty ? "" : key + "/"
        var names = Set<String>()
        for path in Array(files.keys) + Array(directories) where path.hasPrefix(prefix) && path != key {
            if let first = path.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(first)) }
        }
        return names.sorted()
    }

    /// See `SessionFiles.remove`.
    public func remove(_ path: String) throws {
        let key = try key(path)
        if files.removeValue(forKey: key) != nil { return }
        guard !key.isEmpty, isDirectoryKey(key) else { throw SessionFileError.notFound(path) }
        files = files.filter { !$0.key.hasPrefix(key + "/") }
        directories = directories.filter { $0 != key && !$0.hasPrefix(key + "/") }
    }

    /// See `SessionFiles.kind`.
    public func kind(_ path: String) throws -> SessionFileKind? {
        let key = try key(path)
        if files[key] != nil { return .file }
        return isDirectoryKey(key) ? .directory : nil
    }
}
