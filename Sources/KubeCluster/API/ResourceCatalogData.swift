extension ResourceCatalog {
    /// API groups in the order a 1.32 API server lists them in discovery (core `v1` first, then by
    /// group priority), each with its versions, preferred first. `metrics.k8s.io` is served by
    /// metrics-server, which kubetutor's cluster always runs.
    static let groupOrder: [(group: String, versions: [String])] = [
        ("", ["v1"]),
        ("apiregistration.k8s.io", ["v1"]),
        ("apps", ["v1"]),
        ("events.k8s.io", ["v1"]),
        ("authentication.k8s.io", ["v1"]),
        ("authorization.k8s.io", ["v1"]),
        ("autoscaling", ["v2", "v1"]),
        ("batch", ["v1"]),
        ("certificates.k8s.io", ["v1"]),
        ("networking.k8s.io", ["v1"]),
        ("policy", ["v1"]),
        ("rbac.authorization.k8s.io", ["v1"]),
        ("storage.k8s.io", ["v1"]),
        ("admissionregistration.k8s.io", ["v1"]),
        ("apiextensions.k8s.io", ["v1"]),
        ("scheduling.k8s.io", ["v1"]),
        ("coordination.k8s.io", ["v1"]),
        ("node.k8s.io", ["v1"]),
        ("discovery.k8s.io", ["v1"]),
        ("flowcontrol.apiserver.k8s.io", ["v1"]),
        ("metrics.k8s.io", ["v1beta1"]),
    ]

    /// Kinds the simulated cluster stores and reconciles; the other discovery rows exist only so
    /// that kubectl resolves and lists them like a real cluster.
    static let simulatedKinds: Set<String> = [
        "/Namespace", "/Node", "/Pod", "/Service", "/Endpoints", "/Event", "/ConfigMap", "/Secret",
        "/ServiceAccount", "apps/ReplicaSet", "apps/Deployment", "apps/DaemonSet", "discovery.k8s.io/EndpointSlice",
        "autoscaling/HorizontalPodAutoscaler", "events.k8s.io/Event", "batch/Job", "batch/CronJob",
    ]

    /// One row per resource per served version, in discovery order (resources sorted by name
    /// within a group version, as the API server lists them). Columns: group/version, plural,
    /// singular, namespaced, Kind, short names, verbs, categories; `-` is empty, `std` is
    /// `create,delete,deletecollection,get,list,patch,update,watch`. This is what
    /// `kubectl api-resources -o wide` shows on a fresh kind v1.32 cluster with metrics-server.
    static let discoveryTable = """
    v1 bindings binding true Binding - create -
    v1 componentstatuses componentstatus false ComponentStatus cs get,list -
    v1 configmaps configmap true ConfigMap cm std -
    v1 endpoints endpoints true Endpoints ep std -
    v1 events event true Event ev std -
    v1 limitranges limitrange true LimitRange limits std -
    v1 namespaces namespace false Namespace ns create,delete,get,list,patch,update,watch -
    v1 nodes node false Node no std -
    v1 persistentvolumeclaims persistentvolumeclaim true PersistentVolumeClaim pvc std -
    v1 persistentvolumes persistentvolume false PersistentVolume pv std -
    v1 pods pod true Pod po std all
    v1 podtemplates podtemplate true PodTemplate - std -
    v1 replicationcontrollers replicationcontroller true ReplicationController rc std all
    v1 resourcequotas resourcequota true ResourceQuota quota std -
    v1 secrets secret true Secret - std -
    v1 serviceaccounts serviceaccount true ServiceAccount sa std -
    v1 services service true Service svc std all
    apiregistration.k8s.io/v1 apiservices apiservice false APIService - std api-extensions
    apps/v1 controllerrevisions controllerrevision true ControllerRevision - std -
    apps/v1 daemonsets daemonset true DaemonSet ds std all
    apps/v1 deployments deployment true Deployment deploy std all
    apps/v1 replicasets replicaset true ReplicaSet rs std all
    apps/v1 statefulsets statefulset true StatefulSet sts std all
    events.k8s.io/v1 events event true Event ev std -
    authentication.k8s.io/v1 selfsubjectreviews selfsubjectreview false SelfSubjectReview - create -
    authentication.k8s.io/v1 tokenreviews tokenreview false TokenReview - create -
    authorization.k8s.io/v1 localsubjectaccessreviews localsubjectaccessreview true LocalSubjectAccessReview - create -
    authorization.k8s.io/v1 selfsubjectaccessreviews selfsubjectaccessreview false SelfSubjectAccessReview - create -
    authorization.k8s.io/v1 selfsubjectrulesreviews selfsubjectrulesreview false SelfSubjectRulesReview - create -
    authorization.k8s.io/v1 subjectaccessreviews subjectaccessreview false SubjectAccessReview - create -
    autoscaling/v2 horizontalpodautoscalers horizontalpodautoscaler true HorizontalPodAutoscaler hpa std all
    autoscaling/v1 horizontalpodautoscalers horizontalpodautoscaler true HorizontalPodAutoscaler hpa std all
    batch/v1 cronjobs cronjob true CronJob cj std all
    batch/v1 jobs job true Job - std all
    certificates.k8s.io/v1 certificatesigningrequests certificatesigningrequest false CertificateSigningRequest csr std -
    networking.k8s.io/v1 ingressclasses ingressclass false IngressClass - std -
    networking.k8s.io/v1 ingresses ingress true Ingress ing std -
    networking.k8s.io/v1 networkpolicies networkpolicy true NetworkPolicy netpol std -
    policy/v1 poddisruptionbudgets poddisruptionbudget true PodDisruptionBudget pdb std -
    rbac.authorization.k8s.io/v1 clusterrolebindings clusterrolebinding false ClusterRoleBinding - std -
    rbac.authorization.k8s.io/v1 clusterroles clusterrole false ClusterRole - std -
    rbac.authorization.k8s.io/v1 rolebindings rolebinding true RoleBinding - std -
    rbac.authorization.k8s.io/v1 roles role true Role - std -
    storage.k8s.io/v1 csidrivers csidriver false CSIDriver - std -
    storage.k8s.io/v1 csinodes csinode false CSINode - std -
    storage.k8s.io/v1 csistoragecapacities csistoragecapacity true CSIStorageCapacity - std -
    storage.k8s.io/v1 storageclasses storageclass false StorageClass sc std -
    storage.k8s.io/v1 volumeattachments volumeattachment false VolumeAttachment - std -
    admissionregistration.k8s.io/v1 mutatingwebhookconfigurations mutatingwebhookconfiguration false MutatingWebhookConfiguration - std api-extensions
    admissionregistration.k8s.io/v1 validatingadmissionpolicies validatingadmissionpolicy false ValidatingAdmissionPolicy - std api-extensions
    admissionregistration.k8s.io/v1 validatingadmissionpolicybindings validatingadmissionpolicybinding false ValidatingAdmissionPolicyBinding - std api-extensions
    admissionregistration.k8s.io/v1 validatingwebhookconfigurations validatingwebhookconfiguration false ValidatingWebhookConfiguration - std api-extensions
    apiextensions.k8s.io/v1 customresourcedefinitions customresourcedefinition false CustomResourceDefinition crd,crds std api-extensions
    scheduling.k8s.io/v1 priorityclasses priorityclass false PriorityClass pc std -
    coordination.k8s.io/v1 leases lease true Lease - std -
    node.k8s.io/v1 runtimeclasses runtimeclass false RuntimeClass - std -
    discovery.k8s.io/v1 endpointslices endpointslice true EndpointSlice - std -
    flowcontrol.apiserver.k8s.io/v1 flowschemas flowschema false FlowSchema - std -
    flowcontrol.apiserver.k8s.io/v1 prioritylevelconfigurations prioritylevelconfiguration false PriorityLevelConfiguration - std -
    metrics.k8s.io/v1beta1 nodes nodemetrics false NodeMetrics - get,list -
    metrics.k8s.io/v1beta1 pods podmetrics true PodMetrics - get,list -
    """
}

/// One parsed line of `ResourceCatalog.discoveryTable`.
struct DiscoveryRow {
    /// The standard verb set a `std` cell stands for.
    static let standardVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]

    let group: String
    let version: String
    let name: String
    let singularName: String
    let namespaced: Bool
    let kind: String
    let shortNames: [String]
    let verbs: [String]
    let categories: [String]

    /// Identifies the resource across versions: `group/plural`.
    var key: String { "\(group)/\(name)" }

    /// Reads one table line; nil for a line that does not have the eight columns.
    init?(line: Substring) {
        let cells = line.split(whereSeparator: { $0 == " " }).map(String.init)
        guard cells.count == 8 else { return nil }
        func list(_ cell: String) -> [String] {
            cell == "-" ? [] : cell.split(separator: ",").map(String.init)
        }
        let groupVersion = cells[0].split(separator: "/").map(String.init)
        group = groupVersion.count == 2 ? groupVersion[0] : ""
        version = groupVersion.last ?? cells[0]
        name = cells[1]
        singularName = cells[2]
        namespaced = cells[3] == "true"
        kind = cells[4]
        shortNames = list(cells[5])
        verbs = cells[6] == "std" ? Self.standardVerbs : list(cells[6])
        categories = list(cells[7])
    }

    /// The resource this row describes, served in `versions`.
    func makeResource(versions: [String]) -> APIResource {
        APIResource(name: name, singularName: singularName, shortNames: shortNames, group: group, versions: versions,
                    namespaced: namespaced, kind: kind, verbs: verbs, categories: categories,
                    isSimulated: ResourceCatalog.simulatedKinds.contains("\(group)/\(kind)"))
    }
}

extension ResourceCatalog {
    /// The rows of `discoveryTable`, in order.
    static func parseTable() -> [DiscoveryRow] {
        discoveryTable.split(separator: "\n").compactMap(DiscoveryRow.init(line:))
    }
}
