import XCTest
@testable import KubeCluster

final class ResourceCatalogTests: XCTestCase {
    let catalog = ResourceCatalog.standard

    /// `kubectl api-resources` of a v1.32 cluster with metrics-server (reference §9):
    /// NAME|SHORTNAMES|APIVERSION|NAMESPACED|KIND.
    let apiResourcesRows = [
        "bindings||v1|true|Binding",
        "componentstatuses|cs|v1|false|ComponentStatus",
        "configmaps|cm|v1|true|ConfigMap",
        "endpoints|ep|v1|true|Endpoints",
        "events|ev|v1|true|Event",
        "limitranges|limits|v1|true|LimitRange",
        "namespaces|ns|v1|false|Namespace",
        "nodes|no|v1|false|Node",
        "persistentvolumeclaims|pvc|v1|true|PersistentVolumeClaim",
        "persistentvolumes|pv|v1|false|PersistentVolume",
        "pods|po|v1|true|Pod",
        "podtemplates||v1|true|PodTemplate",
        "replicationcontrollers|rc|v1|true|ReplicationController",
        "resourcequotas|quota|v1|true|ResourceQuota",
        "secrets||v1|true|Secret",
        "serviceaccounts|sa|v1|true|ServiceAccount",
        "services|svc|v1|true|Service",
        "mutatingwebhookconfigurations||admissionregistration.k8s.io/v1|false|MutatingWebhookConfiguration",
        "validatingadmissionpolicies||admissionregistration.k8s.io/v1|false|ValidatingAdmissionPolicy",
        "validatingadmissionpolicybindings||admissionregistration.k8s.io/v1|false|ValidatingAdmissionPolicyBinding",
        "validatingwebhookconfigurations||admissionregistration.k8s.io/v1|false|ValidatingWebhookConfiguration",
        "customresourcedefinitions|crd,crds|apiextensions.k8s.io/v1|false|CustomResourceDefinition",
        "apiservices||apiregistration.k8s.io/v1|false|APIService",
        "controllerrevisions||apps/v1|true|ControllerRevision",
        "daemonsets|ds|apps/v1|true|DaemonSet",
        "deployments|deploy|apps/v1|true|Deployment",
        "replicasets|rs|apps/v1|true|ReplicaSet",
        "statefulsets|sts|apps/v1|true|StatefulSet",
        "selfsubjectreviews||authentication.k8s.io/v1|false|SelfSubjectReview",
        "tokenreviews||authentication.k8s.io/v1|false|TokenReview",
        "localsubjectaccessreviews||authorization.k8s.io/v1|true|LocalSubjectAccessReview",
        "selfsubjectaccessreviews||authorization.k8s.io/v1|false|SelfSubjectAccessReview",
        "selfsubjectrulesreviews||authorization.k8s.io/v1|false|SelfSubjectRulesReview",
        "subjectaccessreviews||authorization.k8s.io/v1|false|SubjectAccessReview",
        "horizontalpodautoscalers|hpa|autoscaling/v2|true|HorizontalPodAutoscaler",
        "cronjobs|cj|batch/v1|true|CronJob",
        "jobs||batch/v1|true|Job",
        "certificatesigningrequests|csr|certificates.k8s.io/v1|false|CertificateSigningRequest",
        "leases||coordination.k8s.io/v1|true|Lease",
        "endpointslices||discovery.k8s.io/v1|true|EndpointSlice",
        "events|ev|events.k8s.io/v1|true|Event",
        "flowschemas||flowcontrol.apiserver.k8s.io/v1|false|FlowSchema",
        "prioritylevelconfigurations||flowcontrol.apiserver.k8s.io/v1|false|PriorityLevelConfiguration",
        "nodes||metrics.k8s.io/v1beta1|false|NodeMetrics",
        "pods||metrics.k8s.io/v1beta1|true|PodMetrics",
        "ingressclasses||networking.k8s.io/v1|false|IngressClass",
        "ingresses|ing|networking.k8s.io/v1|true|Ingress",
        "networkpolicies|netpol|networking.k8s.io/v1|true|NetworkPolicy",
        "runtimeclasses||node.k8s.io/v1|false|RuntimeClass",
        "poddisruptionbudgets|pdb|policy/v1|true|PodDisruptionBudget",
        "clusterrolebindings||rbac.authorization.k8s.io/v1|false|ClusterRoleBinding",
        "clusterroles||rbac.authorization.k8s.io/v1|false|ClusterRole",
        "rolebindings||rbac.authorization.k8s.io/v1|true|RoleBinding",
        "roles||rbac.authorization.k8s.io/v1|true|Role",
        "priorityclasses|pc|scheduling.k8s.io/v1|false|PriorityClass",
        "csidrivers||storage.k8s.io/v1|false|CSIDriver",
        "csinodes||storage.k8s.io/v1|false|CSINode",
        "csistoragecapacities||storage.k8s.io/v1|true|CSIStorageCapacity",
        "storageclasses|sc|storage.k8s.io/v1|false|StorageClass",
        "volumeattachments||storage.k8s.io/v1|false|VolumeAttachment",
    ]

    /// Argument, then the group, version and resource real kubectl 1.32.5 requested for
    /// `kubectl get <argument>` against a server with this discovery data; nil group and version
    /// mean it failed with `the server doesn't have a resource type "<last column>"`.
    let resolutions: [(String, String?, String?, String)] = [
        ("pods", "", "v1", "pods"),
        ("pod", "", "v1", "pods"),
        ("po", "", "v1", "pods"),
        ("Pod", "", "v1", "pods"),
        ("POD", "", "v1", "pods"),
        ("PODS", "", "v1", "pods"),
        ("Po", nil, nil, "Po"),
        ("PO", nil, nil, "PO"),
        ("Pods", "", "v1", "pods"),
        ("podz", nil, nil, "podz"),
        ("deployments", "apps", "v1", "deployments"),
        ("deployment", "apps", "v1", "deployments"),
        ("deploy", "apps", "v1", "deployments"),
        ("Deployment", "apps", "v1", "deployments"),
        ("DEPLOY", nil, nil, "DEPLOY"),
        ("deployments.apps", "apps", "v1", "deployments"),
        ("deployment.apps", "apps", "v1", "deployments"),
        ("deploy.apps", "apps", "v1", "deployments"),
        ("Deployment.apps", "apps", "v1", "deployments"),
        ("deployments.v1.apps", "apps", "v1", "deployments"),
        ("deploy.v1.apps", "apps", "v1", "deployments"),
        ("Deployment.v1.apps", "apps", "v1", "deployments"),
        ("deployments.v2.apps", nil, nil, "deployments"),
        ("deployments.app", "apps", "v1", "deployments"),
        ("deploy.app", "apps", "v1", "deployments"),
        ("deployments.APPS", nil, nil, "deployments"),
        ("hpa", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("horizontalpodautoscalers", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("horizontalpodautoscaler", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("HorizontalPodAutoscaler", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("horizontalpodautoscalers.autoscaling", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("hpa.autoscaling", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("hpa.autoscal", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("hpa.v1.autoscaling", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("horizontalpodautoscalers.v1.autoscaling", "autoscaling", "v1", "horizontalpodautoscalers"),
        ("horizontalpodautoscaler.v1.autoscaling", "autoscaling", "v1", "horizontalpodautoscalers"),
        ("horizontalpodautoscalers.v2.autoscaling", "autoscaling", "v2", "horizontalpodautoscalers"),
        ("ev", "", "v1", "events"),
        ("events", "", "v1", "events"),
        ("event", "", "v1", "events"),
        ("Event", "", "v1", "events"),
        ("events.events.k8s.io", "events.k8s.io", "v1", "events"),
        ("ev.events.k8s.io", "events.k8s.io", "v1", "events"),
        ("event.events.k8s.io", "events.k8s.io", "v1", "events"),
        ("events.v1.events.k8s.io", "events.k8s.io", "v1", "events"),
        ("events.v1", nil, nil, "events"),
        ("pods.v1", nil, nil, "pods"),
        ("po.v1", nil, nil, "po"),
        ("pods.v1.", "", "v1", "pods"),
        ("pods.", "", "v1", "pods"),
        (".pods", nil, nil, ""),
        ("nodes", "", "v1", "nodes"),
        ("no", "", "v1", "nodes"),
        ("node", "", "v1", "nodes"),
        ("nodes.metrics.k8s.io", "metrics.k8s.io", "v1beta1", "nodes"),
        ("pods.metrics.k8s.io", "metrics.k8s.io", "v1beta1", "pods"),
        ("podmetrics", "metrics.k8s.io", "v1beta1", "pods"),
        ("nodemetrics", "metrics.k8s.io", "v1beta1", "nodes"),
        ("PodMetrics", "metrics.k8s.io", "v1beta1", "pods"),
        ("podmetrics.metrics.k8s.io", "metrics.k8s.io", "v1beta1", "pods"),
        ("endpoints", "", "v1", "endpoints"),
        ("ep", "", "v1", "endpoints"),
        ("Endpoints", "", "v1", "endpoints"),
        ("endpointslices", "discovery.k8s.io", "v1", "endpointslices"),
        ("endpointslice", "discovery.k8s.io", "v1", "endpointslices"),
        ("EndpointSlice", "discovery.k8s.io", "v1", "endpointslices"),
        ("svc", "", "v1", "services"),
        ("services", "", "v1", "services"),
        ("service", "", "v1", "services"),
        ("ns", "", "v1", "namespaces"),
        ("namespaces", "", "v1", "namespaces"),
        ("cm", "", "v1", "configmaps"),
        ("sa", "", "v1", "serviceaccounts"),
        ("secrets", "", "v1", "secrets"),
        ("secret", "", "v1", "secrets"),
        ("jobs", "batch", "v1", "jobs"),
        ("job", "batch", "v1", "jobs"),
        ("cj", "batch", "v1", "cronjobs"),
        ("cronjobs", "batch", "v1", "cronjobs"),
        ("ds", "apps", "v1", "daemonsets"),
        ("rs", "apps", "v1", "replicasets"),
        ("sts", "apps", "v1", "statefulsets"),
        ("rc", "", "v1", "replicationcontrollers"),
        ("ing", "networking.k8s.io", "v1", "ingresses"),
        ("netpol", "networking.k8s.io", "v1", "networkpolicies"),
        ("pdb", "policy", "v1", "poddisruptionbudgets"),
        ("pc", "scheduling.k8s.io", "v1", "priorityclasses"),
        ("sc", "storage.k8s.io", "v1", "storageclasses"),
        ("csr", "certificates.k8s.io", "v1", "certificatesigningrequests"),
        ("crd", "apiextensions.k8s.io", "v1", "customresourcedefinitions"),
        ("crds", "apiextensions.k8s.io", "v1", "customresourcedefinitions"),
        ("cs", "", "v1", "componentstatuses"),
        ("limits", "", "v1", "limitranges"),
        ("quota", "", "v1", "resourcequotas"),
        ("pv", "", "v1", "persistentvolumes"),
        ("pvc", "", "v1", "persistentvolumeclaims"),
        ("leases", "coordination.k8s.io", "v1", "leases"),
        ("roles", "rbac.authorization.k8s.io", "v1", "roles"),
        ("rolebindings", "rbac.authorization.k8s.io", "v1", "rolebindings"),
        ("clusterroles", "rbac.authorization.k8s.io", "v1", "clusterroles"),
        ("clusterrolebindings", "rbac.authorization.k8s.io", "v1", "clusterrolebindings"),
        ("ingressclasses", "networking.k8s.io", "v1", "ingressclasses"),
        ("foo.bar", nil, nil, "foo"),
        ("foo.bar.baz", nil, nil, "foo"),
        ("a.b.c.d", nil, nil, "a"),
        ("bindings", "", "v1", "bindings"),
        ("tokenreviews", "authentication.k8s.io", "v1", "tokenreviews"),
        ("selfsubjectreviews", "authentication.k8s.io", "v1", "selfsubjectreviews"),
        ("componentstatuses", "", "v1", "componentstatuses"),
        ("apiservices", "apiregistration.k8s.io", "v1", "apiservices"),
    ]

    func testApiResourcesRowsMatchKubectl() {
        let rows = catalog.apiResourcesListing.map { resource in
            [resource.name, resource.shortNames.joined(separator: ","), resource.apiVersion,
             String(resource.namespaced), resource.kind].joined(separator: "|")
        }
        XCTAssertEqual(rows, apiResourcesRows)
    }

    func testWideColumnsForApps() {
        let apps = catalog.apiResourcesListing.filter { $0.group == "apps" }
        XCTAssertEqual(apps.map(\.name), ["controllerrevisions", "daemonsets", "deployments", "replicasets", "statefulsets"])
        for resource in apps {
            XCTAssertEqual(resource.verbs.joined(separator: ","), "create,delete,deletecollection,get,list,patch,update,watch")
        }
        XCTAssertEqual(apps.map { $0.categories.joined(separator: ",") }, ["", "all", "all", "all", "all"])
        let namespaces = catalog.resources.first { $0.name == "namespaces" }
        XCTAssertEqual(namespaces?.verbs.joined(separator: ","), "create,delete,get,list,patch,update,watch")
        XCTAssertEqual(catalog.resources.first { $0.name == "componentstatuses" }?.verbs, ["get", "list"])
        XCTAssertEqual(catalog.resources.first { $0.name == "tokenreviews" }?.verbs, ["create"])
        XCTAssertEqual(catalog.resources.first { $0.name == "customresourcedefinitions" }?.categories, ["api-extensions"])
    }

    func testApiVersionsMatchKubectl() {
        XCTAssertEqual(catalog.apiVersions, [
            "admissionregistration.k8s.io/v1", "apiextensions.k8s.io/v1", "apiregistration.k8s.io/v1", "apps/v1",
            "authentication.k8s.io/v1", "authorization.k8s.io/v1", "autoscaling/v1", "autoscaling/v2", "batch/v1",
            "certificates.k8s.io/v1", "coordination.k8s.io/v1", "discovery.k8s.io/v1", "events.k8s.io/v1",
            "flowcontrol.apiserver.k8s.io/v1", "metrics.k8s.io/v1beta1", "networking.k8s.io/v1", "node.k8s.io/v1",
            "policy/v1", "rbac.authorization.k8s.io/v1", "scheduling.k8s.io/v1", "storage.k8s.io/v1", "v1",
        ])
    }

    func testResolutionMatchesKubectl() {
        for (argument, group, version, resource) in resolutions {
            let resolved = catalog.resolve(argument)
            if let group, let version {
                XCTAssertEqual(resolved?.resource.group, group, argument)
                XCTAssertEqual(resolved?.version, version, argument)
                XCTAssertEqual(resolved?.resource.name, resource, argument)
            } else {
                XCTAssertNil(resolved, argument)
                XCTAssertEqual(ResourceCatalog.splitGroupResource(argument).resource, resource, argument)
            }
        }
    }

    func testEveryNameResolvesToItsResource() {
        for resource in catalog.resources {
            var spellings = [resource.name, resource.singularName, resource.name.uppercased(), resource.kind]
            spellings += resource.shortNames + [resource.qualifiedName, "\(resource.name).\(resource.preferredVersion).\(resource.group)"]
            for spelling in spellings {
                let resolved = catalog.resolve(spelling)
                if resource.group == "metrics.k8s.io" && !spelling.contains(".") && spelling.lowercased() == resource.name {
                    XCTAssertEqual(resolved?.resource.group, "", "\(spelling): core wins over metrics.k8s.io")
                } else if resource.group == "events.k8s.io" && !spelling.contains(".") {
                    XCTAssertEqual(resolved?.resource.group, "", "\(spelling): core Event wins over events.k8s.io")
                } else {
                    XCTAssertEqual(resolved?.resource, resource, spelling)
                }
            }
        }
    }

    func testAmbiguousShortNameWarns() {
        XCTAssertEqual(catalog.resolve("ev")?.warnings,
                       ["short name \"ev\" could also match lower priority resource events.events.k8s.io"])
        XCTAssertEqual(catalog.resolve("events")?.warnings, [])
        XCTAssertEqual(catalog.resolve("hpa")?.warnings, [], "two versions of one resource are not ambiguous")
        XCTAssertEqual(catalog.resolve("ev.events.k8s.io")?.warnings, [])
    }

    func testCategories() {
        XCTAssertEqual(catalog.expandCategory("all")?.map(\.qualifiedName), [
            "pods", "replicationcontrollers", "services", "daemonsets.apps", "deployments.apps", "replicasets.apps",
            "statefulsets.apps", "horizontalpodautoscalers.autoscaling", "horizontalpodautoscalers.autoscaling",
            "cronjobs.batch", "jobs.batch",
        ])
        XCTAssertEqual(catalog.expandCategory("api-extensions")?.map(\.name), [
            "apiservices", "mutatingwebhookconfigurations", "validatingadmissionpolicies",
            "validatingadmissionpolicybindings", "validatingwebhookconfigurations", "customresourcedefinitions",
        ])
        XCTAssertNil(catalog.expandCategory("ALL"))
    }

    func testManifestKindsAndNaming() {
        XCTAssertEqual(catalog.resource(apiVersion: "apps/v1", kind: "Deployment")?.name, "deployments")
        XCTAssertEqual(catalog.resource(apiVersion: "autoscaling/v1", kind: "HorizontalPodAutoscaler")?.preferredVersion, "v2")
        XCTAssertNil(catalog.resource(apiVersion: "v1", kind: "Podd"))
        XCTAssertNil(catalog.resource(apiVersion: "apps/v1beta1", kind: "Deployment"))
        XCTAssertEqual(catalog.resource(group: "", kind: "Event")?.qualifiedName, "events")
        XCTAssertEqual(catalog.resource(group: "events.k8s.io", kind: "Event")?.qualifiedName, "events.events.k8s.io")
        XCTAssertNil(catalog.resource(group: "apps", kind: "Pod"))
        let deployment = catalog.resolve("deploy")?.resource
        XCTAssertEqual(deployment?.qualifiedKind, "deployment.apps")
        XCTAssertEqual(deployment?.qualifiedName, "deployments.apps")
        XCTAssertEqual(catalog.resolve("po")?.resource.qualifiedKind, "pod")
        XCTAssertEqual(catalog.resolve("hpa")?.resource.apiVersion(version: "v1"), "autoscaling/v1")
    }

    func testSimulatedKinds() {
        let simulated = catalog.resources.filter(\.isSimulated).map { "\($0.group)/\($0.kind)" }
        XCTAssertEqual(simulated.sorted(), [
            "/ConfigMap", "/Endpoints", "/Event", "/Namespace", "/Node", "/Pod", "/Secret", "/Service", "/ServiceAccount",
            "apps/DaemonSet", "apps/Deployment", "apps/ReplicaSet", "autoscaling/HorizontalPodAutoscaler", "batch/CronJob",
            "batch/Job", "discovery.k8s.io/EndpointSlice", "events.k8s.io/Event",
        ])
        let lines = ResourceCatalog.discoveryTable.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        XCTAssertEqual(ResourceCatalog.parseTable().count, lines.count, "every table line parses")
        XCTAssertEqual(catalog.resources.count, 60)
    }
}
