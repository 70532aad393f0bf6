import KubeCluster
import KubeCtl

/// Checks that count things and explain shortfalls: objects matching a query, a Service's endpoints,
/// a Deployment's rollout.
extension CheckEvaluator {
    func count(_ query: CountQuery, test: CountTest) -> StepCheckOutcome {
        let wanted = ValueTesting.describe(test)
        let label = LessonText.joined([wanted, describe(query)], separator: " ")
        let candidates = reader.objects(query.objects, includeTerminating: query.includeTerminating)
        var matching = 0
        var others: [String: Int] = [:]
        for object in candidates {
            switch filterVerdict(query, object) {
            case .matches: matching += 1
            case .differs(let what): others[what, default: 0] += 1
            case .broken(let error):
                return StepCheckOutcome(holds: false, label: label, problem: say("cannot evaluate: \(error)", "無法計算：\(error)"),
                                    isBroken: true)
            }
        }
        if test.passes(matching) { return .pass(label) }
        var problem = say("found \(matching)", "目前有 \(matching) 個")
        if !others.isEmpty {
            let breakdown = others.keys.sorted().map { "\(others[$0] ?? 0) \($0)" }.joined(separator: ", ")
            problem = LessonText.joined([problem, say("(others: \(breakdown))", "（其他：\(breakdown)）")], separator: " ")
        } else if candidates.isEmpty {
            problem = missingObject(query.objects)
        }
        return .fail(label, problem)
    }

    /// How an object fares against a query's filters.
    enum FilterVerdict {
        case matches
        /// Excluded; the text says what it is instead (`CrashLoopBackOff`, `not ready`).
        case differs(String)
        case broken(String)
    }

    func filterVerdict(_ query: CountQuery, _ object: any APIObject) -> FilterVerdict {
        if let pod = object as? Pod {
            let summary = PodStatusSummary(pod)
            if let status = query.status, summary.reason != status { return .differs(summary.reason) }
            if let phase = query.phase, (pod.status.phase ?? "") != phase { return .differs(pod.status.phase ?? "Pending") }
            if let ready = query.ready, (summary.total > 0 && summary.ready == summary.total) != ready {
                return .differs(ready ? "not ready (\(summary.ready)/\(summary.total))" : "ready")
            }
        } else if let ready = query.ready {
            let conditions = reader.json(object)["status"]?["conditions"]?.arrayValue ?? []
            let isReady = conditions.contains { $0["type"]?.stringValue == "Ready" && $0["status"]?.stringValue == "True" }
            if isReady != ready { return .differs(ready ? "not ready" : "ready") }
        }
        if let (path, test) = query.filter {
            do {
                let text = try reader.text(at: path, in: object)
                if !ValueTesting.passes(test, text) { return .differs(text.isEmpty ? "\(path) unset" : "\(path)=\(text)") }
            } catch {
                return .broken("\(path): \(error)")
            }
        }
        return .matches
    }

    func describe(_ query: CountQuery) -> LessonText {
        var english = "\(query.objects)"
        var chinese = "\(query.objects)"
        if let status = query.status { english += " with status \(status)"; chinese += "（狀態 \(status)）" }
        if let phase = query.phase { english += " in phase \(phase)"; chinese += "（phase \(phase)）" }
        if let ready = query.ready { english += ready ? ", ready" : ", not ready"; chinese += ready ? "，已就緒" : "，未就緒" }
        if let (path, test) = query.filter {
            let wanted = ValueTesting.describe(test)
            english += " whose \(path) \(wanted.text(in: .english).replacingOccurrences(of: "should ", with: ""))"
            chinese += "，其 \(path) \(wanted.text(in: .traditionalChinese).replacingOccurrences(of: "應該", with: ""))"
        }
        return say(english, chinese)
    }

    // MARK: - Services

    func endpoints(_ name: String, namespace: String?, test: CountTest) -> StepCheckOutcome {
        let wanted = ValueTesting.describe(test)
        let label = LessonText.joined([say("Service \(name) has", "Service \(name) 有"), wanted,
                                          say("ready endpoint(s)", "就緒的 endpoint")], separator: " ")
        let space = namespace ?? reader.namespace
        guard let service = reader.cluster.store.get(Service.self, namespace: space, name: name) else {
            return .fail(label, say("there is no Service named \(name) in namespace \(space)",
                                    "namespace \(space) 裡沒有名為 \(name) 的 Service"))
        }
        let ready = readyAddresses(of: service)
        if test.passes(ready) { return .pass(label) }
        return .fail(label, endpointProblem(service, ready: ready))
    }

    /// The ready addresses the endpoints controller published for a Service.
    func readyAddresses(of service: Service) -> Int {
        guard let endpoints = reader.cluster.store.get(Endpoints.self, namespace: service.namespace, name: service.name) else { return 0 }
        return (endpoints.subsets ?? []).reduce(0) { $0 + ($1.addresses?.count ?? 0) }
    }

    /// Exactly why a Service has too few endpoints: no selector, a selector matching nothing, pods not ready.
    func endpointProblem(_ service: Service, ready: Int) -> LessonText {
        if service.spec.type == "ExternalName" {
            return say("the Service is of type ExternalName: it is a DNS alias and never has endpoints",
                       "這個 Service 是 ExternalName 類型：它只是 DNS 別名，不會有 endpoint")
        }
        guard let selector = service.spec.selector, !selector.isEmpty else {
            return say("the Service has no selector, so it picks no pods", "這個 Service 沒有 selector，所以選不到任何 Pod")
        }
        let shown = LabelSelector.formatLabels(selector)
        let pods = reader.cluster.store.list(Pod.self, namespace: service.namespace)
            .filter { pod in selector.allSatisfy { pod.metadata.labelMap[$0.key] == $0.value } && !pod.metadata.isDeleting }
        if pods.isEmpty {
            return say("the Service exists but selects no pods (its selector \(shown) matches no pod's labels)",
                       "Service 存在，但沒有選到任何 Pod（selector \(shown) 對不上任何 Pod 的 label）")
        }
        let readyPods = pods.filter { $0.status.condition("Ready")?.status == "True" }
        if readyPods.isEmpty {
            let states = Set(pods.map { PodStatusSummary($0).reason }).sorted().joined(separator: ", ")
            return say("the Service selects \(pods.count) pod(s) but none is ready (\(states))",
                       "Service 選到 \(pods.count) 個 Pod，但沒有一個就緒（\(states)）")
        }
        return say("the Service has \(ready) ready endpoint(s) (\(readyPods.count) of \(pods.count) selected pods ready)",
                   "Service 目前有 \(ready) 個就緒的 endpoint（選到的 \(pods.count) 個 Pod 中有 \(readyPods.count) 個就緒）")
    }

    // MARK: - Rollouts

    func rolledOut(_ name: String, namespace: String?) -> StepCheckOutcome {
        let label = say("the rollout of deployment/\(name) has finished", "deployment/\(name) 的 rollout 已完成")
        let space = namespace ?? reader.namespace
        guard let deployment = reader.cluster.store.get(Deployment.self, namespace: space, name: name) else {
            return .fail(label, say("there is no Deployment named \(name)", "找不到名為 \(name) 的 Deployment"))
        }
        if let problem = rolloutProblem(deployment) { return .fail(label, problem) }
        return .pass(label)
    }

    /// What `kubectl rollout status` would still be waiting for, or nil when the rollout is complete.
    func rolloutProblem(_ deployment: Deployment) -> LessonText? {
        let status = deployment.status
        if (status.observedGeneration ?? 0) < (deployment.metadata.generation ?? 0) {
            return say("the Deployment controller has not seen the latest change yet", "Deployment controller 還沒處理最新的變更")
        }
        if let progressing = status.condition("Progressing"), progressing.reason == "ProgressDeadlineExceeded" {
            return say("the rollout is stuck: progress deadline exceeded", "rollout 卡住了：超過進度期限（progress deadline）")
        }
        let wanted = Int(deployment.spec.replicas ?? 1)
        let updated = Int(status.updatedReplicas ?? 0)
        let total = Int(status.replicas ?? 0)
        let available = Int(status.availableReplicas ?? 0)
        if updated < wanted {
            return say("\(updated) of \(wanted) new replicas have been updated", "\(wanted) 個新副本中已更新 \(updated) 個")
        }
        if total > updated {
            return say("\(total - updated) old replica(s) are pending termination", "還有 \(total - updated) 個舊副本等待終止")
        }
        if available < updated {
            return say("\(available) of \(updated) updated replicas are available", "\(updated) 個已更新的副本中有 \(available) 個可用")
        }
        return nil
    }
}
