import Collections
import Foundation
import KubeCluster
import KubeCtl

/// Fuzz targets that feed the API and the controllers: real manifests of every kind a learner writes,
/// with values swapped for wrong types, extremes and oddities (tree mutations, so the documents still
/// parse), applied and then left to run; and command sequences taken from captured kubectl runs and the
/// learners' notes.
enum ManifestTargets {
    static let all = [mutatedObjects, recordedCommands]

    static let mutatedObjects = FuzzTarget(name: "MutatedObjects", defaultCases: 20) {
        let sandbox = FuzzSandbox(casesPerSandbox: 20)
        let bases = FuzzCorpus.objectManifests.compactMap { try? JSONValue.parseYAMLDocuments($0).first }
        return { fuzzCase in
            guard !bases.isEmpty else { return fuzzCase.fail("no manifests parsed", input: "") }
            var tree = fuzzCase.random.pick(bases)
            for _ in 0..<(1 + fuzzCase.random.below(3)) { tree = TreeMutation.mutateObject(tree, &fuzzCase.random) }
            let document = fuzzCase.random.chance(50) ? tree.yamlText() : tree.jsonText()
            let verb = fuzzCase.random.pick(["apply", "create", "apply --server-side", "replace --force", "apply --dry-run=server"])
            let name = tree["metadata"]?["name"]?.stringValue ?? "x"
            let kind = (tree["kind"]?.stringValue ?? "pod").lowercased()
            let line = "kubectl \(verb) -f - <<'FUZZ_EOF'\n\(document)\nFUZZ_EOF\n"
                + "sleep \(fuzzCase.random.pick([1, 5, 30, 120])); kubectl get all -A -o wide >/dev/null; "
                + "kubectl describe \(kind) \(FuzzQuoting.singleQuoted(name)) >/dev/null; kubectl get events -A >/dev/null; "
                + "kubectl get \(kind) \(FuzzQuoting.singleQuoted(name)) -o yaml >/dev/null; draw >/dev/null; "
                + "kubectl logs \(kind)/\(FuzzQuoting.singleQuoted(name)) --all-containers >/dev/null; "
                + "kubectl rollout status \(kind)/\(FuzzQuoting.singleQuoted(name)) --timeout=20s >/dev/null; "
                + "kubectl top pods >/dev/null; kubectl delete \(kind) \(FuzzQuoting.singleQuoted(name)) --wait=false >/dev/null"
            _ = sandbox.run(line, index: fuzzCase.index, in: &fuzzCase)
        }
    }

    static let recordedCommands = FuzzTarget(name: "RecordedCommands", defaultCases: 100) {
        let sandbox = FuzzSandbox(casesPerSandbox: 40)
        let commands = FuzzCorpus.recordedCommands()
        return { fuzzCase in
            guard !commands.isEmpty else { return }
            var mutator = fuzzCase.mutator(FuzzCorpus.commandTokens)
            let original = fuzzCase.random.pick(commands)
            let line = fuzzCase.random.chance(30) ? original : String(mutator.mutate(original).prefix(600))
            let outcome = sandbox.run(line, index: fuzzCase.index, in: &fuzzCase)
            SessionTargets.explainsFailure(line, outcome, &fuzzCase)
        }
    }
}

/// Mutations of a value tree: a member or item replaced by a value of another type, an extreme number,
/// an odd string or a deep nest; removed; duplicated.
enum TreeMutation {
    static let oddValues: [JSONValue] = [
        .null, .bool(true), .int(0), .int(-1), .int(Int64(Int32.max)), .int(Int64(Int32.max) + 1), .int(Int64.max), .int(Int64.min),
        .double(1e308), .double(-0.0), .double(0.5), .double(1e-300), .string(""), .string("-1"), .string("1e400"),
        .string("\u{1B}[2J"), .string(String(repeating: "a", count: 300)), .string("../../etc/passwd"), .string("😀"),
        .string("0x1F"), .string("100m"), .string("1Ei"), .string("-5Gi"), .string("999999999999999999999Ti"), .string("99999h"),
        .array([]), .object([:]), .array([.null]), .object(["": .null]),
    ]

    /// A whole object mutated inside its spec, metadata or data most of the time, so it still reaches the API.
    static func mutateObject(_ object: JSONValue, _ random: inout FuzzRandom) -> JSONValue {
        guard random.chance(90), case .object(var members) = object else { return mutate(object, &random) }
        let keys = ["spec", "metadata", "data", "status"].filter { members[$0] != nil }
        guard !keys.isEmpty else { return mutate(object, &random) }
        let key = random.pick(keys)
        if let inner = members[key] { members[key] = mutate(inner, &random, depth: 1) }
        return .object(members)
    }

    static func mutate(_ value: JSONValue, _ random: inout FuzzRandom, depth: Int = 0) -> JSONValue {
        switch value {
        case .object(var members) where !members.isEmpty && random.chance(depth < 2 ? 95 : 75):
            let index = random.below(members.count)
            let key = members.keys[index]
            switch random.below(6) {
            case 0: members.removeValue(forKey: key)
            case 1: members[key] = random.pick(oddValues)
            case 2: members[key + random.pick(["", "x", "Seconds"])] = members.values[index]
            default: members[key] = mutate(members.values[index], &random, depth: depth + 1)
            }
            return .object(members)
        case .array(var items) where !items.isEmpty && random.chance(depth < 2 ? 95 : 75):
            let index = random.below(items.count)
            switch random.below(5) {
            case 0: items.remove(at: index)
            case 1: items.append(contentsOf: Array(repeating: items[index], count: 1 + random.below(40)))
            default: items[index] = mutate(items[index], &random, depth: depth + 1)
            }
            return .array(items)
        default:
            if random.chance(10) {
                var nested = random.pick(oddValues)
                for _ in 0..<random.below(40) { nested = random.chance(50) ? .array([nested]) : .object(["a": nested]) }
                return nested
            }
            return random.pick(oddValues)
        }
    }
}
