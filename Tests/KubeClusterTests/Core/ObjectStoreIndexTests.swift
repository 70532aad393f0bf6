import XCTest
@testable import KubeCluster

/// The store's ordered listings and indexes (controller, owner, labels, pod node and IP, event involved
/// object) must answer exactly what a full scan of the stored objects answers, in key order.
final class ObjectStoreIndexTests: XCTestCase {
    private let namespaces = ["a", "ab", "default"]
    private let owners = ["uid-1", "uid-2", "uid-3"]
    private let labelValues = ["app": ["web", "db"], "tier": ["front", "back"], "env": ["prod"]]
    private let nodes = ["node-1", "node-2", "node-3"]
    private let ips = ["10.0.0.1", "10.0.0.2", "10.0.0.3"]

    /// Random create/update/delete sequences, checked against a scan of a plain dictionary after every step.
    func testIndexQueriesAgreeWithFullScanAfterRandomChanges() {
        for seed: UInt64 in [1, 2, 3, 42] {
            var random = SeededRandom(seed: seed)
            let store = ObjectStore()
            var pods: [ObjectKey: Pod] = [:]
            var events: [ObjectKey: Event] = [:]
            var sets: [ObjectKey: ReplicaSet] = [:]
            for step in 0..<600 {
                let name = "o\(random.next() % 40)"
                let namespace = namespaces[Int(random.next() % UInt64(namespaces.count))]
                let key = ObjectKey(namespace: namespace, name: name)
                switch random.next() % 10 {
                case 0, 1:
                    if store.remove(Pod.self, key) != nil { pods[key] = nil }
                case 2:
                    if store.removeAny(resource: "events", key) != nil { events[key] = nil }
                case 3:
                    sets[key] = store.put(replicaSet(key, &random))
                case 4:
                    if store.remove(ReplicaSet.self, key) != nil { sets[key] = nil }
                case 5, 6:
                    events[key] = store.put(event(key, &random))
                default:
                    pods[key] = store.put(pod(key, &random))
                }
                if step % 20 == 0 || step == 599 {
                    assertAgrees(store, pods: pods, events: events, sets: sets, context: "seed \(seed) step \(step)")
                }
            }
        }
    }

    /// Listings are in etcd key order and a namespace never picks up another whose name extends it.
    func testListingOrderAndNamespaceScope() {
        let store = ObjectStore()
        let keys = [("default", "b"), ("ab", "x"), ("a", "z"), ("a", "c"), ("default", "a"), ("b", "a")]
        for (namespace, name) in keys { store.put(Pod(metadata: ObjectMeta(name: name, namespace: namespace), spec: PodSpec(containers: []))) }
        let cases: [(namespace: String?, expected: [String])] = [
            (nil, ["a/c", "a/z", "ab/x", "b/a", "default/a", "default/b"]),
            ("a", ["a/c", "a/z"]),
            ("ab", ["ab/x"]),
            ("default", ["default/a", "default/b"]),
            ("zzz", []),
        ]
        for (namespace, expected) in cases {
            XCTAssertEqual(store.list(Pod.self, namespace: namespace).map(\.key.description), expected, "namespace \(namespace ?? "all")")
        }
        // Removed and put back before the next listing: listed once.
        store.remove(Pod.self, ObjectKey(namespace: "a", name: "c"))
        store.put(Pod(metadata: ObjectMeta(name: "c", namespace: "a"), spec: PodSpec(containers: [])))
        XCTAssertEqual(store.list(Pod.self, namespace: "a").map(\.name), ["c", "z"])
        XCTAssertEqual(store.count(resource: "pods"), 6)
    }

    /// Thousands of changes between listings (past the table's merge threshold), removed keys stored again
    /// and freed slots reused: listings, counts and lookups still match a plain dictionary.
    func testManyChangesBetweenListings() {
        let store = ObjectStore()
        var expected: [ObjectKey: String] = [:]
        func put(_ index: Int, _ generation: Int) {
            let key = ObjectKey(namespace: "ns-\(index % 3)", name: "e-\(index)")
            var event = Event(involvedObject: ObjectReference(kind: "Pod", namespace: key.namespace, name: "p", uid: nil))
            event.metadata = ObjectMeta(name: key.name, namespace: key.namespace)
            event.message = "generation \(generation)"
            store.put(event)
            expected[key] = "generation \(generation)"
        }
        func check(_ context: String) {
            XCTAssertEqual(store.count(resource: "events"), expected.count, context)
            let listed = store.listAny(resource: "events").compactMap { $0 as? Event }
            XCTAssertEqual(listed.map(\.key), expected.keys.sorted(), context)
            XCTAssertEqual(listed.map(\.message), expected.keys.sorted().map { expected[$0] }, context)
            for namespace in ["ns-0", "ns-1", "ns-2", "ns-3"] {
                XCTAssertEqual(store.list(Event.self, namespace: namespace).map(\.key),
                               expected.keys.filter { $0.namespace == namespace }.sorted(), "\(context) \(namespace)")
            }
            for key in [ObjectKey(namespace: "ns-0", name: "e-0"), ObjectKey(namespace: "ns-1", name: "e-4999")] {
                XCTAssertEqual(store.get(Event.self, key)?.message, expected[key], "\(context) get \(key)")
            }
        }
        for index in 0..<5000 { put(index, 1) }
        check("created")
        for index in stride(from: 0, to: 5000, by: 1) where index % 10 != 0 {
            store.removeAny(resource: "events", ObjectKey(namespace: "ns-\(index % 3)", name: "e-\(index)"))
            expected[ObjectKey(namespace: "ns-\(index % 3)", name: "e-\(index)")] = nil
        }
        for index in stride(from: 1, to: 5000, by: 7) { put(index, 2) } // removed ones come back, kept ones change
        check("removed and stored again")
        for index in 5000..<5100 { put(index, 3) } // into freed slots
        store.removeAny(resource: "events", ObjectKey(namespace: "ns-0", name: "e-0"))
        expected[ObjectKey(namespace: "ns-0", name: "e-0")] = nil
        put(0, 4) // removed and stored again before a listing
        check("reused slots")
    }

    /// Keys whose hashes collide (forced: three hash values for all keys) are still found, replaced,
    /// removed and listed exactly as a plain dictionary would.
    func testKeysWithCollidingHashes() {
        let table = ResourceTable(resource: "events", keyHash: { $0.name.count % 3 })
        var expected: [ObjectKey: String] = [:]
        func put(_ name: String, _ message: String) {
            var event = Event(involvedObject: ObjectReference(kind: "Pod", namespace: "default", name: "p", uid: nil))
            event.metadata = ObjectMeta(name: name, namespace: "default")
            event.message = message
            table.store(event)
            expected[event.key] = message
        }
        func check(_ context: String) {
            XCTAssertEqual(table.count, expected.count, context)
            for name in ["a", "bb", "ccc", "dddd", "x", "yy", "zzz", "missing"] {
                let key = ObjectKey(namespace: "default", name: name)
                XCTAssertEqual((table.object(at: key) as? Event)?.message, expected[key], "\(context): \(name)")
            }
            var listed: [String] = []
            table.forEachObject(namespace: nil) { listed.append(($0 as? Event)?.message ?? "") }
            XCTAssertEqual(listed, expected.keys.sorted().map { expected[$0]! }, context)
        }
        for name in ["a", "bb", "ccc", "dddd", "x", "yy", "zzz"] { put(name, "\(name) 1") }
        check("stored")
        put("x", "x 2")
        table.remove(ObjectKey(namespace: "default", name: "a"))
        expected[ObjectKey(namespace: "default", name: "a")] = nil
        check("one replaced, the first of its hash removed")
        table.remove(ObjectKey(namespace: "default", name: "dddd"))
        expected[ObjectKey(namespace: "default", name: "dddd")] = nil
        put("a", "a 2")
        check("removed and stored again")
        for name in ["bb", "ccc", "x", "yy", "zzz", "a"] {
            table.remove(ObjectKey(namespace: "default", name: name))
            expected[ObjectKey(namespace: "default", name: name)] = nil
        }
        check("all removed")
        put("zzz", "zzz 3")
        check("stored into a freed slot")
    }

    /// Table: which pods each query finds, for a fixed set of pods.
    func testQueriesOnFixedPods() throws {
        let store = ObjectStore()
        func put(_ name: String, labels: [String: String], controller: String?, node: String?, ip: String?) {
            var pod = Pod(metadata: ObjectMeta(name: name, namespace: "default", labels: labels), spec: PodSpec(containers: []))
            if let controller {
                pod.metadata.ownerReferences = [OwnerReference(apiVersion: "apps/v1", kind: "ReplicaSet", name: "rs", uid: controller)]
            }
            pod.spec.nodeName = node
            pod.status.podIP = ip
            store.put(pod)
        }
        put("p3", labels: ["app": "web", "tier": "front"], controller: "rs-1", node: "n1", ip: "10.0.0.3")
        put("p1", labels: ["app": "web"], controller: "rs-1", node: "n2", ip: "10.0.0.1")
        put("p2", labels: ["app": "db"], controller: nil, node: "n1", ip: nil)
        put("p4", labels: [:], controller: "rs-2", node: "", ip: "")
        let cases: [(query: String, found: [Pod], expected: [String])] = [
            ("controlledBy rs-1", store.list(Pod.self, namespace: "default", controlledBy: "rs-1"), ["p1", "p3"]),
            ("controlledBy none", store.list(Pod.self, controlledBy: ""), ["p2"]),
            ("claimCandidates rs-2", store.claimCandidates(Pod.self, namespace: "default", controller: "rs-2"), ["p2", "p4"]),
            ("labels app=web", store.list(Pod.self, labels: ["app": "web"]), ["p1", "p3"]),
            ("labels app=web,tier=front", store.list(Pod.self, labels: ["app": "web", "tier": "front"]), ["p3"]),
            ("labels none", store.list(Pod.self, labels: [:]), ["p1", "p2", "p3", "p4"]),
            ("selector app!=web", store.list(Pod.self, selector: try LabelSelector(parsing: "app!=web")), ["p2", "p4"]),
            ("selector app in (web),tier", store.list(Pod.self, selector: try LabelSelector(parsing: "app in (web),tier")), ["p3"]),
            ("onNode n1", store.pods(onNode: "n1"), ["p2", "p3"]),
            ("onNode empty name", store.pods(onNode: ""), []),
            ("withIP 10.0.0.1", store.pods(withIP: "10.0.0.1"), ["p1"]),
            ("other namespace", store.list(Pod.self, namespace: "kube-system", controlledBy: "rs-1"), []),
        ]
        for (query, found, expected) in cases { XCTAssertEqual(found.map(\.name), expected, query) }
        XCTAssertEqual(store.dependents(of: "rs-1", resource: "pods").map(\.name), ["p1", "p3"])
    }

    // MARK: - Random objects

    private func pick<T>(_ values: [T], _ random: inout SeededRandom) -> T { values[Int(random.next() % UInt64(values.count))] }

    private func labels(_ random: inout SeededRandom) -> [String: String]? {
        var labels: [String: String] = [:]
        for name in labelValues.keys.sorted() where random.next() % 2 == 0 {
            labels[name] = pick(labelValues[name] ?? [], &random)
        }
        return labels.isEmpty && random.next() % 2 == 0 ? nil : labels
    }

    private func ownerReferences(_ random: inout SeededRandom) -> [OwnerReference]? {
        switch random.next() % 4 {
        case 0: return nil
        case 1: return [OwnerReference(apiVersion: "v1", kind: "X", name: "x", uid: pick(owners, &random), controller: nil)]
        case 2: return [OwnerReference(apiVersion: "v1", kind: "X", name: "x", uid: pick(owners, &random), controller: false),
                        OwnerReference(apiVersion: "v1", kind: "X", name: "y", uid: pick(owners, &random))]
        default: return [OwnerReference(apiVersion: "v1", kind: "X", name: "x", uid: pick(owners, &random))]
        }
    }

    private func pod(_ key: ObjectKey, _ random: inout SeededRandom) -> Pod {
        var pod = Pod(metadata: ObjectMeta(name: key.name, namespace: key.namespace), spec: PodSpec(containers: []))
        pod.metadata.labels = labels(&random)
        pod.metadata.ownerReferences = ownerReferences(&random)
        pod.spec.nodeName = random.next() % 4 == 0 ? nil : pick(nodes + [""], &random)
        pod.status.podIP = random.next() % 3 == 0 ? nil : pick(ips, &random)
        return pod
    }

    private func replicaSet(_ key: ObjectKey, _ random: inout SeededRandom) -> ReplicaSet {
        var rs = ReplicaSet()
        rs.metadata = ObjectMeta(name: key.name, namespace: key.namespace)
        rs.metadata.labels = labels(&random)
        rs.metadata.ownerReferences = ownerReferences(&random)
        return rs
    }

    private func event(_ key: ObjectKey, _ random: inout SeededRandom) -> Event {
        var event = Event(involvedObject: ObjectReference(kind: "Pod", namespace: key.namespace, name: "o\(random.next() % 5)", uid: nil))
        event.metadata = ObjectMeta(name: key.name, namespace: key.namespace)
        return event
    }

    // MARK: - Checking

    private func assertAgrees(_ store: ObjectStore, pods: [ObjectKey: Pod], events: [ObjectKey: Event], sets: [ObjectKey: ReplicaSet],
                              context: String) {
        func names<T: APIObject>(_ objects: [T]) -> [String] { objects.map { "\($0.key)@\($0.metadata.resourceVersion ?? "")" } }
        func scan<T: APIObject>(_ all: [ObjectKey: T], _ namespace: String?, _ include: (T) -> Bool) -> [String] {
            names(all.values.filter { (namespace == nil || $0.namespace == namespace) && include($0) }.sorted { $0.key < $1.key })
        }
        let controllerOf = { (object: any APIObject) in object.metadata.controllerReference?.uid ?? "" }
        for namespace in namespaces.map(Optional.some) + [nil] {
            XCTAssertEqual(names(store.list(Pod.self, namespace: namespace)), scan(pods, namespace) { _ in true }, context)
            XCTAssertEqual(names(store.list(Event.self, namespace: namespace)), scan(events, namespace) { _ in true }, context)
            XCTAssertEqual(names(store.list(ReplicaSet.self, namespace: namespace)), scan(sets, namespace) { _ in true }, context)
            for uid in owners + [""] {
                XCTAssertEqual(names(store.list(Pod.self, namespace: namespace, controlledBy: uid)),
                               scan(pods, namespace) { controllerOf($0) == uid }, "\(context) controlledBy \(uid)")
                XCTAssertEqual(names(store.list(ReplicaSet.self, namespace: namespace, controlledBy: uid)),
                               scan(sets, namespace) { controllerOf($0) == uid }, "\(context) rs controlledBy \(uid)")
                if let namespace, !uid.isEmpty {
                    XCTAssertEqual(names(store.claimCandidates(Pod.self, namespace: namespace, controller: uid)),
                                   scan(pods, namespace) { controllerOf($0) == uid || controllerOf($0).isEmpty }, "\(context) claim \(uid)")
                }
            }
            for (name, values) in labelValues.sorted(by: { $0.key < $1.key }) {
                for value in values {
                    XCTAssertEqual(names(store.list(Pod.self, namespace: namespace, labels: [name: value])),
                                   scan(pods, namespace) { $0.metadata.labels?[name] == value }, "\(context) \(name)=\(value)")
                    var pair = ["app": "web"]
                    pair[name] = value
                    XCTAssertEqual(names(store.list(ReplicaSet.self, namespace: namespace, labels: pair)),
                                   scan(sets, namespace) { set in pair.allSatisfy { set.metadata.labels?[$0.key] == $0.value } },
                                   "\(context) \(pair)")
                }
            }
            for text in ["app=web,tier!=back", "env", "!env", "app in (db),env notin (prod)", "tier in (front)"] {
                guard let selector = try? LabelSelector(parsing: text) else { return XCTFail("selector \(text)") }
                XCTAssertEqual(names(store.list(Pod.self, namespace: namespace, selector: selector)),
                               scan(pods, namespace) { selector.matches($0.metadata.labelMap) }, "\(context) \(text)")
            }
            for involved in (0..<5).map({ "o\($0)" }) {
                XCTAssertEqual(names(store.events(involving: involved, namespace: namespace)),
                               scan(events, namespace) { $0.involvedObject.name == involved }, "\(context) involving \(involved)")
            }
        }
        for node in nodes + [""] {
            XCTAssertEqual(names(store.pods(onNode: node)), scan(pods, nil) { !node.isEmpty && $0.spec.nodeName == node }, "\(context) \(node)")
        }
        for ip in ips {
            XCTAssertEqual(names(store.pods(withIP: ip)), scan(pods, nil) { $0.status.podIP == ip }, "\(context) \(ip)")
        }
        for uid in owners {
            let owned = { (object: any APIObject) in object.metadata.ownerReferences?.contains { $0.uid == uid } ?? false }
            XCTAssertEqual(store.dependents(of: uid, resource: "pods").map { "\($0.key)@\($0.metadata.resourceVersion ?? "")" },
                           scan(pods, nil, owned), "\(context) dependents \(uid)")
            XCTAssertEqual(store.dependents(of: uid, resource: "replicasets").map { "\($0.key)@\($0.metadata.resourceVersion ?? "")" },
                           scan(sets, nil, owned), "\(context) rs dependents \(uid)")
        }
        XCTAssertEqual(store.count(resource: "pods"), pods.count, context)
        let expectedResources = [("events", events.count), ("pods", pods.count), ("replicasets", sets.count)].filter { $0.1 > 0 }.map(\.0)
        XCTAssertEqual(store.resources, expectedResources, context)
    }
}
