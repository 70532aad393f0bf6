import KubeCluster

/// Reads the value inside an `any APIObject` box where it is stored.
///
/// `object as? Pod` copies the whole struct out of the existential's box first — a retain of every
/// reference it holds, and a release of each when done — although a printer reads only a few fields;
/// for a table of ten thousand pods that copy cost more than the printing. Opening the existential
/// hands the stored value to a generic function by reference instead.
enum InPlaceRead {
    /// Calls `body` with the value stored in `object` when its type is `T`, without copying it; nil when
    /// it holds another type.
    static func read<T: APIObject, Result>(_ object: any APIObject, as type: T.Type, _ body: (T) -> Result) -> Result? {
        func opened<Stored: APIObject>(_ stored: Stored) -> Result? {
            guard Stored.self == T.self else { return nil }
            // Same type, so rebinding the pointer only tells the compiler what the check above proved.
            return withUnsafePointer(to: stored) { pointer in
                pointer.withMemoryRebound(to: T.self, capacity: 1) { body($0.pointee) }
            }
        }
        return opened(object)
    }
}
