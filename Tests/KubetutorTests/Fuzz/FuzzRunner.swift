import Foundation
import XCTest

/// Runs a fuzz target in a child process (this test binary again, running only
/// `FuzzChildEntry/testChildCampaign`), so a trap or a hang is reported with its input as a test failure
/// instead of ending the whole test run; after a crash the run goes on from the next case.
enum FuzzRunner {
    /// What a run of one target found.
    struct Findings {
        /// Cases run.
        var cases = 0
        /// One message per crash, hang or property failure.
        var problems: [String] = []
    }

    /// The environment variable that makes the child entry run a target.
    static let childTargetVariable = "KUBETUTOR_FUZZ_CHILD_TARGET"

    /// Runs `target` under the budget of `FuzzSettings` and fails the calling test for each problem.
    static func check(_ target: FuzzTarget, file: StaticString = #filePath, line: UInt = #line) throws {
        guard FuzzSettings.selects(target.name) else { throw XCTSkip("not in KUBETUTOR_FUZZ_TARGETS") }
        let findings = try run(target)
        for problem in findings.problems { XCTFail(problem, file: file, line: line) }
        if FuzzSettings.seconds != nil {
            print("fuzz \(target.name): \(findings.cases) cases, \(findings.problems.count) problem(s)")
        }
    }

    /// Runs `target` in child processes until its budget is spent.
    static func run(_ target: FuzzTarget, cases: Int? = nil) throws -> Findings {
        #if !os(Linux)
        throw XCTSkip("the fuzz runner starts the test binary again, which it knows how to do on Linux only")
        #else
        let deadline = cases == nil ? FuzzSettings.seconds.map { Date().timeIntervalSince1970 + $0 } : nil
        let total = cases ?? FuzzSettings.cases ?? target.defaultCases
        var findings = Findings()
        var next = Int(ProcessInfo.processInfo.environment["KUBETUTOR_FUZZ_START"] ?? "") ?? 0
        let end = next + total
        for _ in 0..<50 {
            let outcome = try runChild(target.name, start: next, end: deadline == nil ? end : Int.max, deadline: deadline)
            findings.problems += outcome.problems
            findings.cases += outcome.resumeAt - next
            next = outcome.resumeAt
            if outcome.finished || next >= end && deadline == nil { break }
            if let deadline, Date().timeIntervalSince1970 >= deadline { break }
        }
        return findings
        #endif
    }

    private struct ChildOutcome {
        var problems: [String] = []
        var resumeAt: Int
        var finished = false
    }

    private static func runChild(_ target: String, start: Int, end: Int, deadline: Double?) throws -> ChildOutcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-fuzz-\(getpid())-\(target)-\(start)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report")
        let errors = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["KubetutorTests.FuzzChildEntry/testChildCampaign"]
        var environment = ProcessInfo.processInfo.environment
        environment[childTargetVariable] = target
        environment["KUBETUTOR_FUZZ_START"] = String(start)
        environment["KUBETUTOR_FUZZ_END"] = String(end)
        environment["KUBETUTOR_FUZZ_REPORT"] = report.path
        environment["KUBETUTOR_FUZZ_DEADLINE"] = deadline.map { String($0) }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
        let stderrTail = String(((try? String(contentsOf: errors, encoding: .utf8)) ?? "").suffix(1500))
        return interpret(text, target: target, start: start, stderrTail: stderrTail,
                         exitedNormally: process.terminationReason == .exit && process.terminationStatus == 0)
    }

    /// Writes a crashing input to `$KUBETUTOR_FUZZ_FINDINGS` (default: kubetutor-fuzz-findings in the temporary
    /// folder) and returns the file's path.
    private static func keep(_ input: String, name: String) -> String {
        let folder = ProcessInfo.processInfo.environment["KUBETUTOR_FUZZ_FINDINGS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-fuzz-findings")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try? Data(input.utf8).write(to: file)
        return file.path
    }

    private static func interpret(_ text: String, target: String, start: Int, stderrTail: String, exitedNormally: Bool) -> ChildOutcome {
        var outcome = ChildOutcome(resumeAt: start)
        let replay = "replay: KUBETUTOR_FUZZ_SEED=\(FuzzSettings.seed) KUBETUTOR_FUZZ_TARGETS=\(target) KUBETUTOR_FUZZ_START="
        for record in text.split(separator: "\u{1E}", omittingEmptySubsequences: true) {
            let fields = record.split(separator: "\u{1F}", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let index = Int(fields[1]) else { continue }
            switch fields[0] {
            case "DONE":
                outcome.resumeAt = index
                outcome.finished = true
            case "FAIL":
                outcome.problems.append("fuzz \(target) case \(index): \(fields[2])\n\(replay)\(index) KUBETUTOR_FUZZ_CASES=1")
            default:
                let kind = fields[0] == "HANG" ? "hang" : "crash"
                let saved = keep(fields[2], name: "\(target)-\(FuzzSettings.seed)-\(index)-\(kind).txt")
                let input = fields[2].count > 4000 ? String(fields[2].prefix(4000)) + "\n… (whole input in \(saved))" : fields[2]
                outcome.problems.append("fuzz \(target) case \(index): \(kind) on input:\n"
                    + "\(input)\n---- child stderr (end) ----\n\(stderrTail)\n\(replay)\(index) KUBETUTOR_FUZZ_CASES=1")
                outcome.resumeAt = index + 1
                return outcome
            }
        }
        if !outcome.finished {
            outcome.problems.append("fuzz \(target): the child process ended without a report (normal exit: \(exitedNormally))\n"
                + stderrTail)
            outcome.finished = true
        }
        return outcome
    }
}

/// The entry point of the child process: runs the cases the parent asked for (does nothing in a normal
/// test run).
final class FuzzChildEntry: XCTestCase {
    func testChildCampaign() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let name = environment[FuzzRunner.childTargetVariable], let reportPath = environment["KUBETUTOR_FUZZ_REPORT"] else {
            return
        }
        guard let target = FuzzTargets.named(name) else {
            XCTFail("no fuzz target named \(name)")
            return
        }
        let start = Int(environment["KUBETUTOR_FUZZ_START"] ?? "") ?? 0
        let end = Int(environment["KUBETUTOR_FUZZ_END"] ?? "") ?? start + target.defaultCases
        let deadline = Double(environment["KUBETUTOR_FUZZ_DEADLINE"] ?? "")
        let watch = FuzzWatch.shared
        watch.start(reportPath: reportPath, hangSeconds: target.hangSeconds ?? FuzzSettings.hangSeconds)
        let runCase = target.prepare()
        var index = start
        while index < end {
            if let deadline, index % 8 == 0, Date().timeIntervalSince1970 >= deadline { break }
            watch.begin(index)
            var fuzzCase = FuzzCase(index: index, random: FuzzRandom(seed: FuzzSettings.seed, target: name, index: index))
            runCase(&fuzzCase)
            watch.end()
            for failure in fuzzCase.failures { watch.report("FAIL", index: index, failure) }
            index += 1
        }
        watch.report("DONE", index: index, "")
    }
}
