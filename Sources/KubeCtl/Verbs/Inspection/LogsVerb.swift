import KubeCluster

/// `kubectl logs`: the log of a container of a pod, of the first pod of an owner (`deploy/x`, `rs/x`,
/// `job/x`, `svc/x`), or of every pod a selector matches; `-c`, `--all-containers`, `-p`, `--tail`,
/// `--since`, `--since-time`, `--timestamps`, `--prefix`, `--limit-bytes`, and `-f` to follow in simulated time.
enum LogsVerb {
    static let usageText = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n"
        + "POD or TYPE/NAME is a required argument for the logs command"

    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let arguments = invocation.arguments
        let selector = invocation.string("selector")
        var container = invocation.string("container")
        var resourceArgument = ""
        switch arguments.count {
        case 0:
            if selector.isEmpty { return context.usage(usageText) }
        case 1:
            resourceArgument = arguments[0]
            if !selector.isEmpty { return context.usage("only a selector (-l) or a POD name is allowed") }
        case 2:
            resourceArgument = arguments[0]
            container = arguments[1]
        default:
            return context.usage(usageText)
        }
        var options: LogOptions
        switch LogOptions.from(context, container: container) {
        case .success(let parsed): options = parsed
        case .failure(let message): return context.fail(message.text)
        }
        let targets: LogTargets
        switch LogTargets.find(context, argument: resourceArgument, selector: selector, allPods: invocation.bool("all-pods")) {
        case .success(let found): targets = found
        case .failure(let failure): return failure.report(context)
        }
        if let message = validate(context, options: options, arguments: arguments) { return context.fail(message) }
        if targets.fromSelector, invocation.string("tail") == "-1", !invocation.wasSet("tail") { options.tail = 10 }
        let requests: [LogRequest]
        switch LogRequest.build(for: targets.pods, options: options, notice: { context.errorLine($0) }) {
        case .success(let built): requests = built
        case .failure(let message): return context.fail(message.text)
        }
        if options.follow, requests.count > 1, requests.count > invocation.int("max-log-requests") {
            return context.fail("you are attempting to follow \(requests.count) log streams, but maximum allowed concurrency is "
                + "\(invocation.int("max-log-requests")), use --max-log-requests to increase the limit")
        }
        return LogStreams(context: context, options: options, requests: requests).run()
    }

    /// The checks of `LogsOptions.Validate`, in order; nil when the options are fine.
    static func validate(_ context: VerbContext, options: LogOptions, arguments: [String]) -> String? {
        let invocation = context.invocation
        if invocation.wasSet("since-time"), invocation.wasSet("since"), invocation.duration("since").nanoseconds != 0 {
            return "at most one of `sinceTime` or `sinceSeconds` may be specified"
        }
        if options.allContainers, !options.container.isEmpty {
            return "--all-containers=true should not be specified with container name \(options.container)"
        }
        if invocation.wasSet("container"), arguments.count == 2 { return "only one of -c or an inline [CONTAINER] arg is allowed" }
        if invocation.int("limit-bytes") < 0 { return "--limit-bytes must be greater than 0" }
        if invocation.duration("since").nanoseconds < 0 { return "--since must be greater than 0" }
        if invocation.int("tail") < -1 { return "--tail must be greater than or equal to -1" }
        return nil
    }
}

/// The `PodLogOptions` kubectl sends, plus its own `--prefix` and `-f` handling.
struct LogOptions {
    var container: String
    var allContainers: Bool
    var previous: Bool
    var follow: Bool
    var timestamps: Bool
    var prefix: Bool
    /// Lines to keep from the end; nil for all.
    var tail: Int?
    /// Only lines written at or after this instant.
    var since: Double?
    /// Stop after this many bytes; nil for no limit.
    var limitBytes: Int?

    static func from(_ context: VerbContext, container: String) -> Result<LogOptions, KubectlMessage> {
        let invocation = context.invocation
        var options = LogOptions(container: container, allContainers: invocation.bool("all-containers"),
                                 previous: invocation.bool("previous"), follow: invocation.bool("follow"),
                                 timestamps: invocation.bool("timestamps"),
                                 prefix: invocation.bool("prefix") || invocation.bool("all-pods"))
        let tail = invocation.int("tail")
        if tail >= 0 { options.tail = tail }
        let sinceTime = invocation.string("since-time")
        if !sinceTime.isEmpty {
            guard let parsed = Timestamp.parse(sinceTime) else {
                return .failure(KubectlMessage("parsing time \"\(sinceTime)\" as \"2006-01-02T15:04:05Z07:00\": cannot parse "
                    + "\"\(sinceTime)\" as \"2006\""))
            }
            options.since = parsed.instant
        }
        let since = invocation.duration("since")
        if since.nanoseconds > 0 { options.since = context.cluster.now - since.seconds.rounded() }
        let limit = invocation.int("limit-bytes")
        if limit > 0 { options.limitBytes = limit }
        return .success(options)
    }
}

/// The pods whose logs were asked for, and how they were named.
struct LogTargets {
    var pods: [Pod]
    /// True for `-l`: every matching pod, ten lines each unless `--tail` says otherwise.
    var fromSelector: Bool

    /// Why no pods could be found, printed kubectl's way.
    enum Failure: Error {
        case message(String)
        case notFound(APIError, namespace: String)
        case apiError(APIError)

        func report(_ context: VerbContext) -> Int32 {
            switch self {
            case .message(let text): return context.fail(text)
            case .notFound(let error, let namespace):
                return context.fail("error from server (NotFound): \(error.message) in namespace \"\(namespace)\"")
            case .apiError(let error): return context.fail(error)
            }
        }
    }

    static func find(_ context: VerbContext, argument: String, selector: String, allPods: Bool) -> Result<LogTargets, Failure> {
        let namespace = context.namespace
        let store = context.store
        if !selector.isEmpty {
            let parsed: LabelSelector
            do { parsed = try LabelSelector(parsing: selector) } catch { return .failure(.message("\(error)")) }
            let pods = store.list(Pod.self, namespace: namespace).filter { parsed.matches($0.metadata.labelMap) }
            if pods.isEmpty { context.errorLine("No resources found in \(namespace) namespace.") }
            return .success(LogTargets(pods: pods, fromSelector: true))
        }
        let found: (resource: APIResource, object: any APIObject)
        switch PodSelection.resolveObject(argument, namespace: namespace, store: store) {
        case .success(let value): found = value
        case .failure(.message(let text)): return .failure(.message(text))
        case .failure(.notFound(let error)): return .failure(.notFound(error, namespace: namespace))
        }
        if let pod = found.object as? Pod { return .success(LogTargets(pods: [pod], fromSelector: false)) }
        if allPods {
            guard case .success(let ownerSelector) = PodSelection.selector(of: found.object) else {
                return .failure(.message("cannot get the logs from *v1.\(found.resource.kind): selector for *v1.\(found.resource.kind) not implemented"))
            }
            let pods = PodSelection.rankedPods(in: namespace, matching: ownerSelector, store: store, preference: .logging)
            return .success(LogTargets(pods: pods.sorted { $0.name < $1.name }, fromSelector: false))
        }
        let timeout = context.invocation.duration("pod-running-timeout").seconds
        switch PodSelection.pod(for: argument, namespace: namespace, cluster: context.cluster, preference: .logging, timeout: timeout,
                                selectorFailure: { "cannot get the logs from \($0): \($1)" }) {
        case .pod(let pod, let matched):
            if matched > 1 { context.errorLine("Found \(matched) pods, using pod/\(pod.name)") }
            return .success(LogTargets(pods: [pod], fromSelector: false))
        case .message(let text): return .failure(.message(text))
        case .apiError(let error): return .failure(.apiError(error))
        }
    }
}

/// One log stream: a container of a pod.
struct LogRequest {
    var pod: Pod
    var container: String

    /// The requests `logsForObject` makes for `pods`: one container each (named, annotated or the first,
    /// with the `Defaulted container` notice), or every container with `--all-containers`.
    static func build(for pods: [Pod], options: LogOptions, notice: (String) -> Void) -> Result<[LogRequest], KubectlMessage> {
        var requests: [LogRequest] = []
        for pod in pods {
            if options.allContainers {
                requests += pod.spec.allContainers.map { LogRequest(pod: pod, container: $0.name) }
                continue
            }
            var name = options.container
            if name.isEmpty {
                guard let chosen = PodSelection.defaultContainer(of: pod, notice: notice) else {
                    return .failure(KubectlMessage("pod \(pod.namespace)/\(pod.name) does not have any containers"))
                }
                name = chosen
            }
            guard pod.spec.allContainers.contains(where: { $0.name == name }) else {
                return .failure(KubectlMessage("container \(name) is not valid for pod \(pod.name)"))
            }
            requests.append(LogRequest(pod: pod, container: name))
        }
        return .success(requests)
    }

    /// `[pod/NAME/CONTAINER] `, the `--prefix` of each line.
    var prefix: String { "[pod/\(pod.name)/\(container)] " }
}
