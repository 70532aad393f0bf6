/// The verbs that change running workloads and nodes (scale, set, rollout, label, annotate, cordon …).
enum WorkloadVerbs {
    /// Command path → implementation, merged into `KubectlVerbs`.
    static let entries: [String: KubectlVerbs.Run] = [
        "scale": ScaleVerb.run,
        "set image": SetImageVerb.run,
        "set env": SetEnvVerb.run,
        "set resources": SetResourcesVerb.run,
        "rollout status": RolloutStatusVerb.run,
        "rollout history": RolloutHistoryVerb.run,
        "rollout undo": RolloutUndoVerb.run,
        "rollout restart": RolloutControlVerbs.restart,
        "rollout pause": RolloutControlVerbs.pause,
        "rollout resume": RolloutControlVerbs.resume,
        "label": MetadataVerb.label,
        "annotate": MetadataVerb.annotate,
        "cordon": CordonVerbs.cordon,
        "uncordon": CordonVerbs.uncordon,
        "drain": DrainVerb.run,
        "taint": TaintVerb.run,
    ]
}
