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
/// Shared by quiz and lesson progress.
public enum AtomicFile {
    /// Replaces the file at `url` with `data`, creating its folder if needed.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(description: "cannot create \(folder.path): \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
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
