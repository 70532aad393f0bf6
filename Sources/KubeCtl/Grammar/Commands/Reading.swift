// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// Commands that read cluster state: get, describe, logs, events, explain, top and API discovery.
extension KubectlCommandCatalog {
    /// `kubectl get`.
    static let get = KubectlCommandSpec(
        name: "get",
        suggestFor: ["list", "ps"],
        short: "Show one or more resources",
        long: """
            Print a table of the key facts about the requested resources. A label selector (--selector) narrows the list. For namespaced types only the current namespace is searched unless another namespace is given.

             With -o template and a Go template in --template, you choose exactly which fields are printed.

            Run "kubectl api-resources" to see every resource type the server knows.
            """,
        usage: "kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]",
        examples: [
            .init("List the pods in the current namespace", "kubectl get pods"),
            .init("List pods with extra columns such as the node", "kubectl get pods -o wide"),
            .init("Show one deployment", "kubectl get deployment web"),
            .init("Print a deployment from the apps/v1 API as JSON", "kubectl get deployments.v1.apps web -o json"),
            .init("Print one pod as YAML", "kubectl get -o yaml pod web-7d4b9c8f5-x2x9q"),
            .init("Show the objects defined in a manifest", "kubectl get -f web.yaml"),
            .init("Print only the phase of a pod", "kubectl get pod/web-7d4b9c8f5-x2x9q -o jsonpath='{.status.phase}'"),
            .init("Choose your own columns", "kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName"),
            .init("List several kinds at once", "kubectl get deployments,services"),
            .init("Name objects of different kinds explicitly", "kubectl get deploy/web svc/web"),
            .init("Show the status subresource of a pod", "kubectl get pod web-7d4b9c8f5-x2x9q --subresource status"),
            .init("List deployments in the 'shop' namespace", "kubectl get deployments --namespace shop"),
            .init("List pods of every namespace", "kubectl get pods -A"),
        ],
        flags: [
            .allNamespaces,
            .allowMissingTemplateKeys,
            .chunkSize,
            .fieldSelector,
            .filename,
            .bool("ignore-not-found", "Exit with status 0 when the object does not exist."),
            .kustomize,
            .stringSlice("label-columns", short: "L", "Labels to show as extra columns, comma separated or by repeating the flag (-L app -L tier). Names are case-sensitive."),
            .bool("no-headers", "Leave out the header line."),
            .string("output", short: "o", "Output format: json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file or wide. Custom columns, Go templates and JSONPath are described at https://kubernetes.io/docs/reference/kubectl/."),
            .bool("output-watch-events", "With --watch or --watch-only, print watch event objects; existing objects appear as ADDED events."),
            .string("raw", "Raw URI to request, using the transport of the kubeconfig."),
            .recursive,
            .selector,
            .bool("server-print", default: true, "Let the server render the table columns. Works for extension APIs and custom resources."),
            .bool("show-kind", "Include the resource type in the NAME column."),
            .bool("show-labels", "Add a column with all labels of each object."),
            .showManagedFields,
            .string("sort-by", "Sort the list by this JSONPath field, for example '{.metadata.name}'. The field must hold a string or a number."),
            .string("subresource", "Work on this subresource of the object instead. This flag is beta."),
            .template,
            .bool("watch", short: "w", "After listing, keep watching for changes."),
            .bool("watch-only", "Watch for changes without listing the objects first."),
        ]
    )

    /// `kubectl describe`.
    static let describe = KubectlCommandSpec(
        name: "describe",
        short: "Show a detailed report about resources",
        long: """
            Print a detailed, human-readable report about the selected resources, including related objects such as recent events.

              $ kubectl describe TYPE NAME_PREFIX

             kubectl first looks for an object whose name is exactly NAME_PREFIX; when there is none, it describes every object of that type whose name starts with NAME_PREFIX.

            Run "kubectl api-resources" to see every resource type the server knows.
            """,
        usage: "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]",
        examples: [
            .init("Describe a node", "kubectl describe nodes worker-1"),
            .init("Describe a pod", "kubectl describe pods/web-7d4b9c8f5-x2x9q"),
            .init("Describe the pod defined in a manifest", "kubectl describe -f pod.yaml"),
            .init("Describe every pod whose name starts with 'web'", "kubectl describe pods web"),
            .init("Describe the pods labelled app=web", "kubectl describe pods -l app=web"),
            .init("Describe all pods", "kubectl describe pods"),
        ],
        flags: [
            .allNamespaces,
            .chunkSize,
            .filename("File, directory or URL with manifests of the resources to describe."),
            .kustomize,
            .recursive,
            .selector,
            .bool("show-events", default: true, "Also print the events about the object."),
        ]
    )

    /// `kubectl logs`.
    static let logs = KubectlCommandSpec(
        name: "logs",
        short: "Show the logs of a container",
        long: "Print what a container in a pod has written to its logs. When the pod has a single container, naming the container is optional.",
        usage: "kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]",
        examples: [
            .init("Show the logs of the pod 'web' (single container)", "kubectl logs web"),
            .init("Show the logs of the pod 'web' with a timestamp on each line", "kubectl logs web --timestamps"),
            .init("Show the logs of every container of the pod 'web'", "kubectl logs web --all-containers=true"),
            .init("Show the logs of all containers of the pods labelled app=web", "kubectl logs -l app=web --all-containers=true"),
            .init("Show the logs of the previous, crashed instance of container 'app'", "kubectl logs -p -c app web"),
            .init("Keep following the logs of container 'app' in pod 'web'", "kubectl logs -f -c app web"),
            .init("Follow the logs of the pods labelled app=web", "kubectl logs -f -l app=web --all-containers=true"),
            .init("Show only the last 20 lines", "kubectl logs --tail=20 web"),
            .init("Show what was logged during the last ten minutes", "kubectl logs --since=10m web"),
            .init("Show the logs of a pod of the job 'backup'", "kubectl logs job/backup"),
            .init("Show the logs of container 'app' in a pod of the deployment 'web'", "kubectl logs deployment/web -c app"),
        ],
        flags: [
            .bool("all-containers", "Print the logs of every container of the pod(s)."),
            .bool("all-pods", "Print the logs of every matching pod; implies --prefix."),
            .string("container", short: "c", "Container whose logs are printed."),
            .bool("follow", short: "f", "Keep streaming new log lines."),
            .bool("ignore-errors", "While following logs, treat errors as non-fatal."),
            .bool("insecure-skip-tls-verify-backend", "Do not verify the identity of the kubelet that serves the logs. Use only when the kubelet certificate is expired or broken."),
            .int("limit-bytes", "Stop after this many bytes of logs; 0 means no limit."),
            .int("max-log-requests", default: 5, "Most log streams followed at once when a selector is used."),
            .podRunningTimeout("20s"),
            .bool("prefix", "Start each log line with its source (pod and container name)."),
            .bool("previous", short: "p", "Print the logs of the previous, terminated instance of the container, if any."),
            .selector,
            .duration("since", "Only print logs newer than this duration, such as 5s, 2m or 3h. Cannot be combined with --since-time."),
            .string("since-time", "Only print logs written after this RFC3339 time. Cannot be combined with --since."),
            .int("tail", default: -1, "Number of most recent lines to print. -1 prints everything, except with a selector, where the default is 10."),
            .bool("timestamps", "Start each log line with its timestamp."),
        ]
    )

    /// `kubectl events`.
    static let events = KubectlCommandSpec(
        name: "events",
        short: "Show events",
        long: "Print a table of events. Events can be listed for one namespace or for all of them, or limited to those about one resource.",
        usage: "kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]",
        examples: [
            .init("Show recent events of the current namespace", "kubectl events"),
            .init("Show recent events of every namespace", "kubectl events --all-namespaces"),
            .init("Show the recent events about the pod 'web' and keep watching for more", "kubectl events --for pod/web --watch"),
            .init("Print recent events as YAML", "kubectl events -oyaml"),
            .init("Show only warnings and normal events", "kubectl events --types=Warning,Normal"),
        ],
        flags: [
            .allNamespaces,
            .allowMissingTemplateKeys,
            .chunkSize,
            .string("for", "Resource (TYPE/NAME) whose events are shown."),
            .bool("no-headers", "Leave out the header line."),
            .string("output", short: "o", "Output format: json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json or jsonpath-file."),
            .showManagedFields,
            .template,
            .stringSlice("types", "Show only events of these types."),
            .bool("watch", short: "w", "After listing, keep watching for new events."),
        ]
    )

    /// `kubectl explain`.
    static let explain = KubectlCommandSpec(
        name: "explain",
        short: "Show the documentation of a resource and its fields",
        long: """
            Describe the fields of a resource type, as published by the API server.

             Fields are addressed with dots: TYPE.field.subfield. Add --recursive to list every nested field at once.
            """,
        usage: "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]",
        examples: [
            .init("Document the pod resource", "kubectl explain pods"),
            .init("Drill into a nested field", "kubectl explain pods.spec.containers"),
            .init("List every field of a deployment", "kubectl explain deployments --recursive"),
            .init("Use a specific API version of a resource", "kubectl explain cronjobs --api-version=batch/v1"),
            .init("Print the OpenAPI v2 style of output", "kubectl explain deployment --output=plaintext-openapiv2"),
        ],
        flags: [
            .string("api-version", "API version (group/version) of the resource to explain."),
            .string("output", short: "o", default: "plaintext", "How to render the schema: plaintext or plaintext-openapiv2."),
            .bool("recursive", "Print the names of all nested fields instead of the fields and their descriptions."),
        ]
    )

    /// `kubectl api-resources`.
    static let apiResources = KubectlCommandSpec(
        name: "api-resources",
        short: "List the resource types the server offers",
        long: "List the API resource types the server supports.",
        usage: "kubectl api-resources [flags] [options]",
        examples: [
            .init("List every supported resource type", "kubectl api-resources"),
            .init("List resource types with more columns", "kubectl api-resources -o wide"),
            .init("List resource types sorted by name", "kubectl api-resources --sort-by=name"),
            .init("List only namespaced resource types", "kubectl api-resources --namespaced=true"),
            .init("List only cluster-wide resource types", "kubectl api-resources --namespaced=false"),
            .init("List the resource types of the apps group", "kubectl api-resources --api-group=apps"),
        ],
        flags: [
            .string("api-group", "Show only resources of this API group."),
            .bool("cached", "Use the cached resource list when there is one."),
            .stringSlice("categories", "Show only resources in these categories."),
            .bool("namespaced", default: true, "With false, show cluster-wide resources; with true, namespaced ones."),
            .bool("no-headers", "Leave out the header line."),
            .string("output", short: "o", "Output format: wide or name."),
            .string("sort-by", "Sort the list by 'name' or 'kind'."),
            .stringSlice("verbs", "Show only resources that support these verbs."),
        ]
    )

    /// `kubectl api-versions`.
    static let apiVersions = KubectlCommandSpec(
        name: "api-versions",
        short: "List the API versions the server offers as \"group/version\"",
        long: "List the API versions the server supports, each written as \"group/version\".",
        usage: "kubectl api-versions [options]",
        examples: [
            .init("List every supported API version", "kubectl api-versions"),
        ]
    )

    /// `kubectl version`.
    static let version = KubectlCommandSpec(
        name: "version",
        short: "Print the client and server versions",
        long: "Print the client version and, for the current context, the server version.",
        usage: "kubectl version [flags] [options]",
        examples: [
            .init("Print the client and server versions", "kubectl version"),
        ],
        flags: [
            .bool("client", "Print only the client version; no server is needed."),
            .string("output", short: "o", "Output format: yaml or json."),
        ]
    )

    /// `kubectl top`.
    static let top = KubectlCommandSpec(
        name: "top",
        short: "Show CPU and memory usage",
        long: """
            Show how much CPU and memory nodes or pods are using.

             The numbers come from the metrics API, so a working Metrics Server is required.
            """,
        usage: "kubectl top [flags] [options]",
        subcommands: [topNode, topPod],
        dispatch: .subcommandGroup(helpStream: .stderr)
    )

    /// `kubectl top node`.
    static let topNode = KubectlCommandSpec(
        name: "node",
        aliases: ["nodes", "no"],
        short: "Show CPU and memory usage of nodes",
        long: """
            Show the CPU and memory usage of nodes.

             The numbers come from the metrics API, so a working Metrics Server is required.
            """,
        usage: "kubectl top node [NAME | -l label] [options]",
        examples: [
            .init("Show usage of every node", "kubectl top node"),
            .init("Show usage of one node", "kubectl top node worker-1"),
        ],
        flags: [
            .bool("no-headers", "Leave out the header line."),
            .selector,
            .bool("show-capacity", "Report node capacity instead of allocatable resources."),
            .string("sort-by", "Sort the nodes by 'cpu' or 'memory'."),
            .bool("use-protocol-buffers", default: true, "Read the metrics API using protocol buffers."),
        ]
    )

    /// `kubectl top pod`.
    static let topPod = KubectlCommandSpec(
        name: "pod",
        aliases: ["pods", "po"],
        short: "Show CPU and memory usage of pods",
        long: """
            Show the CPU and memory usage of pods.

             The numbers come from the metrics API, so a working Metrics Server is required.

             Usage is reported shortly after a pod is created and may lag behind reality by a few minutes.
            """,
        usage: "kubectl top pod [NAME | -l label] [options]",
        examples: [
            .init("Show usage of every pod in the current namespace", "kubectl top pod"),
            .init("Show usage of every pod in the 'shop' namespace", "kubectl top pod --namespace=shop"),
            .init("Show usage of one pod and its containers", "kubectl top pod web --containers"),
            .init("Show usage of the pods labelled app=web", "kubectl top pod -l app=web"),
        ],
        flags: [
            .allNamespaces,
            .bool("containers", "Also print the usage of each container."),
            .fieldSelector,
            .bool("no-headers", "Leave out the header line."),
            .selector,
            .string("sort-by", "Sort the pods by 'cpu' or 'memory'."),
            .bool("sum", "Also print the total usage."),
            .bool("use-protocol-buffers", default: true, "Read the metrics API using protocol buffers."),
        ]
    )
}
