import Foundation

/// Wall-clock measurement for the benchmark: a monotonic clock, sample statistics and peak memory.
enum BenchMeasure {
    /// Monotonic nanoseconds (CLOCK_MONOTONIC), unaffected by wall-clock changes.
    static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Runs `body` once and returns how long it took, in milliseconds.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = nanoseconds()
        try body()
        return Double(nanoseconds() - start) / 1_000_000
    }

    /// Bytes in use in the malloc heap now, in MiB (glibc `malloc_stats`, read back from the stderr it
    /// writes to): the live heap, unlike the peak resident set.
    static func heapInUseMiB() -> Double {
        typealias Stats = @convention(c) () -> Void
        guard let symbol = dlsym(nil, "malloc_stats") else { return .nan }
        let path = NSTemporaryDirectory() + "kubetutor-bench-malloc-\(getpid())"
        defer { unlink(path) }
        fflush(stderr)
        let saved = dup(2)
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard saved >= 0, file >= 0 else { return .nan }
        dup2(file, 2)
        unsafeBitCast(symbol, to: Stats.self)()
        fflush(stderr)
        dup2(saved, 2)
        close(saved)
        close(file)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let line = text.split(separator: "\n").last(where: { $0.contains("in use bytes") }),
              let bytes = line.split(separator: "=").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) else { return .nan }
        return bytes / 1_048_576
    }

    /// This process's peak resident set so far (getrusage ru_maxrss), in MiB.
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024 // Linux reports KiB
    }
}

/// Latency samples of one measured operation, in milliseconds.
struct LatencySamples {
    private(set) var values: [Double] = []

    mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

    /// The sample at quantile `q` (nearest-rank: the ⌈q·n⌉-th smallest).
    func quantile(_ q: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = max(1, Int((q * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }

    var median: Double { quantile(0.5) }
    var p99: Double { quantile(0.99) }
    var count: Int { values.count }
}

/// Formats figures and verdicts for the report.
enum BenchReport {
    /// `12.345 ms` with a sensible number of decimals.
    static func ms(_ value: Double) -> String {
        if value.isNaN { return "n/a" }
        if value < 1 { return String(format: "%.3f ms", value) }
        if value < 100 { return String(format: "%.2f ms", value) }
        return String(format: "%.0f ms", value)
    }

    /// `OK` when `value` ≤ `target`, else `MISSES` — printed beside every figure that has a target.
    static func verdict(_ value: Double, target: Double) -> String { value <= target ? "OK" : "MISSES" }

    /// One labelled line: the label padded to a column, then the text.
    static func line(_ label: String, _ text: String) {
        let padded = label.count < 44 ? label + String(repeating: " ", count: 44 - label.count) : label + " "
        print("  " + padded + text)
        fflush(stdout)
    }

    /// A section heading.
    static func heading(_ text: String) {
        print("\n== \(text)")
        fflush(stdout)
    }
}
