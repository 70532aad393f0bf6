/// Validation of a pod spec as `ValidatePodSpec` does it (`pkg/apis/core/validation/validation.go`),
/// in upstream order and wording, for a Pod (`spec.…`) or a workload's template (`spec.template.spec.…`).
///
/// Covered: grace period, volumes, containers and init containers (name, image, termination message
/// policy, ports, env, volume mounts, pull policy, duplicates, probes), restart and DNS policy, service
/// account, node name, active deadline, hostname/subdomain, tolerations, priority class name.
enum PodSpecValidation {
    /// `validation.InclusiveRangeError(1, 65535)`.
    static let portRangeDetail = "must be between 1 and 65535, inclusive"
    /// `apimachineryvalidation.IsNegativeErrorMsg`.
    static let nonNegativeDetail = "must be greater than or equal to 0"

    /// The failures of `spec` at `path` (`spec` or `spec.template.spec`); `isPod` adds the pod-only checks.
    static func errors(_ spec: PodSpec, path: String, isPod: Bool) -> [FieldError] {
        var errors: [FieldError] = []
        if spec.terminationGracePeriodSeconds == nil { errors.append(FieldError(.required, "\(path).terminationGracePeriodSeconds")) }
        let volumes = volumeErrors(spec.volumes ?? [], path: "\(path).volumes", into: &errors)
        errors += containerErrors(spec.containers, volumes: volumes, path: "\(path).containers")
        errors += initContainerErrors(spec.initContainers ?? [], regular: spec.containers, volumes: volumes,
                                      path: "\(path).initContainers")
        errors += policyErrors(spec, path: path)
        errors += nameErrors(spec, path: path)
        for (index, toleration) in (spec.tolerations ?? []).enumerated() {
            errors += tolerationErrors(toleration, path: "\(path).tolerations[\(index)]")
        }
        if isPod {
            for (index, container) in spec.containers.enumerated() {
                let image = container.image ?? ""
                if image != image.trimmingCharacters(in: .whitespaces) {
                    errors.append(FieldError(.invalid, "\(path).containers[\(index)].image", value: FieldError.quote(image),
                                             "must not have leading or trailing whitespace"))
                }
            }
        }
        return errors
    }

    /// Volume names (required, DNS-1123 label, unique); returns the valid names for mount checks.
    private static func volumeErrors(_ volumes: [Volume], path: String, into errors: inout [FieldError]) -> Set<String> {
        var names = Set<String>()
        for (index, volume) in volumes.enumerated() {
            let namePath = "\(path)[\(index)].name"
            if volume.name.isEmpty {
                errors.append(FieldError(.required, namePath))
            } else if let problem = dns1123LabelErrors(volume.name, path: namePath).first {
                errors.append(problem)
            } else if names.contains(volume.name) {
                errors.append(FieldError(.duplicate, namePath, value: FieldError.quote(volume.name)))
            } else {
                names.insert(volume.name)
            }
        }
        return names
    }

    /// The regular containers (`validateContainers`).
    private static func containerErrors(_ containers: [Container], volumes: Set<String>, path: String) -> [FieldError] {
        if containers.isEmpty { return [FieldError(.required, path)] }
        var errors: [FieldError] = []
        var names = Set<String>()
        for (index, container) in containers.enumerated() {
            let containerPath = "\(path)[\(index)]"
            errors += commonContainerErrors(container, volumes: volumes, path: containerPath)
            if names.contains(container.name) {
                errors.append(FieldError(.duplicate, "\(containerPath).name", value: FieldError.quote(container.name)))
            } else {
                names.insert(container.name)
            }
            errors += probeErrors(container.livenessProbe, path: "\(containerPath).livenessProbe", kind: .liveness)
            errors += probeErrors(container.readinessProbe, path: "\(containerPath).readinessProbe", kind: .readiness)
            errors += probeErrors(container.startupProbe, path: "\(containerPath).startupProbe", kind: .startup)
        }
        return errors + hostPortErrors(containers, path: path)
    }

    /// The init containers (`validateInitContainers`): names unique across both lists, no probes.
    private static func initContainerErrors(_ containers: [Container], regular: [Container], volumes: Set<String>,
                                            path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var names = Set(regular.map(\.name))
        for (index, container) in containers.enumerated() {
            let containerPath = "\(path)[\(index)]"
            errors += commonContainerErrors(container, volumes: volumes, path: containerPath)
            if names.contains(container.name) {
                errors.append(FieldError(.duplicate, "\(containerPath).name", value: FieldError.quote(container.name)))
            } else if !container.name.isEmpty {
                names.insert(container.name)
            }
            errors += hostPortErrors([container], path: path)
            let forbidden = "may not be set for init containers without restartPolicy=Always"
            if container.lifecycle != nil { errors.append(FieldError(.forbidden, "\(containerPath).lifecycle", forbidden)) }
            if container.livenessProbe != nil { errors.append(FieldError(.forbidden, "\(containerPath).livenessProbe", forbidden)) }
            if container.readinessProbe != nil { errors.append(FieldError(.forbidden, "\(containerPath).readinessProbe", forbidden)) }
            if container.startupProbe != nil { errors.append(FieldError(.forbidden, "\(containerPath).startupProbe", forbidden)) }
        }
        return errors
    }

    /// `validateContainerCommon`: name, image, termination message policy, ports, env, mounts, pull policy.
    private static func commonContainerErrors(_ container: Container, volumes: Set<String>, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if container.name.isEmpty {
            errors.append(FieldError(.required, "\(path).name"))
        } else {
            errors += dns1123LabelErrors(container.name, path: "\(path).name")
        }
        if (container.image ?? "").isEmpty { errors.append(FieldError(.required, "\(path).image")) }
        errors += enumErrors(container.terminationMessagePolicy, allowed: ["File", "FallbackToLogsOnError"],
                             path: "\(path).terminationMessagePolicy")
        errors += portErrors(container.ports ?? [], path: "\(path).ports")
        errors += envErrors(container.env ?? [], path: "\(path).env")
        errors += mountErrors(container.volumeMounts ?? [], volumes: volumes, path: "\(path).volumeMounts")
        errors += enumErrors(container.imagePullPolicy, allowed: ["Always", "IfNotPresent", "Never"], path: "\(path).imagePullPolicy")
        return errors
    }

    /// `validateContainerPorts`.
    private static func portErrors(_ ports: [ContainerPort], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var names = Set<String>()
        for (index, port) in ports.enumerated() {
            let portPath = "\(path)[\(index)]"
            if let name = port.name, !name.isEmpty {
                let problems = portNameProblems(name)
                if !problems.isEmpty {
                    errors += problems.map { FieldError(.invalid, "\(portPath).name", value: FieldError.quote(name), $0) }
                } else if names.contains(name) {
                    errors.append(FieldError(.duplicate, "\(portPath).name", value: FieldError.quote(name)))
                } else {
                    names.insert(name)
                }
            }
            if port.containerPort == 0 {
                errors.append(FieldError(.required, "\(portPath).containerPort"))
            } else if !(1...65535).contains(port.containerPort) {
                errors.append(FieldError(.invalid, "\(portPath).containerPort", value: String(port.containerPort), portRangeDetail))
            }
            if let hostPort = port.hostPort, hostPort != 0, !(1...65535).contains(hostPort) {
                errors.append(FieldError(.invalid, "\(portPath).hostPort", value: String(hostPort), portRangeDetail))
            }
            errors += enumErrors(port.protocol, allowed: ["SCTP", "TCP", "UDP"], path: "\(portPath).protocol")
        }
        return errors
    }

    /// Duplicate host ports across containers (`checkHostPortConflicts`).
    private static func hostPortErrors(_ containers: [Container], path: String) -> [FieldError] {
        var seen = Set<String>()
        var errors: [FieldError] = []
        for (containerIndex, container) in containers.enumerated() {
            for (portIndex, port) in (container.ports ?? []).enumerated() {
                guard let hostPort = port.hostPort, hostPort != 0 else { continue }
                let identity = "\(port.protocol ?? "")/\(port.hostIP ?? "")/\(hostPort)"
                if !seen.insert(identity).inserted {
                    errors.append(FieldError(.duplicate, "\(path)[\(containerIndex)].ports[\(portIndex)].hostPort",
                                             value: FieldError.quote(identity)))
                }
            }
        }
        return errors
    }

    /// `ValidateEnv`: names required and (relaxed rule) printable ASCII without `=`; one value source.
    private static func envErrors(_ variables: [EnvVar], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, variable) in variables.enumerated() {
            let variablePath = "\(path)[\(index)]"
            if variable.name.isEmpty {
                errors.append(FieldError(.required, "\(variablePath).name"))
            } else if variable.name.contains("=") || !variable.name.unicodeScalars.allSatisfy({ (32...126).contains($0.value) }) {
                errors.append(FieldError(.invalid, "\(variablePath).name", value: FieldError.quote(variable.name),
                                         "a valid environment variable name must consist only of printable ASCII characters other than '='"))
            }
            guard let source = variable.valueFrom else { continue }
            errors += valueSourceErrors(source, hasValue: !(variable.value ?? "").isEmpty, path: "\(variablePath).valueFrom")
        }
        return errors
    }

    private static func valueSourceErrors(_ source: EnvVarSource, hasValue: Bool, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var count = 0
        if source.fieldRef != nil { count += 1 }
        if source.resourceFieldRef != nil { count += 1 }
        for (reference, name) in [(source.configMapKeyRef, "configMapKeyRef"), (source.secretKeyRef, "secretKeyRef")] {
            guard let reference else { continue }
            count += 1
            if (reference.name ?? "").isEmpty { errors.append(FieldError(.required, "\(path).\(name).name")) }
            if reference.key.isEmpty { errors.append(FieldError(.required, "\(path).\(name).key")) }
        }
        if count == 0 {
            errors.append(FieldError(.invalid, path, value: "\"\"",
                                     "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"))
        } else if hasValue {
            errors.append(FieldError(.invalid, path, value: "\"\"", "may not be specified when `value` is not empty"))
        } else if count > 1 {
            errors.append(FieldError(.invalid, path, value: "\"\"", "may not have more than one field specified at a time"))
        }
        return errors
    }

    /// `ValidateVolumeMounts`: name required and declared, mount path required and unique.
    private static func mountErrors(_ mounts: [VolumeMount], volumes: Set<String>, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var paths = Set<String>()
        for (index, mount) in mounts.enumerated() {
            let mountPath = "\(path)[\(index)]"
            if mount.name.isEmpty {
                errors.append(FieldError(.required, "\(mountPath).name"))
            } else if !volumes.contains(mount.name) {
                errors.append(FieldError(.notFound, "\(mountPath).name", value: FieldError.quote(mount.name)))
            }
            if mount.mountPath.isEmpty {
                errors.append(FieldError(.required, "\(mountPath).mountPath"))
            } else if !paths.insert(mount.mountPath).inserted {
                errors.append(FieldError(.invalid, "\(mountPath).mountPath", value: FieldError.quote(mount.mountPath), "must be unique"))
            }
        }
        return errors
    }

    /// Which probe is validated: liveness and startup probes need `successThreshold` 1, readiness
    /// probes may not set their own grace period.
    enum ProbeKind { case liveness, readiness, startup }

    /// `validateProbe` plus the per-kind rule.
    private static func probeErrors(_ probe: Probe?, path: String, kind: ProbeKind) -> [FieldError] {
        guard let probe else { return [] }
        var errors = handlerErrors(probe, path: path)
        let timings: [(Int32?, String)] = [(probe.initialDelaySeconds, "initialDelaySeconds"), (probe.timeoutSeconds, "timeoutSeconds"),
                                           (probe.periodSeconds, "periodSeconds"), (probe.successThreshold, "successThreshold"),
                                           (probe.failureThreshold, "failureThreshold")]
        for (value, field) in timings where (value ?? 0) < 0 {
            errors.append(FieldError(.invalid, "\(path).\(field)", value: String(value ?? 0), nonNegativeDetail))
        }
        if let grace = probe.terminationGracePeriodSeconds, grace <= 0 {
            errors.append(FieldError(.invalid, "\(path).terminationGracePeriodSeconds", value: String(grace), "must be greater than 0"))
        }
        switch kind {
        case .liveness, .startup:
            if (probe.successThreshold ?? 0) != 1 {
                errors.append(FieldError(.invalid, "\(path).successThreshold", value: String(probe.successThreshold ?? 0), "must be 1"))
            }
        case .readiness:
            if let grace = probe.terminationGracePeriodSeconds {
                errors.append(FieldError(.invalid, "\(path).terminationGracePeriodSeconds", value: String(grace),
                                         "must not be set for readinessProbes"))
            }
        }
        return errors
    }

    /// `validateHandler`: exactly one of exec, httpGet, tcpSocket, grpc, each well formed.
    private static func handlerErrors(_ probe: Probe, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        var count = 0
        func claim(_ present: Bool, _ field: String, _ check: () -> [FieldError]) {
            guard present else { return }
            if count > 0 {
                errors.append(FieldError(.forbidden, "\(path).\(field)", "may not specify more than 1 handler type"))
            } else {
                count += 1
                errors += check()
            }
        }
        claim(probe.exec != nil, "exec") {
            (probe.exec?.command ?? []).isEmpty ? [FieldError(.required, "\(path).exec.command")] : []
        }
        claim(probe.httpGet != nil, "httpGet") {
            guard let http = probe.httpGet else { return [] }
            var found: [FieldError] = []
            if (http.path ?? "").isEmpty { found.append(FieldError(.required, "\(path).httpGet.path")) }
            found += portNumberOrNameErrors(http.port, path: "\(path).httpGet.port")
            let scheme = http.scheme ?? ""
            if !["HTTP", "HTTPS"].contains(scheme) {
                found.append(FieldError(.notSupported, "\(path).httpGet.scheme", value: FieldError.quote(scheme),
                                        GoValueSyntax.supportedValues(["HTTP", "HTTPS"])))
            }
            return found
        }
        claim(probe.tcpSocket != nil, "tcpSocket") {
            guard let tcp = probe.tcpSocket else { return [] }
            return portNumberOrNameErrors(tcp.port, path: "\(path).tcpSocket.port")
        }
        claim(probe.grpc != nil, "grpc") {
            guard let port = probe.grpc?["port"]?.intValue else { return [FieldError(.invalid, "\(path).grpc.port", value: "0", portRangeDetail)] }
            return (1...65535).contains(port) ? [] : [FieldError(.invalid, "\(path).grpc.port", value: String(port), portRangeDetail)]
        }
        if count == 0 { errors.append(FieldError(.required, path, "must specify a handler type")) }
        return errors
    }

    /// `ValidatePortNumOrName`.
    private static func portNumberOrNameErrors(_ port: IntOrString, path: String) -> [FieldError] {
        switch port {
        case .int(let number):
            return (1...65535).contains(number) ? [] : [FieldError(.invalid, path, value: String(number), portRangeDetail)]
        case .string(let name):
            return portNameProblems(name).map { FieldError(.invalid, path, value: FieldError.quote(name), $0) }
        }
    }

    /// restartPolicy and dnsPolicy must be set to supported values.
    private static func policyErrors(_ spec: PodSpec, path: String) -> [FieldError] {
        enumErrors(spec.restartPolicy, allowed: ["Always", "OnFailure", "Never"], path: "\(path).restartPolicy")
            + enumErrors(spec.dnsPolicy, allowed: ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"],
                         path: "\(path).dnsPolicy")
    }

    /// Service account, node name, active deadline, hostname, subdomain, priority class name.
    private static func nameErrors(_ spec: PodSpec, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for (value, field) in [(spec.serviceAccountName, "serviceAccountName"), (spec.nodeName, "nodeName")] {
            if let value, !value.isEmpty, !ObjectNameRules.isDNS1123Subdomain(value) {
                errors.append(FieldError(.invalid, "\(path).\(field)", value: FieldError.quote(value), ObjectNameRules.dns1123SubdomainDetail))
            }
        }
        if let deadline = spec.activeDeadlineSeconds, deadline < 1 || deadline > Int64(Int32.max) {
            errors.append(FieldError(.invalid, "\(path).activeDeadlineSeconds", value: String(deadline),
                                     "must be between 1 and 2147483647, inclusive"))
        }
        for (value, field) in [(spec.hostname, "hostname"), (spec.subdomain, "subdomain")] {
            if let value, !value.isEmpty { errors += dns1123LabelErrors(value, path: "\(path).\(field)") }
        }
        if let name = spec.priorityClassName, !name.isEmpty, !ObjectNameRules.isDNS1123Subdomain(name) {
            errors.append(FieldError(.invalid, "\(path).priorityClassName", value: FieldError.quote(name), ObjectNameRules.dns1123SubdomainDetail))
        }
        return errors
    }

    /// `ValidateTolerations` for one toleration.
    static func tolerationErrors(_ toleration: Toleration, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        let key = toleration.key ?? ""
        let operation = toleration.operator ?? ""
        if key.isEmpty && operation != "Exists" {
            errors.append(FieldError(.invalid, "\(path).operator", value: FieldError.quote(operation),
                                     "operator must be Exists when `key` is empty, which means \"match all values and all keys\""))
        }
        if toleration.tolerationSeconds != nil && toleration.effect != "NoExecute" {
            errors.append(FieldError(.invalid, "\(path).effect", value: FieldError.quote(toleration.effect ?? ""),
                                     "effect must be 'NoExecute' when `tolerationSeconds` is set"))
        }
        switch operation {
        case "Equal", "": break
        case "Exists":
            if let value = toleration.value, !value.isEmpty {
                errors.append(FieldError(.invalid, "\(path).operator", value: FieldError.quote(value),
                                         "value must be empty when `operator` is 'Exists'"))
            }
        default:
            errors.append(FieldError(.notSupported, "\(path).operator", value: FieldError.quote(operation),
                                     GoValueSyntax.supportedValues(["Equal", "Exists"])))
        }
        if let effect = toleration.effect, !effect.isEmpty, !["NoSchedule", "PreferNoSchedule", "NoExecute"].contains(effect) {
            errors.append(FieldError(.notSupported, "\(path).effect", value: FieldError.quote(effect),
                                     GoValueSyntax.supportedValues(["NoSchedule", "PreferNoSchedule", "NoExecute"])))
        }
        return errors
    }

    /// Required when empty, `Unsupported value` when not one of `allowed`.
    static func enumErrors(_ value: String?, allowed: [String], path: String) -> [FieldError] {
        let value = value ?? ""
        if value.isEmpty { return [FieldError(.required, path)] }
        if allowed.contains(value) { return [] }
        return [FieldError(.notSupported, path, value: FieldError.quote(value), GoValueSyntax.supportedValues(allowed))]
    }

    /// `ValidateDNS1123Label`: too long and/or not matching the label pattern.
    static func dns1123LabelErrors(_ text: String, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if text.utf8.count > 63 {
            errors.append(FieldError(.invalid, path, value: FieldError.quote(text), "must be no more than 63 characters"))
        }
        if !matchesLabelPattern(text) {
            let isSubdomain = text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { matchesLabelPattern(String($0)) }
            errors.append(FieldError(.invalid, path, value: FieldError.quote(text),
                                     isSubdomain ? "must not contain dots" : ObjectNameRules.dns1123LabelDetail))
        }
        return errors
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?` without the length limit.
    private static func matchesLabelPattern(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let alphanumeric: (UInt8) -> Bool = { (97...122).contains($0) || (48...57).contains($0) }
        guard let first = bytes.first, let last = bytes.last, alphanumeric(first), alphanumeric(last) else { return false }
        return bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// `validation.IsValidPortName`'s complaints about a port name.
    static func portNameProblems(_ name: String) -> [String] {
        var problems: [String] = []
        let bytes = Array(name.utf8)
        if bytes.count > 15 { problems.append("must be no more than 15 characters") }
        let lowerOrDigit: (UInt8) -> Bool = { (97...122).contains($0) || (48...57).contains($0) }
        if bytes.isEmpty || !bytes.allSatisfy({ lowerOrDigit($0) || $0 == UInt8(ascii: "-") }) {
            problems.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if !bytes.contains(where: { (97...122).contains($0) }) { problems.append("must contain at least one letter (a-z)") }
        if name.contains("--") { problems.append("must not contain consecutive hyphens") }
        if bytes.first == UInt8(ascii: "-") || bytes.last == UInt8(ascii: "-") { problems.append("must not begin or end with a hyphen") }
        return problems
    }
}
