import Foundation
import KubeCluster

/// `minikube ssh`: a login shell on the minikube node (user `docker`, prompt `docker@minikube:~$ `); or, for
/// kind, `docker exec -it kind-control-plane bash` (root, prompt `root@kind-control-plane:/# `). From the
/// node, ClusterIPs, pod IPs and NodePorts answer `curl`; `docker ps` (minikube) and `crictl ps` list the node's
/// containers; the static pod manifests are in /etc/kubernetes/manifests. Nothing runs on the host.
final class NodeShell: AttachedProgram, ShellCommandHost {
    /// How the shell was reached: `minikube ssh` (user docker, login shell) or `docker exec` into a kind node (root).
    enum Access { case minikubeSSH, kindExec }

    let session: KubectlSession
    let nodeName: String
    let access: Access
    let home: String
    /// The user's name (`docker` or `root`).
    var user: String { access == .minikubeSSH ? "docker" : "root" }
    private(set) var interpreter: ShellInterpreter!
    let files: SimulatedFileTree
    private var exitRequest: Int32?
    var cluster: Cluster { session.cluster }

    init(session: KubectlSession, nodeName: String, access: Access = .minikubeSSH) {
        self.session = session
        self.nodeName = nodeName
        self.access = access
        home = access == .minikubeSSH ? "/home/docker" : "/root"
        files = NodeFileTree.make(cluster: session.cluster, nodeName: nodeName, access: access)
        let environment: [(String, String)]
        if access == .minikubeSSH {
            environment = [
                ("SHELL", "/bin/bash"), ("PWD", "/home/docker"), ("LOGNAME", "docker"), ("HOME", "/home/docker"), ("LANG", "C.UTF-8"),
                ("TERM", "xterm-256color"), ("USER", "docker"), ("SHLVL", "1"),
                ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games"),
            ]
        } else {
            environment = [("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), ("HOSTNAME", nodeName),
                           ("container", "docker"), ("TERM", "xterm"), ("HOME", "/root"), ("SHLVL", "1"), ("PWD", "/")]
        }
        interpreter = ShellInterpreter(host: self, files: files, environment: environment)
        interpreter.workingDirectory = access == .minikubeSSH ? ["home", "docker"] : []
    }

    /// The node's InternalIP.
    var nodeIP: String {
        cluster.store.get(Node.self, namespace: "", name: nodeName)?.status.addresses?.first { $0.type == "InternalIP" }?.address
            ?? MinikubeCommand.nodeIP
    }

    var prompt: String {
        let directory = interpreter.currentDirectoryPath
        let shown = directory == home ? "~" : (directory.hasPrefix(home + "/") ? "~" + directory.dropFirst(home.count) : directory)
        return access == .minikubeSSH ? "docker@\(nodeName):\(shown)$ " : "root@\(nodeName):\(shown)# "
    }

    func run(line: String, io: ShellIO) -> AttachedLineOutcome {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return .running(interpreter.lastStatus) }
        let status = interpreter.run(line: line, io: translating(io))
        if let code = exitRequest { return .ended(code) }
        return .running(status)
    }

    func endOfInput(io: ShellIO) -> Int32 {
        io.stdout(access == .minikubeSSH ? "logout\n" : "exit\n")
        return interpreter.lastStatus
    }

    func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        PodShellCompletion.complete(line: line, cursor: cursor, commands: NodeShellCommands.names, files: files,
                                    directory: interpreter.currentDirectoryPath)
    }

    func run(_ argv: [String], stdin: String?, io: ShellIO, shell: ShellInterpreter) -> Int32 {
        guard let name = argv.first else { return 0 }
        if name == "exit" || (name == "logout" && access == .minikubeSSH) {
            io.stdout(access == .minikubeSSH ? "logout\n" : "exit\n")
            exitRequest = argv.count > 1 ? Int32(truncatingIfNeeded: Int(argv[1]) ?? 2) & 0xFF : shell.lastStatus
            return exitRequest ?? 0
        }
        return NodeShellCommands(shell: self, io: io).run(argv, privileged: access == .kindExec)
    }

    func commandPath(_ name: String) -> String? { NodeShellCommands.names.contains(name) ? "/usr/bin/\(name)" : nil }

    /// Runs one command line (`minikube ssh -- CMD`) without attaching; returns its status.
    func runOnce(_ line: String, io: ShellIO) -> Int32 {
        interpreter.run(line: line, io: translating(io))
    }

    /// A login shell words its own messages `-bash: …`.
    private func translating(_ io: ShellIO) -> ShellIO {
        ShellIO(stdout: io.stdout, stderr: { [self] text in
            guard self.access == .minikubeSSH else { return io.stderr(text) }
            io.stderr(text.components(separatedBy: "\n").map { $0.hasPrefix("bash: ") ? "-" + $0 : $0 }.joined(separator: "\n"))
        }, interruption: io.interruption, clearScreen: io.clearScreen)
    }
}

/// The node's file tree: Ubuntu 22.04 (the kicbase image), the docker user's home, and Kubernetes' files
/// (`/etc/kubernetes/manifests/*.yaml` from the static pods, `/var/lib/minikube`).
enum NodeFileTree {
    static func make(cluster: Cluster, nodeName: String, access: NodeShell.Access) -> SimulatedFileTree {
        let skeleton = ImageFileSkeleton.of(access == .minikubeSSH ? .ubuntuJammy : .debianBookworm)
        var directories = skeleton.directories
        directories["/home"] = ["docker"]
        directories["/home/docker"] = []
        directories["/etc"] = (directories["/etc"] ?? []) + ["cni", "docker", "kubernetes"]
        directories["/etc/cni"] = ["net.d"]
        directories["/etc/cni/net.d"] = ["1-k8s.conflist"]
        directories["/etc/docker"] = ["daemon.json"]
        directories["/etc/kubernetes"] = ["addons", "admin.conf", "controller-manager.conf", "kubelet.conf", "manifests", "scheduler.conf"]
        directories["/etc/kubernetes/addons"] = ["storage-provisioner.yaml", "storageclass.yaml"]
        directories["/var"] = ["lib", "log", "run", "tmp"]
        directories["/var/lib"] = ["docker", "kubelet", "minikube"]
        directories["/var/lib/kubelet"] = ["config.yaml", "pki", "pods"]
        directories["/var/lib/minikube"] = ["binaries", "certs", "etcd"]
        var files = skeleton.files
        files["/etc/hostname"] = nodeName + "\n"
        files["/etc/docker/daemon.json"] = "{\n\"exec-opts\": [\"native.cgroupdriver=cgroupfs\"],\n\"log-driver\": \"json-file\",\n\"log-opts\": {\"max-size\": \"100m\"},\n\"storage-driver\": \"overlay2\"\n}\n"
        var manifests: [String] = []
        for pod in cluster.store.list(Pod.self, namespace: "kube-system") where pod.spec.nodeName == nodeName
            && pod.metadata.annotationMap["kubernetes.io/config.source"] == "file" {
            let component = pod.metadata.labelMap["component"] ?? pod.name
            manifests.append(component + ".yaml")
            files["/etc/kubernetes/manifests/\(component).yaml"] = staticManifest(pod, component: component)
        }
        if manifests.isEmpty { manifests = ["etcd.yaml", "kube-apiserver.yaml", "kube-controller-manager.yaml", "kube-scheduler.yaml"] }
        directories["/etc/kubernetes/manifests"] = manifests.sorted()
        return SimulatedFileTree(directories: directories, files: files, readOnlyPrefixes: ["/etc", "/var/lib", "/usr"])
    }

    /// A static pod's manifest as the kubelet read it: the mirror pod without what the API server added.
    private static func staticManifest(_ pod: Pod, component: String) -> String {
        var object = ObjectJSON.encode(pod)
        var metadata = JSONValue.emptyObject
        let stored = object["metadata"]
        var annotations = stored?["annotations"] ?? .emptyObject
        for key in ["kubernetes.io/config.hash", "kubernetes.io/config.mirror", "kubernetes.io/config.seen", "kubernetes.io/config.source"] {
            annotations[key] = nil
        }
        if annotations.objectValue?.isEmpty == false { metadata["annotations"] = annotations }
        metadata["creationTimestamp"] = .null
        metadata["labels"] = stored?["labels"]
        metadata["name"] = .string(component)
        metadata["namespace"] = .string("kube-system")
        object["metadata"] = metadata
        object["status"] = .emptyObject
        if var spec = object["spec"] { spec["nodeName"] = nil; object["spec"] = spec }
        return object.yamlText()
    }
}
