import Foundation

/// Secret defaulting as the API server does it: `type: Opaque`, and `stringData` folded into `data` (base64).
extension Secret: APIObjectRules {
    public mutating func applyDefaults(in cluster: Cluster) {
        if type == nil || type == "" { type = "Opaque" }
        if let plain = stringData {
            var encoded = data ?? [:]
            for (key, value) in plain { encoded[key] = Data(value.utf8).base64EncodedString() }
            data = encoded
            stringData = nil
        }
    }

    public func validationErrors(old: Secret?, in cluster: Cluster) -> [FieldError] {
        var errors: [FieldError] = []
        for key in (data ?? [:]).keys.sorted() where Data(base64Encoded: data?[key] ?? "") == nil {
            errors.append(FieldError(.invalid, "data[\(key)]", value: "<secret contents redacted>", "illegal base64 data"))
        }
        if let old, old.immutable == true, old.data != data {
            errors.append(FieldError(.forbidden, "data", "field is immutable when `immutable` is set"))
        }
        return errors
    }
}
