@testable import Terminal
import XCTest

/// The REPL loop with scripted input, the demo session, the output sinks and the data folder.
final class ReplLoopTests: XCTestCase {
    /// Input that replays a fixed list of results and records the prompts it was shown.
    private final class ScriptedInput: LineSource {
        var completionProvider: CompletionProvider?
        var isInteractive = true
        var inputs: [LineInput]
        var prompts: [String] = []
        var closed = false

        init(_ inputs: [LineInput]) { self.inputs = inputs }

        func readLine(prompt: String) -> LineInput {
            prompts.append(prompt)
            return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
        }

        func takeWarnings() -> [String] { [] }
        func close() { closed = true }
    }

    /// Collects everything written.
    private final class Capture {
        var out = ""
        var err = ""
        lazy var output = ReplOutput(standardOutput: { self.out += $0 }, standardError: { self.err += $0 })
    }

    func testDemoSessionRunsUntilExit() {
        let input = ScriptedInput([.line("help"), .interrupted, .line("  "), .line("foo bar"), .line("exit"),
                                   .line("never reached")])
        let capture = Capture()
        ReplLoop(session: DemoSession(), input: input, output: capture.output).run()
        XCTAssertTrue(capture.out.hasPrefix("Commands:\n"))
        XCTAssertTrue(capture.out.contains("  help          show this list\n"))
        XCTAssertEqual(capture.err, "unknown command: foo\n")
        XCTAssertEqual(input.prompts, Array(repeating: "sandbox (default) $ ", count: 5))
        XCTAssertTrue(input.closed, "closing the input saves the history")
        XCTAssertEqual(input.inputs, [.line("never reached")])
        XCTAssertNotNil(input.completionProvider)
    }

    func testEndOfInputEndsTheLineAndLeaves() {
        let input = ScriptedInput([.line("quit ")])
        let capture = Capture()
        ReplLoop(session: DemoSession(), input: input, output: capture.output).run()
        XCTAssertEqual(capture.out, "", "quit leaves without output")

        let ctrlD = ScriptedInput([])
        let second = Capture()
        ReplLoop(session: DemoSession(), input: ctrlD, output: second.output).run()
        XCTAssertEqual(second.out, "\n", "Ctrl-D moves to a fresh line before leaving")

        let piped = PipedLineSource(readNext: { nil })
        let third = Capture()
        ReplLoop(session: DemoSession(), input: piped, output: third.output).run()
        XCTAssertEqual(third.out, "", "piped input ends silently")
    }

    func testSessionCanEndTheLoopAndCompletionFollowsIt() {
        final class CountingSession: ReplSession {
            var prompt: String { "[\(count)] " }
            var count = 0
            var completion: CompletionProvider { WordListCompletion(commands: ["step\(count)"]) }
            func run(line: String, output: ReplOutput) -> ReplAction {
                count += 1
                output.writeLine("ran \(line)")
                return count == 2 ? .exit : .continue
            }
        }
        let session = CountingSession()
        let input = ScriptedInput([.line("a"), .line("b"), .line("c")])
        let capture = Capture()
        ReplLoop(session: session, input: input, output: capture.output).run()
        XCTAssertEqual(capture.out, "ran a\nran b\n")
        XCTAssertEqual(input.prompts, ["[0] ", "[1] "])
        XCTAssertEqual(input.completionProvider?.completions(for: "s", cursor: 1).candidates, ["step2"])
    }

    func testPipedSourceReadsLinesWithoutPrompt() {
        var lines = ["help", "x"]
        let source = PipedLineSource(readNext: { lines.isEmpty ? nil : lines.removeFirst() })
        XCTAssertEqual(source.readLine(prompt: "ignored"), .line("help"))
        XCTAssertEqual(source.readLine(prompt: "ignored"), .line("x"))
        XCTAssertEqual(source.readLine(prompt: "ignored"), .endOfInput)
        XCTAssertFalse(source.isInteractive)
    }

    func testDataDirectory() {
        XCTAssertEqual(DataDirectory.url(environment: ["KUBETUTOR_DATA_DIR": "/data/kt", "HOME": "/home/u"]).path,
                       "/data/kt")
        XCTAssertEqual(DataDirectory.url(environment: ["HOME": "/home/u"]).path, "/home/u/.local/share/kubetutor")
        XCTAssertEqual(DataDirectory.url(environment: ["XDG_DATA_HOME": "/x", "HOME": "/home/u"]).path, "/x/kubetutor")
        XCTAssertEqual(DataDirectory.url(environment: ["KUBETUTOR_DATA_DIR": "", "HOME": "/home/u"]).path,
                       "/home/u/.local/share/kubetutor")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kt-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = DataDirectory.historyFile(environment: ["KUBETUTOR_DATA_DIR": folder.path])
        XCTAssertEqual(file?.path, folder.appendingPathComponent("history").path)
        var isFolder: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue)
    }
}
