import Foundation
import KubeCluster

/// busybox `nslookup NAME`: asks the cluster DNS (kube-dns) for a Service name, a Service FQDN, or the
/// name of a ClusterIP, with the container's search path (`NS.svc.cluster.local svc.cluster.local …`).
struct NameLookup {
    let shell: PodShell
    let io: ShellIO

    func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first(where: { !$0.hasPrefix("-") }) else {
            io.stderr("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n")
            return 1
        }
        let server = NameLookup.dnsAddress(shell.cluster)
        io.stdout("Server:\t\t\(server)\nAddress:\t\(server):53\n\n")
        if HostNetwork.isIPAddress(name) {
            guard let service = shell.cluster.store.list(Service.self).first(where: { $0.spec.clusterIP == name }) else {
                io.stdout("** server can't find \(name.split(separator: ".").reversed().joined(separator: ".")).in-addr.arpa: NXDOMAIN\n\n")
                return 1
            }
            let reversed = name.split(separator: ".").reversed().joined(separator: ".")
            io.stdout("\(reversed).in-addr.arpa\tname = \(service.name).\(service.namespace).svc.cluster.local\n\n")
            return 0
        }
        guard let (fqdn, addresses) = resolve(name) else {
            io.stdout("** server can't find \(name): NXDOMAIN\n\n")
            return 1
        }
        for address in addresses { io.stdout("Name:\t\(fqdn)\nAddress: \(address)\n\n") }
        return 0
    }

    /// The fully qualified name and addresses of a Service name as the search path resolves it.
    private func resolve(_ name: String) -> (String, [String])? {
        var labels = name.split(separator: ".").map(String.init)
        if labels.count >= 4, labels.suffix(2) == ["cluster", "local"] { labels.removeLast(2) }
        if labels.count == 3, labels[2] == "svc" { labels.removeLast() }
        guard let serviceName = labels.first, labels.count <= 2 else { return nil }
        let namespace = labels.count == 2 ? labels[1] : shell.namespace
        guard let service = shell.cluster.store.get(Service.self, namespace: namespace, name: serviceName) else { return nil }
        let fqdn = "\(serviceName).\(namespace).svc.cluster.local"
        if let external = service.spec.externalName, service.spec.type == "ExternalName" {
            return (fqdn, ["(canonical name = \(external))"])
        }
        guard let clusterIP = service.spec.clusterIP else { return nil }
        if clusterIP != "None" { return (fqdn, [clusterIP]) }
        let selector = service.spec.selector ?? [:]
        let pods = shell.cluster.store.list(Pod.self, namespace: namespace).filter { pod in
            !selector.isEmpty && selector.allSatisfy { pod.metadata.labelMap[$0.key] == $0.value }
        }
        let addresses = pods.compactMap { $0.status.podIP }.sorted()
        return addresses.isEmpty ? nil : (fqdn, addresses)
    }

    /// kube-dns's ClusterIP.
    static func dnsAddress(_ cluster: Cluster) -> String {
        cluster.store.get(Service.self, namespace: "kube-system", name: "kube-dns")?.spec.clusterIP ?? "10.96.0.10"
    }
}

/// `ps` inside a container: the main process (PID 1), the shell, and `ps` itself, in busybox's or
/// procps's layout.
struct ProcessListing {
    let shell: PodShell

    func print(_ arguments: [String], io: ShellIO) -> Int32 {
        let shellName = shell.flavour == .bash ? "bash" : "sh"
        let main = shell.image.mainCommand.joined(separator: " ")
        let own = (["ps"] + arguments).joined(separator: " ")
        var processes: [(pid: Int, tty: Bool, command: String)] = [
            (1, false, main.isEmpty ? shellName : main), (shell.shellPID, true, shellName), (shell.currentPID, true, own),
        ]
        if shell.shellPID == 1 { processes.remove(at: 0) }
        if shell.image.userland == .busybox {
            var text = "PID   USER     TIME  COMMAND\n"
            for process in processes {
                text += pad(String(process.pid), 5) + " root      0:00 " + process.command + "\n"
            }
            io.stdout(text)
            return 0
        }
        let width = shell.image.distribution == .debianJessie ? 5 : 7
        let full = arguments.contains { $0.contains("e") || $0.contains("a") || $0.contains("x") }
        var text: String
        if full && arguments.contains(where: { $0.hasPrefix("-") }) {
            text = "UID" + String(repeating: " ", count: width + 4) + "PID    PPID  C STIME TTY          TIME CMD\n"
            for process in processes {
                let parent = process.pid == 1 ? 0 : (process.pid == shell.shellPID ? 0 : shell.shellPID)
                text += "root    " + pad(String(process.pid), width + 3) + pad(String(parent), 8) + "  0 09:00 "
                    + (process.tty ? "pts/0   " : "?       ") + " 00:00:00 " + process.command + "\n"
            }
        } else {
            text = pad("PID", width) + " TTY          TIME CMD\n"
            for process in processes where full || process.tty {
                let command = process.command.split(separator: " ").first.map(String.init) ?? process.command
                text += pad(String(process.pid), width) + (process.tty ? " pts/0    " : " ?        ") + "00:00:00 "
                    + (command as NSString).lastPathComponent + "\n"
            }
        }
        io.stdout(text)
        return 0
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

/// Tab completion inside a pod or node shell: program names for the first word, paths after it.
enum PodShellCompletion {
    static func complete(line: String, cursor: Int, commands: [String], files: SessionFiles,
                         directory: String) -> (start: Int, candidates: [String]) {
        let scalars = Array(line.unicodeScalars.prefix(cursor))
        var start = scalars.count
        while start > 0, scalars[start - 1] != " " { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start...]))
        let isFirst = !String(String.UnicodeScalarView(scalars[..<start])).contains { $0 != " " }
        if isFirst { return (start, commands.filter { $0.hasPrefix(word) }) }
        let slash = word.lastIndex(of: "/")
        let folderPart = slash.map { String(word[...$0]) } ?? ""
        let namePart = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let folder = folderPart.hasPrefix("/") ? folderPart : (directory == "/" ? "/" : directory + "/") + folderPart
        guard let names = try? files.list(folder.isEmpty ? "/" : folder) else { return (start, []) }
        let candidates = names.filter { $0.hasPrefix(namePart) }.map { name -> String in
            let path = folderPart + name
            let isFolder = (try? files.kind((folder.hasSuffix("/") ? folder : folder + "/") + name)) == .directory
            return isFolder ? path + "/" : path
        }
        return (start, candidates)
    }
}
