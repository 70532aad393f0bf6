import KubeCluster

/// What `kubetutor serve` (the KubeServe layer) reuses from kubectl's verbs to answer API requests exactly as
/// the REPL's kubectl computes them: strict decoding, the three patch formats, server-side dry runs and
/// node usage for `metrics.k8s.io`.
public enum ServerSideSupport {
    /// A request body's patch format, by its content type.
    public enum PatchFormat: Sendable {
        /// `application/strategic-merge-patch+json`.
        case strategicMerge
        /// `application/merge-patch+json` (RFC 7386).
        case merge
        /// `application/json-patch+json` (RFC 6902).
        case json
    }

    /// Decodes `json` as `kind` with the API server's field validation (`.strict`: unknown fields are a
    /// BadRequest; `.warn`: they come back as warning lines, `Warning: …`; `.ignore`: they are dropped).
    public static func decode(_ json: JSONValue, as kind: any (APIObject & APIObjectRules).Type, resource: APIResource,
                              validation: FieldValidation) -> Result<(object: any (APIObject & APIObjectRules), warnings: [String]), APIError> {
        ManifestObject.decode(json, as: kind, resource: resource, validation: validation).map { (object: $0.0, warnings: $0.1) }
    }

    /// `document` with `patch` applied as the API server applies a patch of `format` to an object of `kind`;
    /// a patch that cannot apply is the server's error.
    public static func patch(_ patch: JSONValue, format: PatchFormat, kind: String, to document: JSONValue) -> Result<JSONValue, APIError> {
        switch format {
        case .json:
            do { return .success(try JSONPatch.apply(patch, to: document)) } catch let failure as JSONPatch.Failure {
                if failure.message.hasPrefix("json: cannot unmarshal") { return .failure(.badRequest(failure.message)) }
                return .failure(APIError(code: 422, reason: "Invalid", message: failure.message))
            } catch {
                return .failure(.badRequest("\(error)"))
            }
        case .merge:
            return .success(MergePatch.apply(patch, to: document))
        case .strategicMerge:
            guard patch.objectValue != nil else {
                return .failure(.badRequest("json: cannot unmarshal \(patch.typeName) into Go value of type map[string]interface {}"))
            }
            return .success(StrategicMergePatch(schema: StrategicMergeSchema(kind: kind)).apply(patch, to: document))
        }
    }

    /// What a create would store (`dryRun=All`): defaults, validation, the namespace check and AlreadyExists.
    public static func dryRunCreate(_ object: any (APIObject & APIObjectRules), in cluster: Cluster) throws -> any APIObject {
        try ErasedAPI.dryRunCreate(object, in: cluster)
    }

    /// What an update would store (`dryRun=All`).
    public static func dryRunUpdate(_ object: any (APIObject & APIObjectRules), in cluster: Cluster) throws -> any APIObject {
        try ErasedAPI.dryRunUpdate(object, in: cluster)
    }

    /// A node's CPU (millicores) and memory (bytes) as `kubectl top node` shows them; nil when its kubelet does not answer.
    public static func nodeUsage(_ node: Node, in cluster: Cluster) -> (cpuMillicores: Int64, memoryBytes: Int64)? {
        TopVerb.nodeUsage(node, cluster).map { (cpuMillicores: $0.cpu, memoryBytes: $0.memory) }
    }

    /// The kubelet's `--timestamps` prefix of a log line written at `instant` (RFC 3339, nine fraction digits).
    public static func logTimestamp(_ instant: Double) -> String { LogTimestamp.format(instant) }

    /// An autoscaling/v1 HorizontalPodAutoscaler as the autoscaling/v2 object the simulated API server stores.
    public static func hpaV1ToV2(_ json: JSONValue) -> JSONValue { HPAConversion.v1ToV2(json) }

    /// What `kubectl exec` prints when it runs `command` in a container, as the REPL's exec computes it (`curl` and
    /// `wget` reach the simulated network): stdout, stderr and the exit code; an API error when it cannot run.
    public static func exec(namespace: String, pod name: String, container: String, command: [String],
                            in cluster: Cluster) -> Result<(stdout: String, stderr: String, exitCode: Int32), APIError> {
        guard let pod = cluster.store.get(Pod.self, namespace: namespace, name: name) else {
            return .failure(.notFound("pods", name))
        }
        if let tool = HTTPToolInvocation(command) {
            guard tool.available(in: pod, container: container, cluster: cluster) else {
                if tool.viaShell { return .success(("", "sh: \(tool.tool): not found\n", 127)) }
                return .success(("", "OCI runtime exec failed: exec failed: unable to start container process: exec: "
                    + "\"\(command[0])\": executable file not found in $PATH: unknown\n", 126))
            }
            var out = ""
            var err = ""
            let status = tool.run(in: pod, cluster: cluster, io: ShellIO(stdout: { out += $0 }, stderr: { err += $0 }))
            return .success((out, err, status))
        }
        do {
            let result = try cluster.exec(namespace: namespace, pod: name, container: container, command: command)
            let out = result.stdout.isEmpty ? "" : result.stdout.map { $0 + "\n" }.joined()
            let err = result.stderr.isEmpty ? "" : result.stderr.map { $0 + "\n" }.joined()
            return .success((out, err, result.exitCode))
        } catch let error as APIError {
            return .failure(error)
        } catch {
            return .failure(.badRequest("\(error)"))
        }
    }

    /// One object schema of the REPL's `kubectl explain` catalogue, for serving it as OpenAPI.
    public struct ExplainSchemaInfo: Sendable {
        /// One field: its name, type in explain notation (`string`, `[]Container`, `map[string]string`, `PodSpec`),
        /// whether it is required, its enum values and its description.
        public struct Field: Sendable {
            public let name: String
            public let type: String
            public let required: Bool
            public let enumValues: [String]
            public let description: String
        }

        public let name: String
        public let description: String
        public let fields: [Field]
    }

    /// Every schema of the explain catalogue, by name order.
    public static var explainSchemas: [ExplainSchemaInfo] {
        ExplainCatalogue.standard.schemas.keys.sorted().compactMap { name in
            ExplainCatalogue.standard.schemas[name].map(info)
        }
    }

    /// What `kubectl explain` shows for a kind kubetutor lists in discovery but does not simulate.
    public static func explainPlaceholder(kind: String) -> ExplainSchemaInfo {
        // The same schema as ExplainRenderer.placeholder.
        info(ExplainSchema(name: kind, description: "\(kind) is listed by the API server but not simulated by kubetutor, so only "
                           + "its top-level fields are described here.", fields: ExplainCatalogue.expand("object \(kind)")))
    }

    private static func info(_ schema: ExplainSchema) -> ExplainSchemaInfo {
        ExplainSchemaInfo(name: schema.name, description: schema.description, fields: schema.fields.map {
            ExplainSchemaInfo.Field(name: $0.name, type: $0.type.text, required: $0.required, enumValues: $0.enumValues,
                                    description: $0.description)
        })
    }
}
