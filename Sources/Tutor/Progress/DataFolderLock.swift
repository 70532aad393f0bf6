import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the data folder could not be locked.
public struct DataFolderLockError: Error, CustomStringConvertible {
    /// What failed, with the folder.
    public let description: String
}

/// An advisory lock (`flock`) on the data folder itself, held while a store reads the file again, merges
/// its own changes in and writes it. Two kubetutor processes on the same data folder then take turns, and
/// neither writes over what the other saved a moment before. Locks belong to an open folder, so two
/// stores in one process exclude each other as two processes do.
public enum DataFolderLock {
    /// How long to wait for another process to finish its save before giving up, in seconds.
    public static let patience = 5.0

    /// Runs `body` holding the lock on `folder` (created when missing).
    public static func withLock<T>(on folder: URL, _ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DataFolderLockError(description: "cannot open \(folder.path) to lock it: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var waited = 0.0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw DataFolderLockError(description: "cannot lock \(folder.path): \(String(cString: strerror(errno)))")
            }
            guard waited < patience else {
                throw DataFolderLockError(description: "another kubetutor has been saving in \(folder.path) for \(Int(patience)) s; "
                    + "not saved this time (kubetutor tries again at the next save)")
            }
            usleep(10_000)
            waited += 0.01
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
