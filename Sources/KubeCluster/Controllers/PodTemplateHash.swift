import Foundation

/// The `pod-template-hash` of a Deployment's pod template (`controller.ComputeHash`): FNV-1a 32-bit over
/// a canonical dump of the template, then the collision count (8 bytes little-endian) when set, printed
/// in decimal and mapped through `rand.SafeEncodeString`.
///
/// Upstream dumps the Go struct; here the dump is the template's JSON with sorted keys, so the same
/// template always gives the same hash, with the real alphabet (`4-9bcdf`) and length (usually 9–10).
public enum PodTemplateHash {
    /// The label the deployment controller adds to its ReplicaSets' selector and template.
    public static let labelKey = "pod-template-hash"

    /// The characters `rand.SafeEncodeString` maps onto (no vowels, no look-alikes).
    static let alphabet = Array("bcdfghjklmnpqrstvwxz2456789".utf8)

    /// The hash of `template`, perturbed by `collisionCount` when given.
    public static func compute(_ template: PodTemplateSpec, collisionCount: Int32?) -> String {
        var hash = fnv1a32(canonicalJSON(template))
        if let collisionCount {
            var bytes = [UInt8](repeating: 0, count: 8)
            let value = UInt32(bitPattern: collisionCount)
            for index in 0..<4 { bytes[index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
            hash = fnv1a32(bytes, continuing: hash)
        }
        return safeEncode(String(hash))
    }

    /// FNV-1a 32-bit of `bytes`, optionally continuing from an earlier state.
    public static func fnv1a32<Bytes: Sequence>(_ bytes: Bytes, continuing state: UInt32 = 2_166_136_261) -> UInt32
    where Bytes.Element == UInt8 {
        var hash = state
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// `rand.SafeEncodeString`: each byte `c` becomes `alphabet[c % 27]`.
    public static func safeEncode(_ text: String) -> String {
        String(decoding: text.utf8.map { alphabet[Int($0) % alphabet.count] }, as: UTF8.self)
    }

    /// The template as compact JSON with sorted keys (the stable dump the hash is taken over).
    static func canonicalJSON(_ template: PodTemplateSpec) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(template)) ?? Data())
    }
}
