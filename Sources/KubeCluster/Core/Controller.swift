/// A level-triggered reconciler, like an upstream controller: told which object keys changed, it reads
/// desired and actual state from the store, acts to bring them together, and returns.
public protocol Controller: AnyObject {
    /// A short name for diagnostics, e.g. `deployment`.
    var name: String { get }
    /// The keys this controller must reconcile because of a store change (often the owner of the object).
    func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey]
    /// Brings the object at `key` toward its desired state. Must be idempotent.
    func reconcile(_ key: ObjectKey, in cluster: Cluster)
}
