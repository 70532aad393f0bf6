import Foundation
import KubeCluster
import KubeCtl
import Terminal
@testable import Tutor

/// Fuzz targets over the files kubetutor reads: lesson files, question banks, the progress and history
/// files in the data folder, and saved sandboxes (`load FILE`).
enum FileTargets {
    static let all = [lessonFiles, questionFiles, progressFiles, savedSandboxes]

    /// The repository's `lessons` folder.
    static let lessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons", isDirectory: true)

    private static func texts(in folder: URL) -> [(path: String, text: String)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return names.compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }

    static let lessonFiles = FuzzTarget(name: "LessonFiles", defaultCases: 80) {
        let lessons = texts(in: lessonsFolder).map { ($0.path, $0.text, false) }
            + texts(in: lessonsFolder.appendingPathComponent("challenges")).map { ($0.path, $0.text, true) }
        return { fuzzCase in
            guard !lessons.isEmpty else { return fuzzCase.fail("no lesson files found", input: lessonsFolder.path) }
            var mutator = fuzzCase.mutator(FuzzCorpus.documentTokens + ["steps:", "- id: x", "check:", "setup:", "en:", "zh-TW:"])
            let original = fuzzCase.random.pick(lessons)
            let text = mutator.mutateFile(original.1)
            fuzzCase.running("\(original.0) mutated:\n\(text)")
            if original.2 {
                for document in (try? JSONValue.parseYAMLDocuments(text)) ?? [] {
                    _ = try? Challenge.read(document, file: original.0)
                }
                return
            }
            let (lesson, issues) = LessonReader.read(text, file: original.0)
            if lesson == nil, issues.isEmpty { fuzzCase.fail("a lesson rejected without an issue", input: text) }
            for issue in issues where "\(issue)".isEmpty { fuzzCase.fail("an issue without a message", input: text) }
        }
    }

    static let questionFiles = FuzzTarget(name: "QuestionFiles", defaultCases: 80) {
        let banks = texts(in: lessonsFolder.appendingPathComponent("quiz"))
        return { fuzzCase in
            guard !banks.isEmpty else { return fuzzCase.fail("no question files found", input: lessonsFolder.path) }
            var mutator = fuzzCase.mutator(FuzzCorpus.documentTokens + ["kind: single", "kind: command", "answer:", "choices:", "wrong: [z]"])
            let original = fuzzCase.random.pick(banks)
            let text = mutator.mutateFile(original.text)
            fuzzCase.running("\(original.path) mutated:\n\(text)")
            let bank = QuizBank.load(files: [(original.path, text)])
            for question in bank.questions.prefix(3) {
                _ = QuizPlan.make(bank: bank, mode: .interview, topic: nil, count: 3, seed: UInt64(fuzzCase.index), progress: QuizProgress())
                _ = question.id
            }
        }
    }

    /// Progress and history files with damaged contents: loading never traps, and whatever the file held is
    /// kept (in place, or moved aside and named in a notice).
    static let progressFiles = FuzzTarget(name: "ProgressFiles", defaultCases: 120) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-fuzz-progress-\(getpid())-\(UUID().uuidString)")
        let samples = progressSamples()
        return { fuzzCase in
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var mutator = fuzzCase.mutator(FuzzCorpus.documentTokens + ["\"schemaVersion\": 99", "\"schemaVersion\": 0", "-1", "1e308"])
            let sample = fuzzCase.random.pick(samples)
            let text = mutator.mutateFile(sample.text)
            fuzzCase.running("\(sample.name):\n\(text)")
            let file = folder.appendingPathComponent(sample.name)
            try? Data(text.utf8).write(to: file)
            switch sample.name {
            case "lesson-progress.json":
                let store = LessonProgressStore(directory: folder)
                _ = store.load()
                _ = try? store.update("fuzz", LessonProgressRecord())
            case "quiz-progress.json":
                let store = QuizProgressStore(dataDirectory: folder)
                var progress = store.load().progress
                progress.record("q", topic: "t", correct: false, inReview: true)
                _ = progress.dueQuestionIDs
                _ = progress.topicScores
                try? store.save(progress)
            default:
                var history = HistoryStore(file: file)
                history.record("kubectl get pods")
                try? history.save()
            }
            keptEverything(text, folder: folder, &fuzzCase)
        }
    }

    /// After loading and saving, the damaged text must still be somewhere in the folder.
    private static func keptEverything(_ text: String, folder: URL, _ fuzzCase: inout FuzzCase) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let contents = names.compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) }
        let original = Data(text.utf8)
        let keptAsIs = contents.contains(original)
        let savedOver = contents.contains { String(decoding: $0, as: UTF8.self).contains("kubectl get pods") || String(decoding: $0, as: UTF8.self).contains("\"fuzz\"") || String(decoding: $0, as: UTF8.self).contains("\"q\"") }
        if !keptAsIs, !savedOver { fuzzCase.fail("the file's contents were lost (folder now: \(names))", input: text) }
    }

    private static func progressSamples() -> [(name: String, text: String)] {
        var lesson = LessonProgressFile()
        var record = LessonProgressRecord()
        record.completedSteps = ["one", "two"]
        record.currentStep = "three"
        record.hintsUsed = 2
        lesson.lessons = ["pods": record, "services": LessonProgressRecord()]
        var quiz = QuizProgress()
        quiz.record("pods-smallest-unit", topic: "pods", correct: false, inReview: false)
        quiz.record("svc-1", topic: "services", correct: true, inReview: true)
        quiz.rounds = 3
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let lessonText = (try? encoder.encode(lesson)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let quizText = (try? encoder.encode(quiz)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return [("lesson-progress.json", lessonText), ("quiz-progress.json", quizText),
                ("history", "kubectl get pods\nkubectl describe pod web\nsleep 5\n")]
    }

    /// `load FILE` with a damaged saved sandbox: an error message or a working cluster, never a trap.
    static let savedSandboxes = FuzzTarget(name: "SavedSandboxes", defaultCases: 15) {
        let sandbox = FuzzSandbox(casesPerSandbox: 10)
        var base = ""
        return { fuzzCase in
            if base.isEmpty {
                _ = sandbox.run("save base.yaml", index: fuzzCase.index, in: &fuzzCase)
                base = (try? String(contentsOf: sandbox.folder.appendingPathComponent("work/base.yaml"), encoding: .utf8)) ?? ""
            }
            var mutator = fuzzCase.mutator(FuzzCorpus.documentTokens + ["kind: Pod", "nodeName: x", "phase: Running", "-1", "1e308"])
            let text = mutator.mutateFile(base)
            try? Data(text.utf8).write(to: sandbox.folder.appendingPathComponent("work/fuzz.yaml"))
            sandbox.attachment = "fuzz.yaml:\n" + text
            let outcome = sandbox.run("load fuzz.yaml && kubectl get all -A && draw && sleep 30 && kubectl get events -A",
                                      index: fuzzCase.index, in: &fuzzCase)
            if outcome.status != 0, outcome.stderr.isEmpty { fuzzCase.fail("load failed without a message", input: text) }
        }
    }
}
