import KubeCluster
import KubeCtl
@testable import Tutor
import XCTest

/// The sandbox's own commands at the prompt: time control, faults, reset, help.
final class SandboxSessionTests: XCTestCase {
    func testSpeedPauseAndResumeInBatchMode() {
        let harness = SandboxHarness()
        XCTAssertEqual(harness.transcript(["speed", "speed 10", "speed 0", "speed fast", "pause", "pause", "resume", "resume"]), """
            $ speed
            simulated time: 09:00:00; the clock is manual (batch input): it moves only with sleep, ff, rollout status and wait (speed 1× applies in interactive sessions)
            $ speed 10
            simulated time now runs at 10× the wall clock (this session's clock is manual, so it only moves with sleep, ff, rollout status and wait)
            $ speed 0
            speed: expected a number of simulated seconds per real second, from 0.1 to 1000 (e.g. speed 10); got "0"
            $ speed fast
            speed: expected a number of simulated seconds per real second, from 0.1 to 1000 (e.g. speed 10); got "fast"
            $ pause
            paused at 09:00:00: the cluster waits for you (sleep and ff still move time; `resume` continues)
            $ pause
            already paused at 09:00:00; `resume` lets time run again
            $ resume
            resumed at 09:00:00, 10× the wall clock
            $ resume
            time is already running (10× the wall clock)

            """)
    }

    func testTheWallClockMovesSimulatedTimeAtTheChosenSpeedUnlessPaused() {
        let files = InMemorySessionFiles()
        let session = SandboxFactory.make(SandboxOptions(profile: .minikube, seed: 1, start: SandboxFactory.fixedStart, files: files,
                                                         followsWallClock: true, challengeDirectory: SandboxHarness.challenges))
        let start = session.cluster.now
        session.wallClockAdvanced(by: 2)
        XCTAssertEqual(session.cluster.now - start, 2, accuracy: 1e-9)
        _ = session.run(line: "speed 30x", io: ShellIO(stdout: { _ in }, stderr: { _ in }))
        session.wallClockAdvanced(by: 2)
        XCTAssertEqual(session.cluster.now - start, 62, accuracy: 1e-9)
        _ = session.run(line: "pause", io: ShellIO(stdout: { _ in }, stderr: { _ in }))
        XCTAssertEqual(session.prompt, "⏸ sandbox (default) $ ")
        session.wallClockAdvanced(by: 100)
        XCTAssertEqual(session.cluster.now - start, 62, accuracy: 1e-9)
        var out = ""
        _ = session.run(line: "speed", io: ShellIO(stdout: { out += $0 }, stderr: { out += $0 }))
        XCTAssertEqual(out, "simulated time: 09:01:02, paused\n")
        _ = session.run(line: "resume", io: ShellIO(stdout: { _ in }, stderr: { _ in }))
        session.wallClockAdvanced(by: 1)
        XCTAssertEqual(session.cluster.now - start, 92, accuracy: 1e-9)
    }

    func testSleepNarratesOnlyLongWaitsAndFFAlways() throws {
        let harness = SandboxHarness()
        try harness.create(nginxDeployment("web", replicas: 2))
        XCTAssertEqual(harness.transcript(["sleep 20 15", "sleep 10", "ff 1m", "ff", "ff soon", "sleep", "sleep x"]), """
            $ sleep 20 15
            [+0:04] pod/web-84dccbd445-g68k2 → Running 1/1
            [+0:07] pod/web-84dccbd445-g765m → Running 1/1
            [+0:07] deployment/web rollout finished (2/2 up to date)
            $ sleep 10
            $ ff 1m
            [+1:00] no changes; fast-forwarded 1m0s, now 09:01:45
            $ ff
            ff: how far? e.g. ff 30s, ff 5m, ff 1h
            $ ff soon
            ff: invalid duration 'soon' (use 30s, 5m, 1h, 1d)
            $ sleep
            sleep: missing operand
            Try 'sleep --help' for more information.
            $ sleep x
            sleep: invalid time interval 'x'
            Try 'sleep --help' for more information.

            """)
    }

    func testBreakFaultsAndFix() throws {
        let harness = SandboxHarness()
        try harness.create(nginxDeployment("web", replicas: 2))
        harness.run("sleep 30")
        let pod = try XCTUnwrap(harness.cluster.store.list(Pod.self, namespace: "default").first).name
        XCTAssertEqual(harness.transcript([
            "faults", "break crash web --message 'fatal: db down'", "break readiness web", "break kill \(pod)", "faults",
            "fix f2", "fix f2", "fix all", "fix all", "break", "break crash", "break teleport web", "break crash nope",
            "break oom web", "break image web -x", "load web --cpu lots", "load web --cpu 200m", "load web --cpu=400m", "load web off",
            "load web off", "break node minikube", "fix node minikube", "fix node minikube", "fix",
        ]), """
            $ faults
            no faults: nothing is broken on purpose (break … injects one)
            $ break crash web --message 'fatal: db down'
            f1  crash: the containers of deployment/web crash 3s after every start (exit code 1), logging "fatal: db down"
            watch: kubectl get pods -w   (then: why POD)
            $ break readiness web
            f2  readiness: the readiness probes of deployment/web's pods fail from now on: after failureThreshold failures each pod turns not ready and leaves its Services' endpoints
            note: deployment/web has no readiness probe, so Kubernetes cannot notice: its pods stay READY. Add a readinessProbe to the pod template to see the effect.
            watch: kubectl get pods -w   or   draw service web
            $ break kill \(pod)
            killed container web of pod/\(pod) once (exit code 137, like kill -9)
            the kubelet restarts it (RESTARTS goes up by one); the pod itself stays
            $ faults
            ID   FAULT       TARGET           SINCE
            f1   crash       deployment/web   09:00:30
            f2   readiness   deployment/web   09:00:30

            f1  crash: the containers of deployment/web crash 3s after every start (exit code 1), logging "fatal: db down"
            f2  readiness: the readiness probes of deployment/web's pods fail from now on: after failureThreshold failures each pod turns not ready and leaves its Services' endpoints
            $ fix f2
            fixed f2: readiness on deployment/web
            running containers behave normally again; crashed ones recover at their next restart
            $ fix f2
            fix: no active fault "f2"; active: f1
            $ fix all
            fixed f1: crash on deployment/web
            running containers behave normally again; crashed ones recover at their next restart
            $ fix all
            nothing to fix: no fault is active
            $ break
            break: what should break?
            \(SandboxSession.breakUsage)
            $ break crash
            break: expected WHAT and a name
            \(SandboxSession.breakUsage)
            $ break teleport web
            break: I don't know how to break "teleport"
            \(SandboxSession.breakUsage)
            $ break crash nope
            break: Error from server (NotFound): deployments.apps "nope" not found
            $ break oom web
            break: deployment/web has no memory limit, so it cannot be OOMKilled (it would just keep growing). Give it one first, e.g. kubectl set resources deployment web --limits=memory=128Mi
            $ break image web -x
            break: unknown flag: -x
            \(SandboxSession.breakUsage)
            $ load web --cpu lots
            load: --cpu needs an amount of CPU such as 500m or 2 (got "lots")
            $ load web --cpu 200m
            f3  load: the pods of deployment/web share 200m of CPU work (1 running → about 200m each)
            note: this cluster has no ready metrics-server, so nobody measures the load: kubectl top and autoscalers need one (kube-system/metrics-server).
            watch: kubectl top pods   or   draw hpa NAME
            $ load web --cpu=400m
            f3  load: the pods of deployment/web share 400m of CPU work (1 running → about 400m each)
            note: this cluster has no ready metrics-server, so nobody measures the load: kubectl top and autoscalers need one (kube-system/metrics-server).
            $ load web off
            fixed f3: load on deployment/web
            the extra CPU work stopped; metrics-server sees it at its next scrape (every 15s)
            $ load web off
            deployment/web has no extra load
            $ break node minikube
            f4  node: the kubelet on node/minikube stopped: the node turns NotReady after 40s without a heartbeat, and its pods are evicted 5 minutes later
            watch: kubectl get nodes -w   or   draw nodes
            $ fix node minikube
            fixed f4: node on node/minikube
            the kubelet on minikube is back: the node turns Ready at its next status report
            $ fix node minikube
            fix: node/minikube is not down (by `break node`)
            $ fix
            usage: fix ID | fix all | fix node NODE   (`faults` lists the ids)

            """)
    }

    func testResetBuildsTheSameFreshClusterAndKeepsShellVariables() throws {
        let harness = SandboxHarness()
        let fresh = harness.transcript(["kubectl get pods -A"])
        try harness.create(nginxDeployment("web"))
        harness.run("export APP=web")
        harness.run("ff 10m")
        XCTAssertEqual(harness.transcript(["reset", "echo $APP", "faults"]), """
            $ reset
            fresh minikube cluster (seed 1): 1 node(s), nothing of yours in it; your shell variables and files stay
            $ echo $APP
            web
            $ faults
            no faults: nothing is broken on purpose (break … injects one)

            """)
        XCTAssertEqual(harness.transcript(["kubectl get pods -A"]), fresh)
        XCTAssertEqual(harness.run("reset now").err, "usage: reset   (a fresh cluster of the same profile and seed)\n")
    }

    func testHelpListsTheSandboxCommands() {
        let harness = SandboxHarness()
        let help = harness.run("help").out
        for word in ["speed", "pause", "resume", "ff", "reset", "save", "load", "break", "fix", "faults", "draw", "why",
                     "challenges", "check", "hint"] {
            XCTAssertTrue(help.contains("\n  \(word) "), word)
        }
        XCTAssertTrue(harness.run("help ff").out.contains("[+0:42] deployment/web scaled 3 → 5"))
        XCTAssertEqual(harness.run("help fx").err, "help: no help for \"fx\"; did you mean \"ff\"?\n")
    }
}

extension SandboxSessionTests {
    func testCompletionOfSandboxCommands() throws {
        let harness = SandboxHarness()
        try harness.create(nginxDeployment("web", replicas: 1, service: true))
        harness.run("sleep 10")
        let pod = try XCTUnwrap(harness.cluster.store.list(Pod.self, namespace: "default").first).name
        let table: [(String, [String])] = [
            ("draw ", ["hpa", "nodes", "rollout", "service"]), ("draw service w", ["web"]), ("draw rollout ", ["web"]),
            ("why w", [pod]), ("break r", ["readiness"]), ("break kill w", [pod]), ("break node m", ["minikube"]),
            ("fix ", ["all", "node"]), ("challenge stu", ["stuck-rollout"]), ("help f", ["faults", "ff", "fix"]),
            ("kubectl get depl", ["deployments"]),
        ]
        for (line, expected) in table {
            let result = harness.session.completions(line: line, cursor: line.unicodeScalars.count)
            XCTAssertEqual(result.candidates, expected, line)
        }
        XCTAssertTrue(harness.session.completions(line: "dr", cursor: 2).candidates.contains("draw"))
    }
}
