import KubeCluster

/// `kubectl autoscale (TYPE NAME | TYPE/NAME | -f FILE) --max=N [--min=N] [--cpu-percent=N] [--name]`:
/// kubectl 1.32 sends an autoscaling/v1 HorizontalPodAutoscaler (printed as such by `--dry-run=client`);
/// the simulated API server stores it as autoscaling/v2 with the CPU target as a Resource metric.
enum AutoscaleVerb {
    /// Kinds with a `scale` subresource.
    static let scalable: Set<String> = ["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"]

    /// Runs `kubectl autoscale`; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let max = invocation.int("max")
        let min = invocation.int("min")
        if max < 1 { return context.fail("--max=MAXPODS is required and must be at least 1, max: \(max)") }
        if max < min { return context.fail("--max=MAXPODS must be larger or equal to --min=MINPODS, max: \(max), min: \(min)") }
        var targets: [(name: String, resource: APIResource)] = []
        var errors: [CommandError] = []
        if !invocation.strings("filename").isEmpty {
            let input = ManifestInput.load(context)
            errors = input.errors
            targets = input.objects.map { ($0.name, $0.resource) }
        } else {
            var options = ResourceArgumentOptions()
            options.allowEmptySelector = false
            switch ResourceArguments.resolve(invocation.arguments, options: options, catalog: .standard) {
            case .success(let resolved):
                for request in resolved.requests {
                    for name in request.names {
                        let key = ObjectKey(namespace: request.resource.namespaced ? context.namespace : "", name: name)
                        guard context.store.getAny(resource: request.resource.name, key) != nil else {
                            return context.fail(APIError.notFound(request.resource.qualifiedName, name))
                        }
                        targets.append((name, request.resource))
                    }
                }
            case .failure(let error):
                context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
                return 1
            }
        }
        for target in targets {
            let status = autoscale(name: target.name, resource: target.resource, context: context)
            if status != 0 { return status }
        }
        return ErrorReport.emit(errors, to: context)
    }

    /// The autoscaling/v1 object kubectl builds for one workload (Go field order).
    static func document(name: String, resource: APIResource, context: VerbContext) -> JSONValue {
        let invocation = context.invocation
        let min = invocation.int("min")
        let cpu = invocation.int("cpu-percent")
        let hpaName = invocation.string("name").isEmpty ? name : invocation.string("name")
        return GoJSON.object([
            ("kind", "HorizontalPodAutoscaler"), ("apiVersion", "autoscaling/v1"),
            ("metadata", GoJSON.metadata(name: hpaName, namespace: GeneratedObject.namespace(context))),
            ("spec", GoJSON.object([
                ("scaleTargetRef", GoJSON.object([("kind", .string(resource.kind)), ("name", .string(name)),
                                                  ("apiVersion", .string(resource.apiVersion))])),
                ("minReplicas", min > 0 ? .int(Int64(min)) : nil),
                ("maxReplicas", .int(Int64(invocation.int("max")))),
                ("targetCPUUtilizationPercentage", cpu >= 0 ? .int(Int64(cpu)) : nil),
            ])),
            ("status", GoJSON.object([("currentReplicas", 0), ("desiredReplicas", 0)])),
        ])
    }

    /// Creates (or prints) the autoscaler of one workload.
    static func autoscale(name: String, resource: APIResource, context: VerbContext) -> Int32 {
        guard scalable.contains(resource.kind) else {
            return context.fail("cannot autoscale a \(resource.kind): could not find scale subresource for "
                + "\(resource.group)/\(resource.preferredVersion), Resource=\(resource.name) in discovery information")
        }
        guard let hpa = GeneratedObject.resource(group: "autoscaling", kind: "HorizontalPodAutoscaler") else { return 1 }
        let v1 = document(name: name, resource: resource, context: context)
        let clientDryRun = context.invocation.string("dry-run") == "client"
        let json = clientDryRun ? v1 : HPAConversion.v1ToV2(v1)
        return GeneratedObject.finish(GeneratedObject(json: json, resource: hpa), context: context,
                                      operation: clientDryRun ? "created" : "autoscaled")
    }
}
