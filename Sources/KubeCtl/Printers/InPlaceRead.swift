import KubeCluster

/// Reads the value inside an `any APIObject` box where it is stored.
///
/// `object as? Pod` copies the whole struct out of the existential's box first — a retain of every
/// reference it holds, and a release of each when done — although a printer reads only a few fields;
/// for a table of ten thousand pods that copy cost more than the printing. Opening the existential
/// reaches the stored value by reference instead. The value is lent to the caller `inout`: the one way
/// of handing it on that the compiler never copies (exclusive access lets it read the fields in place,
/// where a value read through a pointer would be copied first). Callers must not write to it.
enum InPlaceRead {
    /// Calls `body` with the value stored in `object`, in place, when its type is `T`; nil when it holds
    /// another type. `body` reads the value and must not change it.
    static func read<T: APIObject, Result>(_ object: any APIObject, as type: T.Type, _ body: (inout T) -> Result) -> Result? {
        func opened<Stored: APIObject>(_ stored: Stored) -> Result? {
            guard Stored.self == T.self else { return nil }
            // Same type, so rebinding the pointer only tells the compiler what the check above proved.
            return withUnsafePointer(to: stored) { pointer in
                pointer.withMemoryRebound(to: T.self, capacity: 1) { body(&UnsafeMutablePointer(mutating: $0).pointee) }
            }
        }
        return opened(object)
    }
}
