import KubeCluster

/// One column of a kubectl table: its header and whether only `-o wide` shows it.
public struct TableColumn: Sendable {
    public let header: String
    public let wideOnly: Bool
    /// True for the column that holds the object name (prefixed `kind/` when several kinds print together).
    public let isName: Bool
    public init(_ header: String, wide: Bool = false, isName: Bool = false) {
        self.header = header
        self.wideOnly = wide
        self.isName = isName
    }
}

/// What a printer needs besides the object: the current simulated time and the store for lookups.
public struct TableContext {
    public let now: Double
    public let store: ObjectStore
    public init(now: Double, store: ObjectStore) {
        self.now = now
        self.store = store
    }

    /// The AGE cell for a timestamp: `<unknown>` when unset, else HumanDuration of the time since.
    public func age(_ timestamp: Timestamp?) -> String {
        guard let timestamp, !timestamp.isZero else { return "<unknown>" }
        return HumanDuration.format(seconds: now - timestamp.instant)
    }

    /// The duration since `timestamp`, as HumanDuration prints it.
    public func since(_ timestamp: Timestamp) -> String { HumanDuration.format(seconds: now - timestamp.instant) }
}

/// Turns objects of one kind into the rows `kubectl get` prints (the server-side printers of
/// `pkg/printers/internalversion`). Each kind has one.
///
/// `cells` runs once per listed object (ten thousand times for `get pods -A` at scale), on the stored
/// value read in place: read fields directly (`metadata.nameValue`, not the generic `name`, which makes
/// its own copy of the metadata) and pass the object on only to borrowing parameters.
public protocol TablePrinter {
    associatedtype Object: APIObject
    /// Every column, wide ones included, in print order.
    static var columns: [TableColumn] { get }
    /// Every cell of the object's row, aligned with `columns`.
    static func cells(_ object: Object, _ context: TableContext) -> [String]
}

/// Joins `items` with ",", showing `<none>` for an empty list.
func joinedOrNone(_ items: [String]) -> String { items.isEmpty ? "<none>" : items.joined(separator: ",") }

/// CONTAINERS and IMAGES cells of workload printers (names and images joined with ",").
func containerCells(_ spec: PodSpec) -> [String] {
    [spec.containers.map(\.name).joined(separator: ","), spec.containers.map { $0.image ?? "" }.joined(separator: ",")]
}
