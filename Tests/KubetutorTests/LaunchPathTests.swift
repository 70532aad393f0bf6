import Foundation
import XCTest
@testable import kubetutor

/// The launch shortcuts of issue #9 change nothing a learner sees: a lesson or quiz started from the data
/// folder's caches (outline, bank outline) prints the same transcript as one started without them, and the
/// command lines `QuickLaunch` reads itself mean what ArgumentParser makes of them (anything else is left to it).
final class LaunchPathTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("launch-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The transcript of `arguments` + `--data-dir` on a fresh data folder, then on another fresh one holding only
    /// the first one's cache folder (so the second launch starts from the caches).
    private func coldAndWarm(_ arguments: [String], input: String, cached: [String]) throws -> (cold: String, warm: String) {
        let binary = try BatchTranscriptTests.binary()
        let cold = folder.appendingPathComponent("cold"), warm = folder.appendingPathComponent("warm")
        let first = try BatchTranscriptTests.run(binary, arguments + ["--data-dir", cold.path], input: input)
        for name in cached {
            XCTAssertTrue(FileManager.default.fileExists(atPath: cold.appendingPathComponent("cache/\(name)").path), name)
        }
        try FileManager.default.createDirectory(at: warm, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: cold.appendingPathComponent("cache"), to: warm.appendingPathComponent("cache"))
        let second = try BatchTranscriptTests.run(binary, arguments + ["--data-dir", warm.path], input: input)
        XCTAssertEqual(first.status, second.status)
        return (first.output, second.output)
    }

    func testALessonStartedFromItsCachedOutlineGivesTheSameTranscript() throws {
        let input = "kubectl get pods\nhint\ncheck\nnext\nexit\n"
        let run = try coldAndWarm(["lesson", "services", "--seed", "4"], input: input,
                                  cached: ["lesson-index.json", "lesson-opening-services.json"])
        XCTAssertTrue(run.cold.contains("$ kubectl get pods\n"), run.cold)
        XCTAssertEqual(run.warm, run.cold)
    }

    func testAQuizStartedFromTheCachedBankOutlineGivesTheSameTranscript() throws {
        for mode in ["interview", "exam"] {
            let input = "hint\nskip\nb\ntrue\nskip\nquit\n"
            let run = try coldAndWarm(["quiz", "--mode", mode, "--seed", "6", "--count", "6"], input: input, cached: ["quiz-outline.txt"])
            XCTAssertTrue(run.cold.contains("$ hint\n"), run.cold)
            XCTAssertEqual(run.warm, run.cold, mode)
            try FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
    }

    func testOptionValuesAreReadOnlyWhenPlain() {
        let names: Set<String> = ["seed", "data-dir", "mode"]
        let table: [([String], [String: String]?, [String])] = [
            ([], [:], []),
            (["services"], [:], ["services"]),
            (["--seed", "3", "services"], ["seed": "3"], ["services"]),
            (["--seed=3", "--mode", "exam", "x", "y"], ["seed": "3", "mode": "exam"], ["x", "y"]),
            (["--data-dir=/tmp/a=b"], ["data-dir": "/tmp/a=b"], []),
            (["--seed", "3", "--seed", "4"], nil, []), (["--seed"], nil, []), (["--seed="], nil, []), (["--seed", "-1"], nil, []),
            (["-h"], nil, []), (["--help"], nil, []), (["--"], nil, []), (["--topic", "pods"], nil, []), (["--lint"], nil, []),
            (["--generate-completion-script", "bash"], nil, []), (["--version"], nil, []),
        ]
        for (arguments, values, positionals) in table {
            let read = OptionValues.read(arguments, names: names)
            XCTAssertEqual(read?.values, values, "\(arguments)")
            if values != nil { XCTAssertEqual(read?.positionals, positionals, "\(arguments)") }
        }
    }

    func testOnlyPlainLaunchesSkipArgumentParser() {
        let quick: [[String]] = [
            [], ["--data-dir", "/tmp/x"], ["--seed=2", "--lang", "en"], ["sandbox"], ["sandbox", "--seed", "2", "--profile", "kind", "--nodes", "3"], ["lesson", "services", "--clock=manual"],
            ["quiz"], ["quiz", "--mode", "exam", "--count", "5", "--topic", "pods", "--lang", "zh-TW"],
        ]
        let left: [[String]] = [
            ["home"], ["lessons"], ["lint"], ["serve"], ["sandbox", "--help"], ["sandbox", "extra"], ["sandbox", "--profile", "k3s"],
            ["sandbox", "--nodes", "101"], ["sandbox", "--seed", "x"], ["lesson"], ["lesson", "a", "b"], ["lesson", "help"],
            ["lesson", "pods", "--cluster", "dev"], ["quiz", "--lint"], ["quiz", "--progress"], ["quiz", "--count", "0"],
            ["quiz", "--count", "501"], ["quiz", "--mode", "test"], ["quiz", "--clock", "later"], ["--seed", "x"], ["--help"], ["--version"],
            ["--seed", "3", "sandbox"], ["--profile", "kind"],
            ["quiz", "--count", "5", "--count", "6"], ["sandbox", "-s"],
        ]
        for arguments in quick { XCTAssertNotNil(QuickLaunch.launch(for: arguments), "\(arguments)") }
        for arguments in left { XCTAssertNil(QuickLaunch.launch(for: arguments), "\(arguments)") }
    }
}
