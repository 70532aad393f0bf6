/// Hands out the cluster's addresses: pod IPs from each node's pod CIDR, Service ClusterIPs from
/// 10.96.0.0/12 and NodePorts from 30000–32767, never giving out one that is in use.
public struct AddressAllocator {
    private var podIPsInUse: [String: Set<Int>] = [:]
    private var nextPodHost: [String: Int] = [:]
    private var clusterIPsInUse: Set<UInt32> = []
    private var nodePortsInUse: Set<Int32> = []

    public init() {}

    /// A free IP in `cidr` (an `a.b.c.0/24`), starting after .1 and walking upward like a host-local IPAM.
    public mutating func allocatePodIP(cidr: String) -> String? {
        let base = cidr.split(separator: "/").first.map(String.init) ?? cidr
        let octets = base.split(separator: ".")
        guard octets.count == 4 else { return nil }
        let prefix = octets[0...2].joined(separator: ".")
        var used = podIPsInUse[prefix, default: []]
        var host = nextPodHost[prefix, default: 2]
        for _ in 0..<253 {
            if host > 254 { host = 2 }
            if !used.contains(host) {
                used.insert(host)
                podIPsInUse[prefix] = used
                nextPodHost[prefix] = host + 1
                return "\(prefix).\(host)"
            }
            host += 1
        }
        return nil
    }

    /// Returns a pod IP to the pool.
    public mutating func releasePodIP(_ ip: String) {
        let parts = ip.split(separator: ".")
        guard parts.count == 4, let host = Int(parts[3]) else { return }
        podIPsInUse[parts[0...2].joined(separator: ".")]?.remove(host)
    }

    /// Marks a specific ClusterIP as used (for `kubernetes` 10.96.0.1, kube-dns 10.96.0.10, or a user's choice).
    /// Returns false when it is taken or outside the range.
    public mutating func reserveClusterIP(_ ip: String) -> Bool {
        guard let value = AddressAllocator.parse(ip), AddressAllocator.serviceRange.contains(value),
              !clusterIPsInUse.contains(value) else { return false }
        clusterIPsInUse.insert(value)
        return true
    }

    /// A random free ClusterIP from 10.96.0.0/12.
    public mutating func allocateClusterIP(using random: inout SeededRandom) -> String? {
        for _ in 0..<10_000 {
            let value = AddressAllocator.serviceRange.lowerBound + 1 + UInt32(random.next() % UInt64(0xFFFFE))
            if !clusterIPsInUse.contains(value) {
                clusterIPsInUse.insert(value)
                return AddressAllocator.format(value)
            }
        }
        return nil
    }

    /// Returns a ClusterIP to the pool.
    public mutating func releaseClusterIP(_ ip: String) {
        if let value = AddressAllocator.parse(ip) { clusterIPsInUse.remove(value) }
    }

    /// Marks a NodePort as used; false when taken or outside 30000–32767.
    public mutating func reserveNodePort(_ port: Int32) -> Bool {
        guard (30000...32767).contains(port), !nodePortsInUse.contains(port) else { return false }
        nodePortsInUse.insert(port)
        return true
    }

    /// A random free NodePort.
    public mutating func allocateNodePort(using random: inout SeededRandom) -> Int32? {
        for _ in 0..<10_000 {
            let port = Int32(30000 + Int(random.next() % 2768))
            if !nodePortsInUse.contains(port) {
                nodePortsInUse.insert(port)
                return port
            }
        }
        return nil
    }

    /// Returns a NodePort to the pool.
    public mutating func releaseNodePort(_ port: Int32) { nodePortsInUse.remove(port) }

    /// 10.96.0.0/12.
    static let serviceRange: ClosedRange<UInt32> = 0x0A60_0000...0x0A6F_FFFF

    static func parse(_ ip: String) -> UInt32? {
        let parts = ip.split(separator: ".").compactMap { UInt32($0) }
        guard parts.count == 4, parts.allSatisfy({ $0 < 256 }) else { return nil }
        return parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3]
    }

    static func format(_ value: UInt32) -> String {
        "\(value >> 24).\(value >> 16 & 255).\(value >> 8 & 255).\(value & 255)"
    }
}
