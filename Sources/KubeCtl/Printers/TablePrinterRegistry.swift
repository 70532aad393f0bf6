import KubeCluster

/// A table printer with its object type erased, so `get` can print whatever kind it lists.
public struct AnyTablePrinter {
    public let columns: [TableColumn]
    public let cells: (any APIObject, TableContext) -> [String]

    init<P: TablePrinter>(_ printer: P.Type) {
        columns = P.columns
        cells = { object, context in
            guard let typed = object as? P.Object else { return [] }
            return P.cells(typed, context)
        }
    }

    init(columns: [TableColumn], cells: @escaping (any APIObject, TableContext) -> [String]) {
        self.columns = columns
        self.cells = cells
    }
}

/// The table printer of every kind, by plural resource name; kinds without one get the API server's
/// default table (`NAME CREATED AT`).
public enum TablePrinterRegistry {
    static let printers: [String: AnyTablePrinter] = [
        Pod.resource: AnyTablePrinter(PodTablePrinter.self),
        Deployment.resource: AnyTablePrinter(DeploymentTablePrinter.self),
        ReplicaSet.resource: AnyTablePrinter(ReplicaSetTablePrinter.self),
        DaemonSet.resource: AnyTablePrinter(DaemonSetTablePrinter.self),
        Job.resource: AnyTablePrinter(JobTablePrinter.self),
        Service.resource: AnyTablePrinter(ServiceTablePrinter.self),
        Endpoints.resource: AnyTablePrinter(EndpointsTablePrinter.self),
        EndpointSlice.resource: AnyTablePrinter(EndpointSliceTablePrinter.self),
        Node.resource: AnyTablePrinter(NodeTablePrinter.self),
        Namespace.resource: AnyTablePrinter(NamespaceTablePrinter.self),
        Event.resource: AnyTablePrinter(EventTablePrinter.self),
        HorizontalPodAutoscaler.resource: AnyTablePrinter(HorizontalPodAutoscalerTablePrinter.self),
        ConfigMap.resource: AnyTablePrinter(ConfigMapTablePrinter.self),
        Secret.resource: AnyTablePrinter(SecretTablePrinter.self),
        ServiceAccount.resource: AnyTablePrinter(ServiceAccountTablePrinter.self),
    ]

    /// The printer for `resource`.
    public static func printer(for resource: String) -> AnyTablePrinter {
        printers[resource] ?? AnyTablePrinter(columns: [TableColumn("NAME", isName: true), TableColumn("CREATED AT")]) { object, _ in
            [object.name, object.metadata.creationTimestamp.rfc3339]
        }
    }
}
