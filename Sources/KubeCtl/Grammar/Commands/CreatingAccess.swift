// kubectl 1.32 command data: names, usage lines, flag names, shorthands, kinds and defaults are facts taken
// from the real binary; descriptions and examples are kubetutor's own wording.

/// `kubectl create` generators for access control, networking and policy objects.
extension KubectlCommandCatalog {
    /// `kubectl create clusterrole`.
    static let createClusterrole = KubectlCommandSpec(
        name: "clusterrole",
        short: "Create a cluster-wide RBAC role",
        long: "Create a ClusterRole object whose rules come from the flags.",
        usage: "kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a cluster role that may read pods", "kubectl create clusterrole pod-reader --verb=get,list,watch --resource=pods"),
            .init("Limit the role to two named pods", "kubectl create clusterrole pod-reader --verb=get --resource=pods --resource-name=web --resource-name=api"),
            .init("Include an API group in the resource", "kubectl create clusterrole rs-reader --verb=get,list,watch --resource=replicasets.apps"),
            .init("Grant access to a subresource", "kubectl create clusterrole pod-status-reader --verb=get,list,watch --resource=pods,pods/status"),
            .init("Grant access to a non-resource URL", "kubectl create clusterrole log-reader --verb=get --non-resource-url=/logs/*"),
            .init("Create an aggregated cluster role", "kubectl create clusterrole monitoring --aggregation-rule=\"rbac.example.com/aggregate-to-monitoring=true\""),
        ],
        flags: [
            .other("aggregation-rule", kind: .mapStringString, default: "", "Label selector that picks the cluster roles whose rules are aggregated into this one."),
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .stringSlice("non-resource-url", "Partial URL that the role grants access to."),
            .printOutput,
            .stringSlice("resource", "Resource the rule applies to."),
            .stringArray("resource-name", "Name of one resource the rule applies to. Repeat for several."),
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
            .stringSlice("verb", "Verb the rule allows. Repeat or comma-separate for several."),
        ]
    )

    /// `kubectl create clusterrolebinding`.
    static let createClusterrolebinding = KubectlCommandSpec(
        name: "clusterrolebinding",
        short: "Bind a cluster role to subjects cluster-wide",
        long: "Create a cluster role binding that grants a cluster role to users, groups or service accounts.",
        usage: "kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Give the user 'alice' and the group 'ops' the cluster role 'view'", "kubectl create clusterrolebinding ops-view --clusterrole=view --user=alice --group=ops"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .string("clusterrole", "Cluster role the binding grants.").required(),
            .dryRun,
            .fieldManager("kubectl-create"),
            .stringArray("group", "Group to bind. Repeat for several."),
            .printOutput,
            .saveConfig,
            .stringArray("serviceaccount", "Service account to bind, written namespace:name. Repeat for several."),
            .showManagedFields,
            .template,
            .stringArray("user", "User name to bind. Repeat for several."),
            .validate,
        ]
    )

    /// `kubectl create role`.
    static let createRole = KubectlCommandSpec(
        name: "role",
        short: "Create a role with one rule",
        long: "Create a namespaced role containing one rule.",
        usage: "kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a role that may read pods", "kubectl create role pod-reader --verb=get --verb=list --verb=watch --resource=pods"),
            .init("Limit the role to named pods", "kubectl create role pod-reader --verb=get --resource=pods --resource-name=web --resource-name=api"),
            .init("Include an API group in the resource", "kubectl create role rs-reader --verb=get,list,watch --resource=replicasets.apps"),
            .init("Grant access to a subresource", "kubectl create role pod-status-reader --verb=get,list,watch --resource=pods,pods/status"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .printOutput,
            .stringSlice("resource", "Resource the rule applies to."),
            .stringArray("resource-name", "Name of one resource the rule applies to. Repeat for several."),
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
            .stringSlice("verb", "Verb the rule allows. Repeat or comma-separate for several."),
        ]
    )

    /// `kubectl create rolebinding`.
    static let createRolebinding = KubectlCommandSpec(
        name: "rolebinding",
        short: "Bind a role or cluster role within a namespace",
        long: "Create a role binding that grants a role or cluster role inside one namespace.",
        usage: "kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Give two users and a group the cluster role 'edit' in this namespace", "kubectl create rolebinding editors --clusterrole=edit --user=alice --user=bob --group=devs"),
            .init("Give a service account the role 'pod-reader'", "kubectl create rolebinding reader-binding --role=pod-reader --serviceaccount=shop:ci"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .string("clusterrole", "Cluster role the binding grants."),
            .dryRun,
            .fieldManager("kubectl-create"),
            .stringArray("group", "Group to bind. Repeat for several."),
            .printOutput,
            .string("role", "Role the binding grants."),
            .saveConfig,
            .stringArray("serviceaccount", "Service account to bind, written namespace:name. Repeat for several."),
            .showManagedFields,
            .template,
            .stringArray("user", "User name to bind. Repeat for several."),
            .validate,
        ]
    )

    /// `kubectl create ingress`.
    static let createIngress = KubectlCommandSpec(
        name: "ingress",
        aliases: ["ing"],
        short: "Create an ingress",
        long: "Create an ingress with the given name.",
        usage: "kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]",
        examples: [
            .init("Send traffic for shop.example/cart to service 'cart' port 80, using TLS secret 'shop-tls'", "kubectl create ingress shop --rule=\"shop.example/cart=cart:80,tls=shop-tls\""),
            .init("Route every path under /api to the service 'api'", "kubectl create ingress api --class=nginx --rule=\"shop.example/api*=api:8080\""),
            .init("Add an annotation to the ingress", "kubectl create ingress shop --class=nginx --rule=\"shop.example/=web:80\" --annotation ingress.annotation1=foo"),
            .init("Route two hosts to two services", "kubectl create ingress multi --class=nginx --rule=\"a.example/=svc-a:80\" --rule=\"b.example/=svc-b:80\""),
            .init("Enable TLS with the controller's default certificate", "kubectl create ingress secure --rule=\"shop.example/=web:https,tls\""),
            .init("Set a default backend for unmatched requests", "kubectl create ingress catchall --class=nginx --default-backend=fallback:80 --rule=\"shop.example/*=web:80\""),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .stringArray("annotation", "Annotation for the ingress, written annotation=value. Repeat for several."),
            .string("class", "Ingress class to use."),
            .string("default-backend", "Service that receives requests matching no rule, written service:port."),
            .dryRun,
            .fieldManager("kubectl-create"),
            .printOutput,
            .stringArray("rule", "Routing rule written host/path=service:port[,tls=secretname]. Paths ending in '*' match as prefixes; the tls part is optional."),
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create poddisruptionbudget`.
    static let createPoddisruptionbudget = KubectlCommandSpec(
        name: "poddisruptionbudget",
        aliases: ["pdb"],
        short: "Create a pod disruption budget",
        long: "Create a pod disruption budget with the given name, selector and minimum number of available pods.",
        usage: "kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none] [options]",
        examples: [
            .init("Keep at least one pod labelled app=web available", "kubectl create pdb web-pdb --selector=app=web --min-available=1"),
            .init("Keep at least half of the pods labelled app=db available", "kubectl create pdb db-pdb --selector=app=db --min-available=50%"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .string("max-unavailable", "Most pods, as a number or percentage, that may be unavailable."),
            .string("min-available", "Fewest pods, as a number or percentage, that must stay available."),
            .printOutput,
            .saveConfig,
            .string("selector", "Label selector of the pods the budget protects, equality-based only."),
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create priorityclass`.
    static let createPriorityclass = KubectlCommandSpec(
        name: "priorityclass",
        aliases: ["pc"],
        short: "Create a priority class",
        long: "Create a priority class with the given name, value and description.",
        usage: "kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a priority class 'important'", "kubectl create priorityclass important --value=1000 --description=\"for important workloads\""),
            .init("Create the cluster's default priority class", "kubectl create priorityclass standard --value=1000 --global-default=true --description=\"default priority\""),
            .init("Create a priority class that never preempts other pods", "kubectl create priorityclass batch --value=1000 --description=\"batch work\" --preemption-policy=\"Never\""),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .string("description", "Free text explaining when to use this priority class."),
            .dryRun,
            .fieldManager("kubectl-create"),
            .bool("global-default", "Make this the priority class of pods that name none."),
            .printOutput,
            .string("preemption-policy", default: "PreemptLowerPriority", "Whether pods of this class may preempt lower-priority pods."),
            .saveConfig,
            .showManagedFields,
            .template,
            .validate,
            .int32("value", "Priority value of the class."),
        ]
    )

    /// `kubectl create quota`.
    static let createQuota = KubectlCommandSpec(
        name: "quota",
        aliases: ["resourcequota"],
        short: "Create a resource quota",
        long: "Create a resource quota with the given name, limits and optional scopes.",
        usage: "kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options]",
        examples: [
            .init("Create a quota limiting cpu, memory, pods and other objects", "kubectl create quota shop-quota --hard=cpu=2,memory=2G,pods=20,services=5,replicationcontrollers=2,resourcequotas=1,secrets=5,persistentvolumeclaims=10"),
            .init("Create a scoped quota", "kubectl create quota best-effort --hard=pods=100 --scopes=BestEffort"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .dryRun,
            .fieldManager("kubectl-create"),
            .string("hard", "Comma separated resource=quantity hard limits."),
            .printOutput,
            .saveConfig,
            .string("scopes", "Comma separated scopes that every object counted by the quota must match."),
            .showManagedFields,
            .template,
            .validate,
        ]
    )

    /// `kubectl create token`.
    static let createToken = KubectlCommandSpec(
        name: "token",
        short: "Request a token for a service account",
        long: "Request a token that authenticates as a service account.",
        usage: "kubectl create token SERVICE_ACCOUNT_NAME [options]",
        examples: [
            .init("Get a token for the service account 'ci'", "kubectl create token ci"),
            .init("Get a token for a service account of another namespace", "kubectl create token ci --namespace build"),
            .init("Ask for a token that lasts one hour", "kubectl create token ci --duration=1h"),
            .init("Ask for a token meant for a specific audience", "kubectl create token ci --audience=https://ci.example"),
            .init("Bind the token to a secret so it stops working when the secret is deleted", "kubectl create token ci --bound-object-kind Secret --bound-object-name ci-token"),
        ],
        flags: [
            .allowMissingTemplateKeys,
            .stringArray("audience", "Audience the token is meant for. Without it the token is for the Kubernetes API server. Repeat for several audiences."),
            .string("bound-object-kind", "Kind of object the token is bound to: Node, Pod or Secret. Needs --bound-object-name."),
            .string("bound-object-name", "Name of the object the token is bound to; the token stops working when that object is deleted. Needs --bound-object-kind."),
            .string("bound-object-uid", "UID of the object the token is bound to. Needs --bound-object-kind and --bound-object-name; defaults to the UID of the existing object."),
            .duration("duration", "Requested lifetime of the token; 0 lets the server choose. The server may issue a token with a different lifetime."),
            .printOutput,
            .showManagedFields,
            .template,
        ]
    )
}
