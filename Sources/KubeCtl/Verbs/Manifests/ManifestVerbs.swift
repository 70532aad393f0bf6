/// The verbs that create, replace and delete objects from manifests and generators (apply, create, run, expose …).
enum ManifestVerbs {
    static let entries: [String: KubectlVerbs.Run] = [
        "apply": ApplyVerb.run,
        "apply view-last-applied": ViewLastAppliedVerb.run,
        "create": ManifestWriteVerb.runCreate,
        "replace": ManifestWriteVerb.runReplace,
        "delete": { DeleteVerb.run($0) },
        "edit": EditVerb.run,
        "patch": PatchVerb.run,
        "create deployment": WorkloadGenerators.deployment,
        "create job": WorkloadGenerators.job,
        "create cronjob": WorkloadGenerators.cronJob,
        "create namespace": ConfigGenerators.namespace,
        "create serviceaccount": ConfigGenerators.serviceAccount,
        "create configmap": ConfigGenerators.configMap,
        "create secret generic": ConfigGenerators.secret,
        "create secret docker-registry": DockerRegistrySecret.run,
        "create service clusterip": ServiceGenerators.clusterIP,
        "create service nodeport": ServiceGenerators.nodePort,
        "create service loadbalancer": ServiceGenerators.loadBalancer,
        "create service externalname": ServiceGenerators.externalName,
        "run": RunVerb.run,
        "expose": ExposeVerb.run,
        "autoscale": AutoscaleVerb.run,
    ]
}
