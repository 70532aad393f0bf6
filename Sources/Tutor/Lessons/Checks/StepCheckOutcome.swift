/// The result of evaluating one check: whether it holds, what it wants and, when it does not hold,
/// exactly what is missing.
public struct StepCheckOutcome: Sendable {
    /// Whether the check holds.
    public var holds: Bool
    /// What the check wants.
    public var label: LessonText
    /// Why it does not hold (nil when it holds).
    public var problem: LessonText?
    /// True when the check could not be evaluated at all (a bad jsonpath): a lesson bug, not a learner's.
    public var isBroken: Bool
    /// The outcomes of a composite check's parts.
    public var parts: [StepCheckOutcome]

    /// An outcome; a problem is kept only when the check does not hold.
    public init(holds: Bool, label: LessonText, problem: LessonText? = nil, isBroken: Bool = false,
                parts: [StepCheckOutcome] = []) {
        self.holds = holds
        self.label = label
        self.problem = holds ? nil : problem
        self.isBroken = isBroken
        self.parts = parts
    }

    /// A passing outcome.
    static func pass(_ label: LessonText) -> StepCheckOutcome { StepCheckOutcome(holds: true, label: label) }

    /// A failing outcome with the reason.
    static func fail(_ label: LessonText, _ problem: LessonText) -> StepCheckOutcome {
        StepCheckOutcome(holds: false, label: label, problem: problem)
    }

    /// Whether this outcome or one of its parts could not be evaluated.
    var containsBroken: Bool { isBroken || parts.contains { $0.containsBroken } }
}

/// Builds a two-language text: `say("…", "…")`.
func say(_ english: String, _ chinese: String) -> LessonText {
    LessonText(en: english, zhTW: chinese)
}
