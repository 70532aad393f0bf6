/// The protobuf field numbers of the Kubernetes 1.32 API types kubectl's typed clients send (create
/// generators, drain's Eviction, scale). Generated from the `generated.proto` file descriptors of k8s.io/api and
/// k8s.io/apimachinery v0.32 (as compiled into kubectl 1.32), restricted to the messages reachable from the kinds
/// `kubetutor serve` accepts.
///
/// One message per line: `package.Name[!]` (`!` marks a map entry) then `field=NUMBERtype[*][>Message]`, where
/// type is i (varint integer), u (unsigned varint), z (zigzag), b (bool), e (enum), s (string), y (bytes),
/// m (message), d/f/x (fixed width); `*` marks a repeated field.
extension ProtobufSchema {
    static let table = """
    apps.v1.DaemonSet metadata=1m>meta.v1.ObjectMeta spec=2m>apps.v1.DaemonSetSpec status=3m>apps.v1.DaemonSetStatus
    apps.v1.DaemonSetCondition type=1s status=2s lastTransitionTime=3m>meta.v1.Time reason=4s message=5s
    apps.v1.DaemonSetSpec selector=1m>meta.v1.LabelSelector template=2m>core.v1.PodTemplateSpec updateStrategy=3m>apps.v1.DaemonSetUpdateStrategy minReadySeconds=4i revisionHistoryLimit=6i
    apps.v1.DaemonSetStatus currentNumberScheduled=1i numberMisscheduled=2i desiredNumberScheduled=3i numberReady=4i observedGeneration=5i updatedNumberScheduled=6i numberAvailable=7i numberUnavailable=8i collisionCount=9i conditions=10m*>apps.v1.DaemonSetCondition
    apps.v1.DaemonSetUpdateStrategy type=1s rollingUpdate=2m>apps.v1.RollingUpdateDaemonSet
    apps.v1.Deployment metadata=1m>meta.v1.ObjectMeta spec=2m>apps.v1.DeploymentSpec status=3m>apps.v1.DeploymentStatus
    apps.v1.DeploymentCondition type=1s status=2s lastUpdateTime=6m>meta.v1.Time lastTransitionTime=7m>meta.v1.Time reason=4s message=5s
    apps.v1.DeploymentSpec replicas=1i selector=2m>meta.v1.LabelSelector template=3m>core.v1.PodTemplateSpec strategy=4m>apps.v1.DeploymentStrategy minReadySeconds=5i revisionHistoryLimit=6i paused=7b progressDeadlineSeconds=9i
    apps.v1.DeploymentStatus observedGeneration=1i replicas=2i updatedReplicas=3i readyReplicas=7i availableReplicas=4i unavailableReplicas=5i conditions=6m*>apps.v1.DeploymentCondition collisionCount=8i
    apps.v1.DeploymentStrategy type=1s rollingUpdate=2m>apps.v1.RollingUpdateDeployment
    apps.v1.ReplicaSet metadata=1m>meta.v1.ObjectMeta spec=2m>apps.v1.ReplicaSetSpec status=3m>apps.v1.ReplicaSetStatus
    apps.v1.ReplicaSetCondition type=1s status=2s lastTransitionTime=3m>meta.v1.Time reason=4s message=5s
    apps.v1.ReplicaSetSpec replicas=1i minReadySeconds=4i selector=2m>meta.v1.LabelSelector template=3m>core.v1.PodTemplateSpec
    apps.v1.ReplicaSetStatus replicas=1i fullyLabeledReplicas=2i readyReplicas=4i availableReplicas=5i observedGeneration=3i conditions=6m*>apps.v1.ReplicaSetCondition
    apps.v1.RollingUpdateDaemonSet maxUnavailable=1m>util.intstr.IntOrString maxSurge=2m>util.intstr.IntOrString
    apps.v1.RollingUpdateDeployment maxUnavailable=1m>util.intstr.IntOrString maxSurge=2m>util.intstr.IntOrString
    autoscaling.v1.CrossVersionObjectReference kind=1s name=2s apiVersion=3s
    autoscaling.v1.HorizontalPodAutoscaler metadata=1m>meta.v1.ObjectMeta spec=2m>autoscaling.v1.HorizontalPodAutoscalerSpec status=3m>autoscaling.v1.HorizontalPodAutoscalerStatus
    autoscaling.v1.HorizontalPodAutoscalerSpec scaleTargetRef=1m>autoscaling.v1.CrossVersionObjectReference minReplicas=2i maxReplicas=3i targetCPUUtilizationPercentage=4i
    autoscaling.v1.HorizontalPodAutoscalerStatus observedGeneration=1i lastScaleTime=2m>meta.v1.Time currentReplicas=3i desiredReplicas=4i currentCPUUtilizationPercentage=5i
    autoscaling.v1.Scale metadata=1m>meta.v1.ObjectMeta spec=2m>autoscaling.v1.ScaleSpec status=3m>autoscaling.v1.ScaleStatus
    autoscaling.v1.ScaleSpec replicas=1i
    autoscaling.v1.ScaleStatus replicas=1i selector=2s
    autoscaling.v2.ContainerResourceMetricSource name=1s target=2m>autoscaling.v2.MetricTarget container=3s
    autoscaling.v2.ContainerResourceMetricStatus name=1s current=2m>autoscaling.v2.MetricValueStatus container=3s
    autoscaling.v2.CrossVersionObjectReference kind=1s name=2s apiVersion=3s
    autoscaling.v2.ExternalMetricSource metric=1m>autoscaling.v2.MetricIdentifier target=2m>autoscaling.v2.MetricTarget
    autoscaling.v2.ExternalMetricStatus metric=1m>autoscaling.v2.MetricIdentifier current=2m>autoscaling.v2.MetricValueStatus
    autoscaling.v2.HPAScalingPolicy type=1s value=2i periodSeconds=3i
    autoscaling.v2.HPAScalingRules stabilizationWindowSeconds=3i selectPolicy=1s policies=2m*>autoscaling.v2.HPAScalingPolicy
    autoscaling.v2.HorizontalPodAutoscaler metadata=1m>meta.v1.ObjectMeta spec=2m>autoscaling.v2.HorizontalPodAutoscalerSpec status=3m>autoscaling.v2.HorizontalPodAutoscalerStatus
    autoscaling.v2.HorizontalPodAutoscalerBehavior scaleUp=1m>autoscaling.v2.HPAScalingRules scaleDown=2m>autoscaling.v2.HPAScalingRules
    autoscaling.v2.HorizontalPodAutoscalerCondition type=1s status=2s lastTransitionTime=3m>meta.v1.Time reason=4s message=5s
    autoscaling.v2.HorizontalPodAutoscalerSpec scaleTargetRef=1m>autoscaling.v2.CrossVersionObjectReference minReplicas=2i maxReplicas=3i metrics=4m*>autoscaling.v2.MetricSpec behavior=5m>autoscaling.v2.HorizontalPodAutoscalerBehavior
    autoscaling.v2.HorizontalPodAutoscalerStatus observedGeneration=1i lastScaleTime=2m>meta.v1.Time currentReplicas=3i desiredReplicas=4i currentMetrics=5m*>autoscaling.v2.MetricStatus conditions=6m*>autoscaling.v2.HorizontalPodAutoscalerCondition
    autoscaling.v2.MetricIdentifier name=1s selector=2m>meta.v1.LabelSelector
    autoscaling.v2.MetricSpec type=1s object=2m>autoscaling.v2.ObjectMetricSource pods=3m>autoscaling.v2.PodsMetricSource resource=4m>autoscaling.v2.ResourceMetricSource containerResource=7m>autoscaling.v2.ContainerResourceMetricSource external=5m>autoscaling.v2.ExternalMetricSource
    autoscaling.v2.MetricStatus type=1s object=2m>autoscaling.v2.ObjectMetricStatus pods=3m>autoscaling.v2.PodsMetricStatus resource=4m>autoscaling.v2.ResourceMetricStatus containerResource=7m>autoscaling.v2.ContainerResourceMetricStatus external=5m>autoscaling.v2.ExternalMetricStatus
    autoscaling.v2.MetricTarget type=1s value=2m>api.resource.Quantity averageValue=3m>api.resource.Quantity averageUtilization=4i
    autoscaling.v2.MetricValueStatus value=1m>api.resource.Quantity averageValue=2m>api.resource.Quantity averageUtilization=3i
    autoscaling.v2.ObjectMetricSource describedObject=1m>autoscaling.v2.CrossVersionObjectReference target=2m>autoscaling.v2.MetricTarget metric=3m>autoscaling.v2.MetricIdentifier
    autoscaling.v2.ObjectMetricStatus metric=1m>autoscaling.v2.MetricIdentifier current=2m>autoscaling.v2.MetricValueStatus describedObject=3m>autoscaling.v2.CrossVersionObjectReference
    autoscaling.v2.PodsMetricSource metric=1m>autoscaling.v2.MetricIdentifier target=2m>autoscaling.v2.MetricTarget
    autoscaling.v2.PodsMetricStatus metric=1m>autoscaling.v2.MetricIdentifier current=2m>autoscaling.v2.MetricValueStatus
    autoscaling.v2.ResourceMetricSource name=1s target=2m>autoscaling.v2.MetricTarget
    autoscaling.v2.ResourceMetricStatus name=1s current=2m>autoscaling.v2.MetricValueStatus
    batch.v1.CronJob metadata=1m>meta.v1.ObjectMeta spec=2m>batch.v1.CronJobSpec status=3m>batch.v1.CronJobStatus
    batch.v1.CronJobSpec schedule=1s timeZone=8s startingDeadlineSeconds=2i concurrencyPolicy=3s suspend=4b jobTemplate=5m>batch.v1.JobTemplateSpec successfulJobsHistoryLimit=6i failedJobsHistoryLimit=7i
    batch.v1.CronJobStatus active=1m*>core.v1.ObjectReference lastScheduleTime=4m>meta.v1.Time lastSuccessfulTime=5m>meta.v1.Time
    batch.v1.Job metadata=1m>meta.v1.ObjectMeta spec=2m>batch.v1.JobSpec status=3m>batch.v1.JobStatus
    batch.v1.JobCondition type=1s status=2s lastProbeTime=3m>meta.v1.Time lastTransitionTime=4m>meta.v1.Time reason=5s message=6s
    batch.v1.JobSpec parallelism=1i completions=2i activeDeadlineSeconds=3i podFailurePolicy=11m>batch.v1.PodFailurePolicy successPolicy=16m>batch.v1.SuccessPolicy backoffLimit=7i backoffLimitPerIndex=12i maxFailedIndexes=13i selector=4m>meta.v1.LabelSelector manualSelector=5b template=6m>core.v1.PodTemplateSpec ttlSecondsAfterFinished=8i completionMode=9s suspend=10b podReplacementPolicy=14s managedBy=15s
    batch.v1.JobStatus conditions=1m*>batch.v1.JobCondition startTime=2m>meta.v1.Time completionTime=3m>meta.v1.Time active=4i succeeded=5i failed=6i terminating=11i completedIndexes=7s failedIndexes=10s uncountedTerminatedPods=8m>batch.v1.UncountedTerminatedPods ready=9i
    batch.v1.JobTemplateSpec metadata=1m>meta.v1.ObjectMeta spec=2m>batch.v1.JobSpec
    batch.v1.PodFailurePolicy rules=1m*>batch.v1.PodFailurePolicyRule
    batch.v1.PodFailurePolicyOnExitCodesRequirement containerName=1s operator=2s values=3i*
    batch.v1.PodFailurePolicyOnPodConditionsPattern type=1s status=2s
    batch.v1.PodFailurePolicyRule action=1s onExitCodes=2m>batch.v1.PodFailurePolicyOnExitCodesRequirement onPodConditions=3m*>batch.v1.PodFailurePolicyOnPodConditionsPattern
    batch.v1.SuccessPolicy rules=1m*>batch.v1.SuccessPolicyRule
    batch.v1.SuccessPolicyRule succeededIndexes=1s succeededCount=2i
    batch.v1.UncountedTerminatedPods succeeded=1s* failed=2s*
    core.v1.AWSElasticBlockStoreVolumeSource volumeID=1s fsType=2s partition=3i readOnly=4b
    core.v1.Affinity nodeAffinity=1m>core.v1.NodeAffinity podAffinity=2m>core.v1.PodAffinity podAntiAffinity=3m>core.v1.PodAntiAffinity
    core.v1.AppArmorProfile type=1s localhostProfile=2s
    core.v1.AttachedVolume name=1s devicePath=2s
    core.v1.AzureDiskVolumeSource diskName=1s diskURI=2s cachingMode=3s fsType=4s readOnly=5b kind=6s
    core.v1.AzureFileVolumeSource secretName=1s shareName=2s readOnly=3b
    core.v1.CSIVolumeSource driver=1s readOnly=2b fsType=3s volumeAttributes=4m*>core.v1.CSIVolumeSource.VolumeAttributesEntry nodePublishSecretRef=5m>core.v1.LocalObjectReference
    core.v1.CSIVolumeSource.VolumeAttributesEntry! key=1s value=2s
    core.v1.Capabilities add=1s* drop=2s*
    core.v1.CephFSVolumeSource monitors=1s* path=2s user=3s secretFile=4s secretRef=5m>core.v1.LocalObjectReference readOnly=6b
    core.v1.CinderVolumeSource volumeID=1s fsType=2s readOnly=3b secretRef=4m>core.v1.LocalObjectReference
    core.v1.ClientIPConfig timeoutSeconds=1i
    core.v1.ClusterTrustBundleProjection name=1s signerName=2s labelSelector=3m>meta.v1.LabelSelector optional=5b path=4s
    core.v1.ConfigMap metadata=1m>meta.v1.ObjectMeta immutable=4b data=2m*>core.v1.ConfigMap.DataEntry binaryData=3m*>core.v1.ConfigMap.BinaryDataEntry
    core.v1.ConfigMap.BinaryDataEntry! key=1s value=2y
    core.v1.ConfigMap.DataEntry! key=1s value=2s
    core.v1.ConfigMapEnvSource localObjectReference=1m>core.v1.LocalObjectReference optional=2b
    core.v1.ConfigMapKeySelector localObjectReference=1m>core.v1.LocalObjectReference key=2s optional=3b
    core.v1.ConfigMapNodeConfigSource namespace=1s name=2s uid=3s resourceVersion=4s kubeletConfigKey=5s
    core.v1.ConfigMapProjection localObjectReference=1m>core.v1.LocalObjectReference items=2m*>core.v1.KeyToPath optional=4b
    core.v1.ConfigMapVolumeSource localObjectReference=1m>core.v1.LocalObjectReference items=2m*>core.v1.KeyToPath defaultMode=3i optional=4b
    core.v1.Container name=1s image=2s command=3s* args=4s* workingDir=5s ports=6m*>core.v1.ContainerPort envFrom=19m*>core.v1.EnvFromSource env=7m*>core.v1.EnvVar resources=8m>core.v1.ResourceRequirements resizePolicy=23m*>core.v1.ContainerResizePolicy restartPolicy=24s volumeMounts=9m*>core.v1.VolumeMount volumeDevices=21m*>core.v1.VolumeDevice livenessProbe=10m>core.v1.Probe readinessProbe=11m>core.v1.Probe startupProbe=22m>core.v1.Probe lifecycle=12m>core.v1.Lifecycle terminationMessagePath=13s terminationMessagePolicy=20s imagePullPolicy=14s securityContext=15m>core.v1.SecurityContext stdin=16b stdinOnce=17b tty=18b
    core.v1.ContainerImage names=1s* sizeBytes=2i
    core.v1.ContainerPort name=1s hostPort=2i containerPort=3i protocol=4s hostIP=5s
    core.v1.ContainerResizePolicy resourceName=1s restartPolicy=2s
    core.v1.ContainerState waiting=1m>core.v1.ContainerStateWaiting running=2m>core.v1.ContainerStateRunning terminated=3m>core.v1.ContainerStateTerminated
    core.v1.ContainerStateRunning startedAt=1m>meta.v1.Time
    core.v1.ContainerStateTerminated exitCode=1i signal=2i reason=3s message=4s startedAt=5m>meta.v1.Time finishedAt=6m>meta.v1.Time containerID=7s
    core.v1.ContainerStateWaiting reason=1s message=2s
    core.v1.ContainerStatus name=1s state=2m>core.v1.ContainerState lastState=3m>core.v1.ContainerState ready=4b restartCount=5i image=6s imageID=7s containerID=8s started=9b allocatedResources=10m*>core.v1.ContainerStatus.AllocatedResourcesEntry resources=11m>core.v1.ResourceRequirements volumeMounts=12m*>core.v1.VolumeMountStatus user=13m>core.v1.ContainerUser allocatedResourcesStatus=14m*>core.v1.ResourceStatus
    core.v1.ContainerStatus.AllocatedResourcesEntry! key=1s value=2m>api.resource.Quantity
    core.v1.ContainerUser linux=1m>core.v1.LinuxContainerUser
    core.v1.DaemonEndpoint Port=1i
    core.v1.DownwardAPIProjection items=1m*>core.v1.DownwardAPIVolumeFile
    core.v1.DownwardAPIVolumeFile path=1s fieldRef=2m>core.v1.ObjectFieldSelector resourceFieldRef=3m>core.v1.ResourceFieldSelector mode=4i
    core.v1.DownwardAPIVolumeSource items=1m*>core.v1.DownwardAPIVolumeFile defaultMode=2i
    core.v1.EmptyDirVolumeSource medium=1s sizeLimit=2m>api.resource.Quantity
    core.v1.EndpointAddress ip=1s hostname=3s nodeName=4s targetRef=2m>core.v1.ObjectReference
    core.v1.EndpointPort name=1s port=2i protocol=3s appProtocol=4s
    core.v1.EndpointSubset addresses=1m*>core.v1.EndpointAddress notReadyAddresses=2m*>core.v1.EndpointAddress ports=3m*>core.v1.EndpointPort
    core.v1.Endpoints metadata=1m>meta.v1.ObjectMeta subsets=2m*>core.v1.EndpointSubset
    core.v1.EnvFromSource prefix=1s configMapRef=2m>core.v1.ConfigMapEnvSource secretRef=3m>core.v1.SecretEnvSource
    core.v1.EnvVar name=1s value=2s valueFrom=3m>core.v1.EnvVarSource
    core.v1.EnvVarSource fieldRef=1m>core.v1.ObjectFieldSelector resourceFieldRef=2m>core.v1.ResourceFieldSelector configMapKeyRef=3m>core.v1.ConfigMapKeySelector secretKeyRef=4m>core.v1.SecretKeySelector
    core.v1.EphemeralContainer ephemeralContainerCommon=1m>core.v1.EphemeralContainerCommon targetContainerName=2s
    core.v1.EphemeralContainerCommon name=1s image=2s command=3s* args=4s* workingDir=5s ports=6m*>core.v1.ContainerPort envFrom=19m*>core.v1.EnvFromSource env=7m*>core.v1.EnvVar resources=8m>core.v1.ResourceRequirements resizePolicy=23m*>core.v1.ContainerResizePolicy restartPolicy=24s volumeMounts=9m*>core.v1.VolumeMount volumeDevices=21m*>core.v1.VolumeDevice livenessProbe=10m>core.v1.Probe readinessProbe=11m>core.v1.Probe startupProbe=22m>core.v1.Probe lifecycle=12m>core.v1.Lifecycle terminationMessagePath=13s terminationMessagePolicy=20s imagePullPolicy=14s securityContext=15m>core.v1.SecurityContext stdin=16b stdinOnce=17b tty=18b
    core.v1.EphemeralVolumeSource volumeClaimTemplate=1m>core.v1.PersistentVolumeClaimTemplate
    core.v1.Event metadata=1m>meta.v1.ObjectMeta involvedObject=2m>core.v1.ObjectReference reason=3s message=4s source=5m>core.v1.EventSource firstTimestamp=6m>meta.v1.Time lastTimestamp=7m>meta.v1.Time count=8i type=9s eventTime=10m>meta.v1.MicroTime series=11m>core.v1.EventSeries action=12s related=13m>core.v1.ObjectReference reportingComponent=14s reportingInstance=15s
    core.v1.EventSeries count=1i lastObservedTime=2m>meta.v1.MicroTime
    core.v1.EventSource component=1s host=2s
    core.v1.ExecAction command=1s*
    core.v1.FCVolumeSource targetWWNs=1s* lun=2i fsType=3s readOnly=4b wwids=5s*
    core.v1.FlexVolumeSource driver=1s fsType=2s secretRef=3m>core.v1.LocalObjectReference readOnly=4b options=5m*>core.v1.FlexVolumeSource.OptionsEntry
    core.v1.FlexVolumeSource.OptionsEntry! key=1s value=2s
    core.v1.FlockerVolumeSource datasetName=1s datasetUUID=2s
    core.v1.GCEPersistentDiskVolumeSource pdName=1s fsType=2s partition=3i readOnly=4b
    core.v1.GRPCAction port=1i service=2s
    core.v1.GitRepoVolumeSource repository=1s revision=2s directory=3s
    core.v1.GlusterfsVolumeSource endpoints=1s path=2s readOnly=3b
    core.v1.HTTPGetAction path=1s port=2m>util.intstr.IntOrString host=3s scheme=4s httpHeaders=5m*>core.v1.HTTPHeader
    core.v1.HTTPHeader name=1s value=2s
    core.v1.HostAlias ip=1s hostnames=2s*
    core.v1.HostIP ip=1s
    core.v1.HostPathVolumeSource path=1s type=2s
    core.v1.ISCSIVolumeSource targetPortal=1s iqn=2s lun=3i iscsiInterface=4s fsType=5s readOnly=6b portals=7s* chapAuthDiscovery=8b chapAuthSession=11b secretRef=10m>core.v1.LocalObjectReference initiatorName=12s
    core.v1.ImageVolumeSource reference=1s pullPolicy=2s
    core.v1.KeyToPath key=1s path=2s mode=3i
    core.v1.Lifecycle postStart=1m>core.v1.LifecycleHandler preStop=2m>core.v1.LifecycleHandler
    core.v1.LifecycleHandler exec=1m>core.v1.ExecAction httpGet=2m>core.v1.HTTPGetAction tcpSocket=3m>core.v1.TCPSocketAction sleep=4m>core.v1.SleepAction
    core.v1.LinuxContainerUser uid=1i gid=2i supplementalGroups=3i*
    core.v1.LoadBalancerIngress ip=1s hostname=2s ipMode=3s ports=4m*>core.v1.PortStatus
    core.v1.LoadBalancerStatus ingress=1m*>core.v1.LoadBalancerIngress
    core.v1.LocalObjectReference name=1s
    core.v1.NFSVolumeSource server=1s path=2s readOnly=3b
    core.v1.Namespace metadata=1m>meta.v1.ObjectMeta spec=2m>core.v1.NamespaceSpec status=3m>core.v1.NamespaceStatus
    core.v1.NamespaceCondition type=1s status=2s lastTransitionTime=4m>meta.v1.Time reason=5s message=6s
    core.v1.NamespaceSpec finalizers=1s*
    core.v1.NamespaceStatus phase=1s conditions=2m*>core.v1.NamespaceCondition
    core.v1.Node metadata=1m>meta.v1.ObjectMeta spec=2m>core.v1.NodeSpec status=3m>core.v1.NodeStatus
    core.v1.NodeAddress type=1s address=2s
    core.v1.NodeAffinity requiredDuringSchedulingIgnoredDuringExecution=1m>core.v1.NodeSelector preferredDuringSchedulingIgnoredDuringExecution=2m*>core.v1.PreferredSchedulingTerm
    core.v1.NodeCondition type=1s status=2s lastHeartbeatTime=3m>meta.v1.Time lastTransitionTime=4m>meta.v1.Time reason=5s message=6s
    core.v1.NodeConfigSource configMap=2m>core.v1.ConfigMapNodeConfigSource
    core.v1.NodeConfigStatus assigned=1m>core.v1.NodeConfigSource active=2m>core.v1.NodeConfigSource lastKnownGood=3m>core.v1.NodeConfigSource error=4s
    core.v1.NodeDaemonEndpoints kubeletEndpoint=1m>core.v1.DaemonEndpoint
    core.v1.NodeFeatures supplementalGroupsPolicy=1b
    core.v1.NodeRuntimeHandler name=1s features=2m>core.v1.NodeRuntimeHandlerFeatures
    core.v1.NodeRuntimeHandlerFeatures recursiveReadOnlyMounts=1b userNamespaces=2b
    core.v1.NodeSelector nodeSelectorTerms=1m*>core.v1.NodeSelectorTerm
    core.v1.NodeSelectorRequirement key=1s operator=2s values=3s*
    core.v1.NodeSelectorTerm matchExpressions=1m*>core.v1.NodeSelectorRequirement matchFields=2m*>core.v1.NodeSelectorRequirement
    core.v1.NodeSpec podCIDR=1s podCIDRs=7s* providerID=3s unschedulable=4b taints=5m*>core.v1.Taint configSource=6m>core.v1.NodeConfigSource externalID=2s
    core.v1.NodeStatus capacity=1m*>core.v1.NodeStatus.CapacityEntry allocatable=2m*>core.v1.NodeStatus.AllocatableEntry phase=3s conditions=4m*>core.v1.NodeCondition addresses=5m*>core.v1.NodeAddress daemonEndpoints=6m>core.v1.NodeDaemonEndpoints nodeInfo=7m>core.v1.NodeSystemInfo images=8m*>core.v1.ContainerImage volumesInUse=9s* volumesAttached=10m*>core.v1.AttachedVolume config=11m>core.v1.NodeConfigStatus runtimeHandlers=12m*>core.v1.NodeRuntimeHandler features=13m>core.v1.NodeFeatures
    core.v1.NodeStatus.AllocatableEntry! key=1s value=2m>api.resource.Quantity
    core.v1.NodeStatus.CapacityEntry! key=1s value=2m>api.resource.Quantity
    core.v1.NodeSystemInfo machineID=1s systemUUID=2s bootID=3s kernelVersion=4s osImage=5s containerRuntimeVersion=6s kubeletVersion=7s kubeProxyVersion=8s operatingSystem=9s architecture=10s
    core.v1.ObjectFieldSelector apiVersion=1s fieldPath=2s
    core.v1.ObjectReference kind=1s namespace=2s name=3s uid=4s apiVersion=5s resourceVersion=6s fieldPath=7s
    core.v1.PersistentVolumeClaimSpec accessModes=1s* selector=4m>meta.v1.LabelSelector resources=2m>core.v1.VolumeResourceRequirements volumeName=3s storageClassName=5s volumeMode=6s dataSource=7m>core.v1.TypedLocalObjectReference dataSourceRef=8m>core.v1.TypedObjectReference volumeAttributesClassName=9s
    core.v1.PersistentVolumeClaimTemplate metadata=1m>meta.v1.ObjectMeta spec=2m>core.v1.PersistentVolumeClaimSpec
    core.v1.PersistentVolumeClaimVolumeSource claimName=1s readOnly=2b
    core.v1.PhotonPersistentDiskVolumeSource pdID=1s fsType=2s
    core.v1.Pod metadata=1m>meta.v1.ObjectMeta spec=2m>core.v1.PodSpec status=3m>core.v1.PodStatus
    core.v1.PodAffinity requiredDuringSchedulingIgnoredDuringExecution=1m*>core.v1.PodAffinityTerm preferredDuringSchedulingIgnoredDuringExecution=2m*>core.v1.WeightedPodAffinityTerm
    core.v1.PodAffinityTerm labelSelector=1m>meta.v1.LabelSelector namespaces=2s* topologyKey=3s namespaceSelector=4m>meta.v1.LabelSelector matchLabelKeys=5s* mismatchLabelKeys=6s*
    core.v1.PodAntiAffinity requiredDuringSchedulingIgnoredDuringExecution=1m*>core.v1.PodAffinityTerm preferredDuringSchedulingIgnoredDuringExecution=2m*>core.v1.WeightedPodAffinityTerm
    core.v1.PodCondition type=1s status=2s lastProbeTime=3m>meta.v1.Time lastTransitionTime=4m>meta.v1.Time reason=5s message=6s
    core.v1.PodDNSConfig nameservers=1s* searches=2s* options=3m*>core.v1.PodDNSConfigOption
    core.v1.PodDNSConfigOption name=1s value=2s
    core.v1.PodIP ip=1s
    core.v1.PodOS name=1s
    core.v1.PodReadinessGate conditionType=1s
    core.v1.PodResourceClaim name=1s resourceClaimName=3s resourceClaimTemplateName=4s
    core.v1.PodResourceClaimStatus name=1s resourceClaimName=2s
    core.v1.PodSchedulingGate name=1s
    core.v1.PodSecurityContext seLinuxOptions=1m>core.v1.SELinuxOptions windowsOptions=8m>core.v1.WindowsSecurityContextOptions runAsUser=2i runAsGroup=6i runAsNonRoot=3b supplementalGroups=4i* supplementalGroupsPolicy=12s fsGroup=5i sysctls=7m*>core.v1.Sysctl fsGroupChangePolicy=9s seccompProfile=10m>core.v1.SeccompProfile appArmorProfile=11m>core.v1.AppArmorProfile seLinuxChangePolicy=13s
    core.v1.PodSpec volumes=1m*>core.v1.Volume initContainers=20m*>core.v1.Container containers=2m*>core.v1.Container ephemeralContainers=34m*>core.v1.EphemeralContainer restartPolicy=3s terminationGracePeriodSeconds=4i activeDeadlineSeconds=5i dnsPolicy=6s nodeSelector=7m*>core.v1.PodSpec.NodeSelectorEntry serviceAccountName=8s serviceAccount=9s automountServiceAccountToken=21b nodeName=10s hostNetwork=11b hostPID=12b hostIPC=13b shareProcessNamespace=27b securityContext=14m>core.v1.PodSecurityContext imagePullSecrets=15m*>core.v1.LocalObjectReference hostname=16s subdomain=17s affinity=18m>core.v1.Affinity schedulerName=19s tolerations=22m*>core.v1.Toleration hostAliases=23m*>core.v1.HostAlias priorityClassName=24s priority=25i dnsConfig=26m>core.v1.PodDNSConfig readinessGates=28m*>core.v1.PodReadinessGate runtimeClassName=29s enableServiceLinks=30b preemptionPolicy=31s overhead=32m*>core.v1.PodSpec.OverheadEntry topologySpreadConstraints=33m*>core.v1.TopologySpreadConstraint setHostnameAsFQDN=35b os=36m>core.v1.PodOS hostUsers=37b schedulingGates=38m*>core.v1.PodSchedulingGate resourceClaims=39m*>core.v1.PodResourceClaim resources=40m>core.v1.ResourceRequirements
    core.v1.PodSpec.NodeSelectorEntry! key=1s value=2s
    core.v1.PodSpec.OverheadEntry! key=1s value=2m>api.resource.Quantity
    core.v1.PodStatus phase=1s conditions=2m*>core.v1.PodCondition message=3s reason=4s nominatedNodeName=11s hostIP=5s hostIPs=16m*>core.v1.HostIP podIP=6s podIPs=12m*>core.v1.PodIP startTime=7m>meta.v1.Time initContainerStatuses=10m*>core.v1.ContainerStatus containerStatuses=8m*>core.v1.ContainerStatus qosClass=9s ephemeralContainerStatuses=13m*>core.v1.ContainerStatus resize=14s resourceClaimStatuses=15m*>core.v1.PodResourceClaimStatus
    core.v1.PodTemplateSpec metadata=1m>meta.v1.ObjectMeta spec=2m>core.v1.PodSpec
    core.v1.PortStatus port=1i protocol=2s error=3s
    core.v1.PortworxVolumeSource volumeID=1s fsType=2s readOnly=3b
    core.v1.PreferredSchedulingTerm weight=1i preference=2m>core.v1.NodeSelectorTerm
    core.v1.Probe handler=1m>core.v1.ProbeHandler initialDelaySeconds=2i timeoutSeconds=3i periodSeconds=4i successThreshold=5i failureThreshold=6i terminationGracePeriodSeconds=7i
    core.v1.ProbeHandler exec=1m>core.v1.ExecAction httpGet=2m>core.v1.HTTPGetAction tcpSocket=3m>core.v1.TCPSocketAction grpc=4m>core.v1.GRPCAction
    core.v1.ProjectedVolumeSource sources=1m*>core.v1.VolumeProjection defaultMode=2i
    core.v1.QuobyteVolumeSource registry=1s volume=2s readOnly=3b user=4s group=5s tenant=6s
    core.v1.RBDVolumeSource monitors=1s* image=2s fsType=3s pool=4s user=5s keyring=6s secretRef=7m>core.v1.LocalObjectReference readOnly=8b
    core.v1.ResourceClaim name=1s request=2s
    core.v1.ResourceFieldSelector containerName=1s resource=2s divisor=3m>api.resource.Quantity
    core.v1.ResourceHealth resourceID=1s health=2s
    core.v1.ResourceRequirements limits=1m*>core.v1.ResourceRequirements.LimitsEntry requests=2m*>core.v1.ResourceRequirements.RequestsEntry claims=3m*>core.v1.ResourceClaim
    core.v1.ResourceRequirements.LimitsEntry! key=1s value=2m>api.resource.Quantity
    core.v1.ResourceRequirements.RequestsEntry! key=1s value=2m>api.resource.Quantity
    core.v1.ResourceStatus name=1s resources=2m*>core.v1.ResourceHealth
    core.v1.SELinuxOptions user=1s role=2s type=3s level=4s
    core.v1.ScaleIOVolumeSource gateway=1s system=2s secretRef=3m>core.v1.LocalObjectReference sslEnabled=4b protectionDomain=5s storagePool=6s storageMode=7s volumeName=8s fsType=9s readOnly=10b
    core.v1.SeccompProfile type=1s localhostProfile=2s
    core.v1.Secret metadata=1m>meta.v1.ObjectMeta immutable=5b data=2m*>core.v1.Secret.DataEntry stringData=4m*>core.v1.Secret.StringDataEntry type=3s
    core.v1.Secret.DataEntry! key=1s value=2y
    core.v1.Secret.StringDataEntry! key=1s value=2s
    core.v1.SecretEnvSource localObjectReference=1m>core.v1.LocalObjectReference optional=2b
    core.v1.SecretKeySelector localObjectReference=1m>core.v1.LocalObjectReference key=2s optional=3b
    core.v1.SecretProjection localObjectReference=1m>core.v1.LocalObjectReference items=2m*>core.v1.KeyToPath optional=4b
    core.v1.SecretVolumeSource secretName=1s items=2m*>core.v1.KeyToPath defaultMode=3i optional=4b
    core.v1.SecurityContext capabilities=1m>core.v1.Capabilities privileged=2b seLinuxOptions=3m>core.v1.SELinuxOptions windowsOptions=10m>core.v1.WindowsSecurityContextOptions runAsUser=4i runAsGroup=8i runAsNonRoot=5b readOnlyRootFilesystem=6b allowPrivilegeEscalation=7b procMount=9s seccompProfile=11m>core.v1.SeccompProfile appArmorProfile=12m>core.v1.AppArmorProfile
    core.v1.Service metadata=1m>meta.v1.ObjectMeta spec=2m>core.v1.ServiceSpec status=3m>core.v1.ServiceStatus
    core.v1.ServiceAccount metadata=1m>meta.v1.ObjectMeta secrets=2m*>core.v1.ObjectReference imagePullSecrets=3m*>core.v1.LocalObjectReference automountServiceAccountToken=4b
    core.v1.ServiceAccountTokenProjection audience=1s expirationSeconds=2i path=3s
    core.v1.ServicePort name=1s protocol=2s appProtocol=6s port=3i targetPort=4m>util.intstr.IntOrString nodePort=5i
    core.v1.ServiceSpec ports=1m*>core.v1.ServicePort selector=2m*>core.v1.ServiceSpec.SelectorEntry clusterIP=3s clusterIPs=18s* type=4s externalIPs=5s* sessionAffinity=7s loadBalancerIP=8s loadBalancerSourceRanges=9s* externalName=10s externalTrafficPolicy=11s healthCheckNodePort=12i publishNotReadyAddresses=13b sessionAffinityConfig=14m>core.v1.SessionAffinityConfig ipFamilies=19s* ipFamilyPolicy=17s allocateLoadBalancerNodePorts=20b loadBalancerClass=21s internalTrafficPolicy=22s trafficDistribution=23s
    core.v1.ServiceSpec.SelectorEntry! key=1s value=2s
    core.v1.ServiceStatus loadBalancer=1m>core.v1.LoadBalancerStatus conditions=2m*>meta.v1.Condition
    core.v1.SessionAffinityConfig clientIP=1m>core.v1.ClientIPConfig
    core.v1.SleepAction seconds=1i
    core.v1.StorageOSVolumeSource volumeName=1s volumeNamespace=2s fsType=3s readOnly=4b secretRef=5m>core.v1.LocalObjectReference
    core.v1.Sysctl name=1s value=2s
    core.v1.TCPSocketAction port=1m>util.intstr.IntOrString host=2s
    core.v1.Taint key=1s value=2s effect=3s timeAdded=4m>meta.v1.Time
    core.v1.Toleration key=1s operator=2s value=3s effect=4s tolerationSeconds=5i
    core.v1.TopologySpreadConstraint maxSkew=1i topologyKey=2s whenUnsatisfiable=3s labelSelector=4m>meta.v1.LabelSelector minDomains=5i nodeAffinityPolicy=6s nodeTaintsPolicy=7s matchLabelKeys=8s*
    core.v1.TypedLocalObjectReference apiGroup=1s kind=2s name=3s
    core.v1.TypedObjectReference apiGroup=1s kind=2s name=3s namespace=4s
    core.v1.Volume name=1s volumeSource=2m>core.v1.VolumeSource
    core.v1.VolumeDevice name=1s devicePath=2s
    core.v1.VolumeMount name=1s readOnly=2b recursiveReadOnly=7s mountPath=3s subPath=4s mountPropagation=5s subPathExpr=6s
    core.v1.VolumeMountStatus name=1s mountPath=2s readOnly=3b recursiveReadOnly=4s
    core.v1.VolumeProjection secret=1m>core.v1.SecretProjection downwardAPI=2m>core.v1.DownwardAPIProjection configMap=3m>core.v1.ConfigMapProjection serviceAccountToken=4m>core.v1.ServiceAccountTokenProjection clusterTrustBundle=5m>core.v1.ClusterTrustBundleProjection
    core.v1.VolumeResourceRequirements limits=1m*>core.v1.VolumeResourceRequirements.LimitsEntry requests=2m*>core.v1.VolumeResourceRequirements.RequestsEntry
    core.v1.VolumeResourceRequirements.LimitsEntry! key=1s value=2m>api.resource.Quantity
    core.v1.VolumeResourceRequirements.RequestsEntry! key=1s value=2m>api.resource.Quantity
    core.v1.VolumeSource hostPath=1m>core.v1.HostPathVolumeSource emptyDir=2m>core.v1.EmptyDirVolumeSource gcePersistentDisk=3m>core.v1.GCEPersistentDiskVolumeSource awsElasticBlockStore=4m>core.v1.AWSElasticBlockStoreVolumeSource gitRepo=5m>core.v1.GitRepoVolumeSource secret=6m>core.v1.SecretVolumeSource nfs=7m>core.v1.NFSVolumeSource iscsi=8m>core.v1.ISCSIVolumeSource glusterfs=9m>core.v1.GlusterfsVolumeSource persistentVolumeClaim=10m>core.v1.PersistentVolumeClaimVolumeSource rbd=11m>core.v1.RBDVolumeSource flexVolume=12m>core.v1.FlexVolumeSource cinder=13m>core.v1.CinderVolumeSource cephfs=14m>core.v1.CephFSVolumeSource flocker=15m>core.v1.FlockerVolumeSource downwardAPI=16m>core.v1.DownwardAPIVolumeSource fc=17m>core.v1.FCVolumeSource azureFile=18m>core.v1.AzureFileVolumeSource configMap=19m>core.v1.ConfigMapVolumeSource vsphereVolume=20m>core.v1.VsphereVirtualDiskVolumeSource quobyte=21m>core.v1.QuobyteVolumeSource azureDisk=22m>core.v1.AzureDiskVolumeSource photonPersistentDisk=23m>core.v1.PhotonPersistentDiskVolumeSource projected=26m>core.v1.ProjectedVolumeSource portworxVolume=24m>core.v1.PortworxVolumeSource scaleIO=25m>core.v1.ScaleIOVolumeSource storageos=27m>core.v1.StorageOSVolumeSource csi=28m>core.v1.CSIVolumeSource ephemeral=29m>core.v1.EphemeralVolumeSource image=30m>core.v1.ImageVolumeSource
    core.v1.VsphereVirtualDiskVolumeSource volumePath=1s fsType=2s storagePolicyName=3s storagePolicyID=4s
    core.v1.WeightedPodAffinityTerm weight=1i podAffinityTerm=2m>core.v1.PodAffinityTerm
    core.v1.WindowsSecurityContextOptions gmsaCredentialSpecName=1s gmsaCredentialSpec=2s runAsUserName=3s hostProcess=4b
    discovery.v1.Endpoint addresses=1s* conditions=2m>discovery.v1.EndpointConditions hostname=3s targetRef=4m>core.v1.ObjectReference deprecatedTopology=5m*>discovery.v1.Endpoint.DeprecatedTopologyEntry nodeName=6s zone=7s hints=8m>discovery.v1.EndpointHints
    discovery.v1.Endpoint.DeprecatedTopologyEntry! key=1s value=2s
    discovery.v1.EndpointConditions ready=1b serving=2b terminating=3b
    discovery.v1.EndpointHints forZones=1m*>discovery.v1.ForZone
    discovery.v1.EndpointPort name=1s protocol=2s port=3i appProtocol=4s
    discovery.v1.EndpointSlice metadata=1m>meta.v1.ObjectMeta addressType=4s endpoints=2m*>discovery.v1.Endpoint ports=3m*>discovery.v1.EndpointPort
    discovery.v1.ForZone name=1s
    policy.v1.Eviction metadata=1m>meta.v1.ObjectMeta deleteOptions=2m>meta.v1.DeleteOptions
    api.resource.Quantity string=1s
    meta.v1.Condition type=1s status=2s observedGeneration=3i lastTransitionTime=4m>meta.v1.Time reason=5s message=6s
    meta.v1.DeleteOptions gracePeriodSeconds=1i preconditions=2m>meta.v1.Preconditions orphanDependents=3b propagationPolicy=4s dryRun=5s* ignoreStoreReadErrorWithClusterBreakingPotential=6b
    meta.v1.FieldsV1 Raw=1y
    meta.v1.LabelSelector matchLabels=1m*>meta.v1.LabelSelector.MatchLabelsEntry matchExpressions=2m*>meta.v1.LabelSelectorRequirement
    meta.v1.LabelSelector.MatchLabelsEntry! key=1s value=2s
    meta.v1.LabelSelectorRequirement key=1s operator=2s values=3s*
    meta.v1.ManagedFieldsEntry manager=1s operation=2s apiVersion=3s time=4m>meta.v1.Time fieldsType=6s fieldsV1=7m>meta.v1.FieldsV1 subresource=8s
    meta.v1.MicroTime seconds=1i nanos=2i
    meta.v1.ObjectMeta name=1s generateName=2s namespace=3s selfLink=4s uid=5s resourceVersion=6s generation=7i creationTimestamp=8m>meta.v1.Time deletionTimestamp=9m>meta.v1.Time deletionGracePeriodSeconds=10i labels=11m*>meta.v1.ObjectMeta.LabelsEntry annotations=12m*>meta.v1.ObjectMeta.AnnotationsEntry ownerReferences=13m*>meta.v1.OwnerReference finalizers=14s* managedFields=17m*>meta.v1.ManagedFieldsEntry
    meta.v1.ObjectMeta.AnnotationsEntry! key=1s value=2s
    meta.v1.ObjectMeta.LabelsEntry! key=1s value=2s
    meta.v1.OwnerReference apiVersion=5s kind=1s name=3s uid=4s controller=6b blockOwnerDeletion=7b
    meta.v1.Preconditions uid=1s resourceVersion=2s
    meta.v1.Time seconds=1i nanos=2i
    util.intstr.IntOrString type=1i intVal=2i strVal=3s
    """
}
