import Foundation
import KubeCluster

/// The programs of the minikube node's shell: `hostname`, `ip addr`, `curl` from the node, `docker ps` and
/// `sudo crictl ps` over the node's pods, `sudo`, and bash's `command not found` for anything else.
struct NodeShellCommands {
    let shell: NodeShell
    let io: ShellIO

    /// Programs offered to Tab completion and `which`.
    static let names = ["cat", "cd", "crictl", "curl", "docker", "echo", "env", "exit", "grep", "hostname", "id", "ip", "logout",
                        "ls", "pwd", "sudo", "uname", "whoami"]

    func run(_ argv: [String], privileged: Bool) -> Int32 {
        guard let name = argv.first else { return 0 }
        let arguments = Array(argv.dropFirst())
        switch name {
        case "sudo":
            guard !arguments.isEmpty else {
                io.stderr("usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\n")
                return 1
            }
            return run(arguments.filter { $0 != "-E" }, privileged: true)
        case "hostname": out(shell.nodeName)
        case "whoami": out(privileged ? "root" : shell.user)
        case "id":
            out(privileged ? "uid=0(root) gid=0(root) groups=0(root)" : "uid=1000(docker) gid=999(docker) groups=999(docker),27(sudo)")
        case "uname":
            out(arguments.contains("-a") ? "Linux \(shell.nodeName) 6.8.0-1019-gcp #21-Ubuntu SMP x86_64 x86_64 x86_64 GNU/Linux"
                : (arguments.contains("-r") ? "6.8.0-1019-gcp" : "Linux"))
        case "ip":
            return ip(arguments)
        case "curl":
            let network = NodeNetwork(cluster: shell.cluster, nodeIP: shell.nodeIP)
            return CurlCommand(version: "7.81.0", network: network, cluster: shell.cluster, saveFile: nil).run(arguments, io: io)
        case "docker" where shell.access == .minikubeSSH:
            return NodeContainerListing(shell: shell).docker(arguments, io: io)
        case "crictl":
            guard privileged else {
                io.stderr("WARN[0000] Config \"/etc/crictl.yaml\" does not exist, trying next: \"/usr/bin/crictl.yaml\"\n"
                    + "FATA[0000] validate service connection: validate CRI v1 runtime API for endpoint \"unix:///var/run/cri-dockerd.sock\": "
                    + "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial unix "
                    + "/var/run/cri-dockerd.sock: connect: permission denied\"\n")
                return 1
            }
            return NodeContainerListing(shell: shell).crictl(arguments, io: io)
        default:
            io.stderr("\(shell.access == .minikubeSSH ? "-bash" : "bash"): \(name): command not found\n")
            return 127
        }
        return 0
    }

    private func out(_ line: String) { io.stdout(line + "\n") }

    /// `ip addr` / `ip a` / `ip route`: the node's interfaces as the kicbase container has them.
    private func ip(_ arguments: [String]) -> Int32 {
        let object = arguments.first { !$0.hasPrefix("-") } ?? ""
        let ipAddress = shell.nodeIP
        let subnet = ipAddress.split(separator: ".").prefix(3).joined(separator: ".")
        switch object {
        case "a", "addr", "address":
            io.stdout("""
                1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
                    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
                    inet 127.0.0.1/8 scope host lo
                       valid_lft forever preferred_lft forever
                2: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default
                    link/ether 02:42:5c:6b:8d:1e brd ff:ff:ff:ff:ff:ff
                    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0
                       valid_lft forever preferred_lft forever
                3: bridge: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
                    link/ether 5e:2a:14:c1:07:9b brd ff:ff:ff:ff:ff:ff
                    inet 10.244.0.1/16 brd 10.244.255.255 scope global bridge
                       valid_lft forever preferred_lft forever
                4: eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default
                    link/ether 02:42:c0:a8:31:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
                    inet \(ipAddress)/24 brd \(subnet).255 scope global eth0
                       valid_lft forever preferred_lft forever

                """)
        case "r", "route":
            io.stdout("""
                default via \(subnet).1 dev eth0
                10.244.0.0/16 dev bridge proto kernel scope link src 10.244.0.1
                172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown
                \(subnet).0/24 dev eth0 proto kernel scope link src \(ipAddress)

                """)
        default:
            io.stderr("Object \"\(object)\" is unknown, try \"ip help\".\n")
            return 255
        }
        return 0
    }
}

/// The node's network view: ClusterIPs (through kube-proxy's rules), pod IPs, and NodePorts on the node's own
/// addresses and `localhost`. Service names do not resolve on the node (it uses the host's DNS, not the cluster's).
struct NodeNetwork: HTTPNetwork {
    let cluster: Cluster
    let nodeIP: String

    func send(_ url: RequestURL, _ request: HTTPRequestSim, note: (String) -> Void) -> HTTPOutcome {
        var request = request
        request.clientIP = nodeIP
        if url.isLoopback || url.host == nodeIP {
            let address = url.isLoopback ? "127.0.0.1" : nodeIP
            return viaNodePort(cluster, port: url.port, url: url, request: request, address: address) ?? .refused(address: address)
        }
        let nodes = cluster.store.list(Node.self)
        if nodes.contains(where: { node in (node.status.addresses ?? []).contains { $0.address == url.host } }) {
            return viaNodePort(cluster, port: url.port, url: url, request: request, address: url.host) ?? .refused(address: url.host)
        }
        guard HostNetwork.isIPAddress(url.host) else { return .unresolved }
        let target = "http://\(url.host):\(url.port)\(url.path)"
        return outcome(cluster.request(url: target, from: "default", request: request), address: url.host)
    }
}

/// `docker exec [-it] NODE COMMAND…` for the kind profile, whose nodes are containers on the learner's
/// machine: a shell (`bash`, `sh`) with `-i` attaches a root shell on the node, another command runs once.
enum KindNodeExec {
    static func run(_ call: TutorialCommandCall) -> Int32 {
        var words = Array(call.argv.dropFirst())
        guard words.first == "exec" else {
            call.err("docker: only `docker exec -it NODE bash` (a shell on a kind node) is simulated by kubetutor; "
                + "list the nodes with kind get nodes.")
            return 1
        }
        words.removeFirst()
        var interactive = false
        while let flag = words.first, flag.hasPrefix("-") {
            if flag == "--interactive" || (!flag.hasPrefix("--") && flag.contains("i")) { interactive = true }
            words.removeFirst()
        }
        guard words.count >= 2, let node = words.first else {
            call.err("docker: 'docker exec' requires at least 2 arguments.\nSee 'docker exec --help'.")
            return 1
        }
        guard call.cluster.store.get(Node.self, namespace: "", name: node) != nil else {
            call.err("Error response from daemon: No such container: \(node)")
            return 1
        }
        let command = Array(words.dropFirst())
        let shell = NodeShell(session: call.shell.kubectl, nodeName: node, access: .kindExec)
        if interactive, call.stdin == nil, command.count == 1, ["bash", "sh", "/bin/bash", "/bin/sh"].contains(command[0]) {
            call.shell.kubectl.attachment = ProgramAttachment(program: shell) { status, _ in status }
            return 0
        }
        return shell.runOnce(command.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " "), io: call.io)
    }
}
