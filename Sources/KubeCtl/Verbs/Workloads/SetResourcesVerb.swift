import KubeCluster

/// `kubectl set resources (TYPE NAME | -f FILE) --limits=… --requests=… [-c CONTAINERS]`: sets compute
/// requests and limits of the selected containers of pod templates.
enum SetResourcesVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let setup: SetCommandSetup
        switch SetCommandSetup.make(context, resources: invocation.arguments) {
        case .success(let made): setup = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        if let error = setup.localServerDryRunError() { return ErrorReport.emit(error, to: context) }
        if invocation.bool("all"), !invocation.string("selector").isEmpty {
            return ErrorReport.emit(.message("cannot set --all and --selector at the same time"), to: context)
        }
        let limitsText = invocation.string("limits")
        let requestsText = invocation.string("requests")
        if limitsText.isEmpty, requestsText.isEmpty {
            return ErrorReport.emit(.message("you must specify an update to requests or limits (in the form of --requests/--limits)"), to: context)
        }
        let limits: [String: Quantity]
        let requests: [String: Quantity]
        switch (resourceList(limitsText), resourceList(requestsText)) {
        case (.failure(let error), _), (_, .failure(let error)): return ErrorReport.emit(error, to: context)
        case (.success(let parsedLimits), .success(let parsedRequests)):
            limits = parsedLimits
            requests = parsedRequests
        }
        let selector = invocation.string("containers")
        var collected: [CommandError] = []
        let edit = PodSpecEdit(context: context, operation: "resource requirements updated",
                               failurePrefix: "failed to patch resources update to pod template ", output: setup.output,
                               dryRun: setup.dryRun, local: setup.local)
        return edit.run(setup.targets, collected: { collected }) { object in
            guard var spec = PodTemplateAccess.podSpec(object) else { return .failed(PodTemplateAccess.unsupported(object).plainText) }
            let positions = ContainerSelection.indexes(in: spec, matching: selector)
            if positions.isEmpty {
                collected.append(.message("error: unable to find container named \(selector)"))
                return .skipped
            }
            for position in positions {
                var resources = spec[position].resources
                if !limitsText.isEmpty { resources.limits = (resources.limits ?? [:]).merging(limits) { $1 } }
                if !requestsText.isEmpty { resources.requests = (resources.requests ?? [:]).merging(requests) { $1 } }
                spec[position].resources = resources
            }
            var changed = object
            _ = PodTemplateAccess.updatePodSpec(&changed) { $0 = spec }
            ChangeCause.record(&changed, invocation: invocation)
            return .changed(changed)
        }
    }

    /// `populateResourceListV1`: `cpu=100m,memory=256Mi` as a resource list.
    static func resourceList(_ text: String) -> Result<[String: Quantity], CommandError> {
        guard !text.isEmpty else { return .success([:]) }
        var list: [String: Quantity] = [:]
        for statement in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = statement.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                return .failure(.message("Invalid argument syntax \(statement), expected <resource>=<value>"))
            }
            do {
                list[String(parts[0])] = try Quantity(String(parts[1]))
            } catch {
                return .failure(.message("\(error)"))
            }
        }
        return .success(list)
    }
}
