import Foundation
import KubeCluster
import KubeCtl
@testable import Tutor

/// Shared helpers for lesson tests: the repository's lessons, and a player that types lines into a
/// lesson session and collects what it prints.
enum LessonFixtures {
    /// 2026-01-05 09:00:00 UTC, the deterministic start of batch sessions.
    static let start: Double = 1_767_603_600

    /// The repository's `lessons/` folder.
    static var lessonsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lessons")
    }

    /// The repository's lessons, read once.
    static let library = LessonLibrary.load(directory: lessonsDirectory)

    /// A lesson read from YAML text (failing the test's expectations shows the issues).
    static func lesson(_ yaml: String, file: String = "test.yaml") -> (Lesson?, [LessonIssue]) {
        LessonReader.read(yaml, file: file)
    }

    static func options(files: SessionFiles = InMemorySessionFiles()) -> LessonWorld.Options {
        LessonWorld.Options(seed: 1, start: start, files: files)
    }
}

/// Types lines into a lesson session like batch mode and keeps the transcript.
final class LessonPlayer {
    let session: LessonSession
    private(set) var transcript = ""

    init(_ lesson: Lesson, startStep: Int? = nil, progress: LessonProgressStore? = nil, language: LessonLanguage = .english,
         files: SessionFiles = InMemorySessionFiles()) throws {
        session = try LessonSession(lesson: lesson, catalog: LessonFixtures.library.lessons, language: language,
                                    options: LessonFixtures.options(files: files), progress: progress, startStep: startStep)
        transcript = session.openingText
    }

    /// Runs one line; returns what it printed.
    @discardableResult
    func run(_ line: String) -> String {
        var output = ""
        let outcome = session.run(line: line, io: ShellIO(stdout: { output += $0 }, stderr: { output += $0 }))
        transcript += "$ \(line)\n" + output
        if outcome == .exit { transcript += "[exit]\n" }
        return output
    }

    /// Runs a solution line after filling in its bindings from the cluster as it is now.
    @discardableResult
    func runSolution(_ line: String) -> String {
        run(session.world.resolvedSolutionLine(line))
    }
}

/// Small lessons written for the engine tests: they need only get/describe/sleep and session commands.
enum TestLessons {
    /// Reads `yaml` and fails loudly when it has errors.
    static func make(_ yaml: String, file: String = "test.yaml") -> Lesson {
        let (lesson, issues) = LessonReader.read(yaml, file: file)
        precondition(lesson != nil, "test lesson does not read: \(issues)")
        return lesson!
    }

    /// Two web pods and a Service that selects them; three steps done with get, describe, answer and sleep.
    static let basic = make("""
        id: basic
        title: {en: Basic, zh-TW: 基本}
        summary: {en: A test lesson., zh-TW: 測試課程。}
        profile: minikube
        setup:
          objects: |
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, labels: {app: web}}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: "nginx:1.27"}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{port: 80}]
          wait: 30s
          files:
            notes.txt: hello
        steps:
          - id: look
            title: {en: Look, zh-TW: 看看}
            text: {en: Look at the pods., zh-TW: 看看 Pod。}
            task: {en: List the pods., zh-TW: 列出 Pod。}
            checks:
              - command: kubectl get pods
            hints:
              - {en: First hint., zh-TW: 第一個提示。}
              - {en: Second hint., zh-TW: 第二個提示。}
            solution: [kubectl get pods]
            explanation: {en: Well looked., zh-TW: 看得好。}
            mistakes:
              - command: kubectl get pod web
                failing: true
                message: {en: web is the Deployment., zh-TW: web 是 Deployment。}
                example: [kubectl get pod web]
          - id: count
            title: {en: Count, zh-TW: 數數}
            text: {en: Count them., zh-TW: 數一數。}
            task: {en: How many web pods are ready?, zh-TW: 有幾個 web Pod 就緒？}
            checks:
              - command: kubectl describe pod @pod(app=web)
            question:
              ask: {en: How many?, zh-TW: 幾個？}
              answer:
                count: {of: "@pod(app=web)", ready: true}
            hints: [{en: Count the READY pods., zh-TW: 數 READY 的 Pod。}]
            solution: ["kubectl describe pod @pod(app=web)", answer 2]
            explanation: {en: Two., zh-TW: 兩個。}
          - id: wait
            title: {en: Wait, zh-TW: 等待}
            text: {en: Time passes., zh-TW: 時間流逝。}
            task: {en: Let a minute pass., zh-TW: 讓一分鐘過去。}
            checks:
              - command: {run: "sleep *", succeeded: true}
            hints: [{en: sleep 1m, zh-TW: sleep 1m}]
            solution: [sleep 1m]
            explanation: {en: Done waiting., zh-TW: 等完了。}
        """, file: "basic.yaml")
}
