@testable import Terminal
import XCTest

/// What the loop does around a command cut short by Ctrl-C: the terminal has echoed `^C` where the cursor
/// was, so the next text (or the next prompt) starts on a fresh line, once; the flag is lowered before the
/// next command, which then runs in full.
final class ReplInterruptTests: XCTestCase {
    /// A session whose `slow` command writes a line, "gets" Ctrl-C, then writes what follows it (as `ff`
    /// prints its closing line); `quiet` gets Ctrl-C and writes nothing more; `check` reports the flag.
    private final class InterruptedSession: ReplSession {
        var prompt: String { "$ " }
        var completion: CompletionProvider { WordListCompletion(commands: []) }
        func run(line: String, output: ReplOutput) -> ReplAction {
            switch line {
            case "slow":
                output.write("before\n")
                SigintMonitor.simulateInterrupt()
                output.write("stopped after 5s\n")
            case "quiet":
                output.write("row\n")
                SigintMonitor.simulateInterrupt()
            default:
                output.write("flag \(SigintMonitor.isPending ? "up" : "down")\n")
            }
            return .continue
        }
    }

    private final class Lines: LineSource {
        var completionProvider: CompletionProvider?
        var isInteractive: Bool
        var lines: [String]
        init(_ lines: [String], interactive: Bool) {
            self.lines = lines
            isInteractive = interactive
        }
        func readLine(prompt: String) -> LineInput { lines.isEmpty ? .endOfInput : .line(lines.removeFirst()) }
        func takeWarnings() -> [String] { [] }
        func close() {}
    }

    override func setUp() {
        SigintMonitor.clear()
    }

    func testTheLineHoldingCtrlCIsEndedOnceAndTheFlagIsLoweredBeforeTheNextCommand() {
        var out = ""
        let output = ReplOutput(standardOutput: { out += $0 }, standardError: { out += $0 })
        ReplLoop(session: InterruptedSession(), input: Lines(["slow", "check", "quiet", "check"], interactive: true), output: output).run()
        XCTAssertEqual(out, "before\n\nstopped after 5s\nflag down\nrow\n\nflag down\n\n")
    }

    func testPipedInputGetsNoExtraLineBreaks() {
        var out = ""
        let output = ReplOutput(standardOutput: { out += $0 }, standardError: { out += $0 })
        ReplLoop(session: InterruptedSession(), input: Lines(["slow", "check"], interactive: false), output: output).run()
        XCTAssertEqual(out, "before\nstopped after 5s\nflag down\n")
    }
}
