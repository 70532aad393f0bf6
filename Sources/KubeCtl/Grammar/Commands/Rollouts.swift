// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// `kubectl rollout` and `kubectl set` with their subcommands.
extension KubectlCommandCatalog {
    /// `kubectl rollout`.
    static let rollout = KubectlCommandSpec(
        name: "rollout",
        short: "Manage the rollouts of workloads",
        long: """
            Inspect and steer rollouts of workload resources.

             Supported resource types:

              *  deployments
              *  daemonsets
              *  statefulsets
            """,
        usage: "kubectl rollout SUBCOMMAND [options]",
        examples: [
            .init("Watch the rollout of the deployment 'web'", "kubectl rollout status deployment/web"),
            .init("Go back to the previous revision of a deployment", "kubectl rollout undo deployment/web"),
            .init("Restart all pods of a daemon set", "kubectl rollout restart daemonset/logger"),
            .init("Restart every deployment labelled tier=backend", "kubectl rollout restart deployment --selector=tier=backend"),
        ],
        subcommands: [rolloutHistory, rolloutPause, rolloutRestart, rolloutResume, rolloutStatus, rolloutUndo],
        dispatch: .subcommandGroup(helpStream: .stdout)
    )

    /// `kubectl rollout history`.
    static let rolloutHistory = KubectlCommandSpec(
        name: "history",
        short: "Show the revisions of a rollout",
        long: "Show the earlier revisions and configurations of a rollout.",
        usage: "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]",
        examples: [
            .init("List the revisions of a deployment", "kubectl rollout history deployment/web"),
            .init("Show the details of revision 2 of a daemon set", "kubectl rollout history daemonset/logger --revision=2"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .filename,
            .kustomize,
            .printOutput,
            .recursive,
            .int("revision", "Show the details, including the pod template, of this revision."),
            .selector,
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl rollout pause`.
    static let rolloutPause = KubectlCommandSpec(
        name: "pause",
        short: "Pause a rollout",
        long: """
            Pause a resource so that changes to it are not rolled out.

             While paused, edits to the pod template are recorded but start no new rollout; run 'kubectl rollout resume' to release them. Only deployments can be paused at the moment.
            """,
        usage: "kubectl rollout pause RESOURCE [options]",
        examples: [
            .init("Pause the deployment 'web' so that template edits are held back", "kubectl rollout pause deployment/web"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .fieldManager("kubectl-rollout"),
            .filename,
            .kustomize,
            .printOutput,
            .recursive,
            .selector,
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl rollout restart`.
    static let rolloutRestart = KubectlCommandSpec(
        name: "restart",
        short: "Restart the pods of a workload",
        long: """
            Restart the pods of a resource by starting a new rollout.

             Supported resource types:

              *  deployments
              *  daemonsets
              *  statefulsets
            """,
        usage: "kubectl rollout restart RESOURCE [options]",
        examples: [
            .init("Restart the pods of the deployment 'web'", "kubectl rollout restart deployment/web"),
            .init("Restart the pods of two deployments", "kubectl rollout restart deployment/web deployment/api"),
            .init("Restart the pods of a daemon set", "kubectl rollout restart daemonset/logger"),
            .init("Restart every deployment labelled tier=backend", "kubectl rollout restart deployment --selector=tier=backend"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .fieldManager("kubectl-rollout"),
            .filename,
            .kustomize,
            .printOutput,
            .recursive,
            .selector,
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl rollout resume`.
    static let rolloutResume = KubectlCommandSpec(
        name: "resume",
        short: "Resume a paused rollout",
        long: """
            Let a paused resource roll out again.

             Changes recorded while it was paused are rolled out. Only deployments can be resumed at the moment.
            """,
        usage: "kubectl rollout resume RESOURCE [options]",
        examples: [
            .init("Resume the deployment 'web'", "kubectl rollout resume deployment/web"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .fieldManager("kubectl-rollout"),
            .filename,
            .kustomize,
            .printOutput,
            .recursive,
            .selector,
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl rollout status`.
    static let rolloutStatus = KubectlCommandSpec(
        name: "status",
        short: "Watch a rollout until it finishes",
        long: """
            Show the progress of a rollout.

             By default kubectl keeps watching the newest rollout until it is complete; use --watch=false to check only once. If another rollout starts meanwhile, kubectl follows the newer one. With --revision=N it sticks to revision N and stops with an error if a newer revision replaces it.
            """,
        usage: "kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]",
        examples: [
            .init("Watch the rollout of the deployment 'web'", "kubectl rollout status deployment/web"),
        ],
        flags: [
            .filename,
            .kustomize,
            .recursive,
            .int("revision", "Follow this revision only; 0 means the newest."),
            .selector,
            .duration("timeout", "How long to watch before giving up; 0 means forever. Give a unit, such as 1s, 2m or 3h."),
            .bool("watch", short: "w", default: true, "Keep watching until the rollout is finished."),
        ]
    )

    /// `kubectl rollout undo`.
    static let rolloutUndo = KubectlCommandSpec(
        name: "undo",
        short: "Roll back to an earlier revision",
        long: "Roll a resource back to an earlier revision.",
        usage: "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]",
        examples: [
            .init("Go back to the previous revision of the deployment 'web'", "kubectl rollout undo deployment/web"),
            .init("Go back to revision 3 of a daemon set", "kubectl rollout undo daemonset/logger --to-revision=3"),
            .init("Preview a rollback without performing it", "kubectl rollout undo --dry-run=server deployment/web"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .filename,
            .kustomize,
            .printOutput,
            .recursive,
            .selector,
            .showManagedFields,
            .template,
            .int("to-revision", "Revision to roll back to; 0 means the previous one."),
        ]
    )

    /// `kubectl set`.
    static let set = KubectlCommandSpec(
        name: "set",
        short: "Change fields of existing objects",
        long: """
            Adjust particular fields of resources that already exist.

             Each subcommand edits one aspect, such as a container image or the environment.
            """,
        usage: "kubectl set SUBCOMMAND [options]",
        subcommands: [setEnv, setImage, setResources, setSelector, setServiceaccount, setSubject],
        dispatch: .subcommandGroup(helpStream: .stderr)
    )

    /// `kubectl set env`.
    static let setEnv = KubectlCommandSpec(
        name: "env",
        short: "Change environment variables of pod templates",
        long: """
            Change the environment variables of pod containers or of the pod templates of workloads.

             List, add or remove variables of the containers of pods and of workloads such as deployments and replication controllers. Variables can also be copied from secrets and config maps.

             Possible resources (case insensitive):

              pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)
            """,
        usage: "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]",
        examples: [
            .init("Set MODE=fast on the deployment 'web'", "kubectl set env deployment/web MODE=fast"),
            .init("List the variables defined on the deployment 'web'", "kubectl set env deployment/web --list"),
            .init("List the variables defined on every pod", "kubectl set env pods --all --list"),
            .init("Print the changed deployment as YAML instead of saving it", "kubectl set env deployment/web MODE=fast -o yaml"),
            .init("Set a variable on every replication controller", "kubectl set env rc --all MODE=fast"),
            .init("Import all keys of a secret as variables", "kubectl set env --from=secret/db-login deployment/web"),
            .init("Import all keys of a config map, with a prefix", "kubectl set env --from=configmap/settings --prefix=APP_ deployment/web"),
            .init("Import chosen keys of a config map", "kubectl set env --keys=mode,level --from=configmap/settings deployment/web"),
            .init("Set a variable on container 'app' of every deployment", "kubectl set env deployments --all --containers=\"app\" MODE=fast"),
            .init("Remove the variable MODE from the deployment 'web'", "kubectl set env deployments web --containers=\"app\" MODE-"),
            .init("Remove the variable MODE from every deployment", "kubectl set env deployments --all --containers=\"app\" MODE-"),
            .init("Set variables read from standard input", "env | grep RAILS_ | kubectl set env -e - deployment/web"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allowMissingTemplateKeys,
            .string("containers", short: "c", default: "*", "Names of the containers to change in the selected pod templates; wildcards are allowed."),
            .dryRun,
            .stringArray("env", short: "e", "Variable to set, written KEY=VALUE; KEY- removes it. Repeat for several."),
            .fieldManager("kubectl-set"),
            .filename,
            .string("from", "Resource (secret or config map) whose keys become variables."),
            .stringSlice("keys", "Comma separated keys to import from the resource given with --from."),
            .kustomize,
            .bool("list", "Print the environment and the changes in the usual format instead of applying them."),
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .bool("overwrite", default: true, "Allow existing variables to be replaced; otherwise such updates are refused."),
            .string("prefix", "Prefix added to the names of imported variables."),
            .recursive,
            .bool("resolve", "When listing, show the values referenced from secrets and config maps."),
            .selector,
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl set image`.
    static let setImage = KubectlCommandSpec(
        name: "image",
        short: "Change the image of pod template containers",
        long: """
            Change the image of containers in existing resources.

             Possible resources (case insensitive):

              pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)
            """,
        usage: "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]",
        examples: [
            .init("Run nginx:1.27 in container 'app' and busybox in container 'sidecar' of the deployment 'web'", "kubectl set image deployment/web app=nginx:1.27 sidecar=busybox"),
            .init("Use nginx:1.27 for every container of every deployment and replication controller", "kubectl set image deployments,rc app=nginx:1.27 --all"),
            .init("Use nginx:1.27 for every container of the daemon set 'logger'", "kubectl set image daemonset logger *=nginx:1.27"),
            .init("Print the changed resource from a file as YAML without contacting the server", "kubectl set image -f web.yaml app=nginx:1.27 --local -o yaml"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-set"),
            .filename,
            .kustomize,
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .recursive,
            .selector,
            .showManagedFields,
            .template,
            .record,
        ]
    )

    /// `kubectl set resources`.
    static let setResources = KubectlCommandSpec(
        name: "resources",
        short: "Change resource requests and limits of pod templates",
        long: """
            Change the compute resource requests and limits of pod templates.

             Requests and limits can be set for any resource with a pod template, for example cpu and memory.

             Possible resources (case insensitive): replicationcontroller (rc), deployment (deploy), daemonset (ds), job, replicaset (rs), statefulset (sts)
            """,
        usage: "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]",
        examples: [
            .init("Limit the CPU of container 'app' of the deployment 'web' to 200 millicores and its memory to 512Mi", "kubectl set resources deployment web -c=app --limits=cpu=200m,memory=512Mi"),
            .init("Set requests and limits for every container", "kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi"),
            .init("Remove the resource requests of the containers", "kubectl set resources deployment web --limits=cpu=0,memory=0 --requests=cpu=0,memory=0"),
            .init("Print the changed resource from a file as YAML without contacting the server", "kubectl set resources -f web.yaml --limits=cpu=200m,memory=512Mi --local -o yaml"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allowMissingTemplateKeys,
            .string("containers", short: "c", default: "*", "Names of the containers to change in the selected pod templates, all by default; wildcards are allowed."),
            .dryRun,
            .fieldManager("kubectl-set"),
            .filename,
            .kustomize,
            .string("limits", "Resource limits for the containers, for example cpu=200m,memory=512Mi."),
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .recursive,
            .string("requests", "Resource requests for the containers, for example cpu=100m,memory=256Mi."),
            .selector,
            .showManagedFields,
            .template,
            .record,
        ]
    )

    /// `kubectl set selector`.
    static let setSelector = KubectlCommandSpec(
        name: "selector",
        short: "Replace the selector of a resource",
        long: """
            Replace the selector of a resource.

             Any existing selector is overwritten.

             A selector is a label key that starts with a letter or digit and may hold letters, digits, hyphens, dots and underscores, up to 63 characters. With --resource-version the change only succeeds if the object still has that version. Only services are supported at the moment, and the resource may not exist yet.
            """,
        usage: "kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]",
        examples: [
            .init("Create a deployment and a service together and give the service a selector", "kubectl create service clusterip web --tcp=80 -o yaml --dry-run=client | kubectl set selector --local -f - 'app=web' -o yaml | kubectl create -f -", "kubectl create deployment web --image=nginx -o yaml --dry-run=client | kubectl label --local -f - app=web -o yaml | kubectl create -f -"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-set"),
            .filename,
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .bool("recursive", short: "R", default: true, "Also process subdirectories of the directories given with -f/--filename."),
            .string("resource-version", "Only update the object if it still has this resource version. Works with a single resource only."),
            .showManagedFields,
            .template,
            .record,
        ]
    )

    /// `kubectl set serviceaccount`.
    static let setServiceaccount = KubectlCommandSpec(
        name: "serviceaccount",
        aliases: ["sa"],
        short: "Change the service account of a workload",
        long: """
            Change the service account of a resource.

             Possible resources (case insensitive): replicationcontroller (rc), deployment (deploy), daemonset (ds), job, replicaset (rs), statefulset
            """,
        usage: "kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]",
        examples: [
            .init("Use the service account 'ci' for the deployment 'web'", "kubectl set serviceaccount deployment web ci"),
            .init("Print the changed resource from a file as YAML without contacting the server", "kubectl set sa -f web.yaml ci --local --dry-run=client -o yaml"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-set"),
            .filename,
            .kustomize,
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .recursive,
            .showManagedFields,
            .template,
            .record,
        ]
    )

    /// `kubectl set subject`.
    static let setSubject = KubectlCommandSpec(
        name: "subject",
        short: "Change the subjects of a role binding",
        long: "Change the users, groups or service accounts of a role binding or cluster role binding.",
        usage: "kubectl set subject (-f FILENAME | TYPE NAME) [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Add a user to the cluster role binding 'admins'", "kubectl set subject clusterrolebinding admins --user=alice"),
            .init("Add a user, a group and a service account to the role binding 'editors'", "kubectl set subject rolebinding editors --user=bob --group=devs --serviceaccount=shop:ci"),
            .init("Print a changed role binding without contacting the server", "kubectl create rolebinding editors --clusterrole=edit --dry-run=client -o yaml --local | kubectl set subject --local -f - --user=alice -o yaml"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-set"),
            .filename,
            .stringArray("group", "Group to add to the binding."),
            .kustomize,
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .recursive,
            .selector,
            .stringArray("serviceaccount", "Service account to add to the binding, written namespace:name."),
            .showManagedFields,
            .template,
            .stringArray("user", "User name to add to the binding."),
        ]
    )
}
