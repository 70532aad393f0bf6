import XCTest
@testable import KubeCtl

/// Compares kubetutor's help pages with the real kubectl 1.32 binary: everything but the prose must match.
final class KubectlHelpLayoutTests: XCTestCase {
    private let tree = KubectlCommandTree.standard
    private lazy var renderer = KubectlHelpRenderer(tree: tree)
    private var groupTitles: [String] { tree.rootGroups.map(\.title) }

    /// Every command path of the tree except hidden ones, root first.
    private func allPaths() -> [[String]] {
        var paths: [[String]] = [[]]
        func walk(_ command: KubectlCommandSpec, _ path: [String]) {
            for sub in command.subcommands where !sub.isHidden {
                paths.append(path + [sub.name])
                walk(sub, path + [sub.name])
            }
        }
        walk(tree.root, [])
        return paths
    }

    func testEveryHelpPageHasKubectlsLayout() throws {
        try KubectlBinary.requireBinary()
        for path in allPaths() {
            let real = try KubectlBinary.run(path + ["--help"])
            XCTAssertEqual(real.exitCode, 0, "kubectl \(path) --help")
            let ours = try XCTUnwrap(renderer.help(forPath: path), "no help for \(path)")
            let expected = HelpSkeleton.of(real.stdout, groupTitles: groupTitles)
            let actual = HelpSkeleton.of(ours, groupTitles: groupTitles)
            XCTAssertEqual(actual, expected, "layout of `kubectl \(path.joined(separator: " ")) --help`")
            if actual != expected {
                for (index, line) in expected.enumerated() where index >= actual.count || actual[index] != line {
                    XCTFail("first difference at line \(index): expected \(line.debugDescription), got "
                        + (index < actual.count ? actual[index].debugDescription : "end of page"))
                    break
                }
            }
        }
    }

    func testFlagNamesShorthandsAndDefaultsMatchKubectl() throws {
        try KubectlBinary.requireBinary()
        for path in allPaths() {
            let real = try KubectlBinary.run(path + ["--help"]).stdout
            let expected = real.components(separatedBy: "\n").filter { $0.hasPrefix("    -") }
            let command = try XCTUnwrap(tree.command(at: path))
            let ours = command.flags.filter { !$0.isHidden }.sorted { $0.name < $1.name }.map(\.helpHeading)
            XCTAssertEqual(ours, expected, "flags of kubectl \(path.joined(separator: " "))")
        }
    }

    func testGlobalOptionsMatchKubectlOptions() throws {
        let real = try KubectlBinary.run(["options"])
        func layout(_ text: String) -> [String] {
            text.components(separatedBy: "\n").map { $0.hasPrefix("\t") ? "\t<usage>" : $0 }
        }
        XCTAssertEqual(layout(renderer.globalOptions()), layout(real.stdout))
        XCTAssertEqual(real.exitCode, 0)
    }

    /// The prose is kubetutor's own: no flag description or command summary may equal kubectl's text.
    func testDescriptionsAreNotCopiedFromKubectl() throws {
        try KubectlBinary.requireBinary()
        for path in allPaths() {
            let real = try KubectlBinary.run(path + ["--help"]).stdout
            let realUsages = Set(real.components(separatedBy: "\n").filter { $0.hasPrefix("\t") }.map { String($0.dropFirst()) })
            let command = try XCTUnwrap(tree.command(at: path))
            for flag in command.flags where realUsages.contains(flag.usage) {
                XCTFail("--\(flag.name) of \(path) uses kubectl's wording")
            }
            for sub in command.listedSubcommands where real.contains("  \(sub.name)  ") {
                let listed = real.components(separatedBy: "\n").first { $0.hasPrefix("  \(sub.name) ") } ?? ""
                XCTAssertFalse(listed.hasSuffix("   " + sub.short), "summary of \(path + [sub.name]) is kubectl's")
            }
            let firstLine = real.components(separatedBy: "\n").first ?? ""
            XCTAssertNotEqual(command.long.components(separatedBy: "\n").first, firstLine, "long text of \(path)")
        }
    }

    func testRootHelpLayoutGolden() {
        let page = renderer.rootHelp()
        XCTAssertTrue(page.contains("\n\nBasic Commands (Beginner):\n  create          "))
        XCTAssertTrue(page.contains("\n\nSubcommands provided by plugins:\n\nOther Commands:\n  api-resources   "))
        XCTAssertTrue(page.hasSuffix("""

            Usage:
              kubectl [flags] [options]

            Use "kubectl <command> --help" for more information about a given command.
            Use "kubectl options" for a list of global command-line options (applies to all commands).

            """))
    }

    func testScaleHelpGoldenLayout() throws {
        let page = try XCTUnwrap(renderer.help(forPath: ["scale"]))
        XCTAssertTrue(page.contains("\n\nOptions:\n    --all=false:\n\t"))
        XCTAssertTrue(page.contains("\n\n    --current-replicas=-1:\n\t"))
        XCTAssertTrue(page.contains("\n\n    --dry-run='none':\n\t"))
        XCTAssertTrue(page.contains("\n\n    -f, --filename=[]:\n\t"))
        XCTAssertTrue(page.contains("\n\n    --replicas=0:\n\t"))
        XCTAssertTrue(page.contains("\n\n    --timeout=0s:\n\t"))
        XCTAssertFalse(page.contains("--record"), "deprecated flags are hidden")
        XCTAssertTrue(page.hasSuffix("""
            \n\nUsage:
              kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]

            Use "kubectl options" for a list of global command-line options (applies to all commands).

            """))
    }

    func testAliasesAndSubcommandListing() throws {
        let deploy = try XCTUnwrap(renderer.help(forPath: ["create", "deploy"]))
        XCTAssertTrue(deploy.contains("\n\nAliases:\ndeployment, deploy\n\nExamples:\n  # "))
        let rollout = try XCTUnwrap(renderer.help(forPath: ["rollout"]))
        XCTAssertTrue(rollout.contains("\n\nAvailable Commands:\n  history       "))
        XCTAssertTrue(rollout.contains("Use \"kubectl rollout <command> --help\" for more information about a given command.\n"))
        XCTAssertNil(renderer.help(forPath: ["rollout", "nope"]))
    }
}
