// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// Commands that change objects from manifests or patches: apply, replace, delete, edit, patch.
extension KubectlCommandCatalog {
    /// `kubectl apply`.
    static let apply = KubectlCommandSpec(
        name: "apply",
        short: "Create or update objects from manifests",
        long: """
            Make the cluster match the configuration in the given files or on standard input. Missing objects are created.

             Manifests may be written in JSON or YAML.

             Alpha disclaimer: --prune is still experimental and its behaviour may change.
            """,
        usage: "kubectl apply (-f FILENAME | -k DIRECTORY) [options]",
        examples: [
            .init("Apply the configuration in web.yaml", "kubectl apply -f ./web.yaml"),
            .init("Apply a kustomization directory", "kubectl apply -k overlays/dev/"),
            .init("Apply a manifest read from standard input", "cat web.json | kubectl apply -f -"),
            .init("Apply every manifest in a directory and prune objects labelled app=web that are no longer listed", "kubectl apply --prune -f manifests/ -l app=web"),
            .init("Apply and prune using an explicit list of types that may be pruned", "kubectl apply --prune -f manifests/ --all --prune-allowlist=core/v1/ConfigMap"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .allowMissingTemplateKeys,
            .cascade,
            .dryRun,
            .fieldManager("kubectl-client-side-apply"),
            .filename("Files with the configuration to apply."),
            .bool("force", "Remove the resources from the API immediately, skipping graceful deletion. Some workloads may keep running or lose data; confirmation is required."),
            .bool("force-conflicts", "Let server-side apply take over fields that other managers own."),
            .gracePeriod,
            .kustomize,
            .bool("openapi-patch", default: true, "Compute the patch from the OpenAPI schema when the resource has one; otherwise use the compiled-in types."),
            .printOutput,
            .bool("overwrite", default: true, "Resolve conflicts between the given and the live configuration in favour of the given one."),
            .bool("prune", "Delete objects that were created by apply or create --save-config but are no longer in the given manifests. Use with -l or --all. Experimental."),
            .stringArray("prune-allowlist", "Group/version/kind that --prune may delete; replaces the built-in list. Repeat for several."),
            .recursive,
            .selector,
            .bool("server-side", "Run the apply on the server instead of in the client."),
            .showManagedFields,
            .string("subresource", "Apply to this subresource of the object; only with --server-side. This flag is beta."),
            .template,
            .duration("timeout", "How long to wait for a delete before giving up; 0 picks a timeout from the size of the object."),
            .validate,
            .bool("wait", "Wait until the resources are really gone, finalizers included, before returning."),
            .record,
        ],
        subcommands: [applyEditLastApplied, applySetLastApplied, applyViewLastApplied]
    )

    /// `kubectl apply edit-last-applied`.
    static let applyEditLastApplied = KubectlCommandSpec(
        name: "edit-last-applied",
        short: "Edit the last-applied-configuration annotation of an object",
        long: """
            Open the last-applied-configuration annotation of an object in your editor.

             The object can be named on the command line or through a file (-f). The editor is chosen from KUBE_EDITOR or EDITOR, falling back to 'vi' on Linux and macOS and 'notepad' on Windows. Objects are shown as YAML unless -o json is given.

             If saving fails, your version is kept in a temporary file so that you can apply it later.
            """,
        usage: "kubectl apply edit-last-applied (RESOURCE/NAME | -f FILENAME) [options]",
        examples: [
            .init("Edit the last-applied configuration of a deployment as YAML", "kubectl apply edit-last-applied deployment/web"),
            .init("Edit the last-applied configuration of the object in a file as JSON", "kubectl apply edit-last-applied -f deploy.yaml -o json"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .fieldManager("kubectl-client-side-apply"),
            .filename,
            .kustomize,
            .printOutput,
            .recursive,
            .showManagedFields,
            .template,
            .validate,
            .bool("windows-line-endings", "Use Windows line endings in the editor; by default the platform's own line endings are used."),
            .record,
        ]
    )

    /// `kubectl apply set-last-applied`.
    static let applySetLastApplied = KubectlCommandSpec(
        name: "set-last-applied",
        short: "Set the last-applied-configuration annotation from a file",
        long: "Set the last-applied-configuration annotation of live objects to the contents of a file, as if the file had been applied with 'kubectl apply -f' but without changing any other field.",
        usage: "kubectl apply set-last-applied -f FILENAME [options]",
        examples: [
            .init("Store the contents of deploy.yaml as the last-applied configuration of the matching object", "kubectl apply set-last-applied -f deploy.yaml"),
            .init("Do the same for every manifest in a directory", "kubectl apply set-last-applied -f manifests/"),
            .init("Create the annotation when the object has none yet", "kubectl apply set-last-applied -f deploy.yaml --create-annotation=true"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .bool("create-annotation", "Create the last-applied-configuration annotation when the object does not have one."),
            .dryRun,
            .filename("File, directory or URL with the configuration to store in the annotation."),
            .printOutput,
            .showManagedFields,
            .template,
        ]
    )

    /// `kubectl apply view-last-applied`.
    static let applyViewLastApplied = KubectlCommandSpec(
        name: "view-last-applied",
        short: "Show the last-applied-configuration annotation of an object",
        long: "Show the last-applied-configuration annotation of the given objects, as YAML by default or as JSON with -o json.",
        usage: "kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]",
        examples: [
            .init("Show the last-applied configuration of a deployment as YAML", "kubectl apply view-last-applied deployment/web"),
            .init("Show the last-applied configuration of the object in a file as JSON", "kubectl apply view-last-applied -f deploy.yaml -o json"),
        ],
        flags: [
            .bool("all", "Act on every resource of the given types in the namespace."),
            .filename("File, directory or URL naming the objects whose annotation is shown."),
            .kustomize,
            .string("output", short: "o", default: "yaml", "Output format: yaml or json."),
            .recursive,
            .selector,
        ]
    )

    /// `kubectl replace`.
    static let replace = KubectlCommandSpec(
        name: "replace",
        short: "Replace an object with a new definition",
        long: """
            Replace an object with the definition in a file or on standard input.

             The full object must be given, and it is replaced as a whole. To see the current definition, run:

              $ kubectl get TYPE NAME -o yaml
            """,
        usage: "kubectl replace -f FILENAME [options]",
        examples: [
            .init("Replace a pod with the definition in pod.json", "kubectl replace -f ./pod.json"),
            .init("Replace a pod with a definition read from standard input", "cat pod.json | kubectl replace -f -"),
            .init("Change the image of a single-container pod and replace it", "kubectl get pod web -o yaml | sed 's/\\(image: nginx\\):.*$/\\1:1.27/' | kubectl replace -f -"),
            .init("Delete the object and create it again from the file", "kubectl replace --force -f ./pod.json"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .cascade,
            .dryRun,
            .fieldManager("kubectl-replace"),
            .filename("Files with the configuration that replaces the objects."),
            .bool("force", "Remove the resources from the API immediately, skipping graceful deletion. Some workloads may keep running or lose data; confirmation is required."),
            .gracePeriod,
            .kustomize,
            .printOutput,
            .string("raw", "Raw URI to send a PUT request to, using the transport of the kubeconfig."),
            .recursive,
            .saveConfig,
            .showManagedFields,
            .string("subresource", "Work on this subresource of the object instead. This flag is beta."),
            .template,
            .duration("timeout", "How long to wait before giving up; 0 picks a timeout from the size of the object."),
            .validate,
            .bool("wait", "Wait until the resources are really gone, finalizers included, before returning."),
        ]
    )

    /// `kubectl delete`.
    static let delete = KubectlCommandSpec(
        name: "delete",
        suggestFor: ["rm"],
        short: "Remove resources by file, name or label selector",
        long: """
            Remove resources named on the command line, listed in files or standard input, or matched by a label or field selector.

             Exactly one way of choosing the resources is accepted: names, a file (-f), a kustomization (-k), a selector, or --all.

             Objects that support graceful termination, such as pods, are given a grace period before they are stopped. --grace-period overrides it; with --force and a grace period of 0 the object is removed from the API immediately, even though the workload may still be running on its node for a while. This can break applications that expect at most one running copy, so use it carefully.

             Deleting is not checked against the object's resource version: if someone updates the object just before you delete it, their change is lost too.
            """,
        usage: "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]",
        examples: [
            .init("Delete the objects described in web.yaml", "kubectl delete -f ./web.yaml"),
            .init("Delete what a kustomization directory produces", "kubectl delete -k overlays/dev"),
            .init("Delete objects from a manifest on standard input", "cat web.json | kubectl delete -f -"),
            .init("Delete a pod and a service with the same name", "kubectl delete pod,service web"),
            .init("Delete every pod and service labelled app=web", "kubectl delete pods,services -l app=web"),
            .init("Delete a pod right away", "kubectl delete pod web --now"),
            .init("Remove a pod from the API immediately, without waiting", "kubectl delete pod web --force"),
            .init("Delete every pod in the namespace", "kubectl delete pods --all"),
        ],
        flags: [
            .bool("all", "Delete every resource of the given types in the namespace."),
            .allNamespaces,
            .cascade,
            .dryRun,
            .fieldSelector,
            .filename("File, directory or URL with manifests of the resources to delete."),
            .bool("force", "Remove the resources from the API immediately, skipping graceful deletion. Some workloads may keep running or lose data; confirmation is required."),
            .gracePeriod,
            .bool("ignore-not-found", "Treat missing objects as success. On by default when --all is given."),
            .bool("interactive", short: "i", "Ask for confirmation before deleting."),
            .kustomize,
            .bool("now", "Shut the resources down immediately (like --grace-period=1)."),
            .string("output", short: "o", "Output mode; \"-o name\" prints only resource/name."),
            .string("raw", "Raw URI to send a DELETE request to, using the transport of the kubeconfig."),
            .recursive,
            .selector,
            .duration("timeout", "How long to wait before giving up; 0 picks a timeout from the size of the object."),
            .bool("wait", default: true, "Wait until the resources are really gone, finalizers included, before returning."),
        ]
    )

    /// `kubectl edit`.
    static let edit = KubectlCommandSpec(
        name: "edit",
        short: "Edit a live object in your editor",
        long: """
            Open one or more live objects in a text editor and send back whatever you save.

             The editor comes from KUBE_EDITOR, then EDITOR, and falls back to 'vi' on Linux and macOS or 'notepad' on Windows. Objects are shown as YAML unless -o json is given.

             When saving fails, for example because someone else changed the object meanwhile, your version is kept in a temporary file so you can apply it later.
            """,
        usage: "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]",
        examples: [
            .init("Edit the service 'web'", "kubectl edit svc/web"),
            .init("Edit a deployment using a different editor", "KUBE_EDITOR=\"nano\" kubectl edit deploy/web"),
            .init("Edit a job as JSON in the apps namespace", "kubectl edit job.v1.batch/backup -n apps -o json"),
            .init("Edit a deployment and keep the edited configuration in its annotation", "kubectl edit deployment/web --save-config"),
            .init("Edit the status subresource of a deployment", "kubectl edit deployment web --subresource='status'"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .fieldManager("kubectl-edit"),
            .filename,
            .kustomize,
            .printOutput,
            .bool("output-patch", "Print the patch made by the edit."),
            .recursive,
            .saveConfig,
            .showManagedFields,
            .string("subresource", "Work on this subresource of the object instead. This flag is beta."),
            .template,
            .validate,
            .bool("windows-line-endings", "Use Windows line endings in the editor; by default the platform's own line endings are used."),
            .record,
        ]
    )

    /// `kubectl patch`.
    static let patch = KubectlCommandSpec(
        name: "patch",
        short: "Change fields of an object with a patch",
        long: """
            Change fields of an object using a strategic merge patch, a JSON merge patch or a JSON patch.

             Patches may be written in JSON or YAML.

             Run 'kubectl explain' to see which fields a resource has.
            """,
        usage: "kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]",
        examples: [
            .init("Mark node 'worker-1' unschedulable with a strategic merge patch", "kubectl patch node worker-1 -p '{\"spec\":{\"unschedulable\":true}}'"),
            .init("Patch the node described in a manifest", "kubectl patch -f node.json -p '{\"spec\":{\"unschedulable\":true}}'"),
            .init("Change a container image (the container name is the merge key)", "kubectl patch pod web -p '{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.27\"}]}}'"),
            .init("Change a container image with a positional JSON patch", "kubectl patch pod web --type='json' -p='[{\"op\": \"replace\", \"path\": \"/spec/containers/0/image\", \"value\":\"nginx:1.27\"}]'"),
            .init("Patch the scale subresource of a deployment", "kubectl patch deployment web --subresource='scale' --type='merge' -p '{\"spec\":{\"replicas\":3}}'"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-patch"),
            .filename,
            .kustomize,
            .bool("local", "Work on the given files only, without contacting the server."),
            .printOutput,
            .string("patch", short: "p", "The patch to apply, as JSON or YAML."),
            .string("patch-file", "File containing the patch to apply."),
            .recursive,
            .showManagedFields,
            .string("subresource", "Work on this subresource of the object instead. This flag is beta."),
            .template,
            .string("type", default: "strategic", "Kind of patch: json, merge or strategic."),
            .record,
        ]
    )
}
