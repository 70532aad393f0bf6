/// `ValidatePodUpdate`: a pod's spec is immutable except container images, `activeDeadlineSeconds`
/// (set, or lowered), added tolerations and a negative grace period raised to 1.
enum PodUpdateValidation {
    /// The fields an update may change, as the forbidden message lists them (`updatablePodSpecFields`).
    static let updatableFields = [
        "`spec.containers[*].image`",
        "`spec.initContainers[*].image`",
        "`spec.activeDeadlineSeconds`",
        "`spec.tolerations` (only additions to existing tolerations)",
        "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
    ]

    /// The failures of replacing `old` with `new`.
    static func errors(new: Pod, old: Pod) -> [FieldError] {
        var errors = Pod.annotationErrors(new.metadata.annotations) + PodSpecValidation.errors(new.spec, path: "spec", isPod: true)
        for (newList, oldList, path) in [(new.spec.containers, old.spec.containers, "spec.containers"),
                                         (new.spec.initContainers ?? [], old.spec.initContainers ?? [], "spec.initContainers")] {
            if newList.count != oldList.count {
                return errors + [FieldError(.forbidden, path, "pod updates may not add or remove containers")]
            }
            for (index, container) in newList.enumerated() {
                let image = container.image ?? ""
                if image.isEmpty { errors.append(FieldError(.required, "\(path)[\(index)].image")) }
                if image != image.trimmingCharacters(in: .whitespaces) {
                    errors.append(FieldError(.invalid, "\(path)[\(index)].image", value: FieldError.quote(image),
                                             "must not have leading or trailing whitespace"))
                }
            }
        }
        let deadline = activeDeadlineErrors(new: new.spec.activeDeadlineSeconds, old: old.spec.activeDeadlineSeconds)
        errors += deadline.errors
        if deadline.stop { return errors }
        errors += tolerationErrors(new: new.spec.tolerations ?? [], old: old.spec.tolerations ?? [])
        if SemanticEquality.equal(new.spec, old.spec) { return errors }
        let munged = mungedSpec(new.spec, old: old.spec)
        if !SemanticEquality.equal(munged, old.spec) {
            let message = "pod updates may not change fields other than " + updatableFields.joined(separator: ",") + "\n"
                + PodSpecDiff.render(old: old.spec, new: munged)
            errors.append(FieldError(.forbidden, "spec", message))
        }
        return errors
    }

    /// Only set-from-nil or lowering is allowed; `stop` when upstream returns at once.
    private static func activeDeadlineErrors(new: Int64?, old: Int64?) -> (errors: [FieldError], stop: Bool) {
        let path = "spec.activeDeadlineSeconds"
        if let new {
            if new < 0 || new > Int64(Int32.max) {
                return ([FieldError(.invalid, path, value: String(new), "must be between 0 and 2147483647, inclusive")], true)
            }
            if let old, old < new {
                return ([FieldError(.invalid, path, value: String(new), "must be less than or equal to previous value")], true)
            }
        } else if old != nil {
            return ([FieldError(.invalid, path, value: "null", "must not update from a positive integer to nil value")], false)
        }
        return ([], false)
    }

    /// Every old toleration must survive (its `tolerationSeconds` may change); new ones are validated.
    private static func tolerationErrors(new: [Toleration], old: [Toleration]) -> [FieldError] {
        for toleration in old {
            let kept = new.contains { candidate in
                var copy = toleration
                copy.tolerationSeconds = candidate.tolerationSeconds
                return copy == candidate
            }
            if !kept {
                return [FieldError(.forbidden, "spec.tolerations", "existing toleration can not be modified except its tolerationSeconds")]
            }
        }
        return new.enumerated().flatMap { PodSpecValidation.tolerationErrors($0.element, path: "spec.tolerations[\($0.offset)]") }
    }

    /// `new` with every field an update may change put back to its `old` value.
    static func mungedSpec(_ new: PodSpec, old: PodSpec) -> PodSpec {
        var munged = new
        for index in munged.containers.indices where old.containers.indices.contains(index) {
            munged.containers[index].image = old.containers[index].image
        }
        if var initContainers = munged.initContainers, let oldInit = old.initContainers {
            for index in initContainers.indices where oldInit.indices.contains(index) {
                initContainers[index].image = oldInit[index].image
            }
            munged.initContainers = initContainers
        }
        munged.activeDeadlineSeconds = old.activeDeadlineSeconds
        munged.tolerations = old.tolerations
        if let oldGrace = old.terminationGracePeriodSeconds, oldGrace < 0, munged.terminationGracePeriodSeconds == 1 {
            munged.terminationGracePeriodSeconds = oldGrace
        }
        return munged
    }
}
