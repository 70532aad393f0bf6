import Foundation
import KubeCluster
import Terminal
@testable import Tutor
import XCTest

/// SIGKILL at random (seeded) moments while kubetutor saves: every file is always a whole old or new
/// state that loads, never half of one; and two processes saving in one data folder at the same time
/// keep both processes' work.
final class KillTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        #if !os(Linux)
        throw XCTSkip("these tests start the test binary again, which they know how to do on Linux only")
        #endif
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// The stores' files after each of many kills: they load without a notice, and each is a state some
    /// round saved (the lesson record of round N has exactly steps 1…N; the quiz file's rounds match its
    /// questions; the history's lines are the rounds in order).
    func testProgressAndHistorySurviveSIGKILLDuringSaves() throws {
        var random = SeededRandom(seed: 9)
        var lastRound = 0
        for kill in 0..<60 {
            let process = try SaverChild.start(folder: folder, writer: "w")
            usleep(useconds_t(20_000 + random.int(in: 0...150_000)))
            sendSIGKILL(process.processIdentifier)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "kill \(kill): the saver ended by itself")
            lastRound = try checkStores(after: kill, previousRound: lastRound)
        }
        XCTAssertGreaterThan(lastRound, 0, "no save ever completed before a kill")
    }

    private func checkStores(after kill: Int, previousRound: Int) throws -> Int {
        let lessons = LessonProgressStore(directory: folder)
        let record = lessons.load().lessons["lesson-w"]
        XCTAssertNil(lessons.notice, "kill \(kill): \(lessons.notice ?? "")")
        let round = record?.hintsUsed ?? 0
        if let record {
            XCTAssertEqual(record, SaverChild.lessonRecord(round), "kill \(kill): the lesson record is not one a round saved")
        }
        let (progress, notice) = QuizProgressStore(dataDirectory: folder).load()
        XCTAssertNil(notice, "kill \(kill): \(notice ?? "")")
        XCTAssertEqual(progress.questions.count, progress.rounds, "kill \(kill): the quiz file mixes two states")
        let history = HistoryStore(file: folder.appendingPathComponent("history"), limit: 100_000)
        XCTAssertNil(history.notice, "kill \(kill): \(history.notice ?? "")")
        let numbers = history.entries.compactMap { Int($0.split(separator: " ").last ?? "") }
        XCTAssertEqual(numbers.count, history.entries.count, "kill \(kill): a history line is damaged")
        XCTAssertEqual(numbers, (0..<numbers.count).map { $0 + 1 }, "kill \(kill): history lines lost or out of order")
        let leftovers = (try FileManager.default.contentsOfDirectory(atPath: folder.path)).filter { $0.contains("corrupt") }
        XCTAssertEqual(leftovers, [], "kill \(kill): a file was found damaged and set aside")
        return max(round, previousRound)
    }

    /// Two processes saving in the same folder at once: afterwards both lessons, every answered question
    /// and every history line of both are there, and every file loads.
    func testTwoProcessesSavingInOneFolderKeepBothProcessesWork() throws {
        let rounds = 40
        let one = try SaverChild.start(folder: folder, writer: "a", rounds: rounds)
        let two = try SaverChild.start(folder: folder, writer: "b", rounds: rounds)
        one.waitUntilExit()
        two.waitUntilExit()
        XCTAssertEqual(one.terminationStatus, 0)
        XCTAssertEqual(two.terminationStatus, 0)
        let lessons = LessonProgressStore(directory: folder).load().lessons
        XCTAssertEqual(lessons["lesson-a"], SaverChild.lessonRecord(rounds))
        XCTAssertEqual(lessons["lesson-b"], SaverChild.lessonRecord(rounds))
        let (progress, notice) = QuizProgressStore(dataDirectory: folder).load()
        XCTAssertNil(notice)
        XCTAssertEqual(progress.questions.count, 2 * rounds, "answers of one process were lost")
        XCTAssertEqual(progress.rounds, 2 * rounds)
        let history = HistoryStore(file: folder.appendingPathComponent("history"), limit: 100_000).entries
        for writer in ["a", "b"] {
            XCTAssertEqual(history.filter { $0.hasPrefix(writer + " ") }, (1...rounds).map { "\(writer) command \($0)" })
        }
    }

    /// The real kubetutor binary saving a sandbox (`save s.yaml`, a step of simulated time between saves),
    /// killed after a random number of finished saves plus a random part of the next one: the file is
    /// always a whole save that `load` reads.
    func testSandboxSaveSurvivesSIGKILL() throws {
        let binary = try BatchTranscriptTests.binary()
        var random = SeededRandom(seed: 5)
        let script = "kubectl create deployment web --image=nginx --replicas=3\n"
            + (1...400).map { "sleep 1\nsave s.yaml\nkubectl scale deployment web --replicas=\($0 % 4 + 1)\n" }.joined()
        var clocks = Set<Double>()
        for kill in 0..<12 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["sandbox", "--data-dir", folder.path, "--seed", "3", "--clock", "manual"]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let saves = random.int(in: 1...4)
            let reached = DispatchSemaphore(value: 0)
            let reader = Thread {
                var text = ""
                while text.components(separatedBy: "\nsaved ").count - 1 < saves {
                    let chunk = output.fileHandleForReading.availableData
                    if chunk.isEmpty { break }
                    text += String(decoding: chunk, as: UTF8.self)
                }
                reached.signal()
            }
            reader.start()
            input.fileHandleForWriting.write(Data(script.utf8))
            XCTAssertEqual(reached.wait(timeout: .now() + 120), .success, "kill \(kill): kubetutor did not save \(saves) times")
            usleep(useconds_t(random.int(in: 0...400_000)))
            sendSIGKILL(process.processIdentifier)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            try? output.fileHandleForReading.close()
            let file = folder.appendingPathComponent("work/s.yaml")
            do {
                let saved = try SandboxSaveFile.read(try String(contentsOf: file, encoding: .utf8))
                _ = try Cluster.restore(from: saved.snapshot)
                clocks.insert(saved.snapshot.now)
            } catch {
                XCTFail("kill \(kill): the saved sandbox does not load: \(error)")
            }
        }
        XCTAssertGreaterThan(clocks.count, 2, "the kills all fell at the same save")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("work").path)
        XCTAssertTrue(leftovers.allSatisfy { $0 == "s.yaml" || $0.hasPrefix(".s.yaml.tmp-") }, "\(leftovers)")
    }
}

/// SIGKILL to `process`.
private func sendSIGKILL(_ process: Int32) {
    _ = kill(process, SIGKILL)
}
