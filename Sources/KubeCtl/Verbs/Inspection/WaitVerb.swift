import Foundation
import KubeCluster

/// `kubectl wait --for=delete|create|condition=NAME[=VALUE]|jsonpath='{…}'[=VALUE]`: lets simulated time
/// pass until each named object meets the condition (`deployment.apps/web condition met`) or `--timeout`
/// (30s by default) runs out (`error: timed out waiting for the condition on deployments/web`).
enum WaitVerb {
    /// What to wait for.
    enum Condition {
        case delete
        case create
        case status(name: String, value: String)
        case jsonPath(JSONPathTemplate, value: String?)
    }

    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let condition: Condition
        switch parse(invocation.string("for")) {
        case .success(let parsed): condition = parsed
        case .failure(let message): return context.fail(message.text)
        }
        var timeout = invocation.duration("timeout").seconds
        if timeout < 0 { timeout = 168 * 3600 }
        let query: ObjectQuery
        switch ObjectQuery.from(context) {
        case .success(let parsed): query = parsed
        case .failure(let message): return context.fail(message.text)
        }
        var options = ResourceArgumentOptions()
        options.labelSelector = invocation.string("selector").isEmpty ? nil : invocation.string("selector")
        options.fieldSelector = invocation.string("field-selector").isEmpty ? nil : invocation.string("field-selector")
        options.selectAll = invocation.bool("all")
        options.allNamespaces = query.allNamespaces
        let resolved: ResolvedResourceArguments
        switch ResourceArguments.resolve(invocation.arguments, options: options, catalog: .standard) {
        case .success(let result): resolved = result
        case .failure(let error):
            context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
            return 1
        }
        let deadline = context.cluster.now + timeout
        var visited = 0
        for request in resolved.requests {
            var targets: [(name: String, namespace: String)] = []
            if request.names.isEmpty {
                targets = query.list(request.resource, in: context.store).map { ($0.name, $0.namespace) }
            } else {
                for name in request.names {
                    let namespace = request.resource.namespaced ? query.namespace : ""
                    if case .create = condition {
                        targets.append((name, namespace))
                        continue
                    }
                    if case .failure(let error) = query.get(request.resource, name: name, in: context.store) {
                        if case .delete = condition { continue }
                        return context.fail(error)
                    }
                    targets.append((name, namespace))
                }
            }
            for target in targets {
                visited += 1
                let waiter = ObjectWaiter(context: context, resource: request.resource, name: target.name,
                                          namespace: target.namespace, condition: condition)
                switch waiter.wait(deadline: deadline, timeout: timeout) {
                case .met: break
                case .interrupted: return 130
                case .failed(let message): return context.fail(message)
                case .gone(let error): return context.fail(error)
                }
                context.line("\(request.resource.qualifiedKind)/\(target.name) condition met")
            }
        }
        if visited == 0 {
            if case .delete = condition { return 0 }
            return context.fail("no matching resources found")
        }
        return 0
    }

    /// `conditionFuncFor`: the meaning of `--for`, or kubectl's error.
    static func parse(_ text: String) -> Result<Condition, KubectlMessage> {
        if text.lowercased() == "delete" { return .success(.delete) }
        if text.lowercased() == "create" { return .success(.create) }
        if text.hasPrefix("condition=") {
            var name = String(text.dropFirst("condition=".count))
            var value = "true"
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            return .success(.status(name: name, value: value))
        }
        if text.hasPrefix("jsonpath=") {
            let parts = splitOnSingleEquals(String(text.dropFirst("jsonpath=".count)))
            guard parts.count == 1 || parts.count == 2 else {
                return .failure(KubectlMessage("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or "
                    + "--for=jsonpath='{.status.readyReplicas}'"))
            }
            guard !parts[0].isEmpty else { return .failure(KubectlMessage("jsonpath expression cannot be empty")) }
            var value: String?
            if parts.count == 2 {
                let trimmed = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
                guard !trimmed.isEmpty else {
                    return .failure(KubectlMessage("jsonpath wait has to have a value after equal sign, like "
                        + "--for=jsonpath='{.status.readyReplicas}'=3"))
                }
                value = trimmed
            }
            do {
                let template = try JSONPathTemplate(try JSONPathTemplate.relaxed(parts[0]))
                return .success(.jsonPath(template, value: value))
            } catch {
                return .failure(KubectlMessage("\(error)"))
            }
        }
        return .failure(KubectlMessage("unrecognized condition: \"\(text)\""))
    }

    /// Splits on single `=` signs, keeping `==` (`splitJSONPathInput`).
    static func splitOnSingleEquals(_ input: String) -> [String] {
        var output: [String] = []
        var element = ""
        let characters = Array(input)
        var index = 0
        while index < characters.count {
            if characters[index] == "=" {
                if index + 1 < characters.count, characters[index + 1] == "=" {
                    element += "=="
                    index += 2
                    continue
                }
                output.append(element)
                element = ""
            } else {
                element.append(characters[index])
            }
            index += 1
        }
        return output + [element]
    }
}

/// Waits for one object, moving simulated time.
struct ObjectWaiter {
    let context: VerbContext
    let resource: APIResource
    let name: String
    let namespace: String
    let condition: WaitVerb.Condition

    var object: (any APIObject)? { context.store.getAny(resource: resource.name, ObjectKey(namespace: namespace, name: name)) }

    /// How a wait ended.
    enum Outcome {
        case met
        /// A message kubectl prints as `error: …`.
        case failed(String)
        /// The object disappeared while waiting for a condition on it.
        case gone(APIError)
        /// Ctrl-C: kubectl ends without a word (status 130, as a shell reports a SIGINT).
        case interrupted
    }

    func wait(deadline: Double, timeout: Double) -> Outcome {
        let cluster = context.cluster
        let timedOut = Outcome.failed("timed out waiting for the condition on \(resource.name)/\(name)")
        if timeout == 0 {
            return holds() ? .met : .failed("condition not met for \(resource.name)/\(name)")
        }
        let remaining = deadline - cluster.now
        guard remaining >= 0 else { return timedOut }
        let initialUID = object?.metadata.uid
        if case .delete = condition, object == nil { return .met }
        var vanished = false
        let met = cluster.advance(upTo: remaining) {
            if case .status = condition, object == nil { vanished = true }
            return context.session.isInterrupted() || vanished || holds(initialUID: initialUID)
        }
        if vanished { return .gone(APIError.notFound(resource.qualifiedName, name)) }
        if context.session.isInterrupted() { return .interrupted }
        if met { return .met }
        return timedOut
    }

    func holds(initialUID: String? = nil) -> Bool {
        switch condition {
        case .delete:
            guard let current = object else { return true }
            return initialUID != nil && current.metadata.uid != initialUID
        case .create:
            return object != nil
        case .status(let conditionName, let value):
            guard let current = object else { return false }
            return Self.conditionMet(ObjectJSON.encode(current), name: conditionName, value: value)
        case .jsonPath(let template, let value):
            guard let current = object else { return false }
            let data = ObjectJSON.encode(current)
            guard let results = try? template.findResults(in: data), let first = results.first, let found = first.first else {
                return false
            }
            guard results.count == 1, first.count == 1 else { return false }
            guard let value else { return true }
            return Self.text(of: found) == value
        }
    }

    /// `ConditionalWait.checkCondition`: a condition of that type (any case) with that status, observed for
    /// the current generation.
    static func conditionMet(_ object: JSONValue, name: String, value: String) -> Bool {
        guard let conditions = object.value(at: ["status", "conditions"])?.arrayValue else { return false }
        for condition in conditions {
            guard let type = condition["type"]?.stringValue, type.lowercased() == name.lowercased(),
                  let status = condition["status"]?.stringValue else { continue }
            if let generation = object.value(at: ["metadata", "generation"])?.intValue {
                let observed = condition["observedGeneration"]?.intValue ?? object.value(at: ["status", "observedGeneration"])?.intValue
                if let observed, observed < generation { return false }
            }
            return status.lowercased() == value.lowercased()
        }
        return false
    }

    /// A JSONPath result as `fmt.Sprint` writes a primitive.
    static func text(of value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return GoValueText.plain(.double(number))
        default: return value.compactJSON()
        }
    }
}
