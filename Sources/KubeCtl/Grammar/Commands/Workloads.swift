// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// Commands that shape running workloads: run, expose, scale, autoscale, label, annotate, wait.
extension KubectlCommandCatalog {
    /// `kubectl run`.
    static let run = KubectlCommandSpec(
        name: "run",
        short: "Start a single pod from an image",
        long: "Create and start one pod that runs the given image.",
        usage: "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]",
        examples: [
            .init("Run an nginx pod named 'web'", "kubectl run web --image=nginx"),
            .init("Run a pod and let its container listen on port 8080", "kubectl run api --image=ghcr.io/example/api:1.0 --port=8080"),
            .init("Run a pod with environment variables and labels", "kubectl run job-runner --image=busybox --env=\"MODE=batch\" --labels=\"app=runner,tier=tools\""),
            .init("Start an interactive throw-away shell that is removed on exit", "kubectl run -it --rm shell --image=busybox --restart=Never -- sh"),
            .init("Print the pod manifest instead of creating it", "kubectl run web --image=nginx --dry-run=client -o yaml"),
            .init("Run a pod whose container gets explicit arguments", "kubectl run sleeper --image=busybox -- sleep 3600"),
            .init("Run a pod with a custom command instead of the image entrypoint", "kubectl run probe --image=busybox --command -- wget -qO- http://web"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .stringArray("annotations", "Annotation for the pod, written key=value. Repeat for several."),
            .bool("attach", "Wait for the pod to run and then attach to it, like 'kubectl attach'. Off by default unless -i/--stdin is given, in which case it is on."),
            .cascade,
            .bool("command", "Use the words after -- as the container's command instead of its arguments."),
            .dryRun,
            .stringArray("env", "Environment variable for the container, written KEY=VALUE. Repeat for several."),
            .bool("expose", "Also create a ClusterIP service for the pod. Needs --port."),
            .fieldManager("kubectl-run"),
            .filename("File naming the resource to replace."),
            .bool("force", "Remove the resources from the API immediately, skipping graceful deletion. Some workloads may keep running or lose data; confirmation is required."),
            .gracePeriod,
            .string("image", "Image the container runs.").required(),
            .string("image-pull-policy", "Image pull policy of the container. When empty, the server default applies."),
            .kustomize,
            .string("labels", short: "l", "Labels for the pod, written key=value and comma separated; they replace any earlier value."),
            .bool("leave-stdin-open", "Keep standard input open after the first attach ends. Normally it is closed then."),
            .printOutput,
            .string("override-type", default: "merge", "How --overrides is merged into the generated object: json, merge or strategic."),
            .string("overrides", "Inline JSON merged into the generated object before it is sent. The object must have a valid apiVersion field."),
            .podRunningTimeout("1m0s"),
            .string("port", "Port the container listens on."),
            .bool("privileged", "Run the container in privileged mode."),
            .bool("quiet", short: "q", "Do not print prompts."),
            .recursive,
            .string("restart", default: "Always", "Restart policy of the pod: Always, OnFailure or Never."),
            .bool("rm", "Delete the pod when it exits. Only valid when attached (--attach or -i/--stdin)."),
            .saveConfig,
            .showManagedFields,
            .bool("stdin", short: "i", "Keep standard input of the container open, even when nothing is attached."),
            .template,
            .duration("timeout", "How long to wait before giving up; 0 picks a timeout from the size of the object."),
            .bool("tty", short: "t", "Give the container a terminal."),
            .bool("wait", "Wait until the resources are really gone, finalizers included, before returning."),
            .record,
        ]
    )

    /// `kubectl expose`.
    static let expose = KubectlCommandSpec(
        name: "expose",
        short: "Publish a workload or pod as a new service",
        long: """
            Create a service that sends traffic to an existing deployment, replica set, replication controller, service or pod.

             The new service selects the same pods as the exposed object, so that object must have a selector (a pod uses its labels). Unless --port is given, the port is taken from the exposed object; a resource with several ports gets all of them.

             Kinds that can be exposed: pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs).
            """,
        usage: "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]",
        examples: [
            .init("Create a service for the deployment 'web' that forwards port 80 to container port 8080", "kubectl expose deployment web --port=80 --target-port=8080"),
            .init("Make the pod 'api' reachable on a node port", "kubectl expose pod api --port=8080 --type=NodePort"),
            .init("Expose a replica set defined in a file under a chosen service name", "kubectl expose -f rs.yaml --port=80 --name=frontend"),
            .init("Publish UDP port 53 of a deployment", "kubectl expose deployment dns --port=53 --protocol=UDP"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .string("cluster-ip", "Cluster IP address for the service. Leave it empty to get one assigned, or use 'None' for a headless service."),
            .dryRun,
            .string("external-ip", "Extra external IP address (not managed by Kubernetes) the service accepts traffic on. If that address is routed to a node, the service is reachable there as well as on its cluster IP."),
            .fieldManager("kubectl-expose"),
            .filename,
            .kustomize,
            .string("labels", short: "l", "Labels for the new service."),
            .string("load-balancer-ip", "IP address for the load balancer. Left empty, the cloud provider picks one."),
            .string("name", "Name of the new service."),
            .printOutput,
            .string("override-type", default: "merge", "How --overrides is merged into the generated object: json, merge or strategic."),
            .string("overrides", "Inline JSON merged into the generated object before it is sent. The object must have a valid apiVersion field."),
            .string("port", "Port the service listens on. Taken from the exposed resource when not given."),
            .string("protocol", "Protocol of the new service: TCP, UDP or SCTP. Defaults to TCP."),
            .recursive,
            .saveConfig,
            .string("selector", "Label selector for the service, equality-based only. Empty means: copy it from the exposed resource."),
            .string("session-affinity", "Session affinity of the service: 'None' or 'ClientIP'."),
            .showManagedFields,
            .string("target-port", "Container port, by number or name, that the service forwards to."),
            .template,
            .string("type", "Type of the service: ClusterIP, NodePort, LoadBalancer or ExternalName. Defaults to ClusterIP."),
            .record,
        ]
    )

    /// `kubectl scale`.
    static let scale = KubectlCommandSpec(
        name: "scale",
        short: "Change the replica count of a workload",
        long: """
            Change how many replicas a deployment, replica set, replication controller or stateful set should run.

             Preconditions can be attached: with --current-replicas or --resource-version the current state is checked first, and the scale only happens when it still matches.
            """,
        usage: "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]",
        examples: [
            .init("Run five replicas of the deployment 'web'", "kubectl scale deployment/web --replicas=5"),
            .init("Scale the resource defined in a manifest", "kubectl scale --replicas=2 -f web.yaml"),
            .init("Scale to 4 only if there are currently 2 replicas", "kubectl scale --current-replicas=2 --replicas=4 deployment/web"),
            .init("Scale several replication controllers together", "kubectl scale --replicas=3 rc/a rc/b"),
            .init("Scale a stateful set", "kubectl scale --replicas=3 statefulset/db"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allowMissingTemplateKeys,
            .int("current-replicas", default: -1, "Only scale when the current replica count equals this value; -1 skips the check."),
            .dryRun,
            .filename,
            .kustomize,
            .printOutput,
            .recursive,
            .int("replicas", "Desired number of replicas. Required.").required(),
            .string("resource-version", "Only update the object if it still has this resource version. Works with a single resource only."),
            .selector,
            .showManagedFields,
            .template,
            .duration("timeout", "How long to wait for the scale to finish; 0 means do not wait. Give a unit, such as 1s, 2m or 3h."),
            .record,
        ]
    )

    /// `kubectl autoscale`.
    static let autoscale = KubectlCommandSpec(
        name: "autoscale",
        short: "Create a horizontal pod autoscaler for a workload",
        long: """
            Create a horizontal pod autoscaler that grows and shrinks a deployment, replica set, stateful set or replication controller between --min and --max replicas.

             The autoscaler adds or removes pods to keep the average CPU use near the target you give.
            """,
        usage: "kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU] [options]",
        examples: [
            .init("Keep the deployment 'web' between 2 and 10 replicas with the default CPU target", "kubectl autoscale deployment web --min=2 --max=10"),
            .init("Keep the replication controller 'api' at up to 5 replicas, aiming for 80% CPU", "kubectl autoscale rc api --max=5 --cpu-percent=80"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .int32("cpu-percent", default: -1, "Average CPU use, as a percentage of the requested CPU, the autoscaler aims for. When unset or negative, a default policy applies."),
            .dryRun,
            .fieldManager("kubectl-autoscale"),
            .filename,
            .kustomize,
            .int32("max", default: -1, "Most pods the autoscaler may run. Required.").required(),
            .int32("min", default: -1, "Fewest pods the autoscaler may run. When unset or negative, the server default applies."),
            .string("name", "Name of the new object; defaults to the name of the input resource."),
            .printOutput,
            .recursive,
            .saveConfig,
            .showManagedFields,
            .template,
            .record,
        ]
    )

    /// `kubectl label`.
    static let label = KubectlCommandSpec(
        name: "label",
        short: "Add, change or remove labels",
        long: """
            Add, change or remove the labels of resources.

              *  A label key and value start with a letter or digit and may hold letters, digits, hyphens, dots and underscores, up to 63 characters each.
              *  A key may carry a DNS subdomain prefix, as in example.com/my-label.
              *  Changing an existing label needs --overwrite.
              *  With --resource-version, the change only succeeds if the object still has that version.
            """,
        usage: "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
        examples: [
            .init("Add the label tier=frontend to the pod 'web'", "kubectl label pods web tier=frontend"),
            .init("Set tier=backend on the pod 'web', replacing any existing value", "kubectl label --overwrite pods web tier=backend"),
            .init("Label every pod of the namespace", "kubectl label pods --all team=shop"),
            .init("Label the pod described in a manifest", "kubectl label -f pod.json team=shop"),
            .init("Label the pod only if its resource version is still 42", "kubectl label pods web tier=frontend --resource-version=42"),
            .init("Remove the label 'tier' from the pod 'web'", "kubectl label pods web tier-"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .bool("all-namespaces", short: "A", "Act on matching objects in every namespace."),
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-label"),
            .fieldSelector,
            .filename,
            .kustomize,
            .bool("list", "Print the labels of the resources."),
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .bool("overwrite", "Allow existing values to be replaced; otherwise such updates are refused."),
            .recursive,
            .string("resource-version", "Only update the object if it still has this resource version. Works with a single resource only."),
            .selector,
            .showManagedFields,
            .template,
            .record,
        ]
    )

    /// `kubectl annotate`.
    static let annotate = KubectlCommandSpec(
        name: "annotate",
        short: "Add, change or remove annotations",
        long: """
            Add, change or remove annotations on resources.

             Annotations are key/value pairs that hold extra, usually larger, information for tools. Any string may be used as a value. For structured data, encode it as JSON.

             Changing an existing annotation needs --overwrite. With --resource-version the change only succeeds if the object still has that version.

            Run "kubectl api-resources" to see every resource type the server knows.
            """,
        usage: "kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
        examples: [
            .init("Set the annotation description='front end' on the pod 'web'", "kubectl annotate pods web description='front end'"),
            .init("Annotate the pod described in a manifest", "kubectl annotate -f pod.json description='front end'"),
            .init("Replace the existing value of an annotation", "kubectl annotate --overwrite pods web description='main front end'"),
            .init("Annotate every pod of the namespace", "kubectl annotate pods --all reviewed=yes"),
            .init("Annotate the pod only if its resource version is still 42", "kubectl annotate pods web reviewed=yes --resource-version=42"),
            .init("Remove the annotation 'description'", "kubectl annotate pods web description-"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .bool("all-namespaces", short: "A", "Act on matching objects in every namespace."),
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-annotate"),
            .fieldSelector,
            .filename,
            .kustomize,
            .bool("list", "Print the annotations of the resources."),
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .bool("overwrite", "Allow existing values to be replaced; otherwise such updates are refused."),
            .recursive,
            .string("resource-version", "Only update the object if it still has this resource version. Works with a single resource only."),
            .selector,
            .showManagedFields,
            .template,
            .record,
        ]
    )

    /// `kubectl wait`.
    static let wait = KubectlCommandSpec(
        name: "wait",
        suggestFor: ["list", "ps"],
        short: "Wait for a condition on resources",
        long: """
            Experimental: wait until the given resources reach a condition.

             Several resources can be given; kubectl waits for each of them in turn.

             --for=create waits until the object exists, --for=delete until it is gone, and --for=condition=NAME[=VALUE] until the named status condition holds (VALUE defaults to true). A condition is checked after the object is fetched, so a long-running check may see an object that has changed meanwhile.

             --for=jsonpath='{EXPR}'=VALUE waits until the JSONPath expression yields the given value.

             Once a condition holds, kubectl prints what it found, in the format chosen with -o.
            """,
        usage: "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
        examples: [
            .init("Wait for the pod 'web' to report Ready", "kubectl wait --for=condition=Ready pod/web"),
            .init("Wait for the pod 'web' to report the Ready condition as false", "kubectl wait --for=condition=Ready=false pod/web"),
            .init("Wait until the pod 'web' is running, checked through its status phase", "kubectl wait --for=jsonpath='{.status.phase}'=Running pod/web"),
            .init("Wait for the deployment 'web' to become available", "kubectl wait --for=condition=Available deployment/web"),
            .init("Wait until a load balancer address is assigned", "kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/web"),
            .init("Wait until a secret exists", "kubectl wait --for=create secret/api-token"),
            .init("Delete a pod and wait up to a minute for it to disappear", "kubectl delete pod/web", "kubectl wait --for=delete pod/web --timeout=60s"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allNamespaces,
            .allowMissingTemplateKeys,
            .fieldSelector,
            .filename,
            .string("for", "Condition to wait for: create, delete, condition=NAME[=VALUE] or jsonpath='{EXPR}'[=VALUE]. The condition value defaults to true."),
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .bool("recursive", short: "R", default: true, "Also process subdirectories of the directories given with -f/--filename."),
            .string("selector", short: "l", "Label selector to filter with, using '=', '==' or '!=', for example -l app=web."),
            .showManagedFields,
            .template,
            .duration("timeout", default: "30s", "How long to wait before giving up. 0 checks once without waiting; a negative value waits a week."),
        ]
    )
}
