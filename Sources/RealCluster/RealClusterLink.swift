import Foundation
import KubeCluster

/// Everything a lesson needs to run on the learner's real cluster: the host kubectl (pointed at a copy of
/// the learner's context whose default namespace is the lesson namespace), the namespace kubetutor created,
/// the mirror the checks read, and how real time is waited for.
public final class RealClusterLink {
    /// The host kubectl, using `kubeconfigPath`.
    public let kubectl: HostKubectl
    /// The learner's context.
    public let context: LearnerContext
    /// The lesson namespace (created by `open`).
    public let namespace: LessonNamespace
    /// The lesson's kubeconfig copy (in kubetutor's data folder; removed by `close`).
    public let kubeconfigPath: String
    /// The local copy of the cluster's state.
    public let mirror: ClusterMirror
    /// Waits `seconds` of real time while the cluster goes on by itself, writing progress lines with the
    /// closure. The default really waits (in 1-second steps, stopping when `kubectl.interrupted()`); a test
    /// standing in a simulated cluster for the real one moves that cluster's clock instead.
    public var wait: (_ seconds: Double, _ progress: (String) -> Void) -> Void
    /// Where progress goes while no command runs (the setup's waits); nil: into the lesson's opening text.
    public var report: ((String) -> Void)?
    /// The longest single wait (longer ones are cut short, saying so).
    public static let longestWait: Double = 15 * 60

    init(kubectl: HostKubectl, context: LearnerContext, namespace: LessonNamespace, kubeconfigPath: String, start: Double) {
        self.kubectl = kubectl
        self.context = context
        self.namespace = namespace
        self.kubeconfigPath = kubeconfigPath
        mirror = ClusterMirror(start: start)
        wait = { _, _ in }
        wait = { [unowned self] seconds, progress in self.waitRealTime(seconds, progress: progress) }
    }

    /// Reads context `contextName` with `kubectl` (set up with the learner's environment), refuses it when it
    /// looks unsafe and `confirmed` is not the context's name, creates the lesson namespace, and points
    /// `kubectl` at a kubeconfig copy in `folder` whose default namespace is the lesson's.
    public static func open(lesson: String, contextName: String, kubectl: HostKubectl, folder: URL, confirmed: String?,
                            suffix: String = LessonNamespace.randomSuffix(), start: Double) -> Result<RealClusterLink, ContextRefusal> {
        let context: LearnerContext
        switch LearnerContext.read(contextName, kubectl: kubectl) {
        case .success(let found): context = found
        case .failure(let refusal): return .failure(refusal)
        }
        if let concern = context.safetyConcern, confirmed != contextName { return .failure(concern) }
        let namespace = LessonNamespace(lesson: lesson, suffix: suffix, kubectl: kubectl)
        let path = folder.appendingPathComponent("kubeconfig-\(namespace.name)").path
        do {
            try context.writeLessonKubeconfig(namespace: namespace.name, to: path)
        } catch {
            return .failure(ContextRefusal(description: "cannot write the lesson kubeconfig \(path): \(error.localizedDescription)",
                                           canConfirm: false))
        }
        kubectl.kubeconfig = path
        if case .failure(let refusal) = namespace.create() {
            try? FileManager.default.removeItem(atPath: path)
            return .failure(refusal)
        }
        return .success(RealClusterLink(kubectl: kubectl, context: context, namespace: namespace, kubeconfigPath: path, start: start))
    }

    /// The current context and namespace of the lesson kubeconfig (the learner may switch namespace).
    public var position: KubeconfigPosition {
        let text = (try? String(contentsOfFile: kubeconfigPath, encoding: .utf8)) ?? ""
        return KubeconfigPosition.read(text) ?? KubeconfigPosition(context: context.name, namespace: namespace.name)
    }

    /// Brings the mirror up to date: the lesson namespace, `others` and the kubeconfig's current namespace.
    @discardableResult
    public func refresh(also others: [String] = []) -> String? {
        var namespaces = [namespace.name]
        for other in others + [position.namespace] where !namespaces.contains(other) { namespaces.append(other) }
        return mirror.refresh(namespaces: namespaces, kubectl: kubectl)
    }

    /// Deletes the lesson namespace and the kubeconfig copy; returns what to tell the learner.
    public func close() -> String {
        let said = namespace.delete()
        try? FileManager.default.removeItem(atPath: kubeconfigPath)
        return said
    }

    private func waitRealTime(_ seconds: Double, progress: (String) -> Void) {
        let total = min(seconds, RealClusterLink.longestWait)
        if total < seconds { progress("(waiting \(Int(total))s, the longest kubetutor waits at once)\n") }
        var waited = 0.0
        while waited < total, !kubectl.interrupted() {
            let slice = min(1, total - waited)
            usleep(UInt32(slice * 1_000_000))
            waited += slice
            if Int(waited) % 15 == 0, waited < total { progress("  … \(Int(waited))s of \(Int(total))s\n") }
        }
    }
}
