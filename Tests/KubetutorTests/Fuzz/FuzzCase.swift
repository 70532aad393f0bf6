import Foundation

/// One fuzz target: how to run its case number `index`. Cases are numbered so any one of them can be
/// replayed alone (`KUBETUTOR_FUZZ_TARGET=NAME KUBETUTOR_FUZZ_START=INDEX`).
struct FuzzTarget {
    /// The target's name (also the name of its test, `test<Name>` in `FuzzTests`).
    let name: String
    /// Cases a plain `swift test` runs (a few seconds in a debug build).
    let defaultCases: Int
    /// Seconds after which a case counts as a hang (nil: `FuzzSettings.hangSeconds`).
    var hangSeconds: Double? = nil
    /// Builds the state a run needs (a sandbox, a folder) and returns the function running one case.
    let prepare: () -> (inout FuzzCase) -> Void
}

/// The case being run: its number, its random generator, the input it tried (what a crash report shows)
/// and the property failures it found.
struct FuzzCase {
    /// The case's number within its target.
    let index: Int
    /// The case's own generator (derived from the run's seed, the target and the index).
    var random: FuzzRandom
    /// Messages of properties that did not hold (reported, the run goes on).
    private(set) var failures: [String] = []

    init(index: Int, random: FuzzRandom) {
        self.index = index
        self.random = random
    }

    /// Records `input` as what this case runs: a crash or a hang from now on is reported with it.
    func running(_ input: String) {
        FuzzWatch.shared.running(input)
    }

    /// Records that a property did not hold for `input`.
    mutating func fail(_ message: String, input: String) {
        failures.append("\(message)\ninput: \(input.debugDescription)")
    }

    /// A new mutator drawing from this case's generator.
    mutating func mutator(_ dictionary: [String]) -> TextMutator {
        TextMutator(random: FuzzRandom(seed: random.next()), dictionary: dictionary)
    }
}

/// The run-wide settings of the fuzzers, from the environment:
/// `KUBETUTOR_FUZZ_SECONDS` (run each target for this long instead of a number of cases; or
/// `KUBETUTOR_FUZZ_TOTAL_SECONDS` for all of them together),
/// `KUBETUTOR_FUZZ_CASES` (cases per target), `KUBETUTOR_FUZZ_SEED`, `KUBETUTOR_FUZZ_HANG_SECONDS`
/// (a case running longer is a hang; default 120) and `KUBETUTOR_FUZZ_TARGETS` (comma-separated names
/// to run; the others are skipped).
enum FuzzSettings {
    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The seed of the whole run.
    static var seed: UInt64 { environment["KUBETUTOR_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1 }
    /// Seconds per target, when the run is timed (`make fuzz`): `KUBETUTOR_FUZZ_SECONDS`, or
    /// `KUBETUTOR_FUZZ_TOTAL_SECONDS` shared by the selected targets.
    static var seconds: Double? {
        if let each = environment["KUBETUTOR_FUZZ_SECONDS"].flatMap({ Double($0) }) { return max(1, each) }
        guard let total = environment["KUBETUTOR_FUZZ_TOTAL_SECONDS"].flatMap({ Double($0) }) else { return nil }
        let selected = FuzzTargets.all.filter { selects($0.name) }.count
        return max(1, total / Double(max(selected, 1)))
    }
    /// Cases per target, overriding each target's default.
    static var cases: Int? { environment["KUBETUTOR_FUZZ_CASES"].flatMap { Int($0) }.map { max(1, $0) } }
    /// Seconds after which a case counts as a hang.
    static var hangSeconds: Double { environment["KUBETUTOR_FUZZ_HANG_SECONDS"].flatMap { Double($0) } ?? 120 }
    /// Whether `target` is selected.
    static func selects(_ target: String) -> Bool {
        guard let list = environment["KUBETUTOR_FUZZ_TARGETS"], !list.isEmpty else { return true }
        return list.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == target }
    }
}
