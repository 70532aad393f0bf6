import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written atomically.
public struct AtomicFileError: Error, Equatable, CustomStringConvertible {
    /// What failed, with the path and the system's reason.
    public let description: String
}

/// Writes files so a crash never leaves a half-written one: the data goes to a temporary file in the same
/// folder, is flushed to disk (fsync), renamed over the target, and the folder itself is flushed.
/// Shared by quiz and lesson progress, the command history and saved sandboxes.
public enum AtomicFile {
    /// Replaces the file at `url` with `data` (readable by its owner only when `permissions` say so),
    /// creating its folder if needed.
    public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(description: "cannot create \(folder.path): \(error.localizedDescription)")
        }
        removeStaleTemporaries(of: url)
        let temporary = temporaryURL(of: url, process: getpid())
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, permissions)
        guard descriptor >= 0 else { throw failure("cannot create", temporary) }
        var ok = writeAll(data, to: descriptor) && fsync(descriptor) == 0
        let failedStep = ok ? "" : "cannot write"
        if close(descriptor) != 0 { ok = false }
        guard ok else {
            let error = failure(failedStep.isEmpty ? "cannot close" : failedStep, temporary)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            let error = failure("cannot replace", url)
            unlink(temporary.path)
            throw error
        }
        let folderDescriptor = open(folder.path, O_RDONLY)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The temporary file process `process` writes before renaming it over `url`.
    static func temporaryURL(of url: URL, process: pid_t) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(process)")
    }

    /// Removes temporary files of `url` left by processes that no longer run (killed in the middle of a
    /// save); those of running processes are theirs.
    static func removeStaleTemporaries(of url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let process = pid_t(name.dropFirst(prefix.count)), process > 0, process != getpid() else { continue }
            if kill(process, 0) != 0, errno == ESRCH { unlink(folder.appendingPathComponent(name).path) }
        }
    }

    /// Moves a damaged file aside as `NAME.corrupt-N.EXT` (the first free N) and returns the new location.
    public static func moveAside(_ url: URL) throws -> URL {
        let folder = url.deletingLastPathComponent()
        let stem = url.deletingPathExtension().lastPathComponent
        let suffix = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
        var number = 1
        var target = folder.appendingPathComponent("\(stem).corrupt-\(number)\(suffix)")
        while FileManager.default.fileExists(atPath: target.path) {
            number += 1
            target = folder.appendingPathComponent("\(stem).corrupt-\(number)\(suffix)")
        }
        guard rename(url.path, target.path) == 0 else { throw failure("cannot move aside", url) }
        return target
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
        #else
        return Darwin.write(descriptor, bytes, count)
        #endif
    }

    private static func failure(_ what: String, _ url: URL) -> AtomicFileError {
        AtomicFileError(description: "\(what) \(url.path): \(String(cString: strerror(errno)))")
    }
}
