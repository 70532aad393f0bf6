import XCTest
import KubeCluster
import KubeCtl
@testable import Tutor

/// The lesson prompt: session commands, step completion (also when time passing makes a check hold for
/// a moment), the summary, languages and completion.
final class LessonSessionTests: XCTestCase {
    func testPromptShowsLessonStepAndNamespace() throws {
        let player = try LessonPlayer(TestLessons.basic)
        XCTAssertEqual(player.session.prompt, "basic 1/3 (default) $ ")
        player.run("kubectl get pods")
        XCTAssertEqual(player.session.prompt, "basic 2/3 (default) $ ")
    }

    func testHintsComeOneAtATimeAndSolutionAsksFirst() throws {
        let player = try LessonPlayer(TestLessons.basic)
        XCTAssertEqual(player.run("hint"), "Hint 1/2: First hint.\n")
        XCTAssertEqual(player.run("solution"), "This shows the reference solution of the step. You have 1 hint(s) left (`hint`) — they may be "
                       + "enough. Type `solution --yes` to see it.\n")
        XCTAssertEqual(player.run("hint"), "Hint 2/2: Second hint.\n")
        XCTAssertEqual(player.run("hint"), "No more hints. `solution` shows the reference solution.\n")
        XCTAssertEqual(player.run("solution --yes"), "Reference solution (one way to do it):\n  $ kubectl get pods\n")
        XCTAssertEqual(player.session.currentStepIndex, 0, "showing the solution does not complete the step")
    }

    func testSolutionsShowBindingsFilledIn() throws {
        let player = try LessonPlayer(TestLessons.basic, startStep: 1)
        let output = player.run("solution --yes")
        let newest = try XCTUnwrap(ClusterReader(cluster: player.session.world.cluster, namespace: "default")
            .object(ObjectRef(resource: "pods", kind: "Pod", target: .selected(.labels("app=web")), text: "")))
        XCTAssertEqual(output, "Reference solution (one way to do it):\n  $ kubectl describe pod \(newest.name)\n  $ answer 2\n")
    }

    func testAKnownMistakeGetsItsMessage() throws {
        let player = try LessonPlayer(TestLessons.basic)
        let output = player.run("kubectl get pod web")
        XCTAssertEqual(output, "Error from server (NotFound): pods \"web\" not found\n💡 web is the Deployment.\n")
        XCTAssertEqual(player.session.currentStepIndex, 0)
    }

    func testCheckSaysWhatIsMissing() throws {
        let player = try LessonPlayer(TestLessons.basic, startStep: 1)
        XCTAssertEqual(player.run("check"), """
              ✗ you ran `kubectl describe pod @pod(app=web)`
                  → no such command in this step yet
              ✗ you answered the question (type `answer VALUE`)
                  → the question has not been answered correctly yet

            """)
    }

    func testAnswersAreCheckedAgainstTheCluster() throws {
        let player = try LessonPlayer(TestLessons.basic, startStep: 1)
        XCTAssertEqual(player.run("answer 3"), "✗ Not quite. Look it up in the cluster: the answer comes from its current state.\n")
        XCTAssertEqual(player.run("answer $(kubectl get pods --no-headers | wc -l)"), "✓ Correct.\n")
        XCTAssertEqual(player.session.currentStepIndex, 1, "the command check is still missing")
        let output = player.runSolution("kubectl describe pod @pod(app=web)")
        XCTAssertTrue(output.contains("✓ Step 2 done. Two.\n"), output)
        XCTAssertTrue(output.contains("── 3/3 · Wait ──"), output)
    }

    func testSkipRunsTheSolutionAndBackAndResetRebuild() throws {
        let player = try LessonPlayer(TestLessons.basic)
        let skipped = player.run("skip")
        XCTAssertTrue(skipped.hasPrefix("Skipped step 1. Its reference solution was run"), skipped)
        XCTAssertTrue(skipped.contains("  $ kubectl get pods\n"), skipped)
        XCTAssertEqual(player.session.currentStepIndex, 1)
        XCTAssertTrue(player.run("progress").contains("↷ 1. Look"))
        let back = player.run("back")
        XCTAssertTrue(back.hasPrefix("Back to step 1: the cluster was rebuilt as it was when that step began."), back)
        XCTAssertEqual(player.session.currentStepIndex, 0)
        XCTAssertEqual(player.run("back"), "This is already the first step.\n")
        player.run("kubectl get pods")
        XCTAssertTrue(player.run("reset").hasPrefix("Step 2 starts over"))
        XCTAssertEqual(player.session.currentStepIndex, 1)
        XCTAssertTrue(player.run("reset lesson").hasPrefix("The lesson starts over with a fresh cluster."))
        XCTAssertEqual(player.session.currentStepIndex, 0)
        XCTAssertEqual(player.run("reset everything"), "Usage: reset (this step) or reset lesson (from the beginning).\n")
    }

    func testFinishingShowsASummaryAndWhatNext() throws {
        let player = try LessonPlayer(TestLessons.basic)
        player.run("kubectl get pod web")
        player.run("hint")
        for step in TestLessons.basic.steps { for line in step.solution { player.runSolution(line) } }
        XCTAssertTrue(player.session.isFinished)
        let summary = player.transcript
        XCTAssertTrue(summary.contains("★ Lesson complete: Basic"), summary)
        XCTAssertTrue(summary.contains("  Simulated time: 1 min\n"), summary)
        XCTAssertTrue(summary.contains("  Hints used: 1 · Known mistakes met: 1 · Solutions viewed: 0 · Steps skipped: 0\n"), summary)
        XCTAssertTrue(summary.contains("Mistakes you met (worth remembering):\n  • web is the Deployment.\n"), summary)
        XCTAssertTrue(summary.contains("What next:\n  kubetutor lesson "), summary)
        XCTAssertEqual(player.session.prompt, "basic ✓ (default) $ ")
        XCTAssertEqual(player.run("hint"), "The lesson is complete; the cluster stays for you to explore. `quit` leaves.\n")
    }

    func testAStepCompletesWhenTimePassingMakesItsCheckHoldForAMoment() throws {
        let lesson = TestLessons.make("""
            id: blink
            title: {en: Blink, zh-TW: 眨眼}
            setup:
              objects: |
                apiVersion: v1
                kind: Pod
                metadata: {name: blink, labels: {app: blink}}
                spec:
                  restartPolicy: Never
                  containers: [{name: blink, image: "busybox:1.36", command: ["sh", "-c", "sleep 10"]}]
            steps:
              - id: catch
                title: {en: Catch it running, zh-TW: 抓到它在跑}
                text: {en: It runs for ten seconds., zh-TW: 它只跑十秒。}
                task: {en: Wait., zh-TW: 等待。}
                checks:
                  - count: {of: "@pod(app=blink)", status: Running, atLeast: 1}
                hints: [{en: sleep 1m, zh-TW: sleep 1m}]
                solution: [sleep 1m]
                explanation: {en: Caught., zh-TW: 抓到了。}
            """)
        let player = try LessonPlayer(lesson)
        XCTAssertFalse(player.session.evaluateCurrentStep().allSatisfy(\.holds), "not running yet at the start")
        let output = player.run("sleep 1m")
        XCTAssertTrue(player.session.isFinished, output)
        let phase = player.session.world.cluster.store.get(Pod.self, namespace: "default", name: "blink")?.status.phase
        XCTAssertEqual(phase, "Succeeded", "the pod is no longer running when the sleep ends")
    }

    func testTextsFollowTheLanguageWithEnglishFallback() throws {
        let player = try LessonPlayer(TestLessons.basic, language: .traditionalChinese)
        XCTAssertTrue(player.transcript.contains("━━ 基本 ━━"), player.transcript)
        XCTAssertTrue(player.transcript.contains("▶ 你的任務：\n列出 Pod。"), player.transcript)
        XCTAssertEqual(player.run("hint"), "提示 1/2：第一個提示。\n")
        XCTAssertEqual(LessonText(en: "only english").text(in: .traditionalChinese), "only english")
        XCTAssertEqual(LessonLanguage.choose(flag: nil, environment: ["LANG": "zh_TW.UTF-8"]), .traditionalChinese)
        XCTAssertEqual(LessonLanguage.choose(flag: "en", environment: ["LANG": "zh_TW.UTF-8"]), .english)
        XCTAssertEqual(LessonLanguage.choose(flag: nil, environment: ["LANG": "fr_FR.UTF-8"]), .english)
        XCTAssertEqual(LessonLanguage.choose(flag: nil, environment: [:]), .english)
    }

    func testCompletionOffersSessionCommands() throws {
        let player = try LessonPlayer(TestLessons.basic)
        let (start, candidates) = player.session.completions(line: "an", cursor: 2)
        XCTAssertEqual(start, 0)
        XCTAssertEqual(candidates, ["answer"])
        XCTAssertTrue(player.session.completions(line: "h", cursor: 1).candidates.contains("hint"))
    }

    func testHelpListsTheLessonCommands() throws {
        let player = try LessonPlayer(TestLessons.basic)
        let help = player.run("help")
        XCTAssertTrue(help.hasPrefix("You are in the lesson \"Basic\". Lesson commands:\n  hint "), help)
        XCTAssertTrue(help.contains("  solution        the reference solution (asks first; `solution --yes`)\n"), help)
        XCTAssertTrue(player.run("help sleep").hasPrefix("The cluster runs on simulated time."))
    }

    func testSetupFilesAreInTheWorkingFolder() throws {
        let files = InMemorySessionFiles()
        let player = try LessonPlayer(TestLessons.basic, files: files)
        XCTAssertEqual(player.run("cat notes.txt"), "hello")
    }
}
