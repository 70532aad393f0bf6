import Foundation
import KubeCluster

/// Builds the file tree of a container for `PodShell`: the image's skeleton, the files the kubelet
/// writes (`/etc/hostname`, `/etc/hosts`, `/etc/resolv.conf`), the mounted ConfigMaps, Secrets and the
/// service account token (read-only), and what the learner wrote in earlier shells in the same container.
enum PodFileTree {
    static func make(session: KubectlSession, pod: Pod, container: Container, image: ContainerImageFacts) -> SimulatedFileTree {
        let skeleton = ImageFileSkeleton.of(image.distribution)
        var directories = skeleton.directories
        let mounts = (container.volumeMounts ?? []).map(\.mountPath).map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        for mount in mounts { addParents(of: mount, to: &directories) }
        let cluster = session.cluster
        let namespace = pod.namespace
        let podName = pod.name
        let containerName = container.name
        let serviceAccountPath = PodRulesPaths.serviceAccount
        let serviceAccountFiles = serviceAccountFiles(pod: pod)
        let provided: (String) -> String? = { path in
            if mounts.contains(serviceAccountPath), path.hasPrefix(serviceAccountPath + "/") {
                return serviceAccountFiles[String(path.dropFirst(serviceAccountPath.count + 1))]
            }
            guard path.hasPrefix("/etc/") || mounts.contains(where: { path.hasPrefix($0 + "/") || path == $0 }) else { return nil }
            guard let result = try? cluster.exec(namespace: namespace, pod: podName, container: containerName, command: ["cat", path]),
                  result.exitCode == 0 else { return nil }
            let text = result.stdout.joined(separator: "\n")
            return path.hasPrefix("/etc/") ? text + "\n" : text
        }
        let providedDirectory: (String) -> [String]? = { path in
            if path == serviceAccountPath, mounts.contains(serviceAccountPath) { return serviceAccountFiles.keys.sorted() }
            guard mounts.contains(path) else { return nil }
            let result = try? cluster.exec(namespace: namespace, pod: podName, container: containerName, command: ["ls", path])
            return result?.exitCode == 0 ? result?.stdout.filter { !$0.isEmpty } : []
        }
        let key = "\(pod.metadata.uid ?? pod.name)/\(container.name)"
        let saved = session.containerFiles[key] ?? [:]
        var changes: [String: String?] = [:]
        var made: Set<String> = []
        for (path, content) in saved {
            if path.hasSuffix("/") { made.insert(String(path.dropLast())) } else { changes[path] = content == "\u{0}" ? .some(nil) : .some(content) }
        }
        let tree = SimulatedFileTree(directories: directories, files: skeleton.files, provided: provided,
                                     providedDirectory: providedDirectory, readOnlyPrefixes: mounts, changes: changes, madeDirectories: made)
        tree.onChange = { [weak tree, unowned session] in
            guard let tree else { return }
            var record: [String: String] = [:]
            for (path, content) in tree.changes { record[path] = content ?? "\u{0}" }
            for path in tree.madeDirectories { record[path + "/"] = "" }
            session.containerFiles[key] = record
        }
        return tree
    }

    private static func addParents(of path: String, to directories: inout [String: [String]]) {
        var components = path.split(separator: "/").map(String.init)
        while let last = components.popLast() {
            let parent = "/" + components.joined(separator: "/")
            var entries = directories[parent] ?? []
            if !entries.contains(last) { entries.append(last) }
            directories[parent] = entries
        }
    }

    /// The projected service account volume: the cluster's CA, the namespace and a token.
    private static func serviceAccountFiles(pod: Pod) -> [String: String] {
        let account = pod.spec.serviceAccountName ?? "default"
        let subject = "system:serviceaccount:\(pod.namespace):\(account)"
        let payload = Data("{\"aud\":[\"https://kubernetes.default.svc.cluster.local\"],\"sub\":\"\(subject)\"}".utf8)
            .base64EncodedString().replacingOccurrences(of: "=", with: "")
        return [
            "ca.crt": "-----BEGIN CERTIFICATE-----\nMIIDBjCCAe6gAwIBAgIBATANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwptaW5p\na3ViZUNBMB4XDTI2MDEwNDA5MDAwMFoXDTM2MDEwMzA5MDAwMFowFTETMBEGA1UE\n-----END CERTIFICATE-----\n",
            "namespace": pod.namespace,
            "token": "eyJhbGciOiJSUzI1NiIsImtpZCI6Imt1YmV0dXRvciJ9.\(payload).c2ltdWxhdGVkLXNpZ25hdHVyZQ",
        ]
    }
}

/// Where the kubelet mounts the service account token.
enum PodRulesPaths {
    static let serviceAccount = "/var/run/secrets/kubernetes.io/serviceaccount"
}
