/// The catalogue's workload schemas: Deployment, ReplicaSet, DaemonSet, Job, HorizontalPodAutoscaler.
extension ExplainCatalogueText {
    static let workloads = deployments + jobs + autoscalers

    static let deployments = """
    = Deployment | A Deployment keeps a number of identical pods running and replaces them in a controlled way (a rollout) whenever its pod template changes, through ReplicaSets it manages.
    + object Deployment

    = DeploymentSpec | The desired state of a Deployment.
    replicas integer | How many pods should run. Unset is different from 0 and means 1.
    selector* LabelSelector | Which pods belong to the Deployment. It must match the template's labels and cannot change after creation in apps/v1.
    template* PodTemplateSpec | The pods to create. Its restartPolicy can only be Always.
    strategy DeploymentStrategy | How existing pods are replaced by new ones.
    minReadySeconds integer | Seconds a new pod must be ready, without any container crashing, before it counts as available. Defaults to 0.
    revisionHistoryLimit integer | How many old ReplicaSets to keep for rollbacks. Unset is different from 0 and means 10.
    paused boolean | While true, template changes do not start a rollout.
    progressDeadlineSeconds integer | Seconds a rollout may go without progress before the Progressing condition turns False with reason ProgressDeadlineExceeded. Not counted while paused. Defaults to 600.

    = DeploymentStrategy | How a Deployment replaces pods.
    type string (Recreate, RollingUpdate) | Recreate (remove all old pods first) or RollingUpdate. Defaults to RollingUpdate.
    rollingUpdate RollingUpdateDeployment | Bounds of a rolling update; only with type RollingUpdate.

    = RollingUpdateDeployment | How far a rolling update may go above and below the desired replica count.
    maxUnavailable string | How many pods may be unavailable during the update: a number or a percentage of the replicas, rounded down. Cannot be 0 when maxSurge is 0. Defaults to 25%. With 30%, the old ReplicaSet can shrink to 70% at once and shrinks further as new pods become ready.
    maxSurge string | How many pods may exist above the desired count during the update: a number or a percentage of the replicas, rounded up. Cannot be 0 when maxUnavailable is 0. Defaults to 25%. With 30%, the new ReplicaSet can grow at once so that old and new pods together reach 130%.

    = DeploymentStatus | The most recently observed state of a Deployment.
    observedGeneration integer | The generation the controller has acted on.
    replicas integer | Pods of all its ReplicaSets that are not terminating.
    updatedReplicas integer | Pods that run the current template.
    readyReplicas integer | Pods that are ready.
    availableReplicas integer | Pods that have been ready for at least minReadySeconds.
    unavailableReplicas integer | Pods still needed to reach 100% availability: missing ones plus those not available yet.
    conditions []DeploymentCondition | The Deployment's conditions: Available, Progressing and ReplicaFailure.
    collisionCount integer | Bumped when a ReplicaSet name collides, to make the next name unique.

    = DeploymentCondition | One condition of a Deployment.
    type* string | Available, Progressing or ReplicaFailure.
    status* string | True, False or Unknown.
    lastUpdateTime string | When the controller last looked at this condition.
    lastTransitionTime string | When the status last changed.
    reason string | A short CamelCase reason, such as NewReplicaSetAvailable or ProgressDeadlineExceeded.
    message string | A human-readable account of the condition.

    = ReplicaSet | A ReplicaSet keeps a given number of identical pods running. Deployments create and scale them; you rarely manage one directly.
    + object ReplicaSet

    = ReplicaSetSpec | The desired state of a ReplicaSet.
    replicas integer | How many pods should run. Unset means 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#scaling-a-replicaset
    minReadySeconds integer | Seconds a new pod must be ready before it counts as available. Defaults to 0.
    selector* LabelSelector | Which pods belong to the ReplicaSet; must match the template's labels.
    template PodTemplateSpec | The pods to create when too few exist. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template

    = ReplicaSetStatus | The most recently observed state of a ReplicaSet.
    replicas* integer | The pods it currently has. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#scaling-a-replicaset
    fullyLabeledReplicas integer | Pods whose labels match the template's.
    readyReplicas integer | Pods that are ready.
    availableReplicas integer | Pods ready for at least minReadySeconds.
    observedGeneration integer | The generation the controller has acted on.
    conditions []ReplicaSetCondition | The ReplicaSet's conditions, such as ReplicaFailure.

    = ReplicaSetCondition | One condition of a ReplicaSet.
    type* string | The condition's name, such as ReplicaFailure.
    status* string | True, False or Unknown.
    lastTransitionTime string | When the status last changed.
    reason string | A short CamelCase reason for the last change.
    message string | A human-readable account of the last change.

    = DaemonSet | A DaemonSet runs one copy of a pod on every node that qualifies, such as kube-proxy or a log collector.
    + object DaemonSet

    = DaemonSetSpec | The desired state of a DaemonSet.
    selector* LabelSelector | Which pods belong to the DaemonSet; must match the template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
    template* PodTemplateSpec | The pod to run on each node; its restartPolicy must be Always. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template
    updateStrategy DaemonSetUpdateStrategy | How pods are replaced when the template changes.
    minReadySeconds integer | Seconds a new pod must be ready before it counts as available. Defaults to 0.
    revisionHistoryLimit integer | How many old revisions to keep for rollbacks. Defaults to 10.

    = DaemonSetUpdateStrategy | How a DaemonSet replaces its pods.
    type string (OnDelete, RollingUpdate) | RollingUpdate, or OnDelete (new pods only once old ones are deleted by hand). Defaults to RollingUpdate.
    rollingUpdate RollingUpdateDaemonSet | Bounds of a rolling update.

    = RollingUpdateDaemonSet | How many nodes a DaemonSet rolling update may touch at once.
    maxUnavailable string | How many nodes may be without an available pod during the update: a number or a percentage. Defaults to 1.
    maxSurge string | How many nodes may briefly run an old and a new pod together: a number or a percentage. Defaults to 0.

    = DaemonSetStatus | The most recently observed state of a DaemonSet.
    currentNumberScheduled* integer | Nodes that run at least one of its pods and should.
    numberMisscheduled* integer | Nodes that run its pod but should not.
    desiredNumberScheduled* integer | Nodes that should run its pod.
    numberReady* integer | Nodes whose pod is ready.
    observedGeneration integer | The generation the controller has acted on.
    updatedNumberScheduled integer | Nodes that run the current template.
    numberAvailable integer | Nodes whose pod has been ready for at least minReadySeconds.
    numberUnavailable integer | Nodes that should run an available pod but do not.

    """

    static let jobs = """
    = Job | A Job runs pods until a number of them finish successfully, retrying failures up to a limit.
    + object Job

    = JobSpec | The desired behaviour of a Job.
    parallelism integer | How many pods may run at the same time. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
    completions integer | How many pods must succeed. Unset means any one success finishes the Job. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
    activeDeadlineSeconds integer | Seconds the Job may run, counted from its start, before it is failed and its pods stopped.
    backoffLimit integer | How many retries before the Job is marked failed. Defaults to 6.
    selector LabelSelector | Which pods belong to the Job. Normally generated; set it only with manualSelector. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
    manualSelector boolean | Use the given selector instead of the generated one. Usually wrong to set. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/#specifying-your-own-pod-selector
    template* PodTemplateSpec | The pods to run; restartPolicy must be Never or OnFailure. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
    ttlSecondsAfterFinished integer | Seconds after the Job finishes before it is deleted automatically, with its pods.
    completionMode string (Indexed, NonIndexed) | NonIndexed (all successes are alike) or Indexed (each pod gets an index and each index must succeed). Defaults to NonIndexed.
    suspend boolean | While true, no pods are created and running ones are stopped. Defaults to false.
    podReplacementPolicy string (Failed, TerminatingOrFailed) | When a replacement pod is created: only once the old one has failed, or already while it terminates.

    = JobStatus | The most recently observed state of a Job.
    conditions []JobCondition | The Job's conditions, such as Complete and Failed. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
    startTime string | When the Job controller started working on it.
    completionTime string | When the Job completed; set only on success.
    active integer | Pods still running.
    succeeded integer | Pods that succeeded.
    failed integer | Pods that failed.
    terminating integer | Pods being shut down.
    ready integer | Running pods that are ready.

    = JobCondition | One condition of a Job.
    type* string | Complete, Failed, Suspended, SuccessCriteriaMet or FailureTarget.
    status* string | True, False or Unknown.
    lastProbeTime string | When the condition was last checked.
    lastTransitionTime string | When the status last changed.
    reason string | A short CamelCase reason, such as BackoffLimitExceeded.
    message string | A human-readable account of the last change.

    """

    static let autoscalers = """
    = HorizontalPodAutoscaler | A HorizontalPodAutoscaler changes the replica count of a workload so that the metrics it follows, such as average CPU use, stay near their targets.
    + typemeta
    metadata ObjectMeta | \(metadataText)
    spec HorizontalPodAutoscalerSpec | What to scale, between which bounds, following which metrics. More info: \(specStatusLink)
    status HorizontalPodAutoscalerStatus | What the autoscaler last observed and decided.

    = HorizontalPodAutoscalerSpec | The desired behaviour of an autoscaler.
    scaleTargetRef* CrossVersionObjectReference | The workload to scale.
    minReplicas integer | The lowest replica count. Defaults to 1.
    maxReplicas* integer | The highest replica count; not below minReplicas.
    metrics []MetricSpec | The metrics to follow; the largest proposed replica count wins. Defaults to 80% average CPU utilization.
    behavior HorizontalPodAutoscalerBehavior | How fast to scale up and down (stabilization windows and policies).

    = CrossVersionObjectReference | Identifies the workload an autoscaler scales.
    kind* string | Its kind, such as Deployment. More info: \(conventions)#types-kinds
    name* string | Its name. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
    apiVersion string | Its API version, such as apps/v1.

    = MetricSpec | One metric an autoscaler follows.
    type* string | The metric source: ContainerResource, External, Object, Pods or Resource.
    resource ResourceMetricSource | For type Resource: a resource such as cpu or memory, averaged over the pods.

    = ResourceMetricSource | A resource metric averaged over the target's pods.
    name* string | The resource, such as cpu or memory.
    target* MetricTarget | The value to hold.

    = MetricTarget | The target value of a metric.
    type* string | Utilization, Value or AverageValue.
    value Quantity | The total value to hold.
    averageValue Quantity | The per-pod average to hold.
    averageUtilization integer | The per-pod average to hold as a percentage of the pods' requests (Resource metrics only).

    = HorizontalPodAutoscalerStatus | What an autoscaler last observed.
    observedGeneration integer | The generation the autoscaler has acted on.
    lastScaleTime string | When it last changed the replica count.
    currentReplicas integer | The replica count it last saw.
    desiredReplicas* integer | The replica count it last computed.
    currentMetrics []MetricStatus | The metric values it last read.
    conditions []HorizontalPodAutoscalerCondition | Its conditions: AbleToScale, ScalingActive and ScalingLimited.

    = MetricStatus | The last value read for one metric.
    type* string | The metric source: ContainerResource, External, Object, Pods or Resource.
    resource ResourceMetricStatus | For type Resource: the current average of the resource.

    = ResourceMetricStatus | The current value of a resource metric.
    name* string | The resource, such as cpu.
    current* MetricValueStatus | The current value.

    = MetricValueStatus | A current metric value.
    value Quantity | The total value.
    averageValue Quantity | The per-pod average.
    averageUtilization integer | The per-pod average as a percentage of the pods' requests.

    = HorizontalPodAutoscalerCondition | One condition of an autoscaler.
    type* string | AbleToScale, ScalingActive or ScalingLimited.
    status* string | True, False or Unknown.
    lastTransitionTime string | When the status last changed.
    reason string | A short CamelCase reason for the last change.
    message string | A human-readable account of the last change.

    = HorizontalPodAutoscalerBehavior | Scaling speed limits for both directions.

    """
}
