import KubeCluster

/// A table printer with its object type erased, so `get` can print whatever kind it lists.
public struct AnyTablePrinter {
    public let columns: [TableColumn]
    /// Every cell of an object's row, aligned with `columns` (none when the object is not of the printer's kind).
    public let cells: (any APIObject, TableContext) -> [String]
    /// Appends an object's row to a table, laid out as the shape says (namespace, shown columns, labels).
    let appendRow: (any APIObject, TableRowShape, TableContext, inout TableLayout) -> Void

    init<P: TablePrinter>(_ printer: P.Type) {
        columns = P.columns
        cells = { object, context in
            InPlaceRead.read(object, as: P.Object.self) { P.cells($0, context) } ?? []
        }
        appendRow = { object, shape, context, layout in
            let appended: Void? = InPlaceRead.read(object, as: P.Object.self) { typed in
                shape.append(printed: P.cells(typed, context), namespace: typed.metadata.namespace ?? "",
                             labels: typed.metadata.labels, to: &layout)
            }
            if appended == nil {
                shape.append(printed: [], namespace: object.namespace, labels: object.metadata.labels, to: &layout)
            }
        }
    }

    init(columns: [TableColumn], cells: @escaping (any APIObject, TableContext) -> [String]) {
        self.columns = columns
        self.cells = cells
        appendRow = { object, shape, context, layout in
            shape.append(printed: cells(object, context), namespace: object.namespace, labels: object.metadata.labels,
                         to: &layout)
        }
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
