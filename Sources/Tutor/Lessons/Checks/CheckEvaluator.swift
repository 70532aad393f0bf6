import KubeCluster
import KubeCtl

/// Evaluates checks against the cluster and what the learner did in the current step.
public struct CheckEvaluator {
    let reader: ClusterReader
    let activity: StepActivity

    /// An evaluator over `cluster`, where references without a namespace mean `namespace`.
    public init(cluster: Cluster, namespace: String, activity: StepActivity) {
        reader = ClusterReader(cluster: cluster, namespace: namespace)
        self.activity = activity
    }

    /// Evaluates `check`; the author's label and missing-text replace the generated ones.
    public func evaluate(_ check: Check) -> StepCheckOutcome {
        var outcome = evaluate(kind: check.kind)
        if let label = check.label { outcome.label = label }
        if !outcome.holds, !outcome.isBroken, let missing = check.missing { outcome.problem = missing }
        return outcome
    }

    /// Evaluates every check of a list.
    public func evaluate(_ checks: [Check]) -> [StepCheckOutcome] { checks.map(evaluate) }

    private func evaluate(kind: CheckKind) -> StepCheckOutcome {
        switch kind {
        case .exists(let ref): return exists(ref)
        case .absent(let ref): return absent(ref)
        case .field(let ref, let path, let test): return field(ref, path: path, test: test)
        case .count(let query, let test): return count(query, test: test)
        case .endpoints(let service, let namespace, let test): return endpoints(service, namespace: namespace, test: test)
        case .rolledOut(let name, let namespace): return rolledOut(name, namespace: namespace)
        case .condition(let ref, let type, let status): return condition(ref, type: type, status: status)
        case .event(let pattern): return event(pattern)
        case .revision(let name, let namespace, let atLeast): return revision(name, namespace: namespace, atLeast: atLeast)
        case .all(let checks): return all(checks)
        case .any(let checks): return any(checks)
        case .not(let inner): return not(inner)
        case .command(let patterns, let succeeded): return command(patterns, succeeded: succeeded)
        case .reached(let service, let namespace, let via): return reached(service, namespace: namespace, via: via)
        case .context(let name, let namespace):
            return context(name: name, namespace: namespace)
        case .answered:
            let label = say("you answered the question (type `answer VALUE`)", "你回答了問題（輸入 `answer 答案`）")
            return activity.answeredCorrectly ? .pass(label)
                : .fail(label, say("the question has not been answered correctly yet", "問題還沒有答對"))
        }
    }

    private func context(name: String?, namespace: String?) -> StepCheckOutcome {
        var wantedEN: [String] = []
        var wantedZH: [String] = []
        if let name { wantedEN.append("is \(name)"); wantedZH.append("是 \(name)") }
        if let namespace { wantedEN.append("uses the namespace \(namespace)"); wantedZH.append("使用 namespace \(namespace)") }
        let label = say("the current context " + wantedEN.joined(separator: " and "), "目前的 context " + wantedZH.joined(separator: "並且"))
        if let name, activity.contextName != name {
            return .fail(label, say("the current context is \(activity.contextName)", "目前的 context 是 \(activity.contextName)"))
        }
        if let namespace, activity.contextNamespace != namespace {
            return .fail(label, say("the current context uses the namespace \(activity.contextNamespace)",
                                    "目前的 context 使用的 namespace 是 \(activity.contextNamespace)"))
        }
        return .pass(label)
    }

    // MARK: - Objects and fields

    private func exists(_ ref: ObjectRef) -> StepCheckOutcome {
        let label = say("\(ref) exists", "\(ref) 存在")
        let live = reader.objects(ref).filter { !$0.metadata.isDeleting }
        if !live.isEmpty { return .pass(label) }
        return .fail(label, missingObject(ref))
    }

    private func absent(_ ref: ObjectRef) -> StepCheckOutcome {
        let label = say("\(ref) is gone", "\(ref) 已經不存在")
        let objects = reader.objects(ref)
        if objects.allSatisfy({ $0.metadata.isDeleting }) { return .pass(label) }
        let names = objects.filter { !$0.metadata.isDeleting }.map(\.name).joined(separator: ", ")
        return .fail(label, say("still there: \(names)", "仍然存在：\(names)"))
    }

    /// Why a reference finds nothing: no such object, being deleted, or a selection that picks nothing.
    func missingObject(_ ref: ObjectRef) -> LessonText {
        switch ref.target {
        case .named(let name):
            if let object = reader.objects(ref).first, object.metadata.isDeleting {
                return say("\(ref.kind) \(name) is being deleted", "\(ref.kind) \(name) 正在刪除中")
            }
            let space = reader.namespace(of: ref)
            let suffix = space.isEmpty ? "" : " in namespace \(space)"
            let suffixZH = space.isEmpty ? "" : "（namespace \(space)）"
            return say("there is no \(ref.kind) named \(name)\(suffix)", "找不到名為 \(name) 的 \(ref.kind)\(suffixZH)")
        case .every:
            return say("there is no \(ref.kind) yet", "還沒有任何 \(ref.kind)")
        case .selected(let selection):
            return say("no \(ref.kind) matches \(describe(selection))", "沒有 \(ref.kind) 符合 \(describe(selection))")
        }
    }

    func describe(_ selection: RefSelection) -> String {
        switch selection {
        case .labels(let text): return "-l \(text)"
        case .selectedBy(let resource, let name): return "the selector of \(resource)/\(name)"
        }
    }

    private func field(_ ref: ObjectRef, path: String, test: ValueTest) -> StepCheckOutcome {
        let wanted = ValueTesting.describe(test)
        let label = LessonText.joined([say("\(ref): \(path)", "\(ref) 的 \(path)"), wanted], separator: " ")
        guard let object = reader.object(ref) else { return .fail(label, missingObject(ref)) }
        let text: String
        do {
            text = try reader.text(at: path, in: object)
        } catch {
            let message = (error as? JSONPathExecutionError)?.message ?? (error as? JSONPathSyntaxError)?.message ?? "\(error)"
            return StepCheckOutcome(holds: false, label: label, problem: say("cannot evaluate \(path): \(message)", "無法計算 \(path)：\(message)"),
                                isBroken: true)
        }
        if ValueTesting.passes(test, text) { return .pass(label) }
        if text.isEmpty {
            return .fail(label, say("\(object.name) has no value at \(path) yet", "\(object.name) 的 \(path) 還沒有值"))
        }
        return .fail(label, LessonText.joined([say("\(object.name): \(path) is \"\(text)\", but it",
                                                      "\(object.name) 的 \(path) 目前是 \"\(text)\"，但"), wanted], separator: " "))
    }

    private func condition(_ ref: ObjectRef, type: String, status: String) -> StepCheckOutcome {
        let label = say("\(ref) has condition \(type)=\(status)", "\(ref) 的狀況 \(type)=\(status)")
        guard let object = reader.object(ref) else { return .fail(label, missingObject(ref)) }
        let conditions = reader.json(object)["status"]?["conditions"]?.arrayValue ?? []
        guard let found = conditions.first(where: { $0["type"]?.stringValue == type }) else {
            return .fail(label, say("\(object.name) has no \(type) condition yet", "\(object.name) 還沒有 \(type) 狀況"))
        }
        let actual = found["status"]?.stringValue ?? ""
        if actual == status { return .pass(label) }
        let why = [found["reason"]?.stringValue, found["message"]?.stringValue].compactMap { $0 }.joined(separator: ": ")
        let detail = why.isEmpty ? "" : " (\(why))"
        return .fail(label, say("\(object.name): \(type) is \(actual)\(detail)", "\(object.name) 的 \(type) 是 \(actual)\(detail)"))
    }

    private func revision(_ name: String, namespace: String?, atLeast: Int) -> StepCheckOutcome {
        let label = say("deployment/\(name) reached revision \(atLeast)", "deployment/\(name) 到達第 \(atLeast) 版（revision）")
        let space = namespace ?? reader.namespace
        guard let deployment = reader.cluster.store.get(Deployment.self, namespace: space, name: name) else {
            return .fail(label, say("there is no Deployment named \(name)", "找不到名為 \(name) 的 Deployment"))
        }
        let current = Int(deployment.metadata.annotationMap["deployment.kubernetes.io/revision"] ?? "") ?? 0
        if current >= atLeast { return .pass(label) }
        return .fail(label, say("\(name) is at revision \(current)", "\(name) 目前是第 \(current) 版"))
    }

    // MARK: - Composition

    private func all(_ checks: [Check]) -> StepCheckOutcome {
        let parts = checks.map(evaluate)
        let label = LessonText.joined(parts.map(\.label), separator: "; ")
        let failing = parts.filter { !$0.holds }
        guard !failing.isEmpty else { return StepCheckOutcome(holds: true, label: label, parts: parts) }
        return StepCheckOutcome(holds: false, label: label, problem: LessonText.joined(failing.compactMap(\.problem), separator: "; "),
                            isBroken: failing.contains { $0.isBroken }, parts: parts)
    }

    private func any(_ checks: [Check]) -> StepCheckOutcome {
        let parts = checks.map(evaluate)
        let label = LessonText.joined([say("one of:", "以下其一："), LessonText.joined(parts.map(\.label), separator: " | ")],
                                         separator: " ")
        if parts.contains(where: \.holds) { return StepCheckOutcome(holds: true, label: label, parts: parts) }
        return StepCheckOutcome(holds: false, label: label, problem: LessonText.joined(parts.compactMap(\.problem), separator: "; or "),
                            isBroken: parts.contains { $0.isBroken }, parts: parts)
    }

    private func not(_ inner: Check) -> StepCheckOutcome {
        let part = evaluate(inner)
        let label = LessonText.joined([say("not:", "不應該："), part.label], separator: " ")
        if part.isBroken { return StepCheckOutcome(holds: false, label: label, problem: part.problem, isBroken: true, parts: [part]) }
        return StepCheckOutcome(holds: !part.holds, label: label,
                            problem: LessonText.joined([say("this still holds:", "這件事仍然成立："), part.label], separator: " "),
                            parts: [part])
    }

    // MARK: - What the learner did

    private func command(_ patterns: [CommandPattern], succeeded: Bool) -> StepCheckOutcome {
        let shown = patterns.map { "`\($0.text)`" }.joined(separator: " or ")
        let shownZH = patterns.map { "`\($0.text)`" }.joined(separator: " 或 ")
        let label = say("you ran \(shown)", "你執行了 \(shownZH)")
        let keys = Set(patterns.map(\.key))
        let matching = activity.commands.filter { !$0.matchedPatterns.isDisjoint(with: keys) }
        if matching.contains(where: { !succeeded || $0.status == 0 }) { return .pass(label) }
        if let failed = matching.last {
            let text = failed.argv.joined(separator: " ")
            return .fail(label, say("`\(text)` ran but failed (exit status \(failed.status))",
                                    "`\(text)` 有執行，但失敗了（結束碼 \(failed.status)）"))
        }
        return .fail(label, say("no such command in this step yet", "這一步還沒有執行這樣的指令"))
    }

    private func reached(_ service: String, namespace: String?, via: ServiceAccess) -> StepCheckOutcome {
        let key = ObjectKey(namespace: namespace ?? reader.namespace, name: service)
        let label = via == .nodePort
            ? say("you reached Service \(service) through its NodePort", "你透過 NodePort 連到了 Service \(service)")
            : say("you reached Service \(service) over HTTP", "你用 HTTP 連到了 Service \(service)")
        let hit = activity.commands.contains { command in
            command.status == 0 && command.reachedServices.contains { $0.key == key && (via == .any || $0.throughNodePort) }
        }
        if hit { return .pass(label) }
        return .fail(label, say("no successful request to it yet (curl NODE-IP:NODE-PORT)", "還沒有成功的請求（curl 節點IP:NodePort）"))
    }

    private func event(_ pattern: EventPattern) -> StepCheckOutcome {
        let about = pattern.object.map { " about \($0)" } ?? ""
        let aboutZH = pattern.object.map { "（關於 \($0)）" } ?? ""
        let label = say("a \(pattern.reason) event\(about)", "出現 \(pattern.reason) 事件\(aboutZH)")
        let stored = reader.cluster.store.list(Event.self).map { event in
            SeenEvent(reason: event.reason ?? "", type: event.type ?? "", message: event.message ?? "",
                      kind: event.involvedObject.kind ?? "", name: event.involvedObject.name ?? "",
                      namespace: event.involvedObject.namespace ?? event.namespace, labels: [:])
        }
        if (activity.events + stored).contains(where: { matches(pattern, $0) }) { return .pass(label) }
        return .fail(label, say("no such event yet (kubectl get events)", "還沒有這樣的事件（kubectl get events）"))
    }

    private func matches(_ pattern: EventPattern, _ event: SeenEvent) -> Bool {
        guard event.reason == pattern.reason else { return false }
        if let type = pattern.type, type != event.type { return false }
        if let text = pattern.messageContains, !event.message.contains(text) { return false }
        guard let ref = pattern.object else { return true }
        guard event.kind == ref.kind, event.namespace == reader.namespace(of: ref) || reader.namespace(of: ref).isEmpty else {
            return false
        }
        switch ref.target {
        case .named(let name): return event.name == name
        case .every: return true
        case .selected(let selection):
            if reader.names(ref).contains(event.name) { return true }
            guard let selector = reader.selector(for: selection, namespace: reader.namespace(of: ref)), !event.labels.isEmpty else {
                return false
            }
            return selector.matches(event.labels)
        }
    }
}
