@testable import Terminal
import XCTest

/// Tab behaviour (bash-like), word splitting, the word-list provider and candidate columns.
final class CompletionTests: XCTestCase {
    private struct StepCase {
        let line: String
        let cursor: Int
        let completion: Completion
        let repeated: Bool
        let expected: CompletionStep
    }

    func testStepsFollowBash() {
        let cases: [StepCase] = [
            // one candidate: the rest of it plus a space
            StepCase(line: "kub", cursor: 3, completion: Completion(start: 0, candidates: ["kubectl"]),
                     repeated: false, expected: .insert(deleteBefore: 0, text: "ectl ")),
            // already complete: just the space
            StepCase(line: "help", cursor: 4, completion: Completion(start: 0, candidates: ["help"]),
                     repeated: false, expected: .insert(deleteBefore: 0, text: " ")),
            // a candidate ending in / or = gets no space
            StepCase(line: "-f dir", cursor: 6, completion: Completion(start: 3, candidates: ["dir/"]),
                     repeated: false, expected: .insert(deleteBefore: 0, text: "/")),
            StepCase(line: "--out", cursor: 5, completion: Completion(start: 0, candidates: ["--output="]),
                     repeated: false, expected: .insert(deleteBefore: 0, text: "put=")),
            // several: the longest common prefix
            StepCase(line: "kubectl de", cursor: 10,
                     completion: Completion(start: 8, candidates: ["describe", "delete"]),
                     repeated: false, expected: .nothing),
            StepCase(line: "kubectl d", cursor: 9,
                     completion: Completion(start: 8, candidates: ["describe", "delete"]),
                     repeated: false, expected: .insert(deleteBefore: 0, text: "e")),
            // no progress: bell first, list on the second Tab (sorted)
            StepCase(line: "kubectl de", cursor: 10,
                     completion: Completion(start: 8, candidates: ["describe", "delete"]),
                     repeated: true, expected: .list(["delete", "describe"])),
            StepCase(line: "", cursor: 0, completion: Completion(start: 0, candidates: ["quit", "exit"]),
                     repeated: false, expected: .nothing),
            StepCase(line: "", cursor: 0, completion: Completion(start: 0, candidates: ["quit", "exit", "quit"]),
                     repeated: true, expected: .list(["exit", "quit"])),
            // a candidate that does not extend what was typed replaces it
            StepCase(line: "KUB", cursor: 3, completion: Completion(start: 0, candidates: ["kubectl"]),
                     repeated: false, expected: .insert(deleteBefore: 3, text: "kubectl ")),
            // nothing to offer
            StepCase(line: "xyz", cursor: 3, completion: .none, repeated: true, expected: .nothing),
            // wide characters count as one position each
            StepCase(line: "中文 p", cursor: 4, completion: Completion(start: 3, candidates: ["pods"]),
                     repeated: false, expected: .insert(deleteBefore: 0, text: "ods ")),
            // out-of-range offsets are clamped, never trapped on
            StepCase(line: "ku", cursor: 99, completion: Completion(start: -5, candidates: ["kubectl"]),
                     repeated: false, expected: .insert(deleteBefore: 0, text: "bectl ")),
        ]
        for (index, test) in cases.enumerated() {
            let step = CompletionPlanner.step(line: test.line, cursor: test.cursor,
                                              completion: test.completion, repeatedTab: test.repeated)
            XCTAssertEqual(step, test.expected, "case \(index): \(test.line)")
        }
    }

    func testLongestCommonPrefix() {
        XCTAssertEqual(CompletionPlanner.longestCommonPrefix(["describe", "delete"]), "de")
        XCTAssertEqual(CompletionPlanner.longestCommonPrefix(["get"]), "get")
        XCTAssertEqual(CompletionPlanner.longestCommonPrefix(["get", "logs"]), "")
        XCTAssertEqual(CompletionPlanner.longestCommonPrefix([]), "")
        XCTAssertEqual(CompletionPlanner.longestCommonPrefix(["中文課", "中文字"]), "中文")
    }

    func testWordAtCursor() {
        XCTAssertEqual(WordAtCursor(line: "kubectl ge", cursor: 10),
                       WordAtCursor(line: "kubectl ge", cursor: 10))
        let word = WordAtCursor(line: "kubectl  get po", cursor: 15)
        XCTAssertEqual(word.start, 13)
        XCTAssertEqual(word.text, "po")
        XCTAssertEqual(word.previousWords, ["kubectl", "get"])
        let middle = WordAtCursor(line: "kubectl get", cursor: 5)
        XCTAssertEqual(middle.start, 0)
        XCTAssertEqual(middle.text, "kubec")
        XCTAssertEqual(middle.previousWords, [])
        let afterSpace = WordAtCursor(line: "kubectl ", cursor: 8)
        XCTAssertEqual(afterSpace.text, "")
        XCTAssertEqual(afterSpace.previousWords, ["kubectl"])
    }

    func testWordListCompletion() {
        let provider = WordListCompletion(commands: ["kubectl", "help", "exit", "quit", "lessons"],
                                          subcommands: ["kubectl": ["get", "describe", "delete"]])
        XCTAssertEqual(provider.completions(for: "", cursor: 0).candidates,
                       ["kubectl", "help", "exit", "quit", "lessons"])
        XCTAssertEqual(provider.completions(for: "kub", cursor: 3), Completion(start: 0, candidates: ["kubectl"]))
        XCTAssertEqual(provider.completions(for: "kubectl de", cursor: 10),
                       Completion(start: 8, candidates: ["describe", "delete"]))
        XCTAssertEqual(provider.completions(for: "help x", cursor: 6).candidates, [])
        XCTAssertEqual(provider.completions(for: "kubectl get p", cursor: 13).candidates, [])
    }

    func testDemoSessionCompletesKubectlVerbs() {
        let completion = DemoSession().completion
        XCTAssertEqual(completion.completions(for: "kubectl ", cursor: 8).candidates,
                       ["get", "describe", "delete", "apply", "logs", "rollout"])
        XCTAssertEqual(completion.completions(for: "l", cursor: 1).candidates, ["lessons"])
    }

    func testCandidateColumnsFillDownThenAcross() {
        XCTAssertEqual(CandidateColumns.lines(["exit", "help", "kubectl", "lessons", "quit"], width: 80),
                       ["exit     help     kubectl  lessons  quit"])
        XCTAssertEqual(CandidateColumns.lines(["apply", "delete", "describe", "get", "logs", "rollout"], width: 24),
                       ["apply     get",
                        "delete    logs",
                        "describe  rollout"])
        XCTAssertEqual(CandidateColumns.lines(["a-very-long-candidate", "b"], width: 10),
                       ["a-very-long-candidate", "b"])
        XCTAssertEqual(CandidateColumns.lines([], width: 80), [])
        XCTAssertEqual(CandidateColumns.lines(["中文", "ab"], width: 10), ["中文  ab"])
    }

    func testDisplayWidth() {
        XCTAssertEqual(DisplayWidth.of("kubectl"), 7)
        XCTAssertEqual(DisplayWidth.of("中文"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("ｶ"), 1)
        XCTAssertEqual(DisplayWidth.of("\u{1B}"), 0)
    }
}
