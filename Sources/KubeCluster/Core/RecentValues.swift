/// Keeps one copy of each recently seen value, so equal values built apart share one buffer: replicas
/// that start together report equal condition lists and event messages, and the pods of a node the same
/// host IP list.
final class RecentValues<Value: Hashable> {
    private var values: Set<Value> = []
    /// How many values are kept before the set starts over (bounds what it keeps alive).
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The kept value equal to `value`, or `value` as `keep` makes it, kept from now on.
    func shared(_ value: Value, keeping keep: (Value) -> Value = { $0 }) -> Value {
        if let index = values.firstIndex(of: value) { return values[index] }
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        let kept = keep(value)
        values.insert(kept)
        return kept
    }
}
