/// The catalogue's networking, node, namespace, configuration and event schemas.
extension ExplainCatalogueText {
    static let services = """
    = Service | A Service gives a set of pods, chosen by a label selector, one stable virtual address and DNS name, and spreads connections over them.
    + object Service

    = ServiceSpec | The desired state of a Service.
    ports []ServicePort | The ports the Service exposes. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
    selector map[string]string | Pods with these labels receive the traffic. Without a selector, endpoints are managed by hand. More info: https://kubernetes.io/docs/concepts/services-networking/service/
    clusterIP string | The virtual IP, allocated at random unless given; None makes a headless Service. Cannot change afterwards. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
    clusterIPs []string | The virtual IPs, one per IP family; the first equals clusterIP.
    type string (ClusterIP, ExternalName, LoadBalancer, NodePort) | How the Service is exposed: ClusterIP (inside the cluster), NodePort (also on a port of every node), LoadBalancer (also through an external load balancer) or ExternalName (a DNS alias). Defaults to ClusterIP. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
    externalIPs []string | Extra addresses, not managed by Kubernetes, at which nodes also accept the Service's traffic.
    sessionAffinity string (ClientIP, None) | ClientIP sends a client's connections to the same pod; None spreads them. Defaults to None.
    loadBalancerIP string | Deprecated: an address to ask the load balancer for.
    externalName string | The DNS name an ExternalName Service aliases.
    externalTrafficPolicy string (Cluster, Local) | For traffic from outside: Cluster (any ready pod) or Local (only pods on the receiving node, keeping the client address).
    publishNotReadyAddresses boolean | Publish pods in DNS and endpoints even before they are ready.
    ipFamilies []string | The IP families (IPv4, IPv6) of the Service, in order.
    ipFamilyPolicy string (PreferDualStack, RequireDualStack, SingleStack) | SingleStack, PreferDualStack or RequireDualStack. Defaults to SingleStack.
    allocateLoadBalancerNodePorts boolean | Whether a LoadBalancer Service also gets node ports. Defaults to true.
    internalTrafficPolicy string (Cluster, Local) | For traffic from inside the cluster: Cluster (any ready pod) or Local (only pods on the same node).

    = ServicePort | One port of a Service.
    name string | A name, required when the Service has several ports; endpoints refer to it.
    protocol string (SCTP, TCP, UDP) | TCP, UDP or SCTP. Defaults to TCP.
    appProtocol string | The application protocol, such as http, as a hint for implementations.
    port* integer | The port the Service listens on.
    targetPort string | The port of the pods: a number or a container port name. Defaults to port. More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
    nodePort integer | For NodePort and LoadBalancer Services, the port opened on every node, usually allocated from 30000-32767. More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport

    = ServiceStatus | The most recently observed state of a Service.
    loadBalancer LoadBalancerStatus | The load balancer's state, if there is one.

    = LoadBalancerStatus | The state of a load balancer.
    ingress []LoadBalancerIngress | The addresses at which the load balancer receives traffic.

    = LoadBalancerIngress | One address of a load balancer.
    ip string | An IP address.
    hostname string | A DNS name.
    ipMode string | How the address is handled: VIP (delivered with the address as destination) or Proxy.

    = Endpoints | The addresses and ports behind a Service, kept up to date by the endpoints controller.
    + typemeta
    metadata ObjectMeta | \(metadataText)
    subsets []EndpointSubset | Groups of addresses that share the same ports.

    = EndpointSubset | Addresses that share a set of ports.
    addresses []EndpointAddress | Ready addresses.
    notReadyAddresses []EndpointAddress | Addresses that are not ready yet, or failing their readiness probes.
    ports []EndpointPort | The ports of these addresses.

    = EndpointAddress | One address behind a Service.
    ip* string | The address, normally a pod IP.
    hostname string | The host name of the address.
    nodeName string | The node that hosts the address.
    targetRef ObjectReference | The object behind the address, usually a pod.

    = EndpointPort | One port of endpoints.
    name string | The name of the Service port it belongs to.
    port* integer | The port number.
    protocol string (SCTP, TCP, UDP) | TCP, UDP or SCTP. Defaults to TCP.
    appProtocol string | The application protocol, as a hint.

    = EndpointSlice | A part of the endpoints of a Service, as the EndpointSlice controller maintains them.
    + typemeta
    metadata ObjectMeta | \(metadataText)
    addressType* string (FQDN, IPv4, IPv6) | The kind of address in this slice: IPv4, IPv6 or FQDN.
    endpoints* []Endpoint | The endpoints of the slice, at most 1000.
    ports []EndpointPort | The ports every endpoint of the slice exposes.

    = Endpoint | One endpoint of an EndpointSlice.
    addresses* []string | Its addresses (one pod IP in practice).
    conditions EndpointConditions | Whether it is ready, serving and terminating.
    targetRef ObjectReference | The object behind the endpoint, usually a pod.
    nodeName string | The node that hosts it.

    = EndpointConditions | The state of an endpoint.
    ready boolean | Whether it should receive traffic: serving and not terminating.
    serving boolean | Whether it passes its readiness checks, even while terminating.
    terminating boolean | Whether it is shutting down.

    """

    static let cluster = """
    = Node | A node is a machine (virtual or physical) that runs pods. Its kubelet registers it and reports its state.
    + object Node

    = NodeSpec | The desired state of a node.
    podCIDR string | The pod address range assigned to the node.
    podCIDRs []string | The pod address ranges assigned to the node, one per IP family.
    providerID string | The node's ID at its cloud provider.
    unschedulable boolean | When true (kubectl cordon), no new pods are scheduled onto the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration
    taints []Taint | Taints that keep pods without a matching toleration away.

    = Taint | Marks a node so that pods without a matching toleration avoid it.
    key* string | The taint key.
    value string | The taint value.
    effect* string (NoExecute, NoSchedule, PreferNoSchedule) | What happens to pods that do not tolerate it: NoSchedule, PreferNoSchedule or NoExecute (also evicts running ones).
    timeAdded string | When a NoExecute taint was added.

    = NodeStatus | The most recently observed state of a node. More info: https://kubernetes.io/docs/concepts/nodes/node/#node-status
    capacity map[string]Quantity | The node's total resources. More info: https://kubernetes.io/docs/reference/node/node-status/#capacity
    allocatable map[string]Quantity | The resources available to pods; defaults to capacity.
    conditions []NodeCondition | The node's conditions, such as Ready and MemoryPressure. More info: https://kubernetes.io/docs/reference/node/node-status/#condition
    addresses []NodeAddress | The node's addresses, such as InternalIP and Hostname. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses
    daemonEndpoints NodeDaemonEndpoints | The ports of daemons running on the node, such as the kubelet.
    nodeInfo NodeSystemInfo | Facts about the machine: operating system, kernel, container runtime and versions. More info: https://kubernetes.io/docs/reference/node/node-status/#info
    images []ContainerImage | Images present on the node.

    = NodeCondition | One condition of a node.
    type* string | Ready, MemoryPressure, DiskPressure, PIDPressure or NetworkUnavailable.
    status* string | True, False or Unknown.
    lastHeartbeatTime string | When the kubelet last reported the condition.
    lastTransitionTime string | When the status last changed.
    reason string | A short CamelCase reason for the last change.
    message string | A human-readable account of the last change.

    = NodeAddress | One address of a node.
    type* string | Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.
    address* string | The address.

    = NodeSystemInfo | Facts about a node's machine.
    machineID* string | The machine ID the node reports. More info: https://man7.org/linux/man-pages/man5/machine-id.5.html
    systemUUID* string | The system UUID the node reports.
    bootID* string | The boot ID, which changes at every reboot.
    kernelVersion* string | The kernel version (uname -r).
    osImage* string | The operating system (from /etc/os-release).
    containerRuntimeVersion* string | The container runtime and its version, such as containerd://1.7.24.
    kubeletVersion* string | The kubelet version.
    kubeProxyVersion* string | Deprecated: the kube-proxy version; not reliable.
    operatingSystem* string | The operating system the node reports, such as linux.
    architecture* string | The CPU architecture the node reports, such as amd64.

    = ContainerImage | An image present on a node.
    names []string | The names the image is known by.
    sizeBytes integer | The image's size in bytes.

    = NodeDaemonEndpoints | The ports daemons of a node listen on.

    = Namespace | A namespace is a scope for names: objects of the same kind need unique names only within it.
    + object Namespace

    = NamespaceSpec | The desired state of a namespace.
    finalizers []string | Clean-up steps that must finish before the namespace is removed. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/

    = NamespaceStatus | The most recently observed state of a namespace.
    phase string (Active, Terminating) | Active, or Terminating while its contents are being deleted. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/

    = ConfigMap | A ConfigMap holds non-secret configuration as key/value pairs that pods read as environment variables or files.
    + typemeta
    metadata ObjectMeta | \(metadataText)
    immutable boolean | When true, data and binaryData can no longer change; the object can only be deleted and recreated.
    data map[string]string | Text values by key. Keys may hold letters, digits, '-', '_' and '.'.
    binaryData map[string]string | Binary values by key, base64-encoded; keys must not also appear in data.

    = Secret | A Secret holds sensitive data, such as passwords or tokens, for pods to read. Values are base64-encoded, not encrypted.
    + typemeta
    metadata ObjectMeta | \(metadataText)
    immutable boolean | When true, data can no longer change; the object can only be deleted and recreated.
    data map[string]string | Values by key, base64-encoded.
    stringData map[string]string | Write-only plain-text values merged into data when the Secret is stored; never returned by reads.
    type string | What the Secret holds, such as Opaque or kubernetes.io/tls. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types

    = ServiceAccount | A ServiceAccount is an identity for processes in pods, used to authenticate to the API server.
    + typemeta
    metadata ObjectMeta | \(metadataText)
    secrets []ObjectReference | Secrets pods of this account may use. Deprecated for token secrets. More info: https://kubernetes.io/docs/concepts/configuration/secret
    imagePullSecrets []LocalObjectReference | Registry credentials added to pods that run as this account. More info: https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod
    automountServiceAccountToken boolean | Whether pods get an API token mounted automatically; a pod can override it.

    = Event | An event records something that happened to an object, such as a pod being scheduled or an image failing to pull. Events expire after a while (an hour by default).
    + typemeta
    metadata* ObjectMeta | \(metadataText)
    involvedObject* ObjectReference | The object the event is about.
    reason string | A short CamelCase reason, such as Scheduled or BackOff.
    message string | A human-readable description.
    source EventSource | The component that reported it.
    firstTimestamp string | When the event was first recorded.
    lastTimestamp string | When it was most recently recorded.
    count integer | How many times it has happened.
    type string | Normal or Warning.
    eventTime string | When the event was first seen, with microseconds (newer reporters).
    reportingComponent string | The controller that emitted the event, such as kubelet.
    reportingInstance string | The instance of that controller, such as the node name.

    = EventSource | The component that reported an event.
    component string | The component, such as kubelet or default-scheduler.
    host string | The node it ran on.

    """
}
