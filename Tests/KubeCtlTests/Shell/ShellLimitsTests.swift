import XCTest
@testable import KubeCtl

/// Hostile or runaway input ends with a message, never a hang or a crash.
final class ShellLimitsTests: XCTestCase {
    private func limits(_ change: (inout ShellLimits) -> Void) -> ShellLimits {
        var limits = ShellLimits()
        change(&limits)
        return limits
    }

    func testVariableGrowthStops() {
        let fixture = ShellFixture(limits: limits { $0.maximumVariableLength = 1000 })
        let doubling = "A=xxxxxxxxxx; " + String(repeating: "A=$A$A; ", count: 20) + "echo ${#A}"
        let result = fixture.run(doubling)
        XCTAssertEqual(result.stdout, "640\n")
        XCTAssertTrue(result.stderr.hasPrefix("bash: A: value too long (kubetutor's limit is 1000 characters)\n"), result.stderr)
        XCTAssertEqual(fixture.run("export B=$A$A; echo $?").stdout, "1\n")
    }

    func testOutputIsCutOff() {
        let fixture = ShellFixture(files: ["big": String(repeating: "0123456789\n", count: 100)],
                                   limits: limits { $0.maximumOutputLength = 50 })
        let result = fixture.run("cat big big")
        XCTAssertEqual(result.stdout.count, 50)
        XCTAssertTrue(result.stderr.contains("output cut off"))
    }

    func testCapturesAreBounded() {
        let fixture = ShellFixture(files: ["big": String(repeating: "x", count: 5000)],
                                   limits: limits { $0.maximumCaptureLength = 100 })
        XCTAssertEqual(fixture.run("cat big | wc -c").stdout, "100\n")
        XCTAssertEqual(fixture.run("X=$(cat big); echo ${#X}").stdout, "100\n")
    }

    func testSubstitutionDepthAtRunTime() {
        let fixture = ShellFixture(limits: limits { $0.maximumSubstitutionDepth = 3 })
        XCTAssertEqual(fixture.run("echo $(echo $(echo ok))").stdout, "ok\n")
        let result = fixture.run("echo $(echo $(echo $(echo $(echo deep))))")
        XCTAssertTrue(result.stderr.contains("command substitution nested too deeply (kubetutor's limit is 3)"), result.stderr)
    }

    func testLongInputIsRefused() {
        let fixture = ShellFixture(limits: limits { $0.maximumInputLength = 100 })
        let result = fixture.run("echo " + String(repeating: "a", count: 200))
        XCTAssertEqual(result, ShellRunResult(stdout: "", stderr: "bash: command text too long (kubetutor's limit is 100 characters)\n", status: 1))
    }

    func testPrintfWidthIsClamped() {
        let fixture = ShellFixture(limits: limits { $0.maximumFieldWidth = 20 })
        XCTAssertEqual(fixture.run("printf '%999999999d|%.99999999s|\\n' 7 abc").stdout, String(repeating: " ", count: 19) + "7|abc|\n")
    }

    func testAwkLoopsStop() {
        let fixture = ShellFixture()
        let result = fixture.run("awk 'BEGIN { while (1) x++ }'")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "awk: program stopped: it ran longer than kubetutor allows\n")
    }

    func testHostileTextsDoNotCrash() {
        let fixture = ShellFixture()
        let texts = [
            String(repeating: "$(", count: 5000), String(repeating: "${A:-", count: 5000), String(repeating: "`", count: 5001),
            String(repeating: "\"", count: 5001), String(repeating: "<<", count: 2000), String(repeating: "|", count: 3000),
            "echo \u{0}\u{1}\u{7F}", "printf '%d' 99999999999999999999999", "awk 'BEGIN{print 1e400, -1e400, int(1e300)}'",
            "grep -E '(((' /dev/null", "echo x | tr 'a-\u{10FFFF}' b", "head -n 99999999999999999999 /dev/null",
            "echo $'\\777\\u{FFFFFFFF}\\U7FFFFFFF'", "printf '%c' ''", "awk '{ $100001 = 1 }' <<< x",
        ]
        for text in texts {
            _ = fixture.run(text)
        }
    }

    func testLargeInputsStayLinear() {
        let fixture = ShellFixture()
        let longWord = String(repeating: "a\\ ", count: 100_000)
        XCTAssertEqual(fixture.run("echo " + longWord + " | wc -c").stdout, "200001\n")
        let manyDocuments = String(repeating: "cat <<A\nx\nA\n", count: 5_000)
        XCTAssertEqual(fixture.run(manyDocuments).stdout.count, 10_000)
        XCTAssertEqual(fixture.run("cat <<EOF\r\nwindows\r\nEOF\r\n").stdout, "windows\r\n")
    }
}
