// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// `kubectl config` and its subcommands for kubeconfig files.
extension KubectlCommandCatalog {
    /// `kubectl config`.
    static let config = KubectlCommandSpec(
        name: "config",
        short: "Change kubeconfig files",
        long: """
            Read and change kubeconfig files through subcommands, for example "kubectl config use-context staging".

             Which file is used is decided as follows:

              1.  When --kubeconfig is given, exactly that file is used; no merging happens and the flag may appear only once.
              2.  Otherwise, when the $KUBECONFIG environment variable is set, it is read as a list of paths that are merged. Changes go to the file that defines the entry being changed; new entries go to the first existing file, or to the last file in the list if none exists.
              3.  Otherwise ${HOME}/.kube/config is used, without merging.
            """,
        usage: "kubectl config SUBCOMMAND [options]",
        subcommands: [configCurrentContext, configDeleteCluster, configDeleteContext, configDeleteUser, configGetClusters, configGetContexts, configGetUsers, configRenameContext, configSet, configSetCluster, configSetContext, configSetCredentials, configUnset, configUseContext, configView],
        dispatch: .subcommandGroup(helpStream: .stderr)
    )

    /// `kubectl config current-context`.
    static let configCurrentContext = KubectlCommandSpec(
        name: "current-context",
        short: "Print the current context",
        long: "Print the name of the current context.",
        usage: "kubectl config current-context [flags] [options]",
        examples: [
            .init("Print the current context", "kubectl config current-context"),
        ]
    )

    /// `kubectl config delete-cluster`.
    static let configDeleteCluster = KubectlCommandSpec(
        name: "delete-cluster",
        short: "Remove a cluster from the kubeconfig",
        long: "Remove a cluster entry from the kubeconfig.",
        usage: "kubectl config delete-cluster NAME [options]",
        examples: [
            .init("Remove the cluster 'staging'", "kubectl config delete-cluster staging"),
        ]
    )

    /// `kubectl config delete-context`.
    static let configDeleteContext = KubectlCommandSpec(
        name: "delete-context",
        short: "Remove a context from the kubeconfig",
        long: "Remove a context entry from the kubeconfig.",
        usage: "kubectl config delete-context NAME [options]",
        examples: [
            .init("Remove the context 'staging'", "kubectl config delete-context staging"),
        ]
    )

    /// `kubectl config delete-user`.
    static let configDeleteUser = KubectlCommandSpec(
        name: "delete-user",
        short: "Remove a user from the kubeconfig",
        long: "Remove a user entry from the kubeconfig.",
        usage: "kubectl config delete-user NAME [options]",
        examples: [
            .init("Remove the user 'alice'", "kubectl config delete-user alice"),
        ]
    )

    /// `kubectl config get-clusters`.
    static let configGetClusters = KubectlCommandSpec(
        name: "get-clusters",
        short: "List the clusters in the kubeconfig",
        long: "List the clusters defined in the kubeconfig.",
        usage: "kubectl config get-clusters [flags] [options]",
        examples: [
            .init("List the clusters kubectl knows about", "kubectl config get-clusters"),
        ]
    )

    /// `kubectl config get-contexts`.
    static let configGetContexts = KubectlCommandSpec(
        name: "get-contexts",
        short: "List contexts of the kubeconfig",
        long: "List one or more contexts from the kubeconfig.",
        usage: "kubectl config get-contexts [(-o|--output=)name)] [options]",
        examples: [
            .init("List every context of the kubeconfig", "kubectl config get-contexts"),
            .init("Show one context", "kubectl config get-contexts staging"),
        ],
        flags: [
            .bool("no-headers", "Leave out the header line."),
            .string("output", short: "o", "Output format: name."),
        ]
    )

    /// `kubectl config get-users`.
    static let configGetUsers = KubectlCommandSpec(
        name: "get-users",
        short: "List the users in the kubeconfig",
        long: "List the users defined in the kubeconfig.",
        usage: "kubectl config get-users [flags] [options]",
        examples: [
            .init("List the users kubectl knows about", "kubectl config get-users"),
        ]
    )

    /// `kubectl config rename-context`.
    static let configRenameContext = KubectlCommandSpec(
        name: "rename-context",
        short: "Rename a context of the kubeconfig",
        long: """
            Rename a context of the kubeconfig.

             CONTEXT_NAME is the current name of the context.

             NEW_NAME is the name it should get.

             When the renamed context is the current context, the current-context setting is updated as well.
            """,
        usage: "kubectl config rename-context CONTEXT_NAME NEW_NAME [options]",
        examples: [
            .init("Rename the context 'old' to 'new'", "kubectl config rename-context old new"),
        ]
    )

    /// `kubectl config set`.
    static let configSet = KubectlCommandSpec(
        name: "set",
        short: "Set one value in a kubeconfig file",
        long: """
            Set one value in a kubeconfig file.

             PROPERTY_NAME is a dot-separated path in which each part is a map key or a field name.

             PROPERTY_VALUE is the value to store. For fields holding bytes, give base64 text unless --set-raw-bytes is used.

             Setting a field that already has a value replaces it.
            """,
        usage: "kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]",
        examples: [
            .init("Set the server of the cluster 'staging'", "kubectl config set clusters.staging.server https://10.0.0.1:6443"),
            .init("Set the certificate authority data of the cluster 'staging'", "kubectl config set clusters.staging.certificate-authority-data $(echo \"cert-data\" | base64 -i -)"),
            .init("Set the cluster of the context 'staging'", "kubectl config set contexts.staging.cluster staging"),
            .init("Store a client key for the user 'alice' without base64 decoding", "kubectl config set users.alice.client-key-data cert_data_here --set-raw-bytes=true"),
        ],
        flags: [
            .bool("set-raw-bytes", "Store the value as given instead of decoding it from base64."),
        ]
    )

    /// `kubectl config set-cluster`.
    static let configSetCluster = KubectlCommandSpec(
        name: "set-cluster",
        short: "Add or change a cluster in the kubeconfig",
        long: """
            Add a cluster entry to the kubeconfig.

             If the cluster already exists, only the given fields change.
            """,
        usage: "kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]",
        examples: [
            .init("Set only the server of the cluster 'staging'", "kubectl config set-cluster staging --server=https://10.0.0.1:6443"),
            .init("Embed a certificate authority file in the cluster 'staging'", "kubectl config set-cluster staging --embed-certs --certificate-authority=~/.kube/staging/ca.crt"),
            .init("Turn off certificate checks for the cluster 'staging'", "kubectl config set-cluster staging --insecure-skip-tls-verify=true"),
            .init("Set the TLS server name of the cluster 'staging'", "kubectl config set-cluster staging --tls-server-name=api.staging.example"),
            .init("Send requests to the cluster 'staging' through a proxy", "kubectl config set-cluster staging --proxy-url=http://proxy.example:3128"),
        ],
        flags: [
            .string("certificate-authority", "Certificate authority file of the cluster entry."),
            .bool("embed-certs", "Store the certificate authority data inside the kubeconfig instead of a file path."),
            .bool("insecure-skip-tls-verify", "Skip checking the server's certificate for this cluster entry."),
            .string("proxy-url", "Proxy URL of the cluster entry."),
            .string("server", "API server address of the cluster entry."),
            .string("tls-server-name", "Server name used to check the certificate of the cluster entry."),
        ]
    )

    /// `kubectl config set-context`.
    static let configSetContext = KubectlCommandSpec(
        name: "set-context",
        short: "Add or change a context in the kubeconfig",
        long: """
            Add a context entry to the kubeconfig.

             If the context already exists, only the given fields change.
            """,
        usage: "kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]",
        examples: [
            .init("Make the 'alice' user the user of the context 'staging'", "kubectl config set-context staging --user=alice"),
            .init("Change the namespace of the current context", "kubectl config set-context --current --namespace=shop"),
        ],
        flags: [
            .string("cluster", "Cluster of the context entry."),
            .bool("current", "Change the current context."),
            .string("namespace", "Namespace of the context entry."),
            .string("user", "User of the context entry."),
        ]
    )

    /// `kubectl config set-credentials`.
    static let configSetCredentials = KubectlCommandSpec(
        name: "set-credentials",
        short: "Add or change a user in the kubeconfig",
        long: """
            Add a user entry to the kubeconfig.

             If the user already exists, only the given fields change.

              Client certificate: --client-certificate=certfile --client-key=keyfile
              Bearer token: --token=bearer_token
              Basic auth: --username=basic_user --password=basic_password

             A bearer token and basic auth cannot be used together.
            """,
        usage: "kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]",
        examples: [
            .init("Set only the client key of the user 'alice'", "kubectl config set-credentials alice --client-key=~/.kube/alice.key"),
            .init("Set basic auth for the user 'alice'", "kubectl config set-credentials alice --username=alice --password=s3cret"),
            .init("Embed a client certificate in the user 'alice'", "kubectl config set-credentials alice --client-certificate=~/.kube/alice.crt --embed-certs=true"),
            .init("Use the OIDC auth provider for the user 'alice'", "kubectl config set-credentials alice --auth-provider=oidc"),
            .init("Set auth provider arguments", "kubectl config set-credentials alice --auth-provider=oidc --auth-provider-arg=client-id=kubectl --auth-provider-arg=client-secret=s3cret"),
            .init("Remove an auth provider argument", "kubectl config set-credentials alice --auth-provider=oidc --auth-provider-arg=client-secret-"),
            .init("Use an exec credential plugin", "kubectl config set-credentials alice --exec-command=/usr/local/bin/get-token"),
            .init("Pass arguments to the credential plugin", "kubectl config set-credentials alice --exec-arg=login --exec-arg=--quiet"),
            .init("Set an environment variable for the credential plugin", "kubectl config set-credentials alice --exec-env=TOKEN_CACHE=~/.cache"),
            .init("Remove an environment variable of the credential plugin", "kubectl config set-credentials alice --exec-env=TOKEN_CACHE-"),
        ],
        flags: [
            .string("auth-provider", "Authentication provider of the user entry."),
            .stringSlice("auth-provider-arg", "Argument for the authentication provider, written key=value; key- removes it."),
            .string("client-certificate", "Client certificate file of the user entry."),
            .string("client-key", "Client key file of the user entry."),
            .bool("embed-certs", "Store the client certificate and key inside the kubeconfig instead of file paths."),
            .string("exec-api-version", "API version of the exec credential plugin of the user entry."),
            .stringSlice("exec-arg", "Argument for the exec credential plugin; repeat for several."),
            .string("exec-command", "Command of the exec credential plugin of the user entry."),
            .stringArray("exec-env", "Environment variable for the exec credential plugin, written key=value; key- removes it."),
            .string("exec-interactive-mode", "Interactive mode of the exec credential plugin of the user entry."),
            .bool("exec-provide-cluster-info", "Whether the exec credential plugin receives cluster information."),
            .string("password", "Basic auth password of the user entry."),
            .string("token", "Bearer token of the user entry."),
            .string("username", "Basic auth user name of the user entry."),
        ]
    )

    /// `kubectl config unset`.
    static let configUnset = KubectlCommandSpec(
        name: "unset",
        short: "Remove one value from a kubeconfig file",
        long: """
            Remove one value from a kubeconfig file.

             PROPERTY_NAME is a dot-separated path in which each part is a map key or a field name.
            """,
        usage: "kubectl config unset PROPERTY_NAME [options]",
        examples: [
            .init("Remove the current-context setting", "kubectl config unset current-context"),
            .init("Remove the namespace of the context 'staging'", "kubectl config unset contexts.staging.namespace"),
        ]
    )

    /// `kubectl config use-context`.
    static let configUseContext = KubectlCommandSpec(
        name: "use-context",
        aliases: ["use"],
        short: "Switch the current context",
        long: "Make the named context the current one in the kubeconfig.",
        usage: "kubectl config use-context CONTEXT_NAME [options]",
        examples: [
            .init("Use the context 'staging' from now on", "kubectl config use-context staging"),
        ]
    )

    /// `kubectl config view`.
    static let configView = KubectlCommandSpec(
        name: "view",
        short: "Show the kubeconfig settings",
        long: """
            Show the merged kubeconfig settings, or those of one file.

             A jsonpath expression selects parts of the output.
            """,
        usage: "kubectl config view [flags] [options]",
        examples: [
            .init("Show the merged kubeconfig settings", "kubectl config view"),
            .init("Show only the settings used by the current context", "kubectl config view --minify"),
            .init("Print the password of the user 'alice'", "kubectl config view -o jsonpath='{.users[?(@.name == \"alice\")].user.password}'"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .bool("flatten", "Inline referenced files so that the output is a self-contained kubeconfig."),
            .bool("merge", default: true, "Merge all kubeconfig files of the loading chain."),
            .bool("minify", "Show only what the current context uses."),
            .string("output", short: "o", default: "yaml", "Output format: json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json or jsonpath-file."),
            .bool("raw", "Print certificate data and secrets instead of hiding them."),
            .showManagedFields,
            .template,
        ]
    )
}
