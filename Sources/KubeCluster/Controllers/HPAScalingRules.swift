import Collections
import Foundation

/// One rate limit of an HPA scaling direction: at most `value` pods (`Pods`) or percent (`Percent`) per
/// `periodSeconds`.
public struct HPAScalingPolicy: Hashable, Sendable {
    /// `Pods` or `Percent`.
    public var type: String
    /// How many pods, or which percentage.
    public var value: Int32
    /// The window the limit applies to.
    public var periodSeconds: Int32

    public init(type: String, value: Int32, periodSeconds: Int32) {
        self.type = type
        self.value = value
        self.periodSeconds = periodSeconds
    }
}

/// The scaling rules of one direction (`spec.behavior.scaleUp` / `scaleDown`).
public struct HPAScalingRules: Hashable, Sendable {
    /// How far back recommendations are considered.
    public var stabilizationWindowSeconds: Int32?
    /// `Max` (default), `Min` or `Disabled`.
    public var selectPolicy: String?
    /// The rate limits.
    public var policies: [HPAScalingPolicy]?

    public init(stabilizationWindowSeconds: Int32? = nil, selectPolicy: String? = nil, policies: [HPAScalingPolicy]? = nil) {
        self.stabilizationWindowSeconds = stabilizationWindowSeconds
        self.selectPolicy = selectPolicy
        self.policies = policies
    }

    /// Upstream's scale-up defaults: no stabilization, `Max` of 4 pods or 100 % per 15 s.
    public static let defaultScaleUp = HPAScalingRules(
        stabilizationWindowSeconds: 0, selectPolicy: "Max",
        policies: [HPAScalingPolicy(type: "Pods", value: 4, periodSeconds: 15),
                   HPAScalingPolicy(type: "Percent", value: 100, periodSeconds: 15)])
    /// Upstream's scale-down defaults: `Max` of 100 % per 15 s; the window comes from the controller flag.
    public static let defaultScaleDown = HPAScalingRules(
        stabilizationWindowSeconds: nil, selectPolicy: "Max",
        policies: [HPAScalingPolicy(type: "Percent", value: 100, periodSeconds: 15)])

    /// These rules with every unset field taken from `defaults` (`copyHPAScalingRules`).
    public func filled(from defaults: HPAScalingRules) -> HPAScalingRules {
        HPAScalingRules(stabilizationWindowSeconds: stabilizationWindowSeconds ?? defaults.stabilizationWindowSeconds,
                        selectPolicy: selectPolicy ?? defaults.selectPolicy, policies: policies ?? defaults.policies)
    }
}

/// `spec.behavior`: the rules for scaling up and down. kubetutor keeps it as JSON in the model; this type
/// reads and writes that JSON in the API's field order.
public struct HPABehavior: Hashable, Sendable {
    /// Rules for growing.
    public var scaleUp: HPAScalingRules?
    /// Rules for shrinking.
    public var scaleDown: HPAScalingRules?

    public init(scaleUp: HPAScalingRules? = nil, scaleDown: HPAScalingRules? = nil) {
        self.scaleUp = scaleUp
        self.scaleDown = scaleDown
    }

    /// Reads a behavior JSON object; nil for JSON null or a non-object.
    public init?(json: JSONValue?) {
        guard let json, json.objectValue != nil else { return nil }
        scaleUp = Self.rules(json["scaleUp"])
        scaleDown = Self.rules(json["scaleDown"])
    }

    private static func rules(_ json: JSONValue?) -> HPAScalingRules? {
        guard let json, json.objectValue != nil else { return nil }
        let policies = json["policies"]?.arrayValue.map { items in
            items.map { item in
                HPAScalingPolicy(type: item["type"]?.stringValue ?? "", value: Int32(clamping: item["value"]?.intValue ?? 0),
                                 periodSeconds: Int32(clamping: item["periodSeconds"]?.intValue ?? 0))
            }
        }
        return HPAScalingRules(stabilizationWindowSeconds: json["stabilizationWindowSeconds"]?.intValue.map { Int32(clamping: $0) },
                               selectPolicy: json["selectPolicy"]?.stringValue, policies: policies)
    }

    /// The behavior with both directions filled with upstream's defaults (`SetDefaults_HorizontalPodAutoscalerBehavior`).
    public var defaulted: HPABehavior {
        HPABehavior(scaleUp: (scaleUp ?? HPAScalingRules()).filled(from: .defaultScaleUp),
                    scaleDown: (scaleDown ?? HPAScalingRules()).filled(from: .defaultScaleDown))
    }

    /// The JSON form, members in API order (`scaleUp`, `scaleDown`; `stabilizationWindowSeconds`,
    /// `selectPolicy`, `policies`; `type`, `value`, `periodSeconds`).
    public var json: JSONValue {
        var members = OrderedDictionary<String, JSONValue>()
        if let scaleUp { members["scaleUp"] = Self.json(scaleUp) }
        if let scaleDown { members["scaleDown"] = Self.json(scaleDown) }
        return .object(members)
    }

    private static func json(_ rules: HPAScalingRules) -> JSONValue {
        var members = OrderedDictionary<String, JSONValue>()
        if let window = rules.stabilizationWindowSeconds { members["stabilizationWindowSeconds"] = .int(Int64(window)) }
        if let select = rules.selectPolicy { members["selectPolicy"] = .string(select) }
        if let policies = rules.policies {
            members["policies"] = .array(policies.map { policy in
                .object(["type": .string(policy.type), "value": .int(Int64(policy.value)),
                         "periodSeconds": .int(Int64(policy.periodSeconds))])
            })
        }
        return .object(members)
    }
}

/// A condition outcome of normalization: reason and message for `AbleToScale` or `ScalingLimited`.
public struct HPAConditionOutcome: Equatable, Sendable {
    /// The condition reason, e.g. `ScaleUpLimit`.
    public var reason: String
    /// The condition message.
    public var message: String
}

/// The per-HPA memory the controller keeps between syncs: recent unstabilized recommendations and, for
/// HPAs with `behavior`, recent scale events (replica changes) per direction.
public struct HPAScalingHistory: Sendable {
    struct Recommendation: Sendable { var replicas: Int32; var time: Double }
    struct ScaleEvent: Sendable { var change: Int32; var time: Double; var outdated: Bool }
    var recommendations: [Recommendation] = []
    var scaleUpEvents: [ScaleEvent] = []
    var scaleDownEvents: [ScaleEvent] = []

    public init() {}

    /// Seeds the recommendations with the current size on the first sync (`recordInitialRecommendation`).
    public mutating func recordInitialRecommendation(_ replicas: Int32, at time: Double) {
        if recommendations.isEmpty { recommendations = [Recommendation(replicas: replicas, time: time)] }
    }

    /// Remembers a rescale for the behavior rate limits (`storeScaleEvent`); nothing without a behavior.
    public mutating func recordScale(behavior: HPABehavior?, from previous: Int32, to new: Int32, at time: Double) {
        guard let behavior else { return }
        if new > previous {
            let longest = (behavior.scaleUp?.policies ?? []).map(\.periodSeconds).max() ?? 0
            Self.store(&scaleUpEvents, change: new - previous, longestPeriod: longest, at: time)
        } else {
            let longest = (behavior.scaleDown?.policies ?? []).map(\.periodSeconds).max() ?? 0
            Self.store(&scaleDownEvents, change: previous - new, longestPeriod: longest, at: time)
        }
    }

    private static func store(_ events: inout [ScaleEvent], change: Int32, longestPeriod: Int32, at time: Double) {
        let cutoff = time - Double(longestPeriod)
        for index in events.indices where events[index].time < cutoff { events[index].outdated = true }
        let event = ScaleEvent(change: change, time: time, outdated: false)
        if let reuse = events.lastIndex(where: \.outdated) { events[reuse] = event } else { events.append(event) }
    }

    static func changeWithin(_ period: Int32, of events: [ScaleEvent], now: Double) -> Int32 {
        let cutoff = now - Double(period)
        return events.filter { $0.time > cutoff }.reduce(0) { $0 + $1.change }
    }
}

/// Turns the metrics' proposal into the size to apply: stabilization, rate limits and min/max clamping,
/// with the `AbleToScale` and `ScalingLimited` outcomes (`normalizeDesiredReplicas[WithBehaviors]`).
public enum HPAReplicaNormalizer {
    /// Legacy limit when no `behavior` is set: at most max(2 × current, 4) per sync.
    public static func legacyScaleUpLimit(_ current: Int32) -> Int32 {
        Int32(max(2.0 * Double(current), 4.0))
    }

    /// The legacy path (no `behavior`): highest recommendation within `downscaleWindow` seconds, then the
    /// scale-up limit and [min, max].
    public static func legacy(history: inout HPAScalingHistory, current: Int32, proposed: Int32, min minReplicas: Int32,
                              max maxReplicas: Int32, downscaleWindow: Double, now: Double)
        -> (replicas: Int32, ableToScale: HPAConditionOutcome, limited: HPAConditionOutcome, isLimited: Bool) {
        var highest = proposed
        var oldIndex: Int?
        let cutoff = now - downscaleWindow
        for (index, recommendation) in history.recommendations.enumerated() {
            if recommendation.time < cutoff { oldIndex = index } else if recommendation.replicas > highest {
                highest = recommendation.replicas
            }
        }
        let fresh = HPAScalingHistory.Recommendation(replicas: proposed, time: now)
        if let oldIndex { history.recommendations[oldIndex] = fresh } else { history.recommendations.append(fresh) }
        let able = highest != proposed ? stabilizedDown : readyForNewScale
        let scaleUpLimit = legacyScaleUpLimit(current)
        var maxAllowed = maxReplicas
        var limit = HPAConditionOutcome(reason: "TooManyReplicas", message: tooMany)
        if maxReplicas > scaleUpLimit {
            maxAllowed = scaleUpLimit
            limit = HPAConditionOutcome(reason: "ScaleUpLimit", message: scaleUpTooFast)
        }
        if highest < minReplicas {
            return (minReplicas, able, HPAConditionOutcome(reason: "TooFewReplicas", message: tooFew), minReplicas != highest)
        }
        if highest > maxAllowed { return (maxAllowed, able, limit, true) }
        return (highest, able, withinRange, false)
    }

    /// The `behavior` path: stabilization over the up/down windows, then the policies' rate limits and [min, max].
    public static func withBehavior(_ behavior: HPABehavior, history: inout HPAScalingHistory, current: Int32,
                                    proposed: Int32, min minReplicas: Int32, max maxReplicas: Int32,
                                    downscaleWindow: Double, now: Double)
        -> (replicas: Int32, ableToScale: HPAConditionOutcome, limited: HPAConditionOutcome, isLimited: Bool) {
        let up = behavior.scaleUp ?? .defaultScaleUp
        var down = behavior.scaleDown ?? .defaultScaleDown
        if down.stabilizationWindowSeconds == nil { down.stabilizationWindowSeconds = Int32(downscaleWindow) }
        let (stabilized, stabilizedOutcome) = stabilize(history: &history, current: current, proposed: proposed,
                                                        upWindow: Double(up.stabilizationWindowSeconds ?? 0),
                                                        downWindow: Double(down.stabilizationWindowSeconds ?? 0), now: now)
        let able = stabilized != proposed ? stabilizedOutcome : readyForNewScale
        var result = stabilized
        var limit = withinRange
        if stabilized > current {
            var scaleUpLimit = scaleUpLimit(current: current, history: history, rules: up, now: now)
            if scaleUpLimit < current { scaleUpLimit = current }
            var maxAllowed = maxReplicas
            limit = HPAConditionOutcome(reason: "TooManyReplicas", message: tooMany)
            if maxAllowed > scaleUpLimit {
                maxAllowed = scaleUpLimit
                limit = HPAConditionOutcome(reason: "ScaleUpLimit", message: scaleUpTooFast)
            }
            if stabilized > maxAllowed { result = maxAllowed } else { limit = withinRange }
        } else if stabilized < current {
            var scaleDownLimit = scaleDownLimit(current: current, history: history, rules: down, now: now)
            if scaleDownLimit > current { scaleDownLimit = current }
            var minAllowed = minReplicas
            limit = HPAConditionOutcome(reason: "TooFewReplicas", message: tooFew)
            if minAllowed < scaleDownLimit {
                minAllowed = scaleDownLimit
                limit = HPAConditionOutcome(reason: "ScaleDownLimit", message: scaleDownTooFast)
            }
            if stabilized < minAllowed { result = minAllowed } else { limit = withinRange }
        }
        return (result, able, limit, result != stabilized)
    }

    private static func stabilize(history: inout HPAScalingHistory, current: Int32, proposed: Int32,
                                  upWindow: Double, downWindow: Double, now: Double) -> (Int32, HPAConditionOutcome) {
        var upRecommendation = proposed
        var downRecommendation = proposed
        let upCutoff = now - upWindow
        let downCutoff = now - downWindow
        var oldIndex: Int?
        for (index, recommendation) in history.recommendations.enumerated() {
            if recommendation.time > upCutoff { upRecommendation = min(recommendation.replicas, upRecommendation) }
            if recommendation.time > downCutoff { downRecommendation = max(recommendation.replicas, downRecommendation) }
            if recommendation.time < upCutoff, recommendation.time < downCutoff { oldIndex = index }
        }
        var recommendation = current
        if recommendation < upRecommendation { recommendation = upRecommendation }
        if recommendation > downRecommendation { recommendation = downRecommendation }
        let fresh = HPAScalingHistory.Recommendation(replicas: proposed, time: now)
        if let oldIndex { history.recommendations[oldIndex] = fresh } else { history.recommendations.append(fresh) }
        return (recommendation, proposed >= current ? stabilizedUp : stabilizedDown)
    }

    /// `calculateScaleUpLimitWithScalingRules`.
    static func scaleUpLimit(current: Int32, history: HPAScalingHistory, rules: HPAScalingRules, now: Double) -> Int32 {
        let select = rules.selectPolicy ?? "Max"
        if select == "Disabled" { return current }
        var result: Int32 = select == "Min" ? Int32.max : Int32.min
        for policy in rules.policies ?? [] {
            let added = HPAScalingHistory.changeWithin(policy.periodSeconds, of: history.scaleUpEvents, now: now)
            let deleted = HPAScalingHistory.changeWithin(policy.periodSeconds, of: history.scaleDownEvents, now: now)
            let periodStart = current - added + deleted
            let proposed: Int32 = policy.type == "Pods" ? periodStart + policy.value
                : Int32(clamping: Int64((Double(periodStart) * (1 + Double(policy.value) / 100)).rounded(.up)))
            result = select == "Min" ? min(result, proposed) : max(result, proposed)
        }
        return result
    }

    /// `calculateScaleDownLimitWithBehaviors`.
    static func scaleDownLimit(current: Int32, history: HPAScalingHistory, rules: HPAScalingRules, now: Double) -> Int32 {
        let select = rules.selectPolicy ?? "Max"
        if select == "Disabled" { return current }
        var result: Int32 = select == "Min" ? Int32.min : Int32.max
        for policy in rules.policies ?? [] {
            let added = HPAScalingHistory.changeWithin(policy.periodSeconds, of: history.scaleUpEvents, now: now)
            let deleted = HPAScalingHistory.changeWithin(policy.periodSeconds, of: history.scaleDownEvents, now: now)
            let periodStart = current - added + deleted
            let proposed: Int32 = policy.type == "Pods" ? periodStart - policy.value
                : Int32(clamping: Int64(Double(periodStart) * (1 - Double(policy.value) / 100)))
            result = select == "Min" ? max(result, proposed) : min(result, proposed)
        }
        return result
    }

    static let readyForNewScale = HPAConditionOutcome(reason: "ReadyForNewScale", message: "recommended size matches current size")
    static let stabilizedDown = HPAConditionOutcome(reason: "ScaleDownStabilized",
        message: "recent recommendations were higher than current one, applying the highest recent recommendation")
    static let stabilizedUp = HPAConditionOutcome(reason: "ScaleUpStabilized",
        message: "recent recommendations were lower than current one, applying the lowest recent recommendation")
    static let withinRange = HPAConditionOutcome(reason: "DesiredWithinRange", message: "the desired count is within the acceptable range")
    static let tooMany = "the desired replica count is more than the maximum replica count"
    static let tooFew = "the desired replica count is less than the minimum replica count"
    static let scaleUpTooFast = "the desired replica count is increasing faster than the maximum scale rate"
    static let scaleDownTooFast = "the desired replica count is decreasing faster than the maximum scale rate"
}
