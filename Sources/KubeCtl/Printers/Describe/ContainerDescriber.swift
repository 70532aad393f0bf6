import KubeCluster

/// One container's block in `describe pod` (and the template containers in `describe deployment`).
public enum ContainerDescriber {
    /// Writes the block for `container` with its runtime `status` (nil for templates or before the first report:
    /// then, as upstream, no Container ID, Image ID, State, Ready or Restart Count lines).
    static func write(_ out: inout DescribeWriter, _ container: Container, status: ContainerStatus?, template: Bool = false) {
        out.line(1, (template ? " " : "") + "\(container.name):")
        let inner = 2
        if let status { out.field(inner, "Container ID", status.containerID ?? "") }
        out.field(inner, "Image", container.image ?? "")
        if let status { out.field(inner, "Image ID", status.imageID) }
        let ports = container.ports ?? []
        let portTexts = ports.map { "\($0.containerPort)/\($0.protocol ?? "TCP")" }
        let hostPorts = ports.map { "\($0.hostPort ?? 0)/\($0.protocol ?? "TCP")" }
        out.field(inner, ports.count > 1 ? "Ports" : "Port", portTexts.isEmpty ? "<none>" : portTexts.joined(separator: ", "))
        out.field(inner, ports.count > 1 ? "Host Ports" : "Host Port", hostPorts.isEmpty ? "<none>" : hostPorts.joined(separator: ", "))
        PodDescriber.writeSeccompProfile(&out, inner, container.securityContext)
        if let command = container.command, !command.isEmpty {
            out.line(inner, "Command:")
            for part in command { out.line(inner + 1, part) }
        }
        if let args = container.args, !args.isEmpty {
            out.line(inner, "Args:")
            for part in args { out.line(inner + 1, part) }
        }
        if let status {
            writeState(&out, inner, "State", status.state)
            if status.lastState.terminated != nil { writeState(&out, inner, "Last State", status.lastState) }
            out.field(inner, "Ready", status.ready ? "True" : "False")
            out.field(inner, "Restart Count", String(status.restartCount))
        }
        writeResources(&out, inner, "Limits", container.resources.limits)
        writeResources(&out, inner, "Requests", container.resources.requests)
        if let probe = container.livenessProbe { out.field(inner, "Liveness", probeText(probe)) }
        if let probe = container.readinessProbe { out.field(inner, "Readiness", probeText(probe)) }
        if let probe = container.startupProbe { out.field(inner, "Startup", probeText(probe)) }
        writeEnvironment(&out, inner, container.env ?? [])
        let mounts = container.volumeMounts ?? []
        if mounts.isEmpty {
            out.field(inner, "Mounts", "<none>")
        } else {
            out.line(inner, "Mounts:")
            for mount in mounts.sorted(by: { $0.mountPath < $1.mountPath }) {
                var flags = [mount.readOnly == true ? "ro" : "rw"]
                if let subPath = mount.subPath, !subPath.isEmpty { flags.append("path=\(GoStringSyntax.quote(subPath))") }
                out.line(inner + 1, "\(mount.mountPath) from \(mount.name) (\(flags.joined(separator: ",")))")
            }
        }
    }

    static func writeState(_ out: inout DescribeWriter, _ level: Int, _ label: String, _ state: ContainerState) {
        if let running = state.running {
            out.field(level, label, "Running")
            out.field(level + 1, "Started", DescribeText.date(running.startedAt))
        } else if let waiting = state.waiting {
            out.field(level, label, "Waiting")
            if let reason = waiting.reason, !reason.isEmpty { out.field(level + 1, "Reason", reason) }
        } else if let terminated = state.terminated {
            out.field(level, label, "Terminated")
            if let reason = terminated.reason, !reason.isEmpty { out.field(level + 1, "Reason", reason) }
            if let message = terminated.message, !message.isEmpty { out.field(level + 1, "Message", message) }
            out.field(level + 1, "Exit Code", String(terminated.exitCode))
            if let signal = terminated.signal, signal > 0 { out.field(level + 1, "Signal", String(signal)) }
            out.field(level + 1, "Started", DescribeText.date(terminated.startedAt))
            out.field(level + 1, "Finished", DescribeText.date(terminated.finishedAt))
        } else {
            out.field(level, label, "Waiting")
        }
    }

    static func writeResources(_ out: inout DescribeWriter, _ level: Int, _ label: String, _ list: [String: Quantity]?) {
        guard let list, !list.isEmpty else { return }
        out.line(level, "\(label):")
        for (name, quantity) in list.sorted(by: { $0.key < $1.key }) { out.field(level + 1, name, quantity.description) }
    }

    static func writeEnvironment(_ out: inout DescribeWriter, _ level: Int, _ env: [EnvVar]) {
        guard !env.isEmpty else { return out.field(level, "Environment", "<none>") }
        out.line(level, "Environment:")
        for variable in env {
            if let source = variable.valueFrom {
                if let key = source.configMapKeyRef {
                    out.line(level + 1, "\(variable.name):\t<set to the key '\(key.key)' of config map '\(key.name ?? "")'>\tOptional: \(key.optional ?? false)")
                } else if let key = source.secretKeyRef {
                    out.line(level + 1, "\(variable.name):\t<set to the key '\(key.key)' in secret '\(key.name ?? "")'>\tOptional: \(key.optional ?? false)")
                } else if let field = source.fieldRef {
                    let path = field["fieldPath"]?.stringValue ?? ""
                    let version = field["apiVersion"]?.stringValue ?? "v1"
                    out.line(level + 1, "\(variable.name):\t (\(version):\(path))")
                } else {
                    out.line(level + 1, "\(variable.name):\t")
                }
            } else {
                out.line(level + 1, "\(variable.name):\t\(variable.value ?? "")")
            }
        }
    }

    /// `http-get http://:8080/healthz delay=2s timeout=1s period=5s #success=1 #failure=3`.
    static func probeText(_ probe: Probe) -> String {
        var text: String
        if let http = probe.httpGet {
            let port: String
            switch http.port { case .int(let number): port = String(number); case .string(let name): port = name }
            text = "http-get \((http.scheme ?? "HTTP").lowercased())://\(http.host ?? ""):\(port)\(http.path ?? "")"
        } else if let tcp = probe.tcpSocket {
            let port: String
            switch tcp.port { case .int(let number): port = String(number); case .string(let name): port = name }
            text = "tcp-socket \(tcp.host ?? ""):\(port)"
        } else if let exec = probe.exec {
            text = "exec [\((exec.command ?? []).joined(separator: " "))]"
        } else {
            text = "unknown"
        }
        text += " delay=\(probe.initialDelaySeconds ?? 0)s timeout=\(probe.timeoutSeconds ?? 1)s period=\(probe.periodSeconds ?? 10)s"
        text += " #success=\(probe.successThreshold ?? 1) #failure=\(probe.failureThreshold ?? 3)"
        return text
    }
}
