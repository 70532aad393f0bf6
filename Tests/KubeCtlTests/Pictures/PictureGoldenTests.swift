import KubeCluster
@testable import KubeCtl
import XCTest

/// Golden pictures: every `draw` picture, `why` diagnoses and fast-forward narration, exactly as
/// printed in batch mode (no colour), plus the coloured forms carrying the same text.
final class PictureGoldenTests: XCTestCase {
    /// A Service with two ready pods and one whose readiness probe fails.
    func testService() throws {
        XCTAssertEqual(try PictureScenarios.service(.plain), """
        $ draw service web
        service/web  ClusterIP 10.101.34.180  selector app=web
          port 80/TCP → targetPort 80
        ├── ✘ not ready  10.244.0.3:80  pod/canary                Running 0/1  on node/minikube
        │       left out of the endpoints until its readiness check passes (why canary)
        ├── ✔ ready      10.244.0.5:80  pod/web-6ffb5b9cb4-986h6  Running 1/1  on node/minikube
        └── ✔ ready      10.244.0.4:80  pod/web-6ffb5b9cb4-g2cpz  Running 1/1  on node/minikube

        2 of 3 matching pods receive traffic

        """)
    }

    /// A NodePort whose targetPort nothing listens on, a selector that matches nothing, and mistakes.
    func testServiceProblems() throws {
        XCTAssertEqual(try PictureScenarios.serviceProblems(.plain), """
        $ draw service echo
        service/echo  NodePort 10.101.34.180  selector app=echo
          nodePort 30080 on every node → port 80/TCP → targetPort 80
        ├── ✔ ready  10.244.0.4:80  pod/echo-7694f745bf-5hgmx  Running 1/1  on node/minikube
        │       ✘ nothing listens on port 80 in this pod (it listens on 8080)
        └── ✔ ready  10.244.0.3:80  pod/echo-7694f745bf-qg7t4  Running 1/1  on node/minikube
                ✘ nothing listens on port 80 in this pod (it listens on 8080)

        2 of 2 matching pods receive traffic, but 2 refuse it (wrong targetPort?)
        $ draw service lost
        service/lost  ClusterIP 10.100.202.191  selector app=ecko
          port 80/TCP → targetPort 80
        └── (no endpoints: no pod in namespace default has the labels app=ecko)
            pods with similar labels:
              pod/echo-7694f745bf-5hgmx  app=echo
              pod/echo-7694f745bf-qg7t4  app=echo
            compare: kubectl get pods --show-labels -n default
        $ draw svc/nope
        Error from server (NotFound): services "nope" not found
        $ draw
        draw: what should I draw?
        usage: draw service NAME | draw rollout DEPLOYMENT | draw hpa NAME | draw nodes [-A]   (-n NAMESPACE)
        $ draw pods
        draw: I can't draw "pods"
        usage: draw service NAME | draw rollout DEPLOYMENT | draw hpa NAME | draw nodes [-A]   (-n NAMESPACE)

        """)
    }

    /// A rolling update from nginx 1.26 to 1.27, row by row.
    func testRollout() throws {
        XCTAssertEqual(try PictureScenarios.rollout(.plain), """
        $ draw rollout web
        deployment/web  4 replicas  RollingUpdate (maxSurge 25%, maxUnavailable 25%)
          rev 1  web-759c5c6dd7  nginx:1.26
          rev 2  web-6ffb5b9cb4  nginx:1.27  ← newest

          time      rev 1     rev 2
          09:00:00  □□□□ 0/4  ·
          09:00:03  ■□□□ 1/4  ·
          09:00:06  ■■□□ 2/4  ·
          09:00:09  ■■■□ 3/4  ·
          09:00:11  ■■■■ 4/4  ·
          09:00:30  ■■■ 3/3   □□ 0/2
          09:00:33  ■■ 2/2    ■□□ 1/3
          09:00:34  ■ 1/1     ■■□□ 2/4
          09:00:35  ·         ■■■■ 4/4

        ✔ rollout complete: 4/4 pods available on the newest ReplicaSet
          ■ ready pod   □ pod not ready yet   · none

        """)
    }

    /// A rollout to a missing image: in progress, then past its progress deadline.
    func testRolloutStuck() throws {
        XCTAssertEqual(try PictureScenarios.rolloutStuck(.plain), """
        $ draw rollout web
        deployment/web  3 replicas  RollingUpdate (maxSurge 25%, maxUnavailable 25%)
          rev 1  web-6ffb5b9cb4  nginx:1.27
          rev 2  web-764c98b4cf  nginx:does-not-exist  ← newest

          time      rev 1    rev 2
          09:00:00  □□□ 0/3  ·
          09:00:03  ■□□ 1/3  ·
          09:00:06  ■■□ 2/3  ·
          09:00:09  ■■■ 3/3  ·
          09:00:30  ■■■ 3/3  □ 0/1

        … rollout in progress: 1 of 3 updated, 3 available (watch: kubectl rollout status deployment/web)
          ■ ready pod   □ pod not ready yet   · none
        $ draw deploy/web
        deployment/web  3 replicas  RollingUpdate (maxSurge 25%, maxUnavailable 25%)
          rev 1  web-6ffb5b9cb4  nginx:1.27
          rev 2  web-764c98b4cf  nginx:does-not-exist  ← newest

          time      rev 1    rev 2
          09:00:00  □□□ 0/3  ·
          09:00:03  ■□□ 1/3  ·
          09:00:06  ■■□ 2/3  ·
          09:00:09  ■■■ 3/3  ·
          09:00:30  ■■■ 3/3  □ 0/1

        ✘ rollout stuck: progress deadline exceeded, 1 of 3 updated. Find out why: why POD (a pod of the newest ReplicaSet), or kubectl rollout undo deployment/web
          ■ ready pod   □ pod not ready yet   · none

        """)
    }

    /// CPU load makes the autoscaler scale out; without it, it scales back in after the stabilization window.
    func testHpa() throws {
        XCTAssertEqual(try PictureScenarios.hpaScaling(.plain), """
        $ draw hpa web
        hpa/web → Deployment/web   cpu target 50%   replicas 1–6
        now: cpu 0%, 1 replica

        cpu % of requests  (09:00:00 → 09:13:00, one column = 16.2s)
         400 ┤
         350 ┤
         300 ┤    █
         250 ┤    █
         200 ┤    █
         150 ┤    █
         100 ┤    ██
          50 ┤?┄┄┄███████████████████┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄  target 50%
        replicas
           6 ┤      ████████████████████████████████████
           5 ┤      ████████████████████████████████████
           4 ┤     █████████████████████████████████████
           3 ┤     █████████████████████████████████████
           2 ┤     █████████████████████████████████████
           1 ┤████████████████████████████████████████████████
             └────────────────────────────────────────────────
              09:00:00                                09:13:00

        """)
    }

    /// An autoscaler whose target has no CPU request reads <unknown>, and says why.
    func testHpaUnknown() throws {
        XCTAssertEqual(try PictureScenarios.hpaUnknown(.plain), """
        $ draw hpa php
        hpa/php → Deployment/php   cpu target 50%   replicas 1–6
        now: cpu <unknown>, 1 replica
          why unknown: the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container php of Pod php-6bfc9b4ff6-rlqg7

        cpu % of requests  (09:00:00 → 09:02:00, one column = 2.5s)
         160 ┤
         140 ┤
         120 ┤
         100 ┤
          80 ┤
          60 ┤┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄  target 50%
          40 ┤
          20 ┤????????????????????????????????????????????????
        replicas
           6 ┤
           5 ┤
           4 ┤
           3 ┤
           2 ┤
           1 ┤     ███████████████████████████████████████████
             └────────────────────────────────────────────────
              09:00:00                                09:02:00
        $ draw hpa nope
        Error from server (NotFound): horizontalpodautoscalers.autoscaling "nope" not found

        """)
    }

    /// Pods by node, a crash loop, an unschedulable pod, and kube-system pods folded or shown with -A.
    func testNodes() throws {
        XCTAssertEqual(try PictureScenarios.nodes(.plain), """
        $ draw nodes
        node/minikube  ✔ Ready  control-plane  192.168.49.2  cpu requested 750m of 4 (18%)
        ├── ✔ default/web-6ffb5b9cb4-jqtbp  Running 1/1
        └── (6 kube-system pods, 6 ready: draw nodes -A shows them)
        node/minikube-m02  ✔ Ready  <none>  192.168.49.3  cpu requested 0 of 4 (0%)
        ├── ✘ default/crash                 CrashLoopBackOff 0/1  restarts 4
        ├── ✔ default/web-6ffb5b9cb4-7wdzw  Running 1/1
        ├── ✔ default/web-6ffb5b9cb4-k9lr2  Running 1/1
        └── (2 kube-system pods, 2 ready: draw nodes -A shows them)
        not scheduled
        └── … default/huge  Pending  0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.
        $ draw nodes -A
        node/minikube  ✔ Ready  control-plane  192.168.49.2  cpu requested 750m of 4 (18%)
        ├── ✔ default/web-6ffb5b9cb4-jqtbp                  Running 1/1
        ├── ✔ kube-system/coredns-7b88d856f9-srrgc          Running 1/1
        ├── ✔ kube-system/etcd-minikube                     Running 1/1
        ├── ✔ kube-system/kube-apiserver-minikube           Running 1/1
        ├── ✔ kube-system/kube-controller-manager-minikube  Running 1/1
        ├── ✔ kube-system/kube-proxy-ccnmh                  Running 1/1
        └── ✔ kube-system/kube-scheduler-minikube           Running 1/1
        node/minikube-m02  ✔ Ready  <none>  192.168.49.3  cpu requested 0 of 4 (0%)
        ├── ✘ default/crash                    CrashLoopBackOff 0/1  restarts 4
        ├── ✔ default/web-6ffb5b9cb4-7wdzw     Running 1/1
        ├── ✔ default/web-6ffb5b9cb4-k9lr2     Running 1/1
        ├── ✔ kube-system/kube-proxy-qrm4f     Running 1/1
        └── ✔ kube-system/storage-provisioner  Running 1/1
        not scheduled
        └── … default/huge  Pending  0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.

        """)
    }

    /// A node whose kubelet stopped, and why its pod shows stale state.
    func testNodeDown() throws {
        XCTAssertEqual(try PictureScenarios.nodeDown(.plain), """
        $ draw nodes
        node/minikube  ✔ Ready  control-plane  192.168.49.2  cpu requested 750m of 4 (18%)
        ├── ✔ default/web-6ffb5b9cb4-9m7fz  Running 1/1
        └── (6 kube-system pods, 6 ready: draw nodes -A shows them)
        node/minikube-m02  ✘ NotReady (Unknown: no heartbeat)  <none>  192.168.49.3  cpu requested 0 of 4 (0%)
        ├── ✘ default/web-6ffb5b9cb4-pqm9m  Running 1/1
        └── (2 kube-system pods, 0 ready: draw nodes -A shows them)
        $ why web-6ffb5b9cb4-pqm9m
        pod/web-6ffb5b9cb4-pqm9m: on a NotReady node
          its node minikube-m02 is NotReady: the kubelet there stopped reporting, so what you see is its last known state.
          after 5 minutes the pod is evicted and its controller starts a replacement elsewhere.
          Kubelet stopped posting node status.
        next: kubectl describe node minikube-m02

        """)
    }

    /// The troubleshooting tree: crash loop, Pending, bad image, missing ConfigMap, readiness probe on the wrong port, wrong names.
    func testWhy() throws {
        XCTAssertEqual(try PictureScenarios.why(.plain), """
        $ why crash
        pod/crash: CrashLoopBackOff
          container crash keeps stopping: it exited with code 3 (Error) and has restarted 4 times.
          the kubelet now waits 1m20s before the next try (10s, 20s, 40s … up to 5m).
          its last lines before it stopped:
            fatal: no config
        next: kubectl logs crash --previous
        $ why huge
        pod/huge: Pending
          no node can run it, so the scheduler keeps it Pending (nothing starts until it fits somewhere).
          its resource requests are bigger than what any node has free: lower the requests or free/add capacity (kubectl describe nodes shows "Allocated resources").
          0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.
        next: kubectl describe pod huge   (Events: FailedScheduling)
        $ why badimage
        pod/badimage: ImagePullBackOff
          container badimage cannot start because its image nginx:1.72 cannot be pulled.
          usually the image name or tag is wrong.
          Failed: Failed to pull image "nginx:1.72": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.72": failed to resolve reference "docker.io/library/nginx:1.72": docker.io/library/nginx:1.72: not found
        next: kubectl describe pod badimage   (Events: the pull error)
        $ why noconfig
        pod/noconfig: CreateContainerConfigError
          container noconfig cannot be created: something it references is missing.
          configmap "settings" not found
        next: kubectl get configmap settings -o yaml
        $ why unready
        pod/unready: Running, not ready
          container unready runs, but its readiness probe fails, so Services send it no traffic.
          the probe checks port 8080, but the app listens on 80.
          Unhealthy: Readiness probe failed: Get "http://10.244.0.6:8080/": dial tcp 10.244.0.6:8080: connect: connection refused
        next: kubectl describe pod unready   (Readiness: the probe; Events: why it fails)
        $ why web
        Error from server (NotFound): pods "web" not found
        web is a Deployment, not a pod: its pods have generated names:
          why web-6ffb5b9cb4-f48jb
        $ why web-6ffb5b9cb4-xxxxx
        Error from server (NotFound): pods "web-6ffb5b9cb4-xxxxx" not found
        pods with similar names:
          why web-6ffb5b9cb4-f48jb
        $ why coredns-7b88d856f9-x
        Error from server (NotFound): pods "coredns-7b88d856f9-x" not found
        pods with similar names:
          why coredns-7b88d856f9-rtcxm -n kube-system
        $ why nope -n kube-system
        Error from server (NotFound): pods "nope" not found
        list the pods first: kubectl get pods -n kube-system (or -A for every namespace)
        $ why
        why: which pod? (kubectl get pods lists them)
        usage: why POD [-n NAMESPACE]
        $ why -x
        why: unknown flag: -x
        usage: why POD [-n NAMESPACE]

        """)
    }

    /// A healthy pod, an OOMKilled restart, a bad image on kind (kind load), and a terminating pod.
    func testWhyMore() throws {
        XCTAssertEqual(try PictureScenarios.whyMore(.plain), """
        $ why web-69bb84c869-zfbqf
        pod/web-69bb84c869-zfbqf: Running
          its container runs and is ready.
          if it still does not work, read what the app says, and check the Service in front of it.
        next: kubectl logs web-69bb84c869-zfbqf
        $ why pod/web-69bb84c869-zfbqf -n default
        pod/web-69bb84c869-zfbqf: Running
          its container runs and is ready.
          if it still does not work, read what the app says, and check the Service in front of it.
        next: kubectl logs web-69bb84c869-zfbqf
        $ why web-69bb84c869-zfbqf
        pod/web-69bb84c869-zfbqf: Running
          its container runs and is ready.
          it restarted 1 time before; the last run ended with OOMKilled (exit code 137).
          if it still does not work, read what the app says, and check the Service in front of it.
        next: kubectl logs web-69bb84c869-zfbqf
        $ why web-77d48d65f4-hvspp
        pod/web-77d48d65f4-hvspp: ImagePullBackOff
          container web cannot start because its image nginx:does-not-exist cannot be pulled.
          usually the image name or tag is wrong, or it was built locally and never loaded into kind.
          Failed: Failed to pull image "nginx:does-not-exist": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:does-not-exist": failed to resolve reference "docker.io/library/nginx:does-not-exist": docker.io/library/nginx:does-not-exist: not found
        next: kubectl describe pod web-77d48d65f4-hvspp   (Events: the pull error)
              fix the name: kubectl set image deployment/web web=IMAGE
              or, for a local image: kind load docker-image nginx:does-not-exist
        $ why web-69bb84c869-zfbqf
        pod/web-69bb84c869-zfbqf: Terminating
          the pod is being deleted: its containers got SIGTERM and have up to 30s to stop before SIGKILL.
          if a controller owns it, a replacement pod is already on its way.
        next: kubectl get pods -w

        """)
    }

    /// Fast-forward narration of a rollout, a crash loop, and a long wait cut at its limit.
    func testFastForward() throws {
        XCTAssertEqual(try PictureScenarios.fastForward(.plain), """
        [+0:03] pod/web-6ffb5b9cb4-gxwxp → Running 1/1
        [+0:03] replicaset/web-759c5c6dd7 scaled 3 → 2
        [+0:03] replicaset/web-6ffb5b9cb4 scaled 1 → 2
        [+0:03] pod/web-759c5c6dd7-g68k2 → Terminating 1/1
        [+0:03] pod/web-6ffb5b9cb4-cr6qc created
        [+0:04] pod/web-6ffb5b9cb4-cr6qc → Running 1/1
        [+0:04] replicaset/web-759c5c6dd7 scaled 2 → 1
        [+0:04] replicaset/web-6ffb5b9cb4 scaled 2 → 3
        [+0:04] pod/web-759c5c6dd7-cntjc → Terminating 1/1
        [+0:04] pod/web-6ffb5b9cb4-qkqjh created
        [+0:05] pod/web-6ffb5b9cb4-qkqjh → Running 1/1
        [+0:05] replicaset/web-759c5c6dd7 scaled 1 → 0
        [+0:05] pod/web-759c5c6dd7-g765m → Terminating 1/1
        [+0:05] deployment/web rollout finished (3/3 up to date)
        [+1:00] fast-forwarded 1m0s, now 09:01:30
        [+0:03] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → Error 0/1
        [+0:04] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh restarted after Error (restarts: 1) → Running 1/1
        [+0:07] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → Error 0/1
        [+0:08] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → CrashLoopBackOff 0/1
        [+0:17] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh restarted after Error (restarts: 2) → Running 1/1
        [+0:20] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → Error 0/1
        [+0:21] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → CrashLoopBackOff 0/1
        [+0:40] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh restarted after Error (restarts: 3) → Running 1/1
        [+0:43] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → Error 0/1
        [+0:44] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → CrashLoopBackOff 0/1
        [+1:23] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh restarted after Error (restarts: 4) → Running 1/1
        [+1:26] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → Error 0/1
        [+1:27] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → CrashLoopBackOff 0/1
        [+2:00] fast-forwarded 2m0s, now 09:03:30
        [+0:41] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh restarted after Error (restarts: 5) → Running 1/1
        [+0:44] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → Error 0/1
        [+0:45] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh → CrashLoopBackOff 0/1
        [+3:24] pod/web-6ffb5b9cb4-cr6qc, pod/web-6ffb5b9cb4-gxwxp, pod/web-6ffb5b9cb4-qkqjh restarted after Error (restarts: 6) → Running 1/1
        … 5 more changes (kubectl get events --sort-by=.lastTimestamp)
        [+10:00] fast-forwarded 10m0s, now 09:13:35

        """)
    }

    /// The coloured service picture: the same text with ANSI colours around marks and headings.
    func testServiceInColour() throws {
        XCTAssertEqual(PictureScenarios.service(PictureStyle(colour: true)), """
        $ draw service web
        \u{1B}[1mservice/web\u{1B}[0m  ClusterIP 10.101.34.180  selector app=web
          port 80/TCP → targetPort 80
        ├── \u{1B}[31m✘ not ready\u{1B}[0m  10.244.0.3:80  pod/canary                Running 0/1  on node/minikube
        │       \u{1B}[2mleft out of the endpoints until its readiness check passes (why canary)\u{1B}[0m
        ├── \u{1B}[32m✔ ready\u{1B}[0m      10.244.0.5:80  pod/web-6ffb5b9cb4-986h6  Running 1/1  on node/minikube
        └── \u{1B}[32m✔ ready\u{1B}[0m      10.244.0.4:80  pod/web-6ffb5b9cb4-g2cpz  Running 1/1  on node/minikube

        \u{1B}[33m2 of 3 matching pods receive traffic\u{1B}[0m

        """)
    }

    /// Colour only adds escape sequences: without them every picture reads exactly as the plain one.
    func testColourCarriesNoExtraInformation() throws {
        for (name, run) in PictureScenarios.all {
            let (coloured, plain) = (try run(PictureStyle(colour: true)), try run(.plain))
            XCTAssertNotEqual(coloured, plain, name)
            XCTAssertEqual(Self.stripped(coloured), plain, name)
        }
    }

    /// `text` without ANSI escape sequences.
    static func stripped(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" { inEscape = true; continue }
            result.append(character)
        }
        return result
    }
}
