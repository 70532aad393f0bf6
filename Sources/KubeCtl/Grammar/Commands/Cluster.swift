// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// Commands about nodes and the cluster: cluster-info, cordon, uncordon, drain, taint, certificate, diff, kustomize.
extension KubectlCommandCatalog {
    /// `kubectl cluster-info`.
    static let clusterInfo = KubectlCommandSpec(
        name: "cluster-info",
        short: "Show where the control plane and cluster services run",
        long: "Print the addresses of the control plane and of services labelled kubernetes.io/cluster-service=true. For a full diagnostic dump, run 'kubectl cluster-info dump'.",
        usage: "kubectl cluster-info [flags] [options]",
        examples: [
            .init("Show the control plane and service addresses", "kubectl cluster-info"),
        ],
        subcommands: [clusterInfoDump]
    )

    /// `kubectl cluster-info dump`.
    static let clusterInfoDump = KubectlCommandSpec(
        name: "dump",
        short: "Dump cluster state for troubleshooting",
        long: """
            Dump cluster information suited to troubleshooting. By default everything goes to standard output; --output-directory writes one file per object instead.

             Only the kube-system namespace and the current namespace are dumped unless --namespaces or --all-namespaces is given, and pod logs are included.
            """,
        usage: "kubectl cluster-info dump [flags] [options]",
        examples: [
            .init("Dump the state of the cluster to standard output", "kubectl cluster-info dump"),
            .init("Write the dump to a directory", "kubectl cluster-info dump --output-directory=/tmp/cluster-state"),
            .init("Dump every namespace", "kubectl cluster-info dump --all-namespaces"),
            .init("Dump two namespaces to a directory", "kubectl cluster-info dump --namespaces default,shop --output-directory=/tmp/cluster-state"),
        ],
        flags: [
            .bool("all-namespaces", short: "A", "Dump every namespace; --namespaces is then ignored."),
            .allowMissingTemplateKeys,
            .stringSlice("namespaces", "Comma separated namespaces to dump."),
            .string("output", short: "o", default: "json", "Output format: json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json or jsonpath-file."),
            .string("output-directory", "Directory to write the dump into. Empty or '-' writes to standard output."),
            .podRunningTimeout("20s"),
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl cordon`.
    static let cordon = KubectlCommandSpec(
        name: "cordon",
        short: "Stop new pods from being scheduled on a node",
        long: "Mark a node unschedulable so the scheduler places no new pods on it.",
        usage: "kubectl cordon NODE [options]",
        examples: [
            .init("Stop scheduling onto node 'worker-1'", "kubectl cordon worker-1"),
        ],
        flags: [
            .dryRun,
            .selector,
        ]
    )

    /// `kubectl uncordon`.
    static let uncordon = KubectlCommandSpec(
        name: "uncordon",
        short: "Allow pods to be scheduled on a node again",
        long: "Mark a node schedulable again.",
        usage: "kubectl uncordon NODE [options]",
        examples: [
            .init("Let the scheduler use node 'worker-1' again", "kubectl uncordon worker-1"),
        ],
        flags: [
            .dryRun,
            .selector,
        ]
    )

    /// `kubectl drain`.
    static let drain = KubectlCommandSpec(
        name: "drain",
        short: "Evict the pods of a node before maintenance",
        long: """
            Prepare a node for maintenance by marking it unschedulable and evicting its pods.

             Pods are evicted through the eviction API when the server supports it, so pod disruption budgets are honoured; otherwise they are deleted. Mirror pods, which the API server cannot remove, are left alone. Pods managed by a daemon set are only skipped with --ignore-daemonsets, because their controller would recreate them straight away. Pods that are neither mirror pods nor owned by a controller are refused unless --force is given, because nothing would bring them back.

             The node stays unschedulable afterwards; run 'kubectl uncordon' when it may take work again.
            """,
        usage: "kubectl drain NODE [options]",
        examples: [
            .init("Drain node 'worker-1', removing even unmanaged pods", "kubectl drain worker-1 --force"),
            .init("Drain node 'worker-1' but give up after three minutes", "kubectl drain worker-1 --grace-period=60 --timeout=3m"),
        ],
        flags: [
            .chunkSize,
            .bool("delete-emptydir-data", "Go on even when pods use emptyDir volumes, whose data is lost when they are evicted."),
            .bool("disable-eviction", "Delete pods instead of evicting them, even when eviction is supported. This skips pod disruption budget checks; use with care."),
            .dryRun,
            .bool("force", "Also evict pods that no controller manages."),
            .int("grace-period", default: -1, "Seconds each pod gets to shut down gracefully; a negative value uses the pod's own setting."),
            .bool("ignore-daemonsets", "Skip pods managed by daemon sets."),
            .string("pod-selector", "Label selector that limits which pods on the node are handled."),
            .string("selector", short: "l", "Label selector choosing which nodes to drain."),
            .int("skip-wait-for-delete-timeout", "Do not wait for pods whose deletion started more than this many seconds ago; must be above 0 to have an effect."),
            .duration("timeout", "How long to wait before giving up; 0 waits forever."),
        ]
    )

    /// `kubectl taint`.
    static let taint = KubectlCommandSpec(
        name: "taint",
        short: "Add, change or remove taints on nodes",
        long: """
            Add, change or remove taints on one or more nodes.

              *  A taint has a key, an optional value and an effect, written key=value:effect.
              *  The key starts with a letter or digit and may hold letters, digits, hyphens, dots and underscores, up to 253 characters; it may carry a DNS subdomain prefix like example.com/key.
              *  The value is optional; when given it starts with a letter or digit and holds letters, digits, hyphens, dots and underscores, up to 63 characters.
              *  The effect is NoSchedule, PreferNoSchedule or NoExecute.
              *  At the moment only nodes can carry taints.
            """,
        usage: "kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]",
        examples: [
            .init("Add a taint dedicated=ml:NoSchedule to node 'gpu-1'", "kubectl taint nodes gpu-1 dedicated=ml:NoSchedule"),
            .init("Remove the dedicated taint with effect NoSchedule from node 'gpu-1'", "kubectl taint nodes gpu-1 dedicated:NoSchedule-"),
            .init("Remove every taint with key 'dedicated' from node 'gpu-1'", "kubectl taint nodes gpu-1 dedicated-"),
            .init("Taint every node that carries the label pool=spot", "kubectl taint node -l pool=spot spot=true:PreferNoSchedule"),
            .init("Add a taint without a value", "kubectl taint nodes gpu-1 maintenance:NoExecute"),
        ],
        flags: [
            .bool("all", "Act on every node of the cluster."),
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-taint"),
            .printOutput,
            .bool("overwrite", "Allow existing values to be replaced; otherwise such updates are refused."),
            .selector,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl certificate`.
    static let certificate = KubectlCommandSpec(
        name: "certificate",
        short: "Approve or deny certificate signing requests",
        long: "Work with certificate signing requests.",
        usage: "kubectl certificate SUBCOMMAND [options]",
        subcommands: [certificateApprove, certificateDeny],
        dispatch: .help
    )

    /// `kubectl certificate approve`.
    static let certificateApprove = KubectlCommandSpec(
        name: "approve",
        short: "Approve a pending certificate signing request",
        long: """
            Mark a certificate signing request as approved.

             Approval lets a signer issue the requested certificate. Before approving, make sure the request really comes from whom it claims to and that the identity it asks for is appropriate: approving a bad request can hand out cluster-wide access.
            """,
        usage: "kubectl certificate approve (-f FILENAME | NAME) [options]",
        examples: [
            .init("Approve the request 'node-csr-abc'", "kubectl certificate approve node-csr-abc"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .filename,
            .bool("force", "Approve the request even if it is already approved."),
            .kustomize,
            .printOutput,
            .recursive,
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl certificate deny`.
    static let certificateDeny = KubectlCommandSpec(
        name: "deny",
        short: "Refuse a pending certificate signing request",
        long: """
            Mark a certificate signing request as denied.

             A denied request will not be signed.
            """,
        usage: "kubectl certificate deny (-f FILENAME | NAME) [options]",
        examples: [
            .init("Deny the request 'node-csr-abc'", "kubectl certificate deny node-csr-abc"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .filename,
            .bool("force", "Deny the request even if it is already denied."),
            .kustomize,
            .printOutput,
            .recursive,
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl diff`.
    static let diff = KubectlCommandSpec(
        name: "diff",
        short: "Compare live objects with what would be applied",
        long: """
            Compare the live objects with the objects that would result from applying the given files.

             The output is always YAML.

             The KUBECTL_EXTERNAL_DIFF environment variable picks the diff program; by default 'diff -u -N' is used. Any flags in it are passed on. Set KUBECTL_OUTPUT_COLORS=true to colour the output.

             Exit status: 0 means no differences, 1 means differences were found, and a value above 1 means kubectl or the diff program failed.

             Note: the diff program should follow the usual conventions and return 1 when it finds differences.
            """,
        usage: "kubectl diff -f FILENAME [options]",
        examples: [
            .init("Compare the objects in web.yaml with the cluster", "kubectl diff -f web.yaml"),
            .init("Compare a manifest read from standard input", "cat web.yaml | kubectl diff -f -"),
        ],
        flags: [
            .int("concurrency", default: 1, "How many objects are compared with the live versions in parallel. Higher is faster but uses more memory, I/O and CPU for a shorter time."),
            .fieldManager("kubectl-client-side-apply"),
            .filename("File, directory or URL with the configuration to compare."),
            .bool("force-conflicts", "Let server-side apply take over fields that other managers own."),
            .kustomize,
            .bool("prune", "Also show objects that pruning would delete. Can be combined with -l."),
            .stringArray("prune-allowlist", "Group/version/kind that --prune may delete; replaces the built-in list. Repeat for several."),
            .recursive,
            .selector,
            .bool("server-side", "Run the apply on the server instead of in the client."),
            .bool("show-managed-fields", "Include managed fields in the comparison."),
        ]
    )

    /// `kubectl kustomize`.
    static let kustomize = KubectlCommandSpec(
        name: "kustomize",
        short: "Render a kustomization directory or URL",
        long: """
            Render the objects described by a kustomization.yaml.

             The argument is a directory containing kustomization.yaml, or a git repository URL with an optional path and ref. Without an argument the current directory is used.

             Repository URLs look like https://github.com/owner/repo/path?ref=branch.
            """,
        usage: "kubectl kustomize DIR [flags] [options]",
        examples: [
            .init("Render the kustomization in the current directory", "kubectl kustomize"),
            .init("Render a shared kustomization directory", "kubectl kustomize /home/config/base"),
            .init("Render a kustomization from a git repository", "kubectl kustomize https://github.com/example/app/deploy?ref=v1.0.0"),
        ],
        flags: [
            .bool("as-current-user", "Run functions in containers with the user and group id of the person running kubectl."),
            .bool("enable-alpha-plugins", "Allow kustomize plugins (alpha)."),
            .bool("enable-helm", "Allow the Helm chart inflator generator."),
            .stringArray("env", short: "e", "Environment variable available to functions."),
            .stringArray("helm-api-versions", "API versions Helm reports as Capabilities.APIVersions."),
            .string("helm-command", default: "helm", "Helm program to run."),
            .bool("helm-debug", "Print debugging output of the Helm chart inflator."),
            .string("helm-kube-version", "Kubernetes version Helm reports as Capabilities.KubeVersion."),
            .string("load-restrictor", default: "LoadRestrictionsRootOnly", "With LoadRestrictionsNone, kustomizations may read files outside their directory, which makes them less portable."),
            .stringArray("mount", "Storage options read from the file system, for functions."),
            .bool("network", "Allow network access for functions that ask for it."),
            .string("network-name", default: "bridge", "Docker network the function containers run in."),
            .string("output", short: "o", "Write the output to this path instead of standard output."),
        ]
    )
}
