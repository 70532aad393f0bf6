// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// Commands that reach into containers and the API: attach, exec, port-forward, proxy, cp, auth, debug, completion, plugin.
extension KubectlCommandCatalog {
    /// `kubectl attach`.
    static let attach = KubectlCommandSpec(
        name: "attach",
        short: "Connect to a container that is already running",
        long: "Connect to the main process of a container that is already running.",
        usage: "kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]",
        examples: [
            .init("Show the output of the running pod 'web' (first container)", "kubectl attach web"),
            .init("Show the output of container 'app' in the pod 'web'", "kubectl attach web -c app"),
            .init("Send your input to container 'app' and use a terminal", "kubectl attach web -c app -i -t"),
            .init("Attach to the first pod of the replica set 'web-7d4b9c8f5'", "kubectl attach rs/web-7d4b9c8f5"),
        ],
        flags: [
            .string("container", short: "c", "Container to use. Without it, the container named by the kubectl.kubernetes.io/default-container annotation is chosen, or else the first container of the pod."),
            .podRunningTimeout("1m0s"),
            .bool("quiet", short: "q", "Print only the output of the remote session."),
            .bool("stdin", short: "i", "Send standard input to the container."),
            .bool("tty", short: "t", "Give the container a terminal."),
        ]
    )

    /// `kubectl exec`.
    static let exec = KubectlCommandSpec(
        name: "exec",
        short: "Run a command inside a container",
        long: "Run a command inside a running container.",
        usage: "kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]",
        examples: [
            .init("Print the date inside the pod 'web' (first container)", "kubectl exec web -- date"),
            .init("Run a command in container 'app' of the pod 'web'", "kubectl exec web -c app -- ls /"),
            .init("Start an interactive shell in the pod 'web'", "kubectl exec -it web -- sh"),
            .init("Feed a local file to a command in the container", "kubectl exec -i web -- sh -c 'cat > /tmp/data' < data.txt"),
            .init("Run a command in the first pod of the deployment 'web'", "kubectl exec deploy/web -- env"),
            .init("Run a command in the first pod behind the service 'web'", "kubectl exec svc/web -- hostname"),
        ],
        flags: [
            .string("container", short: "c", "Container to use. Without it, the container named by the kubectl.kubernetes.io/default-container annotation is chosen, or else the first container of the pod."),
            .filename("File naming the resource to run the command in."),
            .podRunningTimeout("1m0s"),
            .bool("quiet", short: "q", "Print only the output of the remote session."),
            .bool("stdin", short: "i", "Send standard input to the container."),
            .bool("tty", short: "t", "Give the container a terminal."),
        ]
    )

    /// `kubectl port-forward`.
    static let portForward = KubectlCommandSpec(
        name: "port-forward",
        short: "Forward local ports to a pod",
        long: """
            Listen on local ports and pass the connections on to a pod.

             A resource such as a deployment or service can be named instead of a pod; the first matching pod is used.

             If no pod is running yet, kubectl waits up to --pod-running-timeout for one.
            """,
        usage: "kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]",
        examples: [
            .init("Listen on ports 8080 and 8443 locally and forward them to the same ports of the pod 'web'", "kubectl port-forward pod/web 8080 8443"),
            .init("Forward local ports to a port of the deployment 'web'", "kubectl port-forward deployment/web 8080 8443"),
            .init("Forward local port 8080 to the port named 'http' of the service 'web'", "kubectl port-forward service/web 8080:http"),
            .init("Forward local port 9000 to port 80 of the pod", "kubectl port-forward pod/web 9000:80"),
            .init("Forward on every address of this machine", "kubectl port-forward --address 0.0.0.0 pod/web 9000:80"),
            .init("Forward from localhost and one extra address", "kubectl port-forward --address localhost,10.0.0.5 pod/web 9000:80"),
            .init("Pick a free local port for pod port 80", "kubectl port-forward pod/web :80"),
        ],
        flags: [
            .stringSlice("address", default: "[localhost]", "Local addresses to listen on, comma separated. Only IP addresses and 'localhost' are accepted; with 'localhost' kubectl listens on both 127.0.0.1 and ::1 and fails only if neither works."),
            .podRunningTimeout("1m0s"),
        ]
    )

    /// `kubectl proxy`.
    static let proxy = KubectlCommandSpec(
        name: "proxy",
        short: "Serve the Kubernetes API on a local port",
        long: "Start a local HTTP server that forwards requests to the Kubernetes API server, and optionally serves static files.",
        usage: "kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]",
        examples: [
            .init("Serve the API on port 8011 and static files from ./site under /ui/", "kubectl proxy --port=8011 --www=./site --www-prefix=/ui/"),
            .init("Serve the whole API under the /k8s-api prefix", "kubectl proxy --api-prefix=/k8s-api"),
            .init("Serve part of the API under a custom prefix", "kubectl proxy --api-prefix=/custom/"),
            .init("Let the proxy pick a free port", "kubectl proxy --port=0"),
        ],
        flags: [
            .string("accept-hosts", default: "^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$", "Regular expression of host names the proxy accepts."),
            .string("accept-paths", default: "^.*", "Regular expression of request paths the proxy accepts."),
            .string("address", default: "127.0.0.1", "IP address to serve on."),
            .string("api-prefix", default: "/", "URL prefix under which the proxied API is served."),
            .bool("append-server-path", "When true, prefix every proxied request with the server path of the kubeconfig context."),
            .bool("disable-filter", "Turn off request filtering in the proxy. Dangerous on a reachable port: it exposes you to cross-site request forgery."),
            .duration("keepalive", "Keep-alive period of network connections; 0 turns keep-alive off."),
            .int("port", short: "p", default: 8001, "Port to serve on; 0 picks a free port."),
            .string("reject-methods", default: "^$", "Regular expression of HTTP methods the proxy refuses."),
            .string("reject-paths", default: "^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach", "Regular expression of request paths the proxy refuses, even when --accept-paths matches them."),
            .string("unix-socket", short: "u", "Unix socket to serve on instead of a TCP port."),
            .string("www", short: "w", "Directory of static files to serve under --www-prefix."),
            .string("www-prefix", short: "P", default: "/static/", "URL prefix for the static files of --www."),
        ]
    )

    /// `kubectl cp`.
    static let cp = KubectlCommandSpec(
        name: "cp",
        short: "Copy files between your machine and containers",
        long: "Copy files and directories into and out of containers.",
        usage: "kubectl cp <file-spec-src> <file-spec-dest> [options]",
        examples: [
            .init("The 'tar' program must exist in the container image; without it the copy fails."),
            .init("For symbolic links, wildcards or preserved file modes, consider 'kubectl exec' with tar directly"),
            .init("Copy a local directory into a pod of the 'shop' namespace", "tar cf - ./data | kubectl exec -i -n shop web -- tar xf - -C /tmp/data"),
            .init("Copy a remote directory to this machine", "kubectl exec -n shop web -- tar cf - /tmp/data | tar xf - -C ./data"),
            .init("Copy a local directory to a pod in the current namespace", "kubectl cp ./data web:/tmp/data"),
            .init("Copy a local file into container 'app'", "kubectl cp ./notes.txt web:/tmp/notes.txt -c app"),
            .init("Copy a local file into a pod of another namespace", "kubectl cp ./notes.txt shop/web:/tmp/notes.txt"),
            .init("Copy a file from a pod to this machine", "kubectl cp shop/web:/tmp/notes.txt ./notes.txt"),
        ],
        flags: [
            .string("container", short: "c", "Container to copy to or from. Without it, the container named by the kubectl.kubernetes.io/default-container annotation is chosen, or else the first container of the pod."),
            .bool("no-preserve", "Do not keep ownership and permissions of the copied files in the container."),
            .int("retries", "How many times to retry a failed copy from a container; 0 disables retries, a negative value retries forever."),
        ]
    )

    /// `kubectl auth`.
    static let auth = KubectlCommandSpec(
        name: "auth",
        short: "Check what you are allowed to do",
        long: "Inspect permissions and identity.",
        usage: "kubectl auth [flags] [options]",
        subcommands: [authCanI, authReconcile, authWhoami],
        dispatch: .subcommandGroup(helpStream: .stderr)
    )

    /// `kubectl auth can-i`.
    static let authCanI = KubectlCommandSpec(
        name: "can-i",
        short: "Ask whether you may perform an action",
        long: """
            Ask the server whether you are allowed to perform an action.

             VERB is an API verb such as get, list, watch, create, update or delete. TYPE is a resource type; it may include a group such as deployments.apps. NONRESOURCEURL is a path starting with "/". NAME is the name of one object.
            """,
        usage: "kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]",
        examples: [
            .init("May I create pods in any namespace?", "kubectl auth can-i create pods --all-namespaces"),
            .init("May I list deployments in the current namespace?", "kubectl auth can-i list deployments.apps"),
            .init("May the service account 'ci' in namespace 'build' list pods here?", "kubectl auth can-i list pods --as=system:serviceaccount:build:ci"),
            .init("May I do everything in the current namespace? ('*' means all)", "kubectl auth can-i '*' '*'"),
            .init("May I get the job named 'backup' in namespace 'ops'?", "kubectl auth can-i get job/backup -n ops"),
            .init("May I read pod logs?", "kubectl auth can-i get pods --subresource=log"),
            .init("May I read the /healthz URL?", "kubectl auth can-i get /healthz"),
            .init("List everything I may do in namespace 'shop'", "kubectl auth can-i --list --namespace=shop"),
        ],
        flags: [
            .bool("all-namespaces", short: "A", "Check the action in every namespace."),
            .bool("list", "List every action you are allowed to perform."),
            .bool("no-headers", "With --list, leave out the header line."),
            .bool("quiet", short: "q", "Print nothing; only the exit code tells the answer."),
            .string("subresource", "Subresource to check, such as log for pods or scale for deployments."),
        ]
    )

    /// `kubectl auth reconcile`.
    static let authReconcile = KubectlCommandSpec(
        name: "reconcile",
        short: "Reconcile RBAC roles and bindings with a manifest",
        long: """
            Make RBAC roles, role bindings, cluster roles and cluster role bindings match a manifest.

             Missing objects are created, and missing namespaces are created for namespaced objects.

             Existing roles gain any permissions they lack. Extra permissions are kept unless --remove-extra-permissions is given.

             Existing bindings gain any subjects they lack. Extra subjects are kept unless --remove-extra-subjects is given.

             This is better than 'apply' for RBAC objects because it merges rules and subjects semantically.
            """,
        usage: "kubectl auth reconcile -f FILENAME [options]",
        examples: [
            .init("Reconcile the RBAC objects in rbac.yaml", "kubectl auth reconcile -f rbac.yaml"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .filename,
            .kustomize,
            .printOutput,
            .recursive,
            .bool("remove-extra-permissions", "Remove permissions that the manifest does not list."),
            .bool("remove-extra-subjects", "Remove subjects that the manifest does not list."),
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl auth whoami`.
    static let authWhoami = KubectlCommandSpec(
        name: "whoami",
        short: "Experimental: show who the server thinks you are",
        long: """
            Experimental: show the user attributes the server sees for the current credentials.

             Useful with webhook, proxy or OIDC authentication, where the identity is not visible in the kubeconfig file.
            """,
        usage: "kubectl auth whoami [options]",
        examples: [
            .init("Show my user attributes", "kubectl auth whoami"),
            .init("Show my user attributes as JSON", "kubectl auth whoami -o json"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .string("output", short: "o", "Output format: json or yaml."),
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl debug`.
    static let debug = KubectlCommandSpec(
        name: "debug",
        short: "Start a debugging session for a workload or node",
        long: """
            Help diagnose problems in workloads and nodes, for example by adding a temporary container.

             'debug' works in three ways:

              *  Workload: make a copy of an existing pod with some details changed, such as the image.
              *  Workload: add an ephemeral container to a running pod, e.g. to get tools such as 'ps' into a minimal image.
              *  Node: start a pod in the node's host namespaces with the node's filesystem mounted.

             The mode is chosen from the arguments: a node name selects node mode, a pod selects one of the two pod modes.

             Ephemeral containers are added to the pod in place; the rest of the pod keeps running.
            """,
        usage: "kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]",
        examples: [
            .init("Open an interactive busybox shell next to the containers of the pod 'web'", "kubectl debug web -it --image=busybox"),
            .init("Choose a name and an image for the debug container", "kubectl debug web -it --image=debian --container=probe -- bash"),
            .init("Start a container that can see the processes of container 'app'", "kubectl debug -it web --image=busybox --target=app"),
            .init("Copy the pod 'web' to 'web-debug' and add a debug container to the copy", "kubectl debug web -it --image=ubuntu --copy-to=web-debug"),
            .init("Copy the pod and give the copy a shell instead of the usual command", "kubectl debug web -it --copy-to=web-debug --container=app -- sh"),
            .init("Copy the pod and switch every image to busybox", "kubectl debug web --copy-to=web-debug --set-image=*=busybox"),
            .init("Copy the pod, change one image and add a debug container", "kubectl debug web -it --copy-to=web-debug --image=debian --set-image=app=app:debug,sidecar=sidecar:debug"),
            .init("Start an interactive pod on node 'worker-1' with the node's filesystem mounted", "kubectl debug node/worker-1 -it --image=busybox"),
        ],
        flags: [
            .bool("arguments-only", "Pass the words after -- to the new container as its arguments instead of its command."),
            .bool("attach", "Wait for the pod to run and then attach to it, like 'kubectl attach'. Off by default unless -i/--stdin is given, in which case it is on."),
            .string("container", short: "c", "Name of the debugging container."),
            .string("copy-to", "Name of the copy of the pod to create."),
            .string("custom", "JSON or YAML file with a partial container spec that adjusts the chosen debugging profile."),
            .other("env", kind: .stringToString, default: "[]", "Environment variable for the container, written KEY=VALUE."),
            .filename("File naming the resource to debug."),
            .string("image", "Image of the debugging container."),
            .string("image-pull-policy", "Image pull policy of the container. When empty, the server default applies."),
            .bool("keep-annotations", "Keep the pod's annotations on the copy. Only with --copy-to."),
            .bool("keep-init-containers", default: true, "Keep the init containers on the copy. Only with --copy-to."),
            .bool("keep-labels", "Keep the pod's labels on the copy. Only with --copy-to."),
            .bool("keep-liveness", "Keep liveness probes on the copy. Only with --copy-to."),
            .bool("keep-readiness", "Keep readiness probes on the copy. Only with --copy-to."),
            .bool("keep-startup", "Keep startup probes on the copy. Only with --copy-to."),
            .string("profile", default: "legacy", "Debugging profile: \"legacy\", \"general\", \"baseline\", \"netadmin\", \"restricted\" or \"sysadmin\"."),
            .bool("quiet", short: "q", "Do not print informational messages."),
            .bool("replace", "With --copy-to, delete the original pod."),
            .bool("same-node", "With --copy-to, schedule the copy on the node of the original pod."),
            .other("set-image", kind: .stringToString, default: "[]", "With --copy-to, new images for containers, written name=image as in 'kubectl set image'."),
            .bool("share-processes", default: true, "With --copy-to, let the containers of the copy see each other's processes."),
            .bool("stdin", short: "i", "Keep standard input of the container open, even when nothing is attached."),
            .string("target", "With an ephemeral container, share the process namespace of this container."),
            .bool("tty", short: "t", "Give the debugging container a terminal."),
        ]
    )

    /// `kubectl completion`.
    static let completion = KubectlCommandSpec(
        name: "completion",
        short: "Print shell completion code (bash, zsh, fish or powershell)",
        long: """
            Print code that teaches the given shell (bash, zsh, fish or powershell) to complete kubectl commands. Load it in the current shell or from the shell's start-up file.

             For bash, the bash-completion package must be installed first; on macOS it can be installed with Homebrew:

              ## bash 3.2 (shipped with macOS)
              brew install bash-completion
              ## or, for bash 4.1 and later
              brew install bash-completion@2

             bash-completion must be installed before any bash completion code is loaded.

             Note for zsh: version 5.2 or newer is required.
            """,
        usage: "kubectl completion SHELL [options]",
        examples: [
            .init("Load completion into the current bash session", "source <(kubectl completion bash)"),
            .init("Load completion on every new bash session", "echo 'source <(kubectl completion bash)' >> ~/.bashrc"),
            .init("Load completion into the current zsh session", "source <(kubectl completion zsh)"),
            .init("Load completion into the current fish session", "kubectl completion fish | source"),
            .init("Load completion into the current PowerShell session", "kubectl completion powershell | Out-String | Invoke-Expression"),
        ]
    )

    /// `kubectl plugin`.
    static let plugin = KubectlCommandSpec(
        name: "plugin",
        short: "Work with kubectl plugins",
        long: """
            Work with plugins.

             Plugins are separate programs that add subcommands to kubectl. Any executable on your PATH whose name starts with 'kubectl-' is one.

             Plugins can be found and installed with krew, a Kubernetes sub-project: [krew.sigs.k8s.io].
            """,
        usage: "kubectl plugin [flags] [options]",
        examples: [
            .init("List the plugins found on your PATH", "kubectl plugin list"),
            .init("List only the plugin file names", "kubectl plugin list --name-only"),
        ],
        subcommands: [pluginList],
        dispatch: .subcommandGroup(helpStream: .stderr)
    )

    /// `kubectl plugin list`.
    static let pluginList = KubectlCommandSpec(
        name: "list",
        short: "List the plugin programs on your PATH",
        long: """
            List every plugin program found on your PATH.

             A plugin is any executable file whose name starts with "kubectl-".
            """,
        usage: "kubectl plugin list [flags] [options]",
        examples: [
            .init("List plugins with their paths", "kubectl plugin list"),
            .init("List only plugin file names", "kubectl plugin list --name-only"),
        ],
        flags: [
            .bool("name-only", "Print only the file name of each plugin, not its full path."),
        ]
    )
}
