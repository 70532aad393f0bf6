import XCTest
@testable import KubeCluster

/// Normalization of the metrics' proposal: the legacy scale-up limit, behavior policies and stabilization.
final class HPAScalingRulesTests: XCTestCase {
    func testLegacyScaleUpLimit() {
        for (current, limit) in [(Int32(0), Int32(4)), (1, 4), (2, 4), (3, 6), (10, 20)] {
            XCTAssertEqual(HPAReplicaNormalizer.legacyScaleUpLimit(current), limit, "current \(current)")
        }
    }

    func testLegacyClampsAndReportsLimits() {
        let cases: [(current: Int32, proposed: Int32, min: Int32, max: Int32, replicas: Int32, reason: String, limited: Bool)] = [
            (1, 9, 1, 10, 4, "ScaleUpLimit", true),
            (3, 10, 1, 20, 6, "ScaleUpLimit", true),
            (3, 10, 1, 5, 5, "TooManyReplicas", true),
            (3, 5, 1, 10, 5, "DesiredWithinRange", false),
            (3, 1, 2, 10, 2, "TooFewReplicas", true),
        ]
        for item in cases {
            var history = HPAScalingHistory()
            let outcome = HPAReplicaNormalizer.legacy(history: &history, current: item.current, proposed: item.proposed, min: item.min,
                                                      max: item.max, downscaleWindow: 300, now: 1000)
            XCTAssertEqual(outcome.replicas, item.replicas, "\(item)")
            XCTAssertEqual(outcome.limited.reason, item.reason, "\(item)")
            XCTAssertEqual(outcome.isLimited, item.limited, "\(item)")
            XCTAssertEqual(outcome.ableToScale.reason, "ReadyForNewScale")
        }
    }

    /// Legacy scale-down: the highest recommendation of the last 300 s wins (a sample exactly 300 s old still counts).
    func testLegacyDownscaleStabilization() {
        var history = HPAScalingHistory()
        history.recordInitialRecommendation(6, at: 0)
        var replicas: [Int32] = []
        var reasons: [String] = []
        for step in 1...22 {
            let outcome = HPAReplicaNormalizer.legacy(history: &history, current: 6, proposed: 2, min: 1, max: 10,
                                                      downscaleWindow: 300, now: Double(step * 15))
            replicas.append(outcome.replicas)
            reasons.append(outcome.ableToScale.reason)
        }
        XCTAssertEqual(replicas.prefix(20), ArraySlice(Array(repeating: 6, count: 20)))
        XCTAssertEqual(reasons[0], "ScaleDownStabilized")
        XCTAssertEqual(replicas[20], 2, "at 315 s the 6 recorded at 0 s has left the window")
        XCTAssertEqual(reasons[20], "ReadyForNewScale")
    }

    /// Default behavior (any behavior block): up by max(4 pods, 100 %) per 15 s.
    func testDefaultBehaviorScaleUpRate() {
        let behavior = HPABehavior(scaleUp: nil, scaleDown: nil).defaulted
        for (current, expected) in [(Int32(1), Int32(5)), (3, 7), (10, 20)] {
            var history = HPAScalingHistory()
            let outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: current, proposed: 100, min: 1,
                                                            max: 100, downscaleWindow: 300, now: 1000)
            XCTAssertEqual(outcome.replicas, expected, "from \(current)")
            XCTAssertEqual(outcome.limited.reason, "ScaleUpLimit")
            XCTAssertEqual(outcome.limited.message, "the desired replica count is increasing faster than the maximum scale rate")
        }
    }

    /// Scale events inside a policy period count against it: after 1→5 at t, the next 15 s allow only 5→5.
    func testBehaviorPeriodAccounting() {
        let behavior = HPABehavior().defaulted
        var history = HPAScalingHistory()
        var outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: 1, proposed: 50, min: 1, max: 100,
                                                        downscaleWindow: 300, now: 100)
        XCTAssertEqual(outcome.replicas, 5)
        history.recordScale(behavior: behavior, from: 1, to: 5, at: 100)
        outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: 5, proposed: 50, min: 1, max: 100,
                                                    downscaleWindow: 300, now: 110)
        XCTAssertEqual(outcome.replicas, 5, "period start is still 1: max(1+4, 2×1) = 5")
        outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: 5, proposed: 50, min: 1, max: 100,
                                                    downscaleWindow: 300, now: 115.5)
        XCTAssertEqual(outcome.replicas, 10, "the event left the 15 s period: max(5+4, 2×5)")
    }

    /// The docs' scale-down example: Pods 4 / 60 s and Percent 10 / 60 s, with selectPolicy Max, Min and Disabled.
    func testScaleDownPolicies() {
        let policies = [HPAScalingPolicy(type: "Pods", value: 4, periodSeconds: 60),
                        HPAScalingPolicy(type: "Percent", value: 10, periodSeconds: 60)]
        let cases: [(String, Int32, Int32)] = [("Max", 80, 72), ("Min", 80, 76), ("Max", 30, 26), ("Min", 30, 27), ("Disabled", 80, 80)]
        for (select, current, expected) in cases {
            let behavior = HPABehavior(scaleUp: nil, scaleDown: HPAScalingRules(stabilizationWindowSeconds: 0, selectPolicy: select,
                                                                                 policies: policies)).defaulted
            var history = HPAScalingHistory()
            let outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: current, proposed: 1, min: 1,
                                                            max: 100, downscaleWindow: 300, now: 1000)
            XCTAssertEqual(outcome.replicas, expected, "\(select) from \(current)")
        }
        // A scale-down already made inside the period uses up the budget.
        let behavior = HPABehavior(scaleDown: HPAScalingRules(stabilizationWindowSeconds: 0, policies: policies)).defaulted
        var history = HPAScalingHistory()
        history.recordScale(behavior: behavior, from: 80, to: 72, at: 1000)
        let outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: 72, proposed: 1, min: 1, max: 100,
                                                        downscaleWindow: 300, now: 1030)
        XCTAssertEqual(outcome.replicas, 72)
        XCTAssertEqual(outcome.limited.reason, "ScaleDownLimit")
    }

    /// With a behavior, scale-down uses the highest and scale-up the lowest recommendation of their windows.
    func testBehaviorStabilizationWindows() {
        let behavior = HPABehavior(scaleUp: HPAScalingRules(stabilizationWindowSeconds: 60), scaleDown: nil).defaulted
        var history = HPAScalingHistory()
        history.recordInitialRecommendation(2, at: 0)
        var outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: 2, proposed: 8, min: 1, max: 10,
                                                        downscaleWindow: 300, now: 30)
        XCTAssertEqual(outcome.replicas, 2)
        XCTAssertEqual(outcome.ableToScale.reason, "ScaleUpStabilized")
        XCTAssertEqual(outcome.ableToScale.message,
                       "recent recommendations were lower than current one, applying the lowest recent recommendation")
        outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: 2, proposed: 8, min: 1, max: 10,
                                                    downscaleWindow: 300, now: 75)
        XCTAssertEqual(outcome.replicas, 6, "the 2 left the 60 s window; the 8 is rate-limited to max(2+4, 4)")
        XCTAssertEqual(outcome.ableToScale.reason, "ReadyForNewScale")
        outcome = HPAReplicaNormalizer.withBehavior(behavior, history: &history, current: 6, proposed: 1, min: 1, max: 10,
                                                    downscaleWindow: 300, now: 90)
        XCTAssertEqual(outcome.replicas, 6)
        XCTAssertEqual(outcome.ableToScale.reason, "ScaleDownStabilized")
    }

    func testBehaviorDefaultsAndJSONShape() throws {
        let partial: JSONValue = ["scaleDown": ["stabilizationWindowSeconds": 60]]
        let defaulted = try XCTUnwrap(HPABehavior(json: partial)).defaulted
        let json = defaulted.json
        XCTAssertEqual(json.objectValue.map { Array($0.keys) }, ["scaleUp", "scaleDown"])
        XCTAssertEqual(json["scaleUp"], ["stabilizationWindowSeconds": 0, "selectPolicy": "Max",
                                         "policies": [["type": "Pods", "value": 4, "periodSeconds": 15],
                                                      ["type": "Percent", "value": 100, "periodSeconds": 15]]])
        XCTAssertEqual(json["scaleDown"], ["stabilizationWindowSeconds": 60, "selectPolicy": "Max",
                                           "policies": [["type": "Percent", "value": 100, "periodSeconds": 15]]])
        XCTAssertNil(HPABehavior(json: nil))
        XCTAssertNil(HPABehavior(json: .null))
    }
}
