/// A value kept in an immutable heap box that copies share, compared and hashed by value.
///
/// Model structs keep the members most objects leave unset (probes, annotations, finalizers, …) in one
/// optional `OutOfLineValue`: an object without them pays one pointer instead of the members' inline
/// size, which matters with tens of thousands of pods and events in the store. Changing a member makes
/// a new box (they are rarely changed), so copies never see each other's changes.
public struct OutOfLineValue<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The heap cell holding the value; never mutated after creation.
    private final class Cell: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let cell: Cell

    /// Boxes `value`.
    public init(_ value: Value) { cell = Cell(value) }

    /// The boxed value.
    public var value: Value { cell.value }

    public static func == (lhs: OutOfLineValue, rhs: OutOfLineValue) -> Bool {
        lhs.cell === rhs.cell || lhs.cell.value == rhs.cell.value
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(cell.value) }
}

/// A set of rarely-set members that is empty (`init()`) when none of them is set.
public protocol RareMembers: Hashable, Sendable {
    init()
}

extension Optional {
    /// The boxed members, or the empty set when there is no box.
    func members<Members: RareMembers>() -> Members where Wrapped == OutOfLineValue<Members> {
        self?.value ?? Members()
    }

    /// Applies `change` to the boxed members; keeps no box when they end up empty, so equal values
    /// compare and hash alike whether or not a box was ever made.
    mutating func update<Members: RareMembers>(_ change: (inout Members) -> Void) where Wrapped == OutOfLineValue<Members> {
        var members = self?.value ?? Members()
        change(&members)
        if let current = self, current.value == members { return }
        self = members == Members() ? nil : OutOfLineValue(members)
    }
}
