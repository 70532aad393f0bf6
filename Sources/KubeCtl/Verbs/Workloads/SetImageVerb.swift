import KubeCluster

/// The checks and setup `set image|env|resources` share (`Complete`): dry-run mode, printer, `--local`
/// rules, and the objects the arguments or files select (any lookup error is fatal for these commands).
struct SetCommandSetup {
    let dryRun: DryRunMode
    let output: ChangeOutput
    let local: Bool
    let targets: [TargetObject]

    /// kubectl's error when resources are named together with `--local`.
    static let localResourceError = CommandError.message("you must specify resources by --filename when --local is set.\n"
        + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'")

    /// Reads the common flags and resolves `resources`; `checkLocalResources` is false for `set env`,
    /// which ignores resource arguments under `--local`.
    static func make(_ context: VerbContext, resources: [String], checkLocalResources: Bool = true) -> Result<SetCommandSetup, CommandError> {
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context, order: .structJSON) {
        case .success(let made): output = made
        case .failure(let error): return .failure(error)
        }
        let dryRun = output.dryRun
        var request = TargetRequest.flags(context, arguments: resources)
        request.allowEmptySelector = context.invocation.bool("all")
        if request.local, checkLocalResources, !resources.isEmpty { return .failure(localResourceError) }
        switch TargetResolver.resolve(request, context: context) {
        case .success(let selection):
            if let first = selection.errors.first { return .failure(first) }
            return .success(SetCommandSetup(dryRun: dryRun, output: output, local: request.local, targets: selection.targets))
        case .failure(let error):
            return .failure(error)
        }
    }

    /// Validation shared by the three commands: `--local` with a server dry run.
    func localServerDryRunError() -> CommandError? {
        local && dryRun == .server ? .message("cannot specify --local and --dry-run=server - did you mean --dry-run=client?") : nil
    }
}

/// `kubectl set image (TYPE NAME | TYPE/NAME | -f FILE) CONTAINER=IMAGE…`: changes container images of pods
/// and pod templates; `*` names every container; prints nothing for an object whose images are already so.
enum SetImageVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let split: PairArguments
        switch PairArguments.split(context.invocation.arguments, pairType: "image") {
        case .success(let parsed): split = parsed
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let images: [(key: String, value: String)]
        switch PairArguments.parse(split.pairs, pairType: "image", supportRemove: false) {
        case .success(let parsed): images = parsed.set
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let setup: SetCommandSetup
        switch SetCommandSetup.make(context, resources: split.resources) {
        case .success(let made): setup = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let problems = validate(context, setup: setup, resources: split.resources, images: images)
        if !problems.isEmpty { return ErrorReport.emit(problems, to: context) }
        var collected: [CommandError] = []
        let edit = PodSpecEdit(context: context, operation: "image updated", failurePrefix: "failed to patch image update to pod template: ",
                               output: setup.output, dryRun: setup.dryRun, local: setup.local)
        return edit.run(setup.targets, collected: { collected }) { object in
            var changed = object
            var missing: [String] = []
            let supported = PodTemplateAccess.updatePodSpec(&changed) { spec in
                for (name, image) in images {
                    let inInit = setImage(&spec.initContainers, name: name, image: image)
                    var containers: [Container]? = spec.containers
                    let inMain = setImage(&containers, name: name, image: image)
                    spec.containers = containers ?? []
                    if !inInit && !inMain { missing.append(name) }
                }
            }
            guard supported else { return .failed(PodTemplateAccess.unsupported(object).plainText) }
            collected += missing.map { .message("error: unable to find container named \(FieldError.quote($0))") }
            ChangeCause.record(&changed, invocation: context.invocation)
            return .changed(changed)
        }
    }

    /// `Validate`: kubectl's checks after the objects were read, as one aggregate.
    static func validate(_ context: VerbContext, setup: SetCommandSetup, resources: [String],
                         images: [(key: String, value: String)]) -> [CommandError] {
        var problems: [CommandError] = []
        if context.invocation.bool("all"), !context.invocation.string("selector").isEmpty {
            problems.append(.message("cannot set --all and --selector at the same time"))
        }
        if resources.isEmpty, context.invocation.strings("filename").isEmpty {
            problems.append(.message("one or more resources must be specified as <resource> <name> or <resource>/<name>"))
        }
        if images.isEmpty {
            problems.append(.message("at least one image update is required"))
        } else if images.count > 1, images.contains(where: { $0.key == "*" }) {
            problems.append(.message("all containers are already specified by *, but saw more than one container_name=container_image pairs"))
        }
        if let error = setup.localServerDryRunError() { problems.append(error) }
        return problems
    }

    /// Sets the image of the container named `name` (every container for `*`); true when one matched.
    static func setImage(_ containers: inout [Container]?, name: String, image: String) -> Bool {
        guard var list = containers else { return false }
        var found = false
        for index in list.indices where list[index].name == name || name == "*" {
            found = true
            list[index].image = image
        }
        containers = list
        return found
    }
}
