import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The child side of a fuzz run: keeps the input now running where a signal handler can write it to
/// the report file, so a trap (Swift runtime error, memory fault) is reported with the input that caused
/// it; a watchdog thread does the same for a case that runs longer than the hang limit, and ends the child.
///
/// Report records are `KIND \u{1F} INDEX \u{1F} TEXT \u{1E}` with KIND one of CRASH, HANG, FAIL, DONE.
final class FuzzWatch: @unchecked Sendable {
    /// The one watch of this process.
    static let shared = FuzzWatch()

    /// The report file's descriptor (-1 until `start`).
    private var descriptor: Int32 = -1
    /// `\u{1F} INDEX \u{1F} INPUT \u{1E}` of the case now running, for the signal handler.
    private var pending: UnsafeMutableRawPointer?
    private var pendingLength = 0
    private var index = 0
    private var started = 0.0
    private let lock = NSLock()

    /// Opens the report and installs the signal handlers and the watchdog.
    func start(reportPath: String, hangSeconds: Double) {
        descriptor = open(reportPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        for number in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            signal(number) { number in
                FuzzWatch.shared.writeCrash()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        let watchdog = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 1)
                lock.lock()
                let overdue = started > 0 && Self.monotonicSeconds() - started > hangSeconds
                if overdue { writeRaw("HANG") }
                lock.unlock()
                if overdue { _exit(3) }
            }
        }
        watchdog.stackSize = 1 << 20
        watchdog.start()
    }

    /// Notes that case `index` begins.
    func begin(_ index: Int) {
        lock.lock()
        self.index = index
        started = Self.monotonicSeconds()
        lock.unlock()
        running("")
    }

    /// Notes the input the current case runs now.
    func running(_ input: String) {
        let bytes = Array(("\u{1F}\(index)\u{1F}" + Self.escaped(input) + "\u{1E}").utf8)
        let copy = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 1)
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        lock.lock()
        let old = pending
        pending = copy
        pendingLength = bytes.count
        lock.unlock()
        old?.deallocate()
    }

    /// Notes that the current case ended.
    func end() {
        lock.lock()
        started = 0
        lock.unlock()
    }

    /// Writes a record of `kind` (FAIL, DONE) with `text`.
    func report(_ kind: String, index: Int, _ text: String) {
        let record = "\(kind)\u{1F}\(index)\u{1F}" + Self.escaped(text) + "\u{1E}"
        record.utf8CString.withUnsafeBufferPointer { buffer in
            _ = write(descriptor, buffer.baseAddress, buffer.count - 1)
        }
    }

    /// Called from the signal handler: only `write` on memory prepared beforehand.
    fileprivate func writeCrash() { writeRaw("CRASH") }

    private func writeRaw(_ kind: StaticString) {
        guard descriptor >= 0 else { return }
        _ = write(descriptor, kind.utf8Start, kind.utf8CodeUnitCount)
        if let pending { _ = write(descriptor, pending, pendingLength) }
    }

    private static func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "\u{1E}" || $0 == "\u{1F}" }) else { return text }
        return text.replacingOccurrences(of: "\u{1E}", with: "\\u{1E}").replacingOccurrences(of: "\u{1F}", with: "\\u{1F}")
    }

    private static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
