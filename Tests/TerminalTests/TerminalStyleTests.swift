import Foundation
@testable import Terminal
import XCTest

/// Colour decisions, styling helpers, prompt marking and the SIGINT flag.
final class TerminalStyleTests: XCTestCase {
    func testColourDecision() {
        let cases: [(Bool, [String: String], Bool)] = [
            (true, ["TERM": "xterm"], true),
            (false, ["TERM": "xterm"], false),
            (true, ["TERM": "xterm", "NO_COLOR": "1"], false),
            (true, ["TERM": "xterm", "NO_COLOR": ""], false),
            (true, ["TERM": "dumb"], false),
            (true, [:], true),
        ]
        for (isTerminal, environment, expected) in cases {
            XCTAssertEqual(TerminalStyle.wantsColour(isTerminal: isTerminal, environment: environment), expected,
                           "\(isTerminal) \(environment)")
        }
    }

    func testHelpersStyleOnlyWhenEnabled() {
        let on = TerminalStyle(enabled: true)
        XCTAssertEqual(on.bold("x"), "\u{1B}[1mx\u{1B}[0m")
        XCTAssertEqual(on.dim("x"), "\u{1B}[2mx\u{1B}[0m")
        XCTAssertEqual(on.red("err"), "\u{1B}[31merr\u{1B}[0m")
        XCTAssertEqual(on.green("ok"), "\u{1B}[32mok\u{1B}[0m")
        XCTAssertEqual(on.boldColour("hi", .cyan), "\u{1B}[1;36mhi\u{1B}[0m")
        XCTAssertEqual(on.colour("", .red), "", "empty text stays empty")
        let off = TerminalStyle.plain
        XCTAssertEqual(off.bold("x"), "x")
        XCTAssertEqual(off.red("err"), "err")
        XCTAssertEqual(off.boldColour("hi", .cyan), "hi")
        XCTAssertEqual(TerminalStyle.stripped(on.boldColour("中文", .yellow) + " plain"), "中文 plain")
        XCTAssertFalse(TerminalStyle.detect(fileDescriptor: -1).isEnabled, "not a terminal, no colour")
    }

    func testPromptEscapesAreMarkedInvisible() {
        XCTAssertEqual(PromptText.markingInvisible("plain $ "), "plain $ ")
        XCTAssertEqual(PromptText.markingInvisible("\u{1B}[1;32msandbox\u{1B}[0m $ "),
                       "\u{1}\u{1B}[1;32m\u{1}sandbox\u{1}\u{1B}[0m\u{1} $ ")
        XCTAssertEqual(PromptText.markingInvisible("\u{1}\u{1B}[1m\u{1}x"), "\u{1}\u{1B}[1m\u{1}x", "already marked")
        XCTAssertEqual(PromptText.markingInvisible("cut \u{1B}"), "cut \u{1}\u{1B}\u{1}", "a dangling ESC is kept")
    }

    func testWideTextRoundTrip() {
        let text = "kubectl 中文 🚀"
        let back = WideText.with(text) { WideText.string($0, count: text.unicodeScalars.count + 5) }
        XCTAssertEqual(back, text, "stops at the terminating NUL")
        XCTAssertEqual(WideText.with(text) { WideText.string($0, count: 3) }, "kub")
        XCTAssertEqual("line\r\n".trimmingLineBreak(), "line")
        XCTAssertEqual("line\n".trimmingLineBreak(), "line")
        XCTAssertEqual("line".trimmingLineBreak(), "line")
    }

    func testSigintFlag() {
        XCTAssertTrue(SigintMonitor.install())
        SigintMonitor.clear()
        XCTAssertFalse(SigintMonitor.consume())
        SigintMonitor.simulateInterrupt()
        XCTAssertTrue(SigintMonitor.isPending)
        XCTAssertTrue(SigintMonitor.consume())
        XCTAssertFalse(SigintMonitor.consume(), "consuming lowers the flag")
        raise(SIGINT)
        XCTAssertTrue(SigintMonitor.consume(), "a real SIGINT raises the flag instead of ending the process")
        XCTAssertFalse(SigintMonitor.isPending)
    }
}
