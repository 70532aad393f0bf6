import XCTest
import KubeCluster
import KubeCtl
@testable import Tutor

/// Checks say precisely what is missing: a Service without pods, pods that are not ready, a field with
/// another value, a count short of its target.
final class CheckEvaluatorTests: XCTestCase {
    private func world() throws -> LessonWorld {
        try LessonWorld.build(TestLessons.basic, options: LessonFixtures.options())
    }

    private func check(_ yaml: String) -> Check {
        let (parsed, issues) = CheckReader.check(yaml: yaml)
        XCTAssertEqual(issues.filter { $0.severity == .error }.map(\.description), [])
        return parsed ?? Check(.answered)
    }

    private func evaluate(_ yaml: String, in world: LessonWorld, activity: StepActivity = StepActivity()) -> StepCheckOutcome {
        CheckEvaluator(cluster: world.cluster, namespace: "default", activity: activity).evaluate(check(yaml))
    }

    private func createService(_ yaml: String, in world: LessonWorld) throws {
        let objects = try JSONValue.parseYAMLDocuments(yaml)
        try SetupBuilder.createObjects(objects.map { SetupManifest(object: $0, location: LessonFileLocation(file: "t", line: 1)) },
                                       namespace: "default", in: world.cluster)
    }

    func testEndpointsExplainWhyAServiceHasNone() throws {
        let world = try world()
        XCTAssertTrue(evaluate("endpoints: {service: web, equals: 2}", in: world).holds)
        let missing = evaluate("endpoints: nothing", in: world)
        XCTAssertEqual(missing.problem?.text(in: .english), "there is no Service named nothing in namespace default")
        try createService("""
            apiVersion: v1
            kind: Service
            metadata: {name: typo}
            spec:
              selector: {app: wbe}
              ports: [{port: 80}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: bare}
            spec:
              ports: [{port: 80}]
            """, in: world)
        world.cluster.settle()
        let typo = evaluate("endpoints: typo", in: world)
        XCTAssertFalse(typo.holds)
        XCTAssertEqual(typo.problem?.text(in: .english),
                       "the Service exists but selects no pods (its selector app=wbe matches no pod's labels)")
        XCTAssertEqual(typo.problem?.text(in: .traditionalChinese),
                       "Service 存在，但沒有選到任何 Pod（selector app=wbe 對不上任何 Pod 的 label）")
        XCTAssertEqual(evaluate("endpoints: bare", in: world).problem?.text(in: .english),
                       "the Service has no selector, so it picks no pods")
        XCTAssertEqual(evaluate("endpoints: {service: web, atLeast: 3}", in: world).problem?.text(in: .english),
                       "the Service has 2 ready endpoint(s) (2 of 2 selected pods ready)")
    }

    func testFieldChecksQuoteTheActualValue() throws {
        let world = try world()
        let outcome = evaluate("field: {object: deployment/web, path: '{.spec.template.spec.containers[0].image}', equals: 'nginx:1.26'}",
                               in: world)
        XCTAssertEqual(outcome.problem?.text(in: .english),
                       "web: {.spec.template.spec.containers[0].image} is \"nginx:1.27\", but it should be \"nginx:1.26\"")
        XCTAssertTrue(evaluate("field: {object: deployment/web, path: '{.spec.replicas}', atLeast: 2}", in: world).holds)
        XCTAssertTrue(evaluate("field: {object: deployment/web, path: '{.status.unavailableReplicas}', equals: '0'}", in: world).holds)
        XCTAssertTrue(evaluate("field: {object: deployment/web, path: '{.spec.template.spec.containers[0].image}', matches: '^nginx:1\\.2[0-9]$'}",
                               in: world).holds)
        XCTAssertEqual(evaluate("field: {object: deployment/api, path: '{.spec.replicas}', equals: '1'}", in: world).problem?.text(in: .english),
                       "there is no Deployment named api in namespace default")
        let broken = evaluate("field: {object: deployment/web, path: '{.spec.containers[5]}', equals: '1'}", in: world)
        XCTAssertFalse(broken.holds)
    }

    func testCountsBreakDownWhatElseThereIs() throws {
        let world = try world()
        XCTAssertTrue(evaluate("count: {of: '@pod(app=web)', status: Running, ready: true, equals: 2}", in: world).holds)
        let short = evaluate("count: {of: '@pod(app=web)', status: CrashLoopBackOff, atLeast: 1}", in: world)
        XCTAssertEqual(short.problem?.text(in: .english), "found 0 (others: 2 Running)")
        XCTAssertEqual(evaluate("count: {of: '@pod(app=nothing)', atLeast: 1}", in: world).problem?.text(in: .english),
                       "no Pod matches -l app=nothing")
        XCTAssertTrue(evaluate("count: {of: '@pod(deployment/web)', equals: 2}", in: world).holds)
        XCTAssertTrue(evaluate("count: {of: '@pod(service/web)', equals: 2}", in: world).holds)
    }

    func testRolloutsConditionsAndRevisions() throws {
        let world = try world()
        XCTAssertTrue(evaluate("rolledOut: deployment/web", in: world).holds)
        XCTAssertTrue(evaluate("condition: {object: deployment/web, type: Available, status: 'True'}", in: world).holds)
        XCTAssertEqual(evaluate("revision: {deployment: web, atLeast: 2}", in: world).problem?.text(in: .english),
                       "web is at revision 1")
        guard var deployment = world.cluster.store.get(Deployment.self, namespace: "default", name: "web") else { return XCTFail("no web") }
        deployment.spec.template.spec.containers[0].image = "nginx:1.26"
        _ = try world.cluster.api.update(deployment)
        world.cluster.settle()
        let rolling = evaluate("rolledOut: deployment/web", in: world)
        XCTAssertFalse(rolling.holds)
        world.cluster.advance(by: 120)
        XCTAssertTrue(evaluate("rolledOut: deployment/web", in: world).holds)
        XCTAssertTrue(evaluate("revision: {deployment: web, atLeast: 2}", in: world).holds)
    }

    func testCompositesAndWhatTheLearnerDid() throws {
        let world = try world()
        XCTAssertTrue(evaluate("all: [{exists: deployment/web}, {absent: pod/ghost}]", in: world).holds)
        XCTAssertTrue(evaluate("any: [{exists: pod/ghost}, {exists: service/web}]", in: world).holds)
        let negated = evaluate("not: {exists: service/web}", in: world)
        XCTAssertEqual(negated.problem?.text(in: .english), "this still holds: service/web exists")
        var activity = StepActivity()
        let ran = evaluate("command: kubectl get pods", in: world, activity: activity)
        XCTAssertEqual(ran.problem?.text(in: .english), "no such command in this step yet")
        let pattern = check("command: kubectl get pods")
        guard case .command(let patterns, _) = pattern.kind, let key = patterns.first?.key else { return XCTFail("not a command check") }
        activity.commands.append(LearnerCommand(program: "kubectl", argv: ["kubectl", "get", "pods"], status: 1, namespace: "default",
                                                matchedPatterns: [key]))
        XCTAssertEqual(CheckEvaluator(cluster: world.cluster, namespace: "default", activity: activity).evaluate(pattern).problem?
            .text(in: .english), "`kubectl get pods` ran but failed (exit status 1)")
        activity.events.append(SeenEvent(reason: "BackOff", type: "Warning", message: "Back-off restarting failed container", kind: "Pod",
                                         name: "gone-pod", namespace: "default", labels: ["app": "web"]))
        XCTAssertTrue(evaluate("event: {reason: BackOff, object: '@pod(app=web)'}", in: world, activity: activity).holds)
        XCTAssertFalse(evaluate("event: {reason: BackOff, object: '@pod(app=api)'}", in: world, activity: activity).holds)
    }

    func testAnswersCompareLikeAPerson() {
        XCTAssertTrue(AnswerComparison.accepts(" 10.244.0.5 ", expected: ["10.244.0.5"]))
        XCTAssertTrue(AnswerComparison.accepts("\"Guaranteed\".", expected: ["Guaranteed"]))
        XCTAssertTrue(AnswerComparison.accepts("3.0", expected: ["3"]))
        XCTAssertFalse(AnswerComparison.accepts("4", expected: ["3"]))
        XCTAssertFalse(AnswerComparison.accepts("anything", expected: []))
    }
}
