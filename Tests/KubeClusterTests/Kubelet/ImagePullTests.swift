import XCTest
@testable import KubeCluster

/// Image pulls: events with timing, cached images, pull failures and ImagePullBackOff (§3.1, §3.4, §3.5).
final class ImagePullTests: XCTestCase {
    func testPulledEventThenAlreadyPresent() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "web", containers: [KubeletFixture.container("web", image: "nginx:1.27")])
        cluster.advance(by: 30)
        let pulling = try XCTUnwrap(KubeletFixture.events(cluster, about: "web", reason: "Pulling").first)
        XCTAssertEqual(pulling.message, "Pulling image \"nginx:1.27\"")
        let pulled = try XCTUnwrap(KubeletFixture.events(cluster, about: "web", reason: "Pulled").first?.message)
        let pattern = #"^Successfully pulled image "nginx:1\.27" in [0-9.]+m?s \([0-9.]+m?s including waiting\)\. Image size: 72099501 bytes\.$"#
        XCTAssertNotNil(pulled.range(of: pattern, options: .regularExpression), pulled)
        let status = try XCTUnwrap(KubeletFixture.pod(cluster, "web")?.status.containerStatuses?.first)
        XCTAssertEqual(status.image, "docker.io/library/nginx:1.27")
        XCTAssertTrue(status.imageID.hasPrefix("docker.io/library/nginx@sha256:"))
        XCTAssertEqual(KubeletFixture.events(cluster, about: "web", reason: "Scheduled").first?.message,
                       "Successfully assigned default/web to minikube")

        try KubeletFixture.createPod(cluster, name: "web2", containers: [KubeletFixture.container("web", image: "nginx:1.27")])
        cluster.advance(by: 10)
        XCTAssertEqual(KubeletFixture.events(cluster, about: "web2", reason: "Pulled").first?.message,
                       "Container image \"nginx:1.27\" already present on machine")
        XCTAssertEqual(KubeletFixture.pod(cluster, "web2")?.status.phase, "Running")
    }

    func testMissingTagGoesToImagePullBackOff() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "pending-img", containers: [KubeletFixture.container("app", image: "nginx:does-not-exist")])
        var reasons: [String] = []
        var pullTimes: [Double] = []   // when each failed pull is reported (the spam filter soon holds back the events)
        KubeletFixture.step(cluster, seconds: 400) { now in
            if let reason = KubeletFixture.pod(cluster, "pending-img")?.status.containerStatuses?.first?.state.waiting?.reason,
               reasons.last != reason {
                reasons.append(reason)
                if reason == "ErrImagePull" { pullTimes.append(now) }
            }
        }
        XCTAssertEqual(Array(reasons.prefix(4)), ["ContainerCreating", "ErrImagePull", "ImagePullBackOff", "ErrImagePull"])
        let failed = KubeletFixture.events(cluster, about: "pending-img", reason: "Failed").compactMap(\.message)
        XCTAssertTrue(failed.contains("Failed to pull image \"nginx:does-not-exist\": rpc error: code = NotFound desc = failed to pull and unpack image "
            + "\"docker.io/library/nginx:does-not-exist\": failed to resolve reference \"docker.io/library/nginx:does-not-exist\": "
            + "docker.io/library/nginx:does-not-exist: not found"), "\(failed)")
        XCTAssertTrue(failed.contains("Error: ErrImagePull"))
        XCTAssertTrue(failed.contains("Error: ImagePullBackOff"))
        XCTAssertEqual(KubeletFixture.events(cluster, about: "pending-img", reason: "BackOff").first?.message,
                       "Back-off pulling image \"nginx:does-not-exist\"")
        let gaps = zip(pullTimes.dropFirst(), pullTimes).map { $0 - $1 }
        XCTAssertEqual(gaps.prefix(4).map { ($0 / 10).rounded() * 10 }, [10, 20, 40, 80], "\(gaps)")
        XCTAssertThrowsError(try cluster.logs(namespace: "default", pod: "pending-img")) { error in
            let message = (error as? APIError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("container \"app\" in pod \"pending-img\" is waiting to start:"), message)
        }
    }

    func testUnknownRepositoryAndNeverPolicy() throws {
        let cluster = KubeletFixture.cluster()
        try KubeletFixture.createPod(cluster, name: "typo", containers: [KubeletFixture.container("app", image: "nginxx")])
        try KubeletFixture.createPod(cluster, name: "never", containers: [{
            var container = KubeletFixture.container("app", image: "redis:7")
            container.imagePullPolicy = "Never"
            return container
        }()])
        cluster.advance(by: 15)
        let failed = KubeletFixture.events(cluster, about: "typo", reason: "Failed").compactMap(\.message)
        XCTAssertTrue(failed.contains { $0.contains("pull access denied, repository does not exist or may require authorization") })
        XCTAssertEqual(KubeletFixture.pod(cluster, "never")?.status.containerStatuses?.first?.state.waiting?.reason, "ErrImageNeverPull")
        XCTAssertEqual(KubeletFixture.events(cluster, about: "never", reason: "ErrImageNeverPull").first?.message,
                       "Container image \"redis:7\" is not present with pull policy of Never")
    }

    func testImageReferenceNormalization() {
        let cases: [(String, String)] = [
            ("nginx", "docker.io/library/nginx:latest"), ("kicbase/echo-server:1.0", "docker.io/kicbase/echo-server:1.0"),
            ("gcr.io/google-samples/kubernetes-bootcamp:v1", "gcr.io/google-samples/kubernetes-bootcamp:v1"),
            ("registry.k8s.io/hpa-example", "registry.k8s.io/hpa-example:latest"),
        ]
        for (text, normalized) in cases {
            guard case .success(let reference) = ImageReference.parse(text) else { return XCTFail(text) }
            XCTAssertEqual(reference.normalized, normalized)
        }
        guard case .failure(let error) = ImageReference.parse("Nginx") else { return XCTFail("uppercase accepted") }
        XCTAssertEqual(error.message, "Failed to apply default image tag \"Nginx\": couldn't parse image name \"Nginx\": "
            + "invalid reference format: repository name (library/Nginx) must be lowercase")
    }
}
