// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// `kubectl create` and its workload, config and service generators.
extension KubectlCommandCatalog {
    /// `kubectl create`.
    static let create = KubectlCommandSpec(
        name: "create",
        short: "Create objects from a manifest file or standard input",
        long: """
            Create one or more objects from a manifest file or from standard input.

             Manifests may be written in YAML or JSON.
            """,
        usage: "kubectl create -f FILENAME [options]",
        examples: [
            .init("Create the objects described in web.yaml", "kubectl create -f web.yaml"),
            .init("Create an object from a manifest piped on standard input", "cat pod.json | kubectl create -f -"),
            .init("Open the manifest in an editor first and create whatever you save", "kubectl create -f web.yaml --edit -o json"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .bool("edit", "Open the object in an editor before creating it."),
            .fieldManager("kubectl-create"),
            .filename("File, directory or URL with manifests to create."),
            .kustomize,
            .printOutput,
            .string("raw", "Raw URI to send a POST request to, using the transport of the kubeconfig."),
            .recursive,
            .saveConfig,
            .selector,
            .showManagedFields,
            .template,
            .validate,
            .bool("windows-line-endings", "With --edit, use Windows line endings; by default the platform's own line endings are used."),
            .record,
        ],
        subcommands: [createClusterrole, createClusterrolebinding, createConfigmap, createCronjob, createDeployment, createIngress, createJob, createNamespace, createPoddisruptionbudget, createPriorityclass, createQuota, createRole, createRolebinding, createSecret, createService, createServiceaccount, createToken]
    )

    /// `kubectl create deployment`.
    static let createDeployment = KubectlCommandSpec(
        name: "deployment",
        aliases: ["deploy"],
        short: "Create a deployment",
        long: "Create a deployment with the given name.",
        usage: "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]",
        examples: [
            .init("Create a deployment 'web' running nginx", "kubectl create deployment web --image=nginx"),
            .init("Create a deployment whose container runs a custom command", "kubectl create deployment web --image=busybox -- date"),
            .init("Create a deployment with three replicas", "kubectl create deployment web --image=nginx --replicas=3"),
            .init("Create a deployment whose container exposes port 8080", "kubectl create deployment api --image=nginx --port=8080"),
            .init("Create a deployment with two containers", "kubectl create deployment web --image=nginx --image=redis"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .stringSlice("image", "Image for a container; repeat to get several containers in one pod.").required(),
            .printOutput,
            .int32("port", default: -1, "Container port the deployment exposes."),
            .int32("replicas", short: "r", default: 1, "Number of replicas; 1 by default."),
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create job`.
    static let createJob = KubectlCommandSpec(
        name: "job",
        short: "Create a job",
        long: "Create a job with the given name.",
        usage: "kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]",
        examples: [
            .init("Create a job", "kubectl create job backup --image=busybox"),
            .init("Create a job that runs a custom command", "kubectl create job backup --image=busybox -- date"),
            .init("Start a job now from the cron job 'report'", "kubectl create job report-now --from=cronjob/report"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .string("from", "Resource to create the job from; only cronjob/NAME is supported."),
            .string("image", "Image for the container."),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create cronjob`.
    static let createCronjob = KubectlCommandSpec(
        name: "cronjob",
        aliases: ["cj"],
        short: "Create a cron job",
        long: "Create a cron job with the given name.",
        usage: "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
        examples: [
            .init("Create a cron job that runs every five minutes", "kubectl create cronjob report --image=busybox --schedule=\"*/5 * * * *\""),
            .init("Create a cron job that runs a custom command", "kubectl create cronjob report --image=busybox --schedule=\"*/5 * * * *\" -- date"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .string("image", "Image for the container.").required(),
            .printOutput,
            .string("restart", "Restart policy of the job's pods: OnFailure or Never."),
            .saveConfig,
            .string("schedule", "Cron schedule on which the job runs.").required(),
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create namespace`.
    static let createNamespace = KubectlCommandSpec(
        name: "namespace",
        aliases: ["ns"],
        short: "Create a namespace",
        long: "Create a namespace with the given name.",
        usage: "kubectl create namespace NAME [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create the namespace 'shop'", "kubectl create namespace shop"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create configmap`.
    static let createConfigmap = KubectlCommandSpec(
        name: "configmap",
        aliases: ["cm"],
        short: "Create a config map from files, directories or literals",
        long: """
            Create a config map from a file, a directory or literal values.

             A config map holds one or more key/value pairs.

             For a file, the key defaults to the file name and the value is the file's content.

             For a directory, each regular file whose name is a valid key becomes one entry; subdirectories, links, devices and pipes are skipped.
            """,
        usage: "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a config map from every file in a directory", "kubectl create configmap settings --from-file=conf/"),
            .init("Create a config map from two files, using their names as keys", "kubectl create configmap settings --from-file=conf/app.properties --from-file=conf/log.properties"),
            .init("Create a config map from a file stored under a chosen key", "kubectl create configmap settings --from-file=main=conf/app.properties"),
            .init("Create a config map from literal pairs", "kubectl create configmap settings --from-literal=mode=fast --from-literal=level=debug"),
            .init("Create a config map from KEY=VALUE lines of env files", "kubectl create configmap settings --from-env-file=conf/a.env --from-env-file=conf/b.env"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .bool("append-hash", "Add a hash of the config map's content to its name."),
            .dryRun,
            .fieldManager("kubectl-create"),
            .stringSlice("from-env-file", "File of KEY=VALUE lines to read entries from. Repeat for several files."),
            .stringSlice("from-file", "File or directory to read entries from, written [key=]path. Without a key, the file name is used."),
            .stringArray("from-literal", "Literal entry, written key=value. Repeat for several."),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create secret`.
    static let createSecret = KubectlCommandSpec(
        name: "secret",
        short: "Create a secret of a given type",
        long: """
            Create a secret of one of these types.

             A docker-registry secret holds credentials for a container registry.

             A generic secret is an Opaque secret built from files or literals.

             A tls secret holds a certificate and its private key.
            """,
        usage: "kubectl create secret (docker-registry | generic | tls) [options]",
        subcommands: [createSecretDockerRegistry, createSecretGeneric, createSecretTls],
        dispatch: .subcommandGroup(helpStream: .stderr)
    )

    /// `kubectl create secret generic`.
    static let createSecretGeneric = KubectlCommandSpec(
        name: "generic",
        short: "Create a secret from files, directories or literals",
        long: """
            Create a secret from a file, a directory or literal values.

             A secret holds one or more key/value pairs.

             For a file, the key defaults to the file name and the value is the file's content.

             For a directory, each regular file whose name is a valid key becomes one entry; subdirectories, links, devices and pipes are skipped.
            """,
        usage: "kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a secret from every file in a directory", "kubectl create secret generic app-keys --from-file=keys/"),
            .init("Create a secret from two files, using their names as keys", "kubectl create secret generic app-keys --from-file=keys/id_rsa --from-file=keys/id_rsa.pub"),
            .init("Store files under chosen keys", "kubectl create secret generic app-keys --from-file=private=keys/id_rsa --from-file=public=keys/id_rsa.pub"),
            .init("Create a secret from literal pairs", "kubectl create secret generic db-login --from-literal=user=admin --from-literal=password=s3cret"),
            .init("Combine a file and a literal", "kubectl create secret generic db-login --from-file=ca=keys/ca.crt --from-literal=password=s3cret"),
            .init("Create a secret from KEY=VALUE lines of an env file", "kubectl create secret generic app-env --from-env-file=keys/app.env"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .bool("append-hash", "Add a hash of the content to the end of the name."),
            .dryRun,
            .fieldManager("kubectl-create"),
            .stringSlice("from-env-file", "File of KEY=VALUE lines to read entries from. Repeat for several files."),
            .stringSlice("from-file", "File or directory to read entries from, written [key=]path. Without a key, the file name is used."),
            .stringArray("from-literal", "Literal entry, written key=value. Repeat for several."),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .template,
            .string("type", "Type of the secret."),
            .validate,
        ]
    )

    /// `kubectl create secret tls`.
    static let createSecretTls = KubectlCommandSpec(
        name: "tls",
        short: "Create a secret holding a TLS certificate and key",
        long: """
            Create a TLS secret from a certificate and its private key.

             The certificate and the key must form a matching pair.
            """,
        usage: "kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a TLS secret from a certificate and a key", "kubectl create secret tls site-tls --cert=site.crt --key=site.key"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .bool("append-hash", "Add a hash of the content to the end of the name."),
            .string("cert", "File holding the PEM encoded certificate."),
            .dryRun,
            .fieldManager("kubectl-create"),
            .string("key", "File holding the private key of the certificate."),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create secret docker-registry`.
    static let createSecretDockerRegistry = KubectlCommandSpec(
        name: "docker-registry",
        short: "Create a secret for a container registry",
        long: """
            Create a secret that lets nodes pull images from a registry that needs authentication.

             Pods refer to it through imagePullSecrets, either in the pod spec or through their service account.

             If you already have a .dockercfg or .dockerconfigjson file, you can create the secret from it with --from-file instead of typing the credentials.
            """,
        usage: "kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a registry secret from credentials", "kubectl create secret docker-registry regcred --docker-server=registry.example --docker-username=alice --docker-password=s3cret --docker-email=alice@example.com"),
            .init("Create a registry secret from an existing docker config file", "kubectl create secret docker-registry regcred --from-file=.dockerconfigjson=config.json"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .bool("append-hash", "Add a hash of the content to the end of the name."),
            .string("docker-email", "E-mail address for the registry."),
            .string("docker-password", "Password for the registry."),
            .string("docker-server", default: "https://index.docker.io/v1/", "Address of the registry."),
            .string("docker-username", "User name for the registry."),
            .dryRun,
            .fieldManager("kubectl-create"),
            .stringSlice("from-file", "File or directory to read entries from, written [key=]path. Without a key, the file name is used."),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create serviceaccount`.
    static let createServiceaccount = KubectlCommandSpec(
        name: "serviceaccount",
        aliases: ["sa"],
        short: "Create a service account",
        long: "Create a service account with the given name.",
        usage: "kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create the service account 'ci'", "kubectl create serviceaccount ci"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create service`.
    static let createService = KubectlCommandSpec(
        name: "service",
        aliases: ["svc"],
        short: "Create a service of a given type",
        long: "Create a service of one of the types below.",
        usage: "kubectl create service [flags] [options]",
        subcommands: [createServiceClusterip, createServiceExternalname, createServiceLoadbalancer, createServiceNodeport],
        dispatch: .subcommandGroup(helpStream: .stderr)
    )

    /// `kubectl create service clusterip`.
    static let createServiceClusterip = KubectlCommandSpec(
        name: "clusterip",
        short: "Create a service reachable inside the cluster (ClusterIP)",
        long: "Create a ClusterIP service with the given name.",
        usage: "kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a ClusterIP service 'web' on port 80 targeting 8080", "kubectl create service clusterip web --tcp=80:8080"),
            .init("Create a headless service", "kubectl create service clusterip web --clusterip=\"None\""),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .string("clusterip", "Cluster IP address to use, or 'None' for a headless service without load balancing."),
            .dryRun,
            .fieldManager("kubectl-create"),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .stringSlice("tcp", "Port pair written port:targetPort. Repeat for several."),
            .template,
            .validate,
        ]
    )

    /// `kubectl create service nodeport`.
    static let createServiceNodeport = KubectlCommandSpec(
        name: "nodeport",
        short: "Create a service opened on a port of every node (NodePort)",
        long: "Create a NodePort service with the given name.",
        usage: "kubectl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a NodePort service 'web' on port 80 targeting 8080", "kubectl create service nodeport web --tcp=80:8080"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .int("node-port", "Port opened on every node for the service."),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .stringSlice("tcp", "Port pair written port:targetPort. Repeat for several."),
            .template,
            .validate,
        ]
    )

    /// `kubectl create service loadbalancer`.
    static let createServiceLoadbalancer = KubectlCommandSpec(
        name: "loadbalancer",
        short: "Create a service behind a cloud load balancer (LoadBalancer)",
        long: "Create a LoadBalancer service with the given name.",
        usage: "kubectl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a LoadBalancer service 'web' on port 80 targeting 8080", "kubectl create service loadbalancer web --tcp=80:8080"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .stringSlice("tcp", "Port pair written port:targetPort. Repeat for several."),
            .template,
            .validate,
        ]
    )

    /// `kubectl create service externalname`.
    static let createServiceExternalname = KubectlCommandSpec(
        name: "externalname",
        short: "Create a service that aliases an outside DNS name (ExternalName)",
        long: """
            Create an ExternalName service with the given name.

             Such a service is a DNS alias (CNAME) for a name outside the cluster, and can be pointed elsewhere later.
            """,
        usage: "kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create an ExternalName service 'db' that points to db.example.com", "kubectl create service externalname db --external-name db.example.com"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .string("external-name", "DNS name the service points to.").required(),
            .fieldManager("kubectl-create"),
            .printOutput,
            .saveConfig,
            .showManagedFields,
            .stringSlice("tcp", "Port pair written port:targetPort. Repeat for several."),
            .template,
            .validate,
        ]
    )
}
