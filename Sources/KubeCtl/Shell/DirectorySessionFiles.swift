import Foundation

/// Session files kept in a real directory. Every path is confined to `root`: `..` that climbs
/// out, absolute paths elsewhere and symbolic links that lead outside are refused.
public final class DirectorySessionFiles: SessionFiles {
    /// The largest file `read` will load, in bytes.
    public static let maximumFileSize = 16 * 1024 * 1024

    /// The session folder.
    public let root: URL
    private let resolvedRootPath: String
    private let fileManager = FileManager.default

    /// Uses `root` as the session folder, creating it when missing.
    public init(root: URL) {
        let standardized = root.standardizedFileURL
        self.root = standardized
        try? FileManager.default.createDirectory(at: standardized, withIntermediateDirectories: true)
        self.resolvedRootPath = standardized.resolvingSymlinksInPath().path
    }

    /// The root's absolute path.
    public var rootDisplayPath: String { root.path }

    /// The confined URL for a session path.
    public func url(for path: String) throws -> URL {
        let components = try SessionPath.components(path, root: root.path)
        let url = components.reduce(root) { $0.appendingPathComponent($1) }
        try checkInside(url, path: path)
        return url
    }

    private func checkInside(_ url: URL, path: String) throws {
        var probe = url
        while !fileManager.fileExists(atPath: probe.path), probe.path.count > resolvedRootPath.count {
            probe = probe.deletingLastPathComponent()
        }
        let resolved = probe.resolvingSymlinksInPath().path
        guard resolved == resolvedRootPath || resolved.hasPrefix(resolvedRootPath + "/") else {
            throw SessionFileError.outsideRoot(path)
        }
    }

    private func existingKind(_ url: URL) -> SessionFileKind? {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue ? .directory : .file
    }

    private func checkParent(_ url: URL, path: String) throws {
        switch existingKind(url.deletingLastPathComponent()) {
        case .directory?: return
        case .file?: throw SessionFileError.notDirectory(path)
        case nil: throw SessionFileError.notFound(path)
        }
    }

    /// See `SessionFiles.read`.
    public func read(_ path: String) throws -> String {
        let url = try url(for: path)
        switch existingKind(url) {
        case nil: throw SessionFileError.notFound(path)
        case .directory?: throw SessionFileError.isDirectory(path)
        case .file?: break
        }
        let size = (try? fileManager.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= DirectorySessionFiles.maximumFileSize else {
            throw SessionFileError(path: path, reason: "File too large")
        }
        guard let data = fileManager.contents(atPath: url.path) else {
            throw SessionFileError(path: path, reason: "Permission denied")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// See `SessionFiles.write`.
    public func write(_ path: String, _ contents: String) throws {
        let url = try url(for: path)
        if existingKind(url) == .directory { throw SessionFileError.isDirectory(path) }
        try checkParent(url, path: path)
        guard fileManager.createFile(atPath: url.path, contents: Data(contents.utf8)) else {
            throw SessionFileError(path: path, reason: "Permission denied")
        }
    }

    /// See `SessionFiles.writeDurably`: a temporary file next to the target, fsync, rename, fsync of the folder.
    public func writeDurably(_ path: String, _ contents: String) throws {
        let url = try url(for: path)
        if existingKind(url) == .directory { throw SessionFileError.isDirectory(path) }
        try checkParent(url, path: path)
        let folder = url.deletingLastPathComponent()
        removeStaleTemporaries(of: url)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw SessionFileError(path: path, reason: String(cString: strerror(errno))) }
        let bytes = Array(contents.utf8)
        var offset = 0
        var failure: String?
        while offset < bytes.count, failure == nil {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0, errno != EINTR { failure = String(cString: strerror(errno)) }
            if written == 0 { failure = "Input/output error" }
            if written > 0 { offset += written }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw SessionFileError(path: path, reason: failure)
        }
        let folderDescriptor = open(folder.path, O_RDONLY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the temporary files of `url` that processes killed in the middle of a save left behind.
    private func removeStaleTemporaries(of url: URL) {
        let prefix = ".\(url.lastPathComponent).tmp-"
        let folder = url.deletingLastPathComponent()
        for name in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(prefix) {
            guard let process = pid_t(name.dropFirst(prefix.count)), process > 0, process != getpid() else { continue }
            if kill(process, 0) != 0, errno == ESRCH { unlink(folder.appendingPathComponent(name).path) }
        }
    }

    /// See `SessionFiles.append`.
    public func append(_ path: String, _ contents: String) throws {
        let url = try url(for: path)
        guard existingKind(url) == .file, let handle = try? FileHandle(forWritingTo: url) else {
            try write(path, contents)
            return
        }
        defer { try? handle.close() }
        do {
            _ = try handle.seekToEnd()
            try handle.write(contentsOf: Data(contents.utf8))
        } catch {
            throw SessionFileError(path: path, reason: "Input/output error")
        }
    }

    /// See `SessionFiles.list`.
    public func list(_ directory: String) throws -> [String] {
        let url = try url(for: directory)
        switch existingKind(url) {
        case nil: throw SessionFileError.notFound(directory)
        case .file?: return [directory]
        case .directory?:
            let names = (try? fileManager.contentsOfDirectory(atPath: url.path)) ?? []
            return names.sorted()
        }
    }

    /// See `SessionFiles.remove`.
    public func remove(_ path: String) throws {
        let url = try url(for: path)
        guard url.path != root.path else { throw SessionFileError(path: path, reason: "Device or resource busy") }
        guard existingKind(url) != nil else { throw SessionFileError.notFound(path) }
        do {
            try fileManager.removeItem(at: url)
        } catch {
            throw SessionFileError(path: path, reason: "Permission denied")
        }
    }

    /// See `SessionFiles.kind`.
    public func kind(_ path: String) throws -> SessionFileKind? {
        existingKind(try url(for: path))
    }
}
