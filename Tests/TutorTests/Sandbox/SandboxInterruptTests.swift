import KubeCluster
import KubeCtl
@testable import Tutor
import XCTest

/// Ctrl-C during the sandbox's own time commands: `ff` and a long `sleep` stop where time is, say how far
/// they got, and leave the line's status at 130; the sandbox goes on from there.
final class SandboxInterruptTests: XCTestCase {
    func testFastForwardStopsAndSaysHowFarItGot() throws {
        let harness = SandboxHarness()
        let start = harness.cluster.now
        let pressedAt = start + 90 * 60
        var out = ""
        var flagUp = true
        let io = ShellIO(stdout: { out += $0 }, stderr: { out += $0 }, interruption: { flagUp && harness.cluster.now >= pressedAt })
        _ = harness.session.run(line: "ff 5h; echo not reached", io: io)
        let moved = harness.cluster.now - start
        XCTAssertGreaterThanOrEqual(moved, 90 * 60)
        XCTAssertLessThan(moved, 95 * 60, "time stopped at the first timer after Ctrl-C")
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 1, out)
        XCTAssertTrue(lines[0].contains("stopped after 1h3"), lines[0])
        XCTAssertTrue(lines[0].contains(" of 5h0m0s, now 10:3"), lines[0])
        flagUp = false // the REPL lowers the flag before the next prompt
        let after = harness.run("echo $?")
        XCTAssertEqual(after.out, "130\n")
        let again = harness.run("ff 1m").out
        XCTAssertTrue(again.contains("fast-forwarded 1m0s, now 10:"), "ff works again once the flag is lowered: \(again)")
    }
}
