/// The cluster's single source of randomness: a SplitMix64 generator seeded once, so that the same seed
/// and the same actions give the same names, IPs, ports and choices.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// The alphabet Kubernetes uses for generated name suffixes (no vowels, no look-alikes).
    public static let nameAlphabet = Array("bcdfghjklmnpqrstvwxz2456789")

    /// `count` characters from the generated-name alphabet, like apimachinery's `rand.String`.
    public mutating func nameSuffix(_ count: Int = 5) -> String {
        String((0..<count).map { _ in SeededRandom.nameAlphabet[Int(next() % UInt64(SeededRandom.nameAlphabet.count))] })
    }

    /// A random integer in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// A random fraction in 0..<1.
    public mutating func fraction() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// A lowercase hex string of `count` characters (container IDs, digests).
    public mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<count).map { _ in digits[Int(next() & 15)] })
    }

    /// A version-4-shaped UUID string.
    public mutating func uuid() -> String {
        let text = hex(32)
        let chars = Array(text)
        func part(_ from: Int, _ to: Int) -> String { String(chars[from..<to]) }
        return "\(part(0, 8))-\(part(8, 12))-4\(part(13, 16))-\(["8", "9", "a", "b"][Int(next() & 3)])\(part(17, 20))-\(part(20, 32))"
    }
}
