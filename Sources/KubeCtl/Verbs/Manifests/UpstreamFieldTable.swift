/// The fields a Kubernetes 1.32 API server knows for the kinds kubetutor simulates, as data.
///
/// kubetutor's typed models carry the fields the simulation uses. A manifest field the model lacks is
/// either a typo (the real server's strict decoding rejects it: `unknown field "…"`) or a real field
/// kubetutor does not simulate (the real server would accept it; kubetutor warns that it ignores it).
/// This table tells the two apart: each API type lists its JSON fields, and fields that hold another
/// API type name it after a colon.
enum UpstreamFieldTable {
    /// The verdict on one field path reported by strict decoding.
    enum Verdict: Equatable {
        /// Kubernetes has no such field: strict decoding rejects it.
        case unknown
        /// Kubernetes has the field; kubetutor's model does not, so it is ignored.
        case unsimulated
    }

    /// Whether `path` (`spec.template.spec.containers[0].portz`) is a real field of `kind`.
    static func verdict(kind: String, path: String) -> Verdict {
        let components = path.split(separator: ".").map { component -> String in
            guard let bracket = component.firstIndex(of: "[") else { return String(component) }
            return String(component[..<bracket])
        }
        guard var type = roots[kind] else { return .unknown }
        for (position, component) in components.enumerated() {
            guard let fields = types[type], let child = fields[component] else { return .unknown }
            if position == components.count - 1 { return .unsimulated }
            guard !child.isEmpty else { return .unsimulated }
            type = child
        }
        return .unknown
    }

    /// The root type of each kind.
    static let roots: [String: String] = [
        "Pod": "Pod", "Deployment": "Deployment", "ReplicaSet": "ReplicaSet", "DaemonSet": "DaemonSet", "Job": "Job",
        "Service": "Service", "ConfigMap": "ConfigMap", "Secret": "Secret", "ServiceAccount": "ServiceAccount",
        "Namespace": "Namespace", "Node": "Node", "HorizontalPodAutoscaler": "HPA", "Endpoints": "Endpoints",
        "EndpointSlice": "EndpointSlice", "Event": "Event",
    ]

    /// `Type: "field:ChildType field …"`; a field without a child type holds plain values or maps.
    static let table: [String: String] = [
        "Pod": "apiVersion kind metadata:ObjectMeta spec:PodSpec status",
        "Deployment": "apiVersion kind metadata:ObjectMeta spec:DeploymentSpec status",
        "ReplicaSet": "apiVersion kind metadata:ObjectMeta spec:ReplicaSetSpec status",
        "DaemonSet": "apiVersion kind metadata:ObjectMeta spec:DaemonSetSpec status",
        "Job": "apiVersion kind metadata:ObjectMeta spec:JobSpec status",
        "Service": "apiVersion kind metadata:ObjectMeta spec:ServiceSpec status",
        "ConfigMap": "apiVersion kind metadata:ObjectMeta immutable data binaryData",
        "Secret": "apiVersion kind metadata:ObjectMeta immutable data stringData type",
        "ServiceAccount": "apiVersion kind metadata:ObjectMeta secrets imagePullSecrets automountServiceAccountToken",
        "Namespace": "apiVersion kind metadata:ObjectMeta spec status",
        "Node": "apiVersion kind metadata:ObjectMeta spec status",
        "HPA": "apiVersion kind metadata:ObjectMeta spec:HPASpec status",
        "Endpoints": "apiVersion kind metadata:ObjectMeta subsets",
        "EndpointSlice": "apiVersion kind metadata:ObjectMeta addressType endpoints ports",
        "Event": "apiVersion kind metadata:ObjectMeta involvedObject reason message source firstTimestamp lastTimestamp "
            + "count type eventTime series action related reportingComponent reportingInstance",
        "ObjectMeta": "name generateName namespace selfLink uid resourceVersion generation creationTimestamp "
            + "deletionTimestamp deletionGracePeriodSeconds labels annotations ownerReferences finalizers managedFields",
        "PodTemplateSpec": "metadata:ObjectMeta spec:PodSpec",
        "LabelSelector": "matchLabels matchExpressions",
        "DeploymentSpec": "replicas selector:LabelSelector template:PodTemplateSpec strategy:DeploymentStrategy "
            + "minReadySeconds revisionHistoryLimit paused progressDeadlineSeconds",
        "DeploymentStrategy": "type rollingUpdate:RollingUpdate",
        "RollingUpdate": "maxUnavailable maxSurge",
        "ReplicaSetSpec": "replicas minReadySeconds selector:LabelSelector template:PodTemplateSpec",
        "DaemonSetSpec": "selector:LabelSelector template:PodTemplateSpec updateStrategy minReadySeconds revisionHistoryLimit",
        "JobSpec": "parallelism completions activeDeadlineSeconds podFailurePolicy successPolicy backoffLimit "
            + "backoffLimitPerIndex maxFailedIndexes selector:LabelSelector manualSelector template:PodTemplateSpec "
            + "ttlSecondsAfterFinished completionMode suspend podReplacementPolicy managedBy",
        "PodSpec": "volumes:Volume initContainers:Container containers:Container ephemeralContainers restartPolicy "
            + "terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy nodeSelector serviceAccountName serviceAccount "
            + "automountServiceAccountToken nodeName hostNetwork hostPID hostIPC shareProcessNamespace securityContext "
            + "imagePullSecrets hostname subdomain affinity schedulerName tolerations:Toleration hostAliases "
            + "priorityClassName priority dnsConfig readinessGates runtimeClassName enableServiceLinks preemptionPolicy "
            + "overhead topologySpreadConstraints setHostnameAsFQDN os hostUsers schedulingGates resourceClaims resources",
        "Container": "name image command args workingDir ports:ContainerPort envFrom env:EnvVar resources:Resources "
            + "resizePolicy restartPolicy volumeMounts:VolumeMount volumeDevices livenessProbe:Probe readinessProbe:Probe "
            + "startupProbe:Probe lifecycle terminationMessagePath terminationMessagePolicy imagePullPolicy "
            + "securityContext stdin stdinOnce tty",
        "ContainerPort": "name hostPort containerPort protocol hostIP",
        "EnvVar": "name value valueFrom:EnvVarSource",
        "EnvVarSource": "fieldRef resourceFieldRef configMapKeyRef:KeySelector secretKeyRef:KeySelector",
        "KeySelector": "name key optional",
        "Resources": "limits requests claims",
        "Probe": "exec:ExecAction httpGet:HTTPGetAction tcpSocket:TCPSocketAction grpc initialDelaySeconds timeoutSeconds "
            + "periodSeconds successThreshold failureThreshold terminationGracePeriodSeconds",
        "ExecAction": "command",
        "HTTPGetAction": "path port host scheme httpHeaders",
        "TCPSocketAction": "port host",
        "Volume": "name hostPath emptyDir gcePersistentDisk awsElasticBlockStore gitRepo secret nfs iscsi glusterfs "
            + "persistentVolumeClaim rbd flexVolume cinder cephfs flocker downwardAPI fc azureFile configMap vsphereVolume "
            + "quobyte azureDisk photonPersistentDisk projected portworxVolume scaleIO storageos csi ephemeral image",
        "VolumeMount": "name readOnly recursiveReadOnly mountPath subPath mountPropagation subPathExpr",
        "Toleration": "key operator value effect tolerationSeconds",
        "ServiceSpec": "ports:ServicePort selector clusterIP clusterIPs type externalIPs sessionAffinity loadBalancerIP "
            + "loadBalancerSourceRanges externalName externalTrafficPolicy healthCheckNodePort publishNotReadyAddresses "
            + "sessionAffinityConfig ipFamilies ipFamilyPolicy allocateLoadBalancerNodePorts loadBalancerClass "
            + "internalTrafficPolicy trafficDistribution",
        "ServicePort": "name protocol appProtocol port targetPort nodePort",
        "HPASpec": "scaleTargetRef:ScaleTarget minReplicas maxReplicas metrics:MetricSpec behavior",
        "ScaleTarget": "kind name apiVersion",
        "MetricSpec": "type object pods resource:ResourceMetric containerResource external",
        "ResourceMetric": "name target:MetricTarget",
        "MetricTarget": "type value averageValue averageUtilization",
    ]

    /// `table` parsed: type → field → child type ("" for none).
    static let types: [String: [String: String]] = {
        var result: [String: [String: String]] = [:]
        for (type, spec) in table {
            var fields: [String: String] = [:]
            for entry in spec.split(separator: " ") {
                let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
                guard let field = parts.first else { continue }
                fields[field] = parts.dropFirst().first ?? ""
            }
            result[type] = fields
        }
        return result
    }()
}
