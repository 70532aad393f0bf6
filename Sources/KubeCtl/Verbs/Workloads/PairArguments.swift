import KubeCluster

/// kubectl's `KEY=VALUE` / `KEY-` argument handling (`GetResourcesAndPairs`, `ParsePairs`) used by
/// `set image`, `label` and `annotate`: resources come first, then the pairs.
struct PairArguments: Equatable {
    /// The resource arguments before the first pair.
    var resources: [String] = []
    /// The pair arguments, in order.
    var pairs: [String] = []

    /// Splits `arguments`; a resource after a pair is kubectl's error.
    static func split(_ arguments: [String], pairType: String) -> Result<PairArguments, CommandError> {
        var result = PairArguments()
        var foundPair = false
        for argument in arguments {
            let isPair = (argument.contains("=") && !argument.hasPrefix("=")) || (argument.hasSuffix("-") && argument != "-")
            switch (foundPair, isPair) {
            case (_, true):
                foundPair = true
                result.pairs.append(argument)
            case (false, false):
                result.resources.append(argument)
            case (true, false):
                return .failure(.message("all resources must be specified before \(pairType) changes: \(argument)"))
            }
        }
        return .success(result)
    }

    /// `ParsePairs`: new pairs in order (a repeated key keeps its last value, at its first place) and, when
    /// removal is supported, the keys to remove; invalid pairs are listed together in one error.
    static func parse(_ pairs: [String], pairType: String, supportRemove: Bool)
        -> Result<(set: [(key: String, value: String)], remove: [String]), CommandError> {
        var set: [(key: String, value: String)] = []
        var remove: [String] = []
        var invalid: [String] = []
        for pair in pairs {
            if pair.contains("="), !pair.hasPrefix("="), let equals = pair.firstIndex(of: "=") {
                let key = String(pair[..<equals])
                let value = String(pair[pair.index(after: equals)...])
                if let index = set.firstIndex(where: { $0.key == key }) { set[index].value = value } else { set.append((key, value)) }
            } else if supportRemove, pair.hasSuffix("-"), pair != "-" {
                remove.append(String(pair.dropLast()))
            } else {
                invalid.append(pair)
            }
        }
        if !invalid.isEmpty { return .failure(.message("invalid \(pairType) format: \(invalid.joined(separator: ", "))")) }
        return .success((set, remove))
    }
}
