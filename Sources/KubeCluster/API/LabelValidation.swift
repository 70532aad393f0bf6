/// The checks upstream `k8s.io/apimachinery/pkg/util/validation` applies to label keys and values,
/// with its exact messages (they reach the user inside selector and validation errors).
public enum LabelValidation {
    /// Longest label value and longest name part of a label key.
    public static let maxNameLength = 63
    /// Longest DNS-1123 subdomain (the optional prefix of a label key).
    public static let maxSubdomainLength = 253

    static let qualifiedNameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    static let qualifiedNamePattern = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let labelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    static let labelValuePattern = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"
    static let subdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
    static let subdomainPattern = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"

    /// Problems with a label key (`IsQualifiedName`): an optional DNS subdomain prefix and `/`,
    /// then a name of at most 63 characters. Empty when the key is valid.
    public static func qualifiedNameErrors(_ key: String) -> [String] {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        var errors: [String] = []
        let name: Substring
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            let prefix = parts[0]
            name = parts[1]
            if prefix.isEmpty {
                errors.append("prefix part must be non-empty")
            } else {
                errors += subdomainErrors(String(prefix)).map { "prefix part " + $0 }
            }
        default:
            return ["a qualified name " + regexError(qualifiedNameMessage, qualifiedNamePattern, ["MyName", "my.name", "123-abc"])
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        }
        if name.isEmpty {
            errors.append("name part must be non-empty")
        } else if name.utf8.count > maxNameLength {
            errors.append("name part must be no more than \(maxNameLength) characters")
        }
        if !isQualifiedNamePart(name) {
            errors.append("name part " + regexError(qualifiedNameMessage, qualifiedNamePattern, ["MyName", "my.name", "123-abc"]))
        }
        return errors
    }

    /// Problems with a label value (`IsValidLabelValue`). Empty when the value is valid.
    public static func labelValueErrors(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > maxNameLength {
            errors.append("must be no more than \(maxNameLength) characters")
        }
        if !value.isEmpty && !isQualifiedNamePart(Substring(value)) {
            errors.append(regexError(labelValueMessage, labelValuePattern, ["MyValue", "my_value", "12345"]))
        }
        return errors
    }

    /// Problems with a lowercase RFC 1123 subdomain (`IsDNS1123Subdomain`). Empty when valid.
    public static func subdomainErrors(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > maxSubdomainLength {
            errors.append("must be no more than \(maxSubdomainLength) characters")
        }
        let labels = value.split(separator: ".", omittingEmptySubsequences: false)
        if !labels.allSatisfy(isSubdomainLabel) {
            errors.append(regexError(subdomainMessage, subdomainPattern, ["example.com"]))
        }
        return errors
    }

    /// Upstream `RegexError`: the message, examples and the pattern, with upstream's spacing.
    static func regexError(_ message: String, _ pattern: String, _ examples: [String]) -> String {
        if examples.isEmpty { return message + " (regex used for validation is '" + pattern + "')" }
        var text = message + " (e.g. "
        for (index, example) in examples.enumerated() {
            if index > 0 { text += " or " }
            text += "'" + example + "', "
        }
        return text + "regex used for validation is '" + pattern + "')"
    }

    /// Matches `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]` over the whole text.
    static func isQualifiedNamePart(_ text: Substring) -> Bool {
        // On UTF-8 bytes: any non-ASCII byte fails, as a non-ASCII Character would (and "\r\n" fails either way).
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        return isAlphanumeric(first) && isAlphanumeric(last)
            && bytes.allSatisfy { isAlphanumeric($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }

    /// Matches one dot-separated part of `[a-z0-9]([-a-z0-9]*[a-z0-9])?`.
    static func isSubdomainLabel(_ text: Substring) -> Bool {
        let bytes = text.utf8
        func isLowerAlphanumeric(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) }
        guard let first = bytes.first, let last = bytes.last else { return false }
        return isLowerAlphanumeric(first) && isLowerAlphanumeric(last)
            && bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == 0x2D }
    }
}

/// Formats validation errors the way upstream `field.Error` and `utilerrors.Aggregate` print them.
enum FieldErrorText {
    /// `<path>: Invalid value: "<value>": <detail>`; a missing path prints as `<nil>` like upstream.
    static func invalid(path: String?, value: String, detail: String) -> String {
        "\(path ?? "<nil>"): Invalid value: \(GoQuoted.quote(value)): \(detail)"
    }

    /// One message as is; several distinct ones as `[a, b]` (upstream aggregate).
    static func aggregate(_ messages: [String]) -> String? {
        var unique: [String] = []
        for message in messages where !unique.contains(message) { unique.append(message) }
        if messages.count == 1 { return messages.first }
        if unique.count == 1 { return unique.first }
        return unique.isEmpty ? nil : "[" + unique.joined(separator: ", ") + "]"
    }
}
