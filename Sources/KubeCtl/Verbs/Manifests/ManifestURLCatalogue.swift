import KubeCluster

/// The manifests `kubectl apply -f https://…` can fetch in kubetutor. The simulator has no network, so
/// a few well-known URLs from tutorials are built in: metrics-server's `components.yaml` (v0.7.2) and
/// the nginx examples of the Kubernetes documentation.
enum ManifestURLCatalogue {
    /// The manifest text served for `url`, or kubectl's "unable to read URL" error explaining why not.
    static func contents(of url: String) -> Result<String, KubectlMessage> {
        if let text = entries[normalized(url)] { return .success(text) }
        return .failure(KubectlMessage("unable to read URL \"\(url)\", server reported no network: kubetutor's simulated "
            + "cluster cannot download files. It knows only a few tutorial manifests (metrics-server's components.yaml and "
            + "the nginx examples under https://k8s.io/examples/). Write the manifest into a file here (cat > file.yaml "
            + "<<EOF … EOF) and apply that file instead"))
    }

    /// True when objects of this kind from `source` are accepted without being simulated (the RBAC and
    /// APIService objects of metrics-server): kubectl prints their lines, kubetutor stores nothing.
    static func acknowledgesUnsimulated(source: String) -> Bool {
        entries[normalized(source)] == metricsServer
    }

    /// The one-line note printed after applying a catalogue manifest whose objects were not all simulated.
    static func note(forSkipped names: [String]) -> String {
        "note: kubetutor does not simulate RBAC or APIService objects, so " + names.joined(separator: ", ")
            + " were accepted but not stored; the metrics API (kubectl top, HPAs) works once deployment.apps/metrics-server is ready."
    }

    /// The URL with the mirrors of the same file mapped to one key.
    static func normalized(_ url: String) -> String {
        var text = url
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        let docs = "raw.githubusercontent.com/kubernetes/website/main/content/en/examples/"
        if text.hasPrefix(docs) { text = "k8s.io/examples/" + text.dropFirst(docs.count) }
        if text.hasPrefix("kubernetes.io/examples/") { text = "k8s.io/examples/" + text.dropFirst("kubernetes.io/examples/".count) }
        return text
    }

    /// The built-in manifests by normalized URL.
    static let entries: [String: String] = [
        "github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml": metricsServer,
        "github.com/kubernetes-sigs/metrics-server/releases/download/v0.7.2/components.yaml": metricsServer,
        "k8s.io/examples/application/deployment.yaml": nginxApplicationDeployment,
        "k8s.io/examples/controllers/nginx-deployment.yaml": nginxControllerDeployment,
        "k8s.io/examples/pods/simple-pod.yaml": nginxPod,
    ]

    /// https://k8s.io/examples/application/deployment.yaml
    static let nginxApplicationDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: nginx-deployment
        spec:
          selector:
            matchLabels:
              app: nginx
          replicas: 2 # tells deployment to run 2 pods matching the template
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - name: nginx
                image: nginx:1.14.2
                ports:
                - containerPort: 80

        """

    /// https://k8s.io/examples/controllers/nginx-deployment.yaml
    static let nginxControllerDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: nginx-deployment
          labels:
            app: nginx
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - name: nginx
                image: nginx:1.14.2
                ports:
                - containerPort: 80

        """

    /// https://k8s.io/examples/pods/simple-pod.yaml
    static let nginxPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: nginx
        spec:
          containers:
          - name: nginx
            image: nginx:1.14.2
            ports:
            - containerPort: 80

        """
}
