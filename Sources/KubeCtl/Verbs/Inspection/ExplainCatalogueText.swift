/// kubetutor's field catalogue for `kubectl explain`: every field of the simulated kinds (from the typed models
/// in KubeCluster/Model), with its type, whether it is required, its enum and a description in kubetutor's own
/// words. Notation: see `ExplainCatalogue`.
enum ExplainCatalogueText {
    static let all = metadata + pods + containers + workloads + services + cluster

    static let conventions = "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md"
    static let specStatusLink = conventions + "#spec-and-status"
    static let apiVersionText = "The schema version this object is written in, such as v1 or apps/v1. The API server turns known "
        + "versions into its current internal form and refuses unknown ones. More info: \(conventions)#resources"
    static let kindText = "The REST resource type of this object, in CamelCase (Pod, Deployment). The server can usually tell it "
        + "from the request URL; it cannot be changed. More info: \(conventions)#types-kinds"
    static let metadataText = "Standard object metadata: name, namespace, labels, annotations and the fields the system keeps "
        + "up to date. More info: \(conventions)#metadata"

    static let metadata = """
    = ObjectMeta | Metadata every persisted object carries: its name and namespace, labels and annotations, and fields the system fills in such as uid, resourceVersion and creationTimestamp.
    name string | The object's name, unique among objects of the same kind in its namespace. Clients usually set it when creating; it cannot be changed later. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names
    generateName string | A prefix the server uses to invent a unique name when none is given: it appends a random suffix (web- becomes web-x7k2p). Ignored when name is set.
    namespace string | The namespace the object lives in; empty for cluster-scoped kinds. Defaults to the default namespace. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces
    uid string | A value unique across time and space for this object, assigned by the server when it is created. Read-only.
    resourceVersion string | An opaque version string that changes on every write; clients send it back to detect conflicting updates and to start watches. Read-only.
    generation integer | A number the server increases each time the desired state (spec) changes. Read-only.
    creationTimestamp string | When the server stored the object, in UTC (RFC 3339). Read-only.
    deletionTimestamp string | When graceful deletion was requested; from then on the object is terminating and will disappear once its finalizers are done. Read-only.
    deletionGracePeriodSeconds integer | How many seconds the object has left to terminate gracefully. Only set together with deletionTimestamp. Read-only.
    labels map[string]string | Key/value pairs used to organise and select objects; selectors of Services and controllers match them. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels
    annotations map[string]string | Arbitrary key/value data for tools and people; not used for selection. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations
    ownerReferences []OwnerReference | The objects this one depends on. When every owner is gone the garbage collector removes this object; at most one owner can be the managing controller.
    finalizers []string | Names of pending clean-up steps. While the list is not empty, a deleted object stays in the terminating state; each controller removes its entry when done.

    = OwnerReference | Points at an owner of an object. The owner must be in the same namespace, or be cluster-scoped.
    apiVersion* string | API version of the owner.
    kind* string | Kind of the owner. More info: \(conventions)#types-kinds
    name* string | Name of the owner.
    uid* string | UID of the owner.
    controller boolean | True when the owner is the managing controller of this object.
    blockOwnerDeletion boolean | When true, foreground deletion of the owner waits until this object is gone.

    = LabelSelector | Chooses objects by their labels. The requirements of matchLabels and matchExpressions all have to hold. An empty selector matches everything; a missing one matches nothing.
    matchLabels map[string]string | Exact key=value pairs; each one is the same as a matchExpressions entry with operator In and a single value.
    matchExpressions []LabelSelectorRequirement | A list of label requirements, all of which must hold.

    = LabelSelectorRequirement | A selector requirement: a key, an operator and, for In and NotIn, values.
    key* string | The label key the requirement applies to.
    operator* string | How the key relates to the values: In, NotIn, Exists or DoesNotExist.
    values []string | The values for In and NotIn (must not be empty); must be empty for Exists and DoesNotExist.

    = ObjectReference | A reference to another object, with enough information to find it.
    kind string | Kind of the referenced object. More info: \(conventions)#types-kinds
    namespace string | Namespace of the referenced object.
    name string | Name of the referenced object.
    uid string | UID of the referenced object.
    apiVersion string | API version of the referenced object.
    resourceVersion string | The resourceVersion the reference was made at, if any.
    fieldPath string | A part of the object rather than the whole, such as spec.containers{web} for one container of a pod.

    = LocalObjectReference | Refers to an object by name in the same namespace.
    name string | Name of the referenced object. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

    """

    static let pods = """
    = Pod | A pod is the smallest unit Kubernetes runs: one or more containers scheduled together on one node, sharing its network address and volumes.
    + object Pod

    = PodSpec | The desired state of a pod: its containers, volumes and scheduling rules.
    volumes []Volume | Volumes the pod's containers can mount. More info: https://kubernetes.io/docs/concepts/storage/volumes
    initContainers []Container | Containers run one after another, each to completion, before the regular containers start. If one fails the pod follows its restartPolicy. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/
    containers* []Container | The containers of the pod; at least one. They cannot be added or removed once the pod exists.
    restartPolicy string (Always, Never, OnFailure) | When the kubelet restarts containers that exit: Always, OnFailure or Never. Defaults to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy
    terminationGracePeriodSeconds integer | Seconds the pod gets to shut down after SIGTERM before its processes are killed. Defaults to 30.
    activeDeadlineSeconds integer | Seconds the pod may run, counted from its start, before the kubelet fails it.
    dnsPolicy string (ClusterFirst, ClusterFirstWithHostNet, Default, None) | How the pod's DNS is set up. Defaults to ClusterFirst, which resolves Service names of the cluster first.
    nodeSelector map[string]string | Labels a node must have for the pod to be scheduled there. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
    serviceAccountName string | The ServiceAccount the pod runs as. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
    serviceAccount string | Deprecated older name of serviceAccountName.
    nodeName string | The node the pod is bound to. The scheduler sets it; setting it yourself bypasses the scheduler.
    hostNetwork boolean | Use the node's network namespace instead of a pod network address. Defaults to false.
    securityContext PodSecurityContext | Security settings for every container of the pod, such as the user id processes run as.
    hostname string | The pod's host name; defaults to the pod name.
    subdomain string | When set, the pod's full host name is hostname.subdomain.namespace.svc.cluster-domain.
    affinity Affinity | Rules that attract the pod to nodes, or towards or away from other pods.
    schedulerName string | The scheduler that places the pod. Defaults to default-scheduler.
    tolerations []Toleration | Taints of nodes this pod accepts.
    priorityClassName string | The PriorityClass that gives the pod its priority, such as system-node-critical.
    priority integer | The pod's priority, filled in from priorityClassName by admission. Higher goes first.
    enableServiceLinks boolean | Whether environment variables describing the Services of the namespace are injected. Defaults to true.
    preemptionPolicy string (Never, PreemptLowerPriority) | Whether this pod may evict lower-priority pods to get scheduled. Defaults to PreemptLowerPriority.

    = PodStatus | The most recently observed state of a pod. It may lag behind reality; the kubelet and control plane keep it updated.
    phase string (Failed, Pending, Running, Succeeded, Unknown) | A summary of where the pod is in its life: Pending (accepted, not all containers running), Running (bound and at least one container running or restarting), Succeeded (all containers ended successfully and will not restart), Failed (all containers ended and at least one failed) or Unknown. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase
    conditions []PodCondition | The pod's conditions, such as PodScheduled and Ready. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions
    message string | A human-readable explanation of why the pod is in this state.
    reason string | A short CamelCase reason for the pod's state, such as Evicted.
    nominatedNodeName string | The node a preempting pod is waiting for while lower-priority pods leave it.
    hostIP string | The address of the node the pod runs on; empty until it is bound.
    hostIPs []HostIP | The addresses of the node the pod runs on, one per IP family.
    podIP string | The address of the pod; empty until one is allocated.
    podIPs []PodIP | The pod's addresses, one per IP family; the first matches podIP.
    startTime string | When the kubelet accepted the pod, before any image was pulled.
    initContainerStatuses []ContainerStatus | The state of each init container. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status
    containerStatuses []ContainerStatus | The state of each container. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status
    qosClass string (BestEffort, Burstable, Guaranteed) | The quality-of-service class derived from the containers' requests and limits. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes

    = PodCondition | One condition of a pod.
    type* string | The condition's name: PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady or Ready. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions
    status* string | True, False or Unknown.
    lastProbeTime string | When the condition was last checked.
    lastTransitionTime string | When the status last changed.
    reason string | A short CamelCase reason for the last change.
    message string | A human-readable account of the last change.

    = HostIP | One address of the node a pod runs on.
    ip* string | The address.

    = PodIP | One address of a pod.
    ip* string | The address.

    = ContainerStatus | The state of one container of a pod, as the kubelet reports it.
    name* string | The container's name from the pod spec.
    state ContainerState | What the container is doing now.
    lastState ContainerState | How the previous run of the container ended; empty until it restarted once.
    ready* boolean | Whether the container passes its readiness probe (true when it has none and is running).
    restartCount* integer | How many times the container was restarted.
    image* string | The image the container runs. More info: https://kubernetes.io/docs/concepts/containers/images.
    imageID* string | The digest of the image that runs.
    containerID string | The runtime's ID of the container, as <type>://<id>.
    started boolean | Whether the container has started and passed its startup probe.

    = ContainerState | What a container is doing: exactly one of waiting, running or terminated. Without any, it is waiting.
    waiting ContainerStateWaiting | Details of a container that has not started yet.
    running ContainerStateRunning | Details of a running container.
    terminated ContainerStateTerminated | Details of a container that ended.

    = ContainerStateWaiting | A container that is not running yet.
    reason string | Why it is not running, such as ContainerCreating, ErrImagePull or CrashLoopBackOff.
    message string | More detail about why it is waiting.

    = ContainerStateRunning | A running container.
    startedAt string | When the container last (re)started.

    = ContainerStateTerminated | A container that ended.
    exitCode* integer | The exit status of its last run.
    signal integer | The signal that ended it, if any.
    reason string | A short reason such as Completed, Error or OOMKilled.
    message string | More detail about how it ended.
    startedAt string | When its last run started.
    finishedAt string | When its last run ended.
    containerID string | The runtime's ID of that run, as <type>://<id>.

    = PodTemplateSpec | The metadata and spec from which a controller creates its pods.
    metadata ObjectMeta | The labels and annotations every created pod gets. More info: \(conventions)#metadata
    spec PodSpec | The pod spec every created pod gets. More info: \(specStatusLink)

    = Toleration | Lets a pod be scheduled onto (or stay on) nodes whose taint matches.
    key string | The taint key it matches; empty with operator Exists matches every taint.
    operator string (Equal, Exists) | How key and value are compared: Exists (any value) or Equal. Defaults to Equal.
    value string | The taint value matched with operator Equal; empty with Exists.
    effect string (NoExecute, NoSchedule, PreferNoSchedule) | The taint effect it matches; empty matches every effect.
    tolerationSeconds integer | For NoExecute taints, how long the pod may stay on the node after the taint appears; unset means forever.

    = PodSecurityContext | Security settings that apply to every container of a pod unless a container overrides them.

    = Affinity | Scheduling rules: node affinity, pod affinity and pod anti-affinity.

    """
}
