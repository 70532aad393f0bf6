/// A 64-bit FNV-1a hash that is the same in every process and on every run (Swift's own `Hasher` is
/// seeded per process), for keys and derived values that must not change between runs.
public struct StableHash {
    /// The hash of everything combined so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// FNV-1a of `text`'s UTF-8 bytes.
    public static func of(_ text: String) -> UInt64 {
        var hash = StableHash()
        hash.add(text)
        return hash.value
    }

    /// Mixes in `text` followed by a separator byte that UTF-8 never contains, so the fields of a
    /// composite key cannot run into each other ("ab"+"c" differs from "a"+"bc").
    public mutating func combine(_ text: String) {
        add(text)
        mix(0xFF)
    }

    private mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }
}
