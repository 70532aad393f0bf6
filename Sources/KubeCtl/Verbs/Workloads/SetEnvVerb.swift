import Foundation
import KubeCluster

/// `kubectl set env RESOURCE KEY=VALUE… KEY-…`: adds, replaces and removes container environment variables
/// of pods and pod templates (`-e`, `-c`, `--from=configmap/x|secret/x`, `--keys`, `--prefix`, `--overwrite`),
/// or lists them with `--list` (`--resolve` shows referenced values).
enum SetEnvVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        if invocation.bool("all"), !invocation.string("selector").isEmpty {
            return ErrorReport.emit(.message("cannot set --all and --selector at the same time"), to: context)
        }
        guard let split = EnvArguments.split(invocation.arguments) else {
            return ErrorReport.emit(.message("all resources must be specified before environment changes: "
                + invocation.arguments.joined(separator: " ")), to: context)
        }
        if invocation.strings("filename").isEmpty, split.resources.isEmpty {
            return ErrorReport.emit(.message("one or more resources must be specified as <resource> <name> or <resource>/<name>"), to: context)
        }
        let setup: SetCommandSetup
        switch SetCommandSetup.make(context, resources: split.resources, checkLocalResources: false) {
        case .success(let made): setup = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        if let problem = validate(context, setup: setup, resources: split.resources) { return ErrorReport.emit(problem, to: context) }
        var changes: EnvChanges
        switch EnvChanges.parse(invocation.strings("env") + split.env, stdin: context.stdin) {
        case .success(let parsed): changes = parsed
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        if !invocation.string("from").isEmpty {
            switch importedVariables(context, keys: invocation.strings("keys")) {
            case .success(let imported): changes.set += imported
            case .failure(let error): return ErrorReport.emit(error, to: context)
            }
        }
        let prefix = invocation.string("prefix")
        if !prefix.isEmpty { changes.set = changes.set.map { EnvVar(name: prefix + $0.name, value: $0.value).with($0.valueFrom) } }
        return apply(changes, to: setup, context: context, envArgumentsGiven: !split.env.isEmpty)
    }

    /// `Validate`.
    static func validate(_ context: VerbContext, setup: SetCommandSetup, resources: [String]) -> CommandError? {
        let invocation = context.invocation
        if let error = setup.localServerDryRunError() { return error }
        if invocation.strings("filename").isEmpty, resources.isEmpty {
            return .message("one or more resources must be specified as <resource> <name> or <resource>/<name>")
        }
        if invocation.bool("list"), !invocation.string("output").isEmpty { return .message("--list and --output may not be specified together") }
        if !invocation.strings("keys").isEmpty, invocation.string("from").isEmpty {
            return .message("when specifying --keys, a configmap or secret must be provided with --from")
        }
        return nil
    }

    /// Changes every selected container, listing instead of updating with `--list`.
    static func apply(_ changes: EnvChanges, to setup: SetCommandSetup, context: VerbContext, envArgumentsGiven: Bool) -> Int32 {
        let invocation = context.invocation
        let selector = invocation.string("containers")
        let listing = invocation.bool("list")
        var listErrors: [String] = []
        let edit = PodSpecEdit(context: context, operation: "env updated", failurePrefix: "failed to patch env update to pod template: ",
                               output: setup.output, dryRun: setup.dryRun, local: setup.local)
        let status = edit.run(listing ? [] : setup.targets, collected: { [] }) { object in
            change(object, changes: changes, selector: selector, overwrite: invocation.bool("overwrite"), context: context)
        }
        guard listing else {
            if status == 0, changes.set.isEmpty, !envArgumentsGiven, setup.targets.contains(where: { changedAny($0, changes, selector) }) {
                return ErrorReport.emit(.message("at least one environment variable must be provided"), to: context)
            }
            return status
        }
        for target in setup.targets {
            guard var spec = PodTemplateAccess.podSpec(target.object) else {
                return ErrorReport.emit(.message("error: \(edit.objectName(target)) "
                    + PodTemplateAccess.unsupported(target.object).plainText + "\n"), to: context)
            }
            let kind = type(of: target.object).kind
            let indexes = ContainerSelection.indexes(in: spec, matching: selector)
            if indexes.isEmpty {
                context.errorLine("Warning: \(kind)/\(target.object.name) does not have any containers matching \(FieldError.quote(selector))")
                continue
            }
            for index in indexes {
                if !invocation.bool("overwrite"), let error = EnvChanges.overwriteError(spec[index].env ?? [], changes.set) {
                    return ErrorReport.emit(.message("error: \(edit.objectName(target)) \(error)\n"), to: context)
                }
                spec[index].env = changes.applied(to: spec[index].env)
                listErrors += EnvListing.write(spec[index], kind: kind, objectName: target.object.name, resolve: invocation.bool("resolve"),
                                               namespace: target.object.namespace, context: context)
            }
        }
        return listErrors.isEmpty ? 0 : ErrorReport.emit(.message("failed to retrieve valueFrom references"), to: context)
    }

    /// One object's change: the selected containers' variables updated, or the overwrite refusal.
    static func change(_ object: any APIObject, changes: EnvChanges, selector: String, overwrite: Bool,
                       context: VerbContext) -> PodSpecEdit.Outcome {
        guard var spec = PodTemplateAccess.podSpec(object) else { return .failed(PodTemplateAccess.unsupported(object).plainText) }
        let indexes = ContainerSelection.indexes(in: spec, matching: selector)
        if indexes.isEmpty {
            context.errorLine("Warning: \(type(of: object).kind)/\(object.name) does not have any containers matching \(FieldError.quote(selector))")
            return .changed(object)
        }
        for index in indexes {
            if !overwrite, let error = EnvChanges.overwriteError(spec[index].env ?? [], changes.set) { return .failed(error) }
            spec[index].env = changes.applied(to: spec[index].env)
        }
        var changed = object
        _ = PodTemplateAccess.updatePodSpec(&changed) { $0 = spec }
        return .changed(changed)
    }

    /// True when the change would alter the object (for kubectl's late "at least one variable" check).
    static func changedAny(_ target: TargetObject, _ changes: EnvChanges, _ selector: String) -> Bool {
        guard let spec = PodTemplateAccess.podSpec(target.object) else { return false }
        return ContainerSelection.indexes(in: spec, matching: selector).contains { spec[$0].env != changes.applied(to: spec[$0].env) }
    }

    /// Variables referencing every (or each `--keys`) key of the `--from` config map or secret.
    static func importedVariables(_ context: VerbContext, keys: [String]) -> Result<[EnvVar], CommandError> {
        var request = TargetRequest.flags(context, arguments: [context.invocation.string("from")])
        request.filenames = []
        request.allowEmptySelector = context.invocation.bool("all")
        let selection: TargetSelection
        switch TargetResolver.resolve(request, context: context) {
        case .success(let found): selection = found
        case .failure(let error): return .failure(error)
        }
        if let first = selection.errors.first { return .failure(first) }
        var imported: [EnvVar] = []
        for target in selection.targets {
            let (data, reference): ([String: String], String)
            switch target.object {
            case let map as ConfigMap: (data, reference) = (map.data ?? [:], "configMapKeyRef")
            case let secret as Secret: (data, reference) = (secret.data ?? [:], "secretKeyRef")
            default: return .failure(.message("unsupported resource specified in --from"))
            }
            for key in data.keys.sorted() where keys.isEmpty || keys.contains(key) {
                let source: JSONValue = [reference: ["key": .string(key), "name": .string(target.object.name)]]
                imported.append(EnvVar(name: EnvChanges.envName(forKey: key), value: nil).with(try? TreeDecoder().decode(EnvVarSource.self, from: source)))
            }
        }
        return .success(imported)
    }
}

extension EnvVar {
    /// The variable with `valueFrom` set.
    func with(_ source: EnvVarSource?) -> EnvVar {
        var copy = self
        copy.valueFrom = source
        return copy
    }
}
