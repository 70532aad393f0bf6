import KubeCluster
import KubeCtl
@testable import Tutor
import XCTest

/// The challenge commands around a run: list, start, status, hints, refusals, check and score.
final class ChallengeFlowTests: XCTestCase {
    func testListAndUnknownNames() {
        let harness = SandboxHarness()
        XCTAssertEqual(harness.transcript(["challenges", "challenge servce-selector", "challenge", "check", "hint", "challenge stop"]), """
            $ challenges
            ID                    PROFILE    PAR             TITLE
            hpa-unknown           minikube   4m00s, 5 cmds   An autoscaler that sees <unknown>
            impossible-request    minikube   3m00s, 5 cmds   A pod that never leaves Pending
            missing-config-key    minikube   5m00s, 7 cmds   A crash loop from a missing ConfigMap key
            namespace-mixup       minikube   4m00s, 6 cmds   The app is in the wrong namespace
            nodeport-targetport   minikube   4m00s, 6 cmds   A NodePort that leads to a closed port
            readiness-port        minikube   4m00s, 6 cmds   Running, but never Ready
            service-selector      minikube   3m00s, 5 cmds   A Service that routes nowhere
            stuck-rollout         minikube   4m00s, 6 cmds   A rollout stuck on a bad image

            start one with: challenge ID   (a fresh cluster is set up broken; `check` when you think it works)
            $ challenge servce-selector
            challenge: no challenge "servce-selector"; did you mean "service-selector"? (`challenges` lists them)
            $ challenge
            no challenge in progress: `challenges` lists them, `challenge ID` starts one
            $ check
            check: no challenge in progress (`challenges` lists them)
            $ hint
            hint: no challenge in progress
            $ challenge stop
            no challenge in progress

            """)
    }

    func testARunIsTimedCountedAndScored() throws {
        let harness = SandboxHarness()
        harness.run("challenge service")
        XCTAssertEqual(harness.session.prompt, "challenge service-selector sandbox (default) $ ")
        let transcript = harness.transcript(["kubectl get svc shop", "break crash shop", "fix all", "faults", "hint", "hint",
                                             "hint", "hint", "sleep 4m", "challenge"])
        XCTAssertEqual(transcript, """
            $ kubectl get svc shop
            NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
            shop   ClusterIP   10.97.26.48   <none>        80/TCP    60s
            $ break crash shop
            break: not during a challenge — fix the cluster with kubectl (`challenge stop` ends service-selector)
            $ fix all
            fix: not during a challenge — fix the cluster with kubectl (`challenge stop` ends service-selector)
            $ faults
            faults are hidden during a challenge: find the cause with kubectl (and why, draw)
            $ hint
            hint 1/3: A Service finds its pods only through its label selector. Compare the two sides.
            $ hint
            hint 2/3: `kubectl get endpoints shop` is empty. Look at `kubectl describe svc shop` (Selector) and `kubectl get pods --show-labels`.
            $ hint
            hint 3/3: Make the selector match the pods, e.g. kubectl patch svc shop -p '{"spec":{"selector":{"app":"shop"}}}'
            $ hint
            no more hints: 3 given. `why POD` and `draw service NAME` may help.
            $ sleep 4m
            $ challenge
            challenge service-selector: A Service that routes nowhere
            goal: service/shop sends traffic to all three shop pods and http://shop answers 200.
            so far: 4m00s, 5 commands, 3 hints

            """)
        var service = try XCTUnwrap(harness.cluster.store.get(Service.self, namespace: "default", name: "shop"))
        service.spec.selector = ["app": "shop"]
        try harness.cluster.api.update(service)
        XCTAssertEqual(harness.transcript(["check"]), """
            $ check
            ✔ service/shop has 3 ready endpoint(s) (want at least 3)
            ✔ GET http://shop answered 200 (want 200)
            solved service-selector in 4m00s with 5 commands and 3 hints: score 66/100
              (time −4, commands −0, hints −30; par 3m00s, 5 commands)

            """)
        XCTAssertEqual(harness.session.prompt, "sandbox (default) $ ")
    }

    func testScoring() {
        let library = ChallengeLibrary.load(from: SandboxHarness.challenges)
        guard let challenge = library.find("stuck-rollout") else { return XCTFail("no stuck-rollout") }
        let table: [(seconds: Double, commands: Int, hints: Int, total: Int)] = [
            (60, 3, 0, 100), (240, 6, 0, 100), (255, 6, 0, 99), (240, 7, 0, 97), (240, 6, 1, 90),
            (3600, 40, 5, 10), (600, 20, 2, 26),
        ]
        for row in table {
            let run = ChallengeRun(challenge: challenge, startedAt: 0)
            run.commands = row.commands
            run.hintsUsed = row.hints
            XCTAssertEqual(run.score(seconds: row.seconds).total, row.total, "\(row)")
        }
    }

    func testChineseTexts() {
        let harness = SandboxHarness(language: "zh-TW")
        let started = harness.run("challenge impossible-request").out
        XCTAssertTrue(started.hasPrefix("challenge impossible-request: 永遠停在 Pending 的 Pod\n"), started)
        XCTAssertTrue(started.contains("goal: report 的 Pod 在執行且 Ready"), started)
        XCTAssertTrue(harness.run("hint").out.hasPrefix("hint 1/3: Pending 又沒有容器"))
    }

    func testStartingAChallengeReplacesTheClusterAndStopKeepsIt() {
        let harness = SandboxHarness()
        harness.run("challenge stuck-rollout")
        XCTAssertNotNil(harness.cluster.store.get(Deployment.self, namespace: "default", name: "web"))
        XCTAssertEqual(harness.run("challenge stop").out,
                       "stopped challenge stuck-rollout; the cluster stays as it is (`reset` for a fresh one)\n")
        XCTAssertNotNil(harness.cluster.store.get(Deployment.self, namespace: "default", name: "web"))
        harness.run("challenge stuck-rollout")
        harness.run("reset")
        XCTAssertNil(harness.session.challenge)
        XCTAssertNil(harness.cluster.store.get(Deployment.self, namespace: "default", name: "web"))
    }

    func testBrokenChallengeFilesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-challenges-\(ProcessInfo.processInfo.globallyUniqueString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = [
            ("a.yaml", "title: x\n", "a.yaml: missing id"),
            ("b.yaml", "id: b\ntitle: x\ngoal: the goal\nprofile: k3s\n", "b.yaml: unknown profile \"k3s\""),
            ("c.yaml", "id: c\ntitle: x\ngoal: the goal\nchecks: [{teleported: {}}]\n",
             "c.yaml: check 1: unknown check \"teleported\" (known: deploymentAvailable, podsReady, serviceEndpoints, httpGet, hpaMetrics, exists, absent)"),
            ("d.yaml", "id: d\ntitle: x\ngoal: the goal\nchecks: []\n", "d.yaml: no checks: the goal must be checkable"),
            ("e.yaml", "id: e\ntitle: x\ngoal: the goal\nsetup: [{dance: 1}]\nchecks: [{podsReady: {selector: a=b}}]\n",
             "e.yaml: setup step 1: expected apply, wait or fault"),
        ]
        for (name, text, _) in cases { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let library = ChallengeLibrary.load(from: folder)
        XCTAssertEqual(library.challenges.count, 0)
        XCTAssertEqual(library.problems.map(\.description), cases.map(\.2))
    }
}
