import XCTest
@testable import KubeCtl

/// Outcomes that never reach a verb: help pages, groups without a subcommand, `help`, `options`, `alpha`.
final class KubectlCommandLineTests: XCTestCase {
    private let commandLine = KubectlCommandLine()
    private let groupTitles = KubectlCommandTree.standard.rootGroups.map(\.title)

    private func finished(_ argv: [String]) throws -> KubectlProgramOutput {
        guard case .finished(let output) = commandLine.interpret(argv) else {
            XCTFail("kubectl \(argv) should not reach a verb")
            throw XCTSkip("unreachable")
        }
        return output
    }

    /// (argv, stream the page goes to, exit status). The page is compared by layout with the real binary.
    static let pages: [([String], KubectlOutputStream, Int32)] = [
        ([], .stdout, 0), (["-h", "get"], .stdout, 0), (["--help", "gett"], .stdout, 0), (["-n", "get"], .stdout, 0),
        (["--", "get"], .stdout, 0), (["get", "--help"], .stdout, 0), (["rollout", "--help", "status"], .stdout, 0),
        (["rollout", "foo", "--help"], .stdout, 0), (["help"], .stdout, 0), (["help", "rollout", "status"], .stdout, 0),
        (["help", "rollout", "statu"], .stdout, 0), (["help", "-n", "x", "get"], .stdout, 0), (["help", "help"], .stdout, 0),
        (["help", "-h", "get"], .stdout, 0), (["help", "create", "svc"], .stdout, 0),
        (["rollout"], .stdout, 1), (["set"], .stderr, 1), (["top"], .stderr, 1), (["auth"], .stderr, 1),
        (["config"], .stderr, 1), (["create", "secret"], .stderr, 1), (["create", "svc"], .stderr, 1),
        (["plugin"], .stderr, 1), (["certificate"], .stdout, 0), (["certificate", "foo"], .stdout, 0),
        (["help", "gett"], .stderr, 0), (["help", "gett", "pods"], .stderr, 0),
    ]

    func testPagesGoToTheRightStreamWithTheRightStatus() throws {
        for (argv, stream, status) in Self.pages {
            let output = try finished(argv)
            XCTAssertEqual(output.exitCode, status, "\(argv)")
            XCTAssertFalse((stream == .stdout ? output.stdout : output.stderr).isEmpty, "\(argv)")
            XCTAssertTrue((stream == .stdout ? output.stderr : output.stdout).isEmpty, "\(argv)")
        }
    }

    func testPagesMatchTheRealBinaryLayout() throws {
        try KubectlBinary.requireBinary()
        for (argv, _, _) in Self.pages {
            let real = try KubectlBinary.run(argv)
            let ours = try finished(argv)
            XCTAssertEqual(ours.exitCode, real.exitCode, "\(argv)")
            XCTAssertEqual(HelpSkeleton.of(ours.stdout, groupTitles: groupTitles),
                           HelpSkeleton.of(real.stdout, groupTitles: groupTitles), "stdout of \(argv)")
            XCTAssertEqual(HelpSkeleton.of(ours.stderr, groupTitles: groupTitles),
                           HelpSkeleton.of(real.stderr, groupTitles: groupTitles), "stderr of \(argv)")
        }
    }

    func testExactTexts() throws {
        let cases: [([String], KubectlProgramOutput)] = [
            (["alpha"], KubectlProgramOutput(stderr: "No alpha commands are available in this version of kubectl\n")),
            (["alpha", "--help"], KubectlProgramOutput(stderr: "No alpha commands are available in this version of kubectl\n")),
            (["options", "--help"], KubectlProgramOutput()),
            (["help", "options"], KubectlProgramOutput()),
        ]
        for (argv, expected) in cases {
            XCTAssertEqual(try finished(argv), expected, "\(argv)")
            if FileManager.default.isExecutableFile(atPath: KubectlBinary.path) {
                let real = try KubectlBinary.run(argv)
                XCTAssertEqual(KubectlProgramOutput(stdout: real.stdout, stderr: real.stderr, exitCode: real.exitCode),
                               expected, "real kubectl \(argv)")
            }
        }
        let options = try finished(["options"])
        XCTAssertEqual(options.stdout, KubectlHelpRenderer().globalOptions())
        let unknownTopic = try finished(["help", "gett", "pods"])
        XCTAssertTrue(unknownTopic.stderr.hasPrefix("Unknown help topic [`gett` `pods`]\n\n\nBasic Commands (Beginner):\n"))
        let helpWithWarning = try finished(["scale", "--record", "--help"])
        XCTAssertEqual(helpWithWarning.stderr,
                       "Flag --record has been deprecated, --record will be removed in the future\n")
        XCTAssertEqual(helpWithWarning.stdout, KubectlHelpRenderer().help(forPath: ["scale"]))
    }

    func testVerbsRunAndErrorsFinish() throws {
        guard case .run(let invocation) = commandLine.interpret(["rollout", "status", "deploy/web"]) else {
            return XCTFail("rollout status should run")
        }
        XCTAssertEqual(invocation.commandPath, ["rollout", "status"])
        XCTAssertEqual(invocation.arguments, ["deploy/web"])
        let error = try finished(["gett"])
        XCTAssertEqual(error.exitCode, 1)
        XCTAssertTrue(error.stderr.hasPrefix("error: unknown command \"gett\""))
    }
}
