import KubeCluster

/// The flow `kubectl set image|env|resources` share: change each selected object's pod spec, skip objects
/// the change leaves as they were, print local and client-dry-run results without sending them, send the
/// rest to the API server, and report every error after the successes.
struct PodSpecEdit {
    let context: VerbContext
    /// The operation in the success line, e.g. `image updated`.
    let operation: String
    /// Prefix of a failed update, e.g. `failed to patch image update to pod template: `.
    let failurePrefix: String
    let output: ChangeOutput
    let dryRun: DryRunMode
    let local: Bool

    /// One object's outcome of the change function.
    enum Outcome {
        /// The object after the change (maybe unchanged).
        case changed(any APIObject)
        /// The change is not applicable: kubectl drops the object silently.
        case skipped
        /// The change failed for this object; reported as `error: resource/name <text>`.
        case failed(String)
    }

    /// `Info.ObjectName()`: `resource/name` for objects from the server; for `--local` objects, which have no
    /// REST mapping, the lower-case kind (with the group and, as upstream writes it, a newline).
    func objectName(_ target: TargetObject) -> String {
        guard local else { return "\(target.resource.name)/\(target.object.name)" }
        let kind = target.resource.kind.lowercased()
        return target.resource.group.isEmpty ? "\(kind)/\(target.object.name)" : "\(kind).\(target.resource.group)/\(target.object.name)\n"
    }

    /// Runs `change` on every target; `collected` gathers errors the change reports while it runs
    /// (kubectl appends those before the update errors). Returns the exit status.
    func run(_ targets: [TargetObject], collected: () -> [CommandError], change: (any APIObject) -> Outcome) -> Int32 {
        var outcomes: [(TargetObject, Outcome)] = []
        for target in targets { outcomes.append((target, change(target.object))) }
        var errors = collected()
        for (target, outcome) in outcomes {
            let updated: any APIObject
            switch outcome {
            case .skipped: continue
            case .failed(let text):
                errors.append(.message("error: \(objectName(target)) \(text)\n"))
                continue
            case .changed(let object): updated = object
            }
            if ObjectWriter.sameContent(target.object, updated) { continue }
            if local || dryRun == .client {
                if let error = output.print(updated, resource: target.resource, operation: operation, context: context) { errors.append(error) }
                continue
            }
            do {
                let stored = try ObjectWriter.write(updated, dryRun: dryRun, in: context.cluster)
                if let error = output.print(stored, resource: target.resource, operation: operation, context: context) { errors.append(error) }
            } catch let error as APIError {
                errors.append(.message(failurePrefix + error.message))
            } catch {
                errors.append(.message(failurePrefix + "\(error)"))
            }
        }
        return ErrorReport.emit(errors, to: context)
    }
}

/// kubectl's `--record` and change-cause bookkeeping (`RecordFlags`): with `--record=true` the command line
/// is written to the `kubernetes.io/change-cause` annotation; without the flag an existing annotation is
/// refreshed; `--record=false` leaves it alone.
enum ChangeCause {
    /// The annotation that `kubectl rollout history` shows.
    static let annotation = "kubernetes.io/change-cause"

    /// The command line as kubectl records it: `kubectl` and the words, then the flags given as `--name=value`.
    static func commandLine(_ invocation: KubectlInvocation) -> String {
        let words = (["kubectl"] + invocation.typedPath + invocation.arguments).joined(separator: " ")
        let flags = invocation.givenValues.keys.sorted().compactMap { name -> String? in
            guard let value = invocation.givenValues[name] else { return nil }
            return " --\(name)=\(value.text)"
        }
        return words + flags.joined()
    }

    /// Records the command on `object` when kubectl would.
    static func record(_ object: inout any APIObject, invocation: KubectlInvocation) {
        guard invocation.accepts("record") else { return }
        let exists = object.metadata.annotations?[annotation] != nil
        let wanted = invocation.wasSet("record") ? invocation.bool("record") : exists
        guard wanted else { return }
        object.metadata.setAnnotation(annotation, commandLine(invocation))
    }
}
