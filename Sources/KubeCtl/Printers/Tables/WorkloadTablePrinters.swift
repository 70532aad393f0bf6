import KubeCluster

/// `kubectl get deployments`: NAME READY UP-TO-DATE AVAILABLE AGE, wide CONTAINERS IMAGES SELECTOR.
public enum DeploymentTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("READY"), TableColumn("UP-TO-DATE"), TableColumn("AVAILABLE"),
        TableColumn("AGE"), TableColumn("CONTAINERS", wide: true), TableColumn("IMAGES", wide: true),
        TableColumn("SELECTOR", wide: true),
    ]

    public static func cells(_ deployment: Deployment, _ context: TableContext) -> [String] {
        let status = deployment.status
        return [deployment.metadata.nameValue, "\(status.readyReplicas ?? 0)/\(deployment.spec.replicas ?? 0)",
                String(status.updatedReplicas ?? 0), String(status.availableReplicas ?? 0),
                context.age(deployment.metadata.creationTimestamp)]
            + containerCells(deployment.spec.template.spec) + [SelectorText.format(deployment.spec.selector)]
    }
}

/// `kubectl get replicasets`: NAME DESIRED CURRENT READY AGE, wide CONTAINERS IMAGES SELECTOR.
public enum ReplicaSetTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("DESIRED"), TableColumn("CURRENT"), TableColumn("READY"),
        TableColumn("AGE"), TableColumn("CONTAINERS", wide: true), TableColumn("IMAGES", wide: true),
        TableColumn("SELECTOR", wide: true),
    ]

    public static func cells(_ replicaSet: ReplicaSet, _ context: TableContext) -> [String] {
        [replicaSet.metadata.nameValue, String(replicaSet.spec.replicas ?? 0), String(replicaSet.status.replicas),
         String(replicaSet.status.readyReplicas ?? 0), context.age(replicaSet.metadata.creationTimestamp)]
            + containerCells(replicaSet.spec.template.spec) + [SelectorText.format(replicaSet.spec.selector)]
    }
}

/// `kubectl get daemonsets`: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE, wide
/// CONTAINERS IMAGES SELECTOR.
public enum DaemonSetTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("DESIRED"), TableColumn("CURRENT"), TableColumn("READY"),
        TableColumn("UP-TO-DATE"), TableColumn("AVAILABLE"), TableColumn("NODE SELECTOR"), TableColumn("AGE"),
        TableColumn("CONTAINERS", wide: true), TableColumn("IMAGES", wide: true), TableColumn("SELECTOR", wide: true),
    ]

    public static func cells(_ daemonSet: DaemonSet, _ context: TableContext) -> [String] {
        let status = daemonSet.status
        let nodeSelector = (daemonSet.spec.template.spec.nodeSelector ?? [:]).sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }
        return [daemonSet.metadata.nameValue, String(status.desiredNumberScheduled), String(status.currentNumberScheduled),
                String(status.numberReady), String(status.updatedNumberScheduled ?? 0), String(status.numberAvailable ?? 0),
                joinedOrNone(nodeSelector), context.age(daemonSet.metadata.creationTimestamp)]
            + containerCells(daemonSet.spec.template.spec) + [SelectorText.format(daemonSet.spec.selector)]
    }
}

/// `kubectl get jobs`: NAME STATUS COMPLETIONS DURATION AGE, wide CONTAINERS IMAGES SELECTOR.
public enum JobTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("STATUS"), TableColumn("COMPLETIONS"), TableColumn("DURATION"),
        TableColumn("AGE"), TableColumn("CONTAINERS", wide: true), TableColumn("IMAGES", wide: true),
        TableColumn("SELECTOR", wide: true),
    ]

    public static func cells(_ job: Job, _ context: TableContext) -> [String] {
        let completions: String
        if let wanted = job.spec.completions {
            completions = "\(job.status.succeeded ?? 0)/\(wanted)"
        } else if let parallelism = job.spec.parallelism, parallelism > 1 {
            completions = "\(job.status.succeeded ?? 0)/1 of \(parallelism)"
        } else {
            completions = "\(job.status.succeeded ?? 0)/1"
        }
        var duration = ""
        if let start = job.status.startTime {
            let end = job.status.completionTime?.instant ?? context.now
            duration = HumanDuration.format(seconds: end - start.instant)
        }
        return [job.metadata.nameValue, status(of: job), completions, duration, context.age(job.metadata.creationTimestamp)]
            + containerCells(job.spec.template.spec) + [SelectorText.format(job.spec.selector)]
    }

    static func status(of job: Job) -> String {
        func holds(_ type: String) -> Bool { job.status.conditions?.contains { $0.type == type && $0.status == "True" } ?? false }
        if holds("Complete") { return "Complete" }
        if holds("Failed") { return "Failed" }
        if job.metadata.deletionTimestamp != nil { return "Terminating" }
        if holds("FailureTarget") { return "FailureTarget" }
        if holds("Suspended") { return "Suspended" }
        return "Running"
    }
}

/// The text of a label selector as `kubectl get -o wide` prints it (`app=web,tier in (a,b)`).
public enum SelectorText {
    /// `<none>` for an empty or missing selector.
    public static func format(_ selector: LabelSelectorSpec?) -> String { LabelSelectorSpec.format(selector) }
}
