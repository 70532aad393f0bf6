import Collections

/// The defaults the API server fills into every pod spec, whether of a Pod or of a workload's pod
/// template (`pkg/apis/core/v1/defaults.go`: `SetDefaults_PodSpec`, `SetDefaults_Container`,
/// `SetDefaults_ContainerPort`, `SetDefaults_Probe`, `SetDefaults_HTTPGetAction`, volume sources,
/// `SetDefaults_ObjectFieldSelector`), plus the `serviceAccount` alias the v1 conversion keeps in step.
///
/// What only a Pod gets (`SetDefaults_Pod`: limits copied to requests, `enableServiceLinks`, host-network
/// ports; and the admission plugins) is in `PodRules.swift`.
enum PodSpecDefaults {
    /// The grace period a pod gets when none is given (`DefaultTerminationGracePeriodSeconds`).
    static let terminationGracePeriodSeconds: Int64 = 30
    /// File mode the API server gives configMap/secret/projected volumes (0644).
    static let volumeDefaultMode: Int64 = 420

    /// Applies the spec-level defaults shared by pods and pod templates.
    static func apply(to spec: inout PodSpec) {
        if spec.dnsPolicy?.isEmpty ?? true { spec.dnsPolicy = "ClusterFirst" }
        if spec.restartPolicy?.isEmpty ?? true { spec.restartPolicy = "Always" }
        if spec.securityContext == nil { spec.securityContext = .emptyObject }
        if spec.terminationGracePeriodSeconds == nil { spec.terminationGracePeriodSeconds = terminationGracePeriodSeconds }
        if spec.schedulerName?.isEmpty ?? true { spec.schedulerName = "default-scheduler" }
        let account = nonEmpty(spec.serviceAccountName) ?? nonEmpty(spec.serviceAccount)
        spec.serviceAccountName = account
        spec.serviceAccount = account
        spec.containers = sharing(spec.containers, defaulted)
        spec.initContainers = spec.initContainers.map { sharing($0, defaulted) }
        spec.volumes = spec.volumes.map { sharing($0, defaulted) }
    }

    /// `array` with `transform` applied to each element, still sharing `array`'s storage when no
    /// element changes (pods of one template are defaulted again and again: no copy each time).
    static func sharing<Element: Equatable>(_ array: [Element], _ transform: (Element) -> Element) -> [Element] {
        var result = array
        for index in array.indices {
            let changed = transform(array[index])
            if changed != array[index] { result[index] = changed }
        }
        return result
    }

    /// A container with its pull policy, termination message, port, probe and env defaults.
    static func defaulted(_ container: Container) -> Container {
        var container = container
        if container.imagePullPolicy?.isEmpty ?? true {
            container.imagePullPolicy = imageTag(container.image ?? "") == "latest" ? "Always" : "IfNotPresent"
        }
        if container.terminationMessagePath?.isEmpty ?? true { container.terminationMessagePath = "/dev/termination-log" }
        if container.terminationMessagePolicy?.isEmpty ?? true { container.terminationMessagePolicy = "File" }
        container.ports = container.ports.map {
            sharing($0) { port in
                var port = port
                if port.protocol?.isEmpty ?? true { port.protocol = "TCP" }
                return port
            }
        }
        container.livenessProbe = container.livenessProbe.map(defaulted)
        container.readinessProbe = container.readinessProbe.map(defaulted)
        container.startupProbe = container.startupProbe.map(defaulted)
        container.env = container.env.map { sharing($0, defaulted) }
        return container
    }

    /// A probe with its timing and HTTP defaults.
    static func defaulted(_ probe: Probe) -> Probe {
        var probe = probe
        if (probe.timeoutSeconds ?? 0) == 0 { probe.timeoutSeconds = 1 }
        if (probe.periodSeconds ?? 0) == 0 { probe.periodSeconds = 10 }
        if (probe.successThreshold ?? 0) == 0 { probe.successThreshold = 1 }
        if (probe.failureThreshold ?? 0) == 0 { probe.failureThreshold = 3 }
        if var http = probe.httpGet {
            if http.path?.isEmpty ?? true { http.path = "/" }
            if http.scheme?.isEmpty ?? true { http.scheme = "HTTP" }
            probe.httpGet = http
        }
        return probe
    }

    /// An env var whose `fieldRef` gets `apiVersion: v1` when missing.
    static func defaulted(_ variable: EnvVar) -> EnvVar {
        guard var source = variable.valueFrom, let fieldRef = source.fieldRef, fieldRef["apiVersion"] == nil else { return variable }
        var variable = variable
        source.fieldRef = inserting("apiVersion", .string("v1"), into: fieldRef, order: ["apiVersion", "fieldPath"])
        variable.valueFrom = source
        return variable
    }

    /// A volume with an `emptyDir` when it names no source, and the default file modes.
    static func defaulted(_ volume: Volume) -> Volume {
        var volume = volume
        if volume.hostPath == nil, volume.emptyDir == nil, volume.secret == nil, volume.persistentVolumeClaim == nil,
           volume.configMap == nil, volume.projected == nil {
            volume.emptyDir = .emptyObject
        }
        let mode = JSONValue.int(volumeDefaultMode)
        if let source = volume.configMap, source["defaultMode"] == nil {
            volume.configMap = inserting("defaultMode", mode, into: source, order: ["name", "items", "defaultMode", "optional"])
        }
        if let source = volume.secret, source["defaultMode"] == nil {
            volume.secret = inserting("defaultMode", mode, into: source, order: ["secretName", "items", "defaultMode", "optional"])
        }
        if let source = volume.projected, source["defaultMode"] == nil {
            volume.projected = inserting("defaultMode", mode, into: source, order: ["sources", "defaultMode"])
        }
        if let source = volume.hostPath, source["type"] == nil {
            volume.hostPath = inserting("type", .string(""), into: source, order: ["path", "type"])
        }
        return volume
    }

    /// The tag of an image reference as the defaulting reads it (`parseImageName`): the text after the
    /// last `:` of the last path segment, `latest` when there is neither tag nor digest, "" for a digest.
    static func imageTag(_ image: String) -> String {
        var name = image
        var hasDigest = false
        if let at = name.firstIndex(of: "@") {
            name = String(name[..<at])
            hasDigest = true
        }
        let lastSegment = name.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? name
        var repository = lastSegment
        var tag: String?
        if let colon = lastSegment.lastIndex(of: ":") {
            repository = String(lastSegment[..<colon])
            tag = String(lastSegment[lastSegment.index(after: colon)...])
        }
        // A reference the image parser rejects (empty, upper-case repository) has no tag at all.
        if repository.isEmpty || repository.contains(where: \.isUppercase) { return "" }
        if let tag { return tag }
        return hasDigest ? "" : "latest"
    }

    /// `object` with `key` set to `value`, members rearranged so known keys follow Go's field `order`.
    static func inserting(_ key: String, _ value: JSONValue, into object: JSONValue, order: [String]) -> JSONValue {
        guard case .object(var members) = object else { return object }
        members[key] = value
        var ordered = OrderedDictionary<String, JSONValue>()
        for name in order { if let member = members[name] { ordered[name] = member } }
        for (name, member) in members where ordered[name] == nil { ordered[name] = member }
        return .object(ordered)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
