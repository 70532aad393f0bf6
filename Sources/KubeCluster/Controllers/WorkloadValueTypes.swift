import Foundation

// The workload controllers' entry points into the API value types (LabelSelectorSpec, IntOrString,
// Quantity), kept in one place so the rules and controllers read the same way upstream's do.

/// Label selector matching for the workload controllers (`metav1.LabelSelectorAsSelector` + `Matches`),
/// written against the temporary `LabelSelectorSpec`.
enum WorkloadSelector {
    /// Why a selector could not be turned into a matcher (`LabelSelectorAsSelector`'s errors).
    struct InvalidSelector: Error, CustomStringConvertible {
        let description: String
    }

    /// One `matchExpressions` entry, decoded from the stand-in's free-form JSON.
    struct Requirement: Equatable {
        var key: String
        var operatorName: String
        var values: [String]?
    }

    /// The requirements of `selector.matchExpressions`, in order (malformed entries keep empty fields).
    static func requirements(_ selector: LabelSelectorSpec) -> [Requirement] {
        (selector.matchExpressions ?? []).map { Requirement(key: $0.key, operatorName: $0.operator, values: $0.values) }
    }

    /// True when the selector has neither labels nor expressions (`{}`: selects everything).
    static func isEmpty(_ selector: LabelSelectorSpec) -> Bool {
        (selector.matchLabels ?? [:]).isEmpty && (selector.matchExpressions ?? []).isEmpty
    }

    /// Checks that every expression uses a known operator with the values it needs.
    static func validate(_ selector: LabelSelectorSpec) throws {
        for requirement in requirements(selector) {
            switch requirement.operatorName {
            case "In", "NotIn":
                if (requirement.values ?? []).isEmpty {
                    throw InvalidSelector(description: "for 'in', 'notin' operators, values set can't be empty")
                }
            case "Exists", "DoesNotExist":
                if !(requirement.values ?? []).isEmpty {
                    throw InvalidSelector(description: "values set must be empty for exists and does not exist")
                }
            default:
                throw InvalidSelector(description: "\(FieldError.quote(requirement.operatorName)) is not a valid label selector operator")
            }
        }
    }

    /// Whether `labels` satisfy `selector`. A nil selector matches nothing, an empty one everything.
    static func matches(_ selector: LabelSelectorSpec?, _ labels: [String: String]?) -> Bool {
        guard let selector else { return false }
        guard (try? validate(selector)) != nil else { return false }
        let labels = labels ?? [:]
        for (key, value) in selector.matchLabels ?? [:] where labels[key] != value { return false }
        for requirement in requirements(selector) {
            let present = labels[requirement.key]
            let values = requirement.values ?? []
            switch requirement.operatorName {
            case "In": if let present, values.contains(present) { continue } else { return false }
            case "NotIn": if let present, values.contains(present) { return false }
            case "Exists": if present == nil { return false }
            case "DoesNotExist": if present != nil { return false }
            default: return false
            }
        }
        return true
    }
}

/// `intstr.GetScaledValueFromIntOrPercent` for the temporary `IntOrString`.
enum IntOrStringScaling {
    /// Why a value could not be scaled.
    struct InvalidValue: Error, CustomStringConvertible {
        let description: String
    }

    /// The absolute value of `value` against `total`: an int as is, "N%" as N% of total (ceil when
    /// `roundUp`, floor otherwise). Strings without `%` and unparsable numbers are errors.
    static func scaledValue(_ value: IntOrString?, total: Int, roundUp: Bool) throws -> Int {
        guard let value else { throw InvalidValue(description: "nil value for IntOrString") }
        switch value {
        case .int(let number):
            return Int(number)
        case .string(let text):
            guard text.hasSuffix("%") else {
                throw InvalidValue(description: "invalid value for IntOrString: invalid type: string is not a percentage")
            }
            guard let percent = Int(text.dropLast()) else {
                throw InvalidValue(description: "invalid value for IntOrString: invalid value \(FieldError.quote(text)): "
                    + "strconv.Atoi: parsing \(FieldError.quote(String(text.dropLast()))): invalid syntax")
            }
            let exact = Double(percent) * Double(total) / 100
            let rounded = roundUp ? exact.rounded(.up) : exact.rounded(.down)
            // Go converts an out-of-range float silently; clamp instead of trapping.
            return Int(max(min(rounded, Double(Int32.max)), Double(Int32.min)))
        }
    }

    /// The number inside `value` for validation (`getIntOrPercentValue`): the int, or N of "N%",
    /// or 0 for anything else.
    static func plainValue(_ value: IntOrString?) -> Int {
        switch value {
        case .int(let number)?: return Int(number)
        case .string(let text)?: return percentValue(text) ?? 0
        case nil: return 0
        }
    }

    /// N of a valid "N%" string (`^[0-9]+%$`), else nil.
    static func percentValue(_ text: String) -> Int? {
        guard text.hasSuffix("%"), text.count > 1 else { return nil }
        let digits = text.dropLast()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}

/// Numeric values of quantities for QoS equality and zero checks.
enum QuantityMilli {
    /// The value in milli-units.
    static func milliValue(_ quantity: Quantity) -> Double? { Double(quantity.milliValue) }
}
