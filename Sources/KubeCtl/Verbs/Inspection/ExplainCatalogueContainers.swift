/// The catalogue's container, probe and volume schemas.
extension ExplainCatalogueText {
    static let containers = """
    = Container | One application container of a pod.
    name* string | The container's name, a DNS label unique within the pod. It cannot be changed.
    image string | The image to run, such as nginx:1.27. Controllers require it; a pod without it cannot start. More info: https://kubernetes.io/docs/concepts/containers/images
    command []string | The entrypoint, run without a shell; replaces the image's ENTRYPOINT. $(VAR) references to the container's environment are expanded. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
    args []string | Arguments to the entrypoint; replace the image's CMD. $(VAR) references are expanded. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
    workingDir string | The working directory; defaults to the image's.
    ports []ContainerPort | Ports the container listens on. Listing them is informational, except that named ports can be referred to by Services and probes.
    envFrom []EnvFromSource | Sources (ConfigMaps, Secrets) whose keys all become environment variables. Variables in env win over these.
    env []EnvVar | Environment variables to set in the container.
    resources ResourceRequirements | CPU and memory the container asks for (requests) and may not exceed (limits). More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
    volumeMounts []VolumeMount | Where the pod's volumes appear in the container's filesystem.
    livenessProbe Probe | A periodic check that the container still works; the kubelet restarts it when the check keeps failing. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
    readinessProbe Probe | A periodic check that the container can serve; while it fails, the pod is taken out of Service endpoints. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
    startupProbe Probe | A check that must succeed once before the other probes run; gives slow starters time. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
    lifecycle Lifecycle | Hooks the kubelet runs right after the container starts and right before it is stopped.
    terminationMessagePath string | A file whose contents become the termination message when the container ends. Defaults to /dev/termination-log.
    terminationMessagePolicy string (FallbackToLogsOnError, File) | Where the termination message comes from: File, or FallbackToLogsOnError to use the end of the log when the file is empty. Defaults to File.
    imagePullPolicy string (Always, IfNotPresent, Never) | When the kubelet pulls the image: Always, IfNotPresent or Never. Defaults to Always for :latest or untagged images, else IfNotPresent. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
    securityContext SecurityContext | Security settings of this container; they override the pod's. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
    stdin boolean | Keep a standard input stream open for the container. Defaults to false.
    stdinOnce boolean | Close standard input after the first attached client disconnects. Defaults to false.
    tty boolean | Give the container a terminal; also needs stdin. Defaults to false.

    = ContainerPort | A network port of a container.
    name string | A name for the port, unique in the pod, that Services and probes can refer to.
    hostPort integer | A port opened on the node and forwarded to this one. Rarely needed.
    containerPort* integer | The port number the container listens on, between 1 and 65535.
    protocol string (SCTP, TCP, UDP) | TCP, UDP or SCTP. Defaults to TCP.
    hostIP string | The node address hostPort binds to.

    = EnvVar | One environment variable.
    name* string | The variable's name.
    value string | The value. $(VAR) references to variables defined earlier are expanded; $$(VAR) escapes. Defaults to "".
    valueFrom EnvVarSource | Where to read the value from instead; not allowed together with value.

    = EnvVarSource | A source for an environment variable's value.
    fieldRef ObjectFieldSelector | A field of the pod, such as metadata.name, status.podIP or spec.nodeName.
    resourceFieldRef ResourceFieldSelector | A request or limit of a container, such as limits.memory.
    configMapKeyRef ConfigMapKeySelector | A key of a ConfigMap in the pod's namespace.
    secretKeyRef SecretKeySelector | A key of a Secret in the pod's namespace.

    = ConfigMapKeySelector | Selects one key of a ConfigMap.
    key* string | The key to read.
    name string | The ConfigMap's name. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
    optional boolean | When true, a missing ConfigMap or key is not an error.

    = SecretKeySelector | Selects one key of a Secret.
    key* string | The key to read.
    name string | The Secret's name. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
    optional boolean | When true, a missing Secret or key is not an error.

    = ObjectFieldSelector | Selects a field of the pod.
    apiVersion string | The schema version the fieldPath is written in. Defaults to v1.
    fieldPath* string | The path of the field, such as metadata.name.

    = ResourceFieldSelector | Selects a container's request or limit.
    containerName string | The container, required for volumes, optional for environment variables.
    divisor Quantity | The unit the value is expressed in. Defaults to 1.
    resource* string | The resource, such as limits.cpu or requests.memory.

    = EnvFromSource | Imports every key of a ConfigMap or Secret as environment variables.

    = ResourceRequirements | Compute resources of a container.
    limits map[string]Quantity | The most of each resource the container may use; above its memory limit it is killed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
    requests map[string]Quantity | The resources the scheduler reserves for the container; defaults to the limits when only those are given. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

    = Probe | A health check the kubelet runs against a container.
    exec ExecAction | Run a command in the container; exit status 0 means healthy.
    httpGet HTTPGetAction | Send an HTTP GET; a status from 200 to 399 means healthy.
    tcpSocket TCPSocketAction | Open a TCP connection; success means healthy.
    grpc GRPCAction | Call the gRPC health checking service.
    initialDelaySeconds integer | Seconds after the container starts before the first check. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
    timeoutSeconds integer | Seconds a check may take before it counts as failed. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
    periodSeconds integer | Seconds between checks. Defaults to 10.
    successThreshold integer | Consecutive successes needed after a failure. Defaults to 1; must be 1 for liveness and startup probes.
    failureThreshold integer | Consecutive failures before the probe gives up. Defaults to 3.
    terminationGracePeriodSeconds integer | For liveness and startup probes, a grace period that replaces the pod's when a failing probe kills the container.

    = ExecAction | A command run inside the container.
    command []string | The command and its arguments, run without a shell; call a shell yourself to use pipes. Exit status 0 means success.

    = HTTPGetAction | An HTTP GET request.
    path string | The path to request.
    port* string | The port: a number or the name of a container port.
    host string | The host to connect to; defaults to the pod's address.
    scheme string (HTTP, HTTPS) | HTTP or HTTPS. Defaults to HTTP.
    httpHeaders []HTTPHeader | Extra request headers.

    = HTTPHeader | One HTTP header.
    name* string | The header name.
    value* string | The header value.

    = TCPSocketAction | A TCP connection attempt.
    port* string | The port: a number or the name of a container port.
    host string | The host to connect to; defaults to the pod's address.

    = GRPCAction | A call to the gRPC health checking protocol.

    = Lifecycle | Actions run at container start (postStart) and before it stops (preStop).

    = SecurityContext | Security settings of a container, such as the user it runs as and its capabilities.

    = Volume | A named volume that containers of the pod can mount.
    name* string | The volume's name, a DNS label unique within the pod; volumeMounts refer to it.
    hostPath HostPathVolumeSource | A file or directory of the node. Rarely a good idea for applications. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
    emptyDir EmptyDirVolumeSource | A directory that starts empty and lives as long as the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
    secret SecretVolumeSource | The keys of a Secret, as files. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
    persistentVolumeClaim PersistentVolumeClaimVolumeSource | Storage claimed through a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
    configMap ConfigMapVolumeSource | The keys of a ConfigMap, as files.
    projected ProjectedVolumeSource | Several sources (Secrets, ConfigMaps, the downward API, service account tokens) in one directory.

    = VolumeMount | Where a volume appears in a container.
    name* string | The name of the pod volume to mount.
    readOnly boolean | Mount it read-only. Defaults to false.
    mountPath* string | The path in the container; must not contain ':'.
    subPath string | A path inside the volume to mount instead of its root. Defaults to "".

    = HostPathVolumeSource | A path on the node.
    path* string | The path on the node; a symbolic link is followed. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
    type string ("", BlockDevice, CharDevice, Directory, DirectoryOrCreate, File, FileOrCreate, Socket) | What must exist at the path. Defaults to "", no check.

    = EmptyDirVolumeSource | A temporary directory that shares the pod's lifetime.
    medium string | Where it is stored: "" for the node's disk, Memory for a tmpfs.
    sizeLimit Quantity | The most data it may hold.

    = SecretVolumeSource | Presents a Secret's keys as files.
    secretName string | The Secret's name in the pod's namespace. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
    items []KeyToPath | Which keys to present and under which file names; without it every key becomes a file named after it.
    defaultMode integer | The permission bits of the files. Defaults to 0644.
    optional boolean | When true, a missing Secret is not an error.

    = ConfigMapVolumeSource | Presents a ConfigMap's keys as files.
    name string | The ConfigMap's name. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
    items []KeyToPath | Which keys to present and under which file names; without it every key becomes a file named after it.
    defaultMode integer | The permission bits of the files. Defaults to 0644.
    optional boolean | When true, a missing ConfigMap is not an error.

    = KeyToPath | Maps a key to a file.
    key* string | The key.
    path* string | The relative file path to write it to.
    mode integer | The file's permission bits; defaults to the volume's defaultMode.

    = PersistentVolumeClaimVolumeSource | Refers to a PersistentVolumeClaim in the pod's namespace.
    claimName* string | The claim's name. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
    readOnly boolean | Mount it read-only. Defaults to false.

    = ProjectedVolumeSource | Several volume sources merged into one directory.

    """
}
