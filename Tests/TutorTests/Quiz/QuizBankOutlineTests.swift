import XCTest
import KubeCtl
@testable import Tutor

/// The bank outline a quiz launch starts from (issue #9): the round drawn from it is the round drawn from the
/// whole bank, its first question read from its own file is the bank's, the opening printed from it is what the
/// session prints; the cached outline is not used once a bank file, the reader or the cache file changed.
final class QuizBankOutlineTests: XCTestCase {
    private var folder: URL!
    private var bankFolder: URL { folder.appendingPathComponent("quiz") }
    private var cacheFile: URL { folder.appendingPathComponent("cache/quiz-outline.txt") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-outline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: QuizTestSupport.bankFolder, to: bankFolder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testTheRoundDrawnFromTheOutlineIsTheBanksRound() throws {
        let source = QuizBankSource.read(directory: bankFolder)
        let bank = QuizBank.load(source)
        let outline = QuizBankOutline(of: bank)
        XCTAssertEqual(outline.questions.map(\.id), bank.questions.map(\.id))
        var progress = QuizProgress()
        progress.rounds = 3
        progress.record(bank.questions[0].id, topic: bank.questions[0].primaryTopic, correct: false, inReview: false)
        progress.record(bank.questions[5].id, topic: bank.questions[5].primaryTopic, correct: false, inReview: false)
        for mode in QuizMode.allCases {
            for (topic, count, seed) in [(nil, 20, 1), (nil, 5, 7), ("pods", 10, 3), ("Services", 500, 11), ("nothing", 4, 2)] as [(String?, Int, UInt64)] {
                for saved in [QuizProgress(), progress] {
                    let plan = QuizPlan.make(bank: bank, mode: mode, topic: topic, count: count, seed: seed, progress: saved)
                    let round = outline.round(mode: mode, topic: topic, count: count, seed: seed, progress: saved)
                    let what = "\(mode) \(topic ?? "-") \(count) \(seed) \(saved.rounds)"
                    XCTAssertEqual(round.questions.map(\.id), plan.questions.map(\.id), what)
                    XCTAssertEqual(round.timeLimit, plan.timeLimit, what)
                }
            }
        }
    }

    func testEachQuestionReadFromItsOwnFileIsTheBanksQuestion() throws {
        let source = QuizBankSource.read(directory: bankFolder)
        let bank = QuizBank.load(source)
        let outline = QuizBankOutline(of: bank)
        for (item, question) in zip(outline.questions, bank.questions) {
            let read = try XCTUnwrap(outline.question(item, in: source), item.id)
            XCTAssertEqual(read.id, question.id)
            XCTAssertEqual(read.prompt, question.prompt)
            XCTAssertEqual(read.sampleCorrectAnswer, question.sampleCorrectAnswer)
            for language in QuizLanguage.allCases {
                XCTAssertEqual(QuizRendering(language: language).question(read, number: 2, total: 9),
                               QuizRendering(language: language).question(question, number: 2, total: 9))
            }
        }
        var moved = try XCTUnwrap(outline.questions.first)
        moved.line += 1
        XCTAssertNil(outline.question(moved, in: source), "a question not where the outline says is not used")
    }

    func testLinesOfAFileAreCutAtLineStarts() {
        let text = "a\nb\nc\n"
        let table: [(Int, Int?, String?)] = [(1, nil, text), (2, nil, "b\nc\n"), (2, 3, "b\n"), (1, 3, "a\nb\n"), (3, 4, "c\n"),
                                             (4, nil, ""), (5, nil, nil), (3, 2, nil)]
        for (first, end, expected) in table {
            XCTAssertEqual(QuizBank.linesOf(text, from: first, to: end), expected, "\(first)..<\(end ?? -1)")
        }
    }

    func testAQuestionThatDoesNotReadAloneIsReadFromTheWholeFile() throws {
        let text = "seed: \"004\"\nprompt: &p {en: Which?, zh-TW: 哪個？}\nquestions:\n"
            + "- {id: one, topics: [pods], difficulty: 1, kind: true-false, prompt: *p, explanation: {en: E, zh-TW: 解}, answer: true}\n"
            + "- id: two\n  topics: [pods]\n  difficulty: 1\n  kind: true-false\n  prompt: *p\n  explanation: {en: E, zh-TW: 解}\n  answer: false\n"
        let file = bankFolder.appendingPathComponent("zz-aliases.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let source = QuizBankSource.read(directory: bankFolder)
        let bank = QuizBank.load(source)
        let outline = QuizBankOutline(of: bank)
        for id in ["one", "two"] {
            let item = try XCTUnwrap(outline.questions.first { $0.id == id })
            let read = try XCTUnwrap(outline.question(item, in: source), id)
            XCTAssertEqual(read.prompt, LocalizedText(en: "Which?", zh: "哪個？"))
        }
    }

    func testTheOpeningIsWhatTheSessionPrints() throws {
        let bank = QuizBank.load(directory: bankFolder)
        for (mode, seed) in [(QuizMode.interview, UInt64(1)), (.interview, 9), (.exam, 4), (.exam, 5)] {
            for language in QuizLanguage.allCases {
                let plan = QuizPlan.make(bank: bank, mode: mode, topic: nil, count: 12, seed: seed, progress: QuizProgress())
                let first = try XCTUnwrap(plan.questions.first)
                let session = QuizSession(plan: plan, bank: bank, language: language, store: nil, seed: seed)
                let output = QuizTestSupport.Output()
                session.start(io: output.io)
                let text = QuizSession.openingText(mode: mode, count: plan.questions.count, timeLimit: plan.timeLimit,
                                                   first: first, language: language)
                XCTAssertEqual(text, output.text, "\(mode) \(seed)")
                if first.kind != .task {
                    XCTAssertEqual(QuizSession.openingPrompt(mode: mode, count: plan.questions.count, timeLimit: plan.timeLimit),
                                   session.prompt, "\(mode) \(seed)")
                }
            }
        }
    }

    func testTheCachedOutlineIsUsedOnlyForTheSameFilesAndReader() throws {
        var source = QuizBankSource.read(directory: bankFolder)
        XCTAssertNil(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v1"), "nothing cached yet")
        let outline = QuizBankOutline(of: QuizBank.load(source))
        outline.save(to: cacheFile, source: source, readerVersion: "v1")
        XCTAssertEqual(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v1"), outline)
        XCTAssertNil(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v2"), "another reader")

        let file = bankFolder.appendingPathComponent("pods.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "difficulty: 1", with: "difficulty: 2").write(to: file, atomically: true, encoding: .utf8)
        source = QuizBankSource.read(directory: bankFolder)
        XCTAssertNil(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v1"), "an edited file")
        try FileManager.default.removeItem(at: file)
        source = QuizBankSource.read(directory: bankFolder)
        XCTAssertNil(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v1"), "a removed file")

        let edited = QuizBankOutline(of: QuizBank.load(source))
        XCTAssertNotEqual(edited, outline)
        edited.save(to: cacheFile, source: source, readerVersion: "v1")
        XCTAssertEqual(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v1"), edited)
        let good = try String(contentsOf: cacheFile, encoding: .utf8)
        let lines = good.split(separator: "\n", omittingEmptySubsequences: false)
        let cutAtALine = lines.dropLast(2).joined(separator: "\n") + "\n"
        for damage in ["not: [json", "{}", "", #"{"version":"v1","questions":[{"id":3}]}"#, String(good.dropLast()),
                       good.replacingOccurrences(of: "kubetutor quiz outline", with: "kubetutor quiz outline 1"),
                       String(good.prefix(good.count / 2)), cutAtALine] {
            try damage.write(to: cacheFile, atomically: true, encoding: .utf8)
            XCTAssertNil(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v1"), "damaged: \(damage)")
        }
        edited.save(to: cacheFile, source: source, readerVersion: "v1")
        XCTAssertEqual(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v1"), edited, "written again")
        let saved = try String(contentsOf: cacheFile, encoding: .utf8)
        let lastQuestion = try XCTUnwrap(saved.split(separator: "\n").last.map(String.init))
        for line in ["99\t1\t1\tsingle\tx\tpods", "0\t1\t1\tsingle\tx", "0\tone\t1\tsingle\tx\tpods", "0\t1\t1\tessay\tx\tpods"] {
            try saved.replacingOccurrences(of: lastQuestion, with: line).write(to: cacheFile, atomically: true, encoding: .utf8)
            XCTAssertNil(QuizBankOutline.cached(in: cacheFile, source: source, readerVersion: "v1"), "damaged: \(line)")
        }
    }

    func testProblemsAreCountedFromTheWholeBank() throws {
        try "questions:\n- id: broken\n".write(to: bankFolder.appendingPathComponent("zz-broken.yaml"), atomically: true, encoding: .utf8)
        let bank = QuizBank.load(directory: bankFolder)
        XCTAssertFalse(bank.problems.isEmpty)
        XCTAssertEqual(QuizBankOutline(of: bank).problemCount, bank.problems.count)
    }

    func testTrimmingMatchesFoundation() {
        let samples = ["", "\n", " \t\n", "\u{3000}\u{00A0}\u{2028}", "a", "\na\n", "\r\nline\r\n", "\u{85}x\u{2029}",
                       " x ", "\n\n  indented\n\n", "é\n", "\u{2028}", "x\u{200B}", "中文\n", "\u{000B}\u{000C}y\u{000D}"]
        for sample in samples {
            XCTAssertEqual(BankYAMLReader.isBlank(sample), sample.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, sample.debugDescription)
            XCTAssertEqual(BankYAMLReader.trimmingNewlines(sample), sample.trimmingCharacters(in: .newlines), sample.debugDescription)
        }
    }
}
