import Foundation
import KubeCluster

/// A function callable from a Go template: its parameter types (which decide how arguments are
/// evaluated and checked, as in Go's `evalArg`/`validateType`) and its implementation.
struct TemplateFunction {
    /// How one parameter receives its argument.
    enum Parameter { case value, any, string }

    let parameters: [Parameter]
    let variadic: Parameter?
    let body: ([TemplateValue]) -> Result<TemplateValue, GoCallError>
}

/// The functions kubectl's go-template printer offers: Go's builtins plus kubectl's `exists` and
/// `base64decode`.
enum TemplateBuiltins {
    static let all: [String: TemplateFunction] = [
        "and": TemplateFunction(parameters: [.value], variadic: .value) { .success($0.last ?? .invalid) },
        "or": TemplateFunction(parameters: [.value], variadic: .value) { .success($0.last ?? .invalid) },
        "not": TemplateFunction(parameters: [.value], variadic: nil) { .success(.json(.bool(!($0.first?.truth ?? false)))) },
        "len": TemplateFunction(parameters: [.value], variadic: nil) { length($0.first ?? .invalid) },
        "index": TemplateFunction(parameters: [.value], variadic: .value) { index($0.first ?? .invalid, Array($0.dropFirst())) },
        "slice": TemplateFunction(parameters: [.value], variadic: .value) { slice($0.first ?? .invalid, Array($0.dropFirst())) },
        "call": TemplateFunction(parameters: [.value], variadic: .value) { args in
            let function = (args.first ?? .invalid).unboxed
            return .failure(function == .invalid ? "call of nil" : "non-function of type \(function.typeName)")
        },
        "eq": comparison("eq", variadic: true),
        "ne": comparison("ne"), "lt": comparison("lt"), "le": comparison("le"),
        "gt": comparison("gt"), "ge": comparison("ge"),
        "print": TemplateFunction(parameters: [], variadic: .any) { .success(.json(.string(GoFormatter.sprint($0.map(\.fmtArg))))) },
        "println": TemplateFunction(parameters: [], variadic: .any) { .success(.json(.string(GoFormatter.sprintln($0.map(\.fmtArg))))) },
        "printf": TemplateFunction(parameters: [.string], variadic: .any) { args in
            guard case .json(.string(let format))? = args.first else { return .failure("printf format") }
            return .success(.json(.string(GoFormatter.sprintf(format, args.dropFirst().map(\.fmtArg)))))
        },
        "html": TemplateFunction(parameters: [], variadic: .any) { .success(.json(.string(htmlEscape(joined($0))))) },
        "js": TemplateFunction(parameters: [], variadic: .any) { .success(.json(.string(jsEscape(joined($0))))) },
        "urlquery": TemplateFunction(parameters: [], variadic: .any) { .success(.json(.string(queryEscape(joined($0))))) },
        "exists": TemplateFunction(parameters: [.any], variadic: .any) { .success(.json(.bool(exists($0.first ?? .invalid, Array($0.dropFirst()))))) },
        "base64decode": TemplateFunction(parameters: [.string], variadic: nil) { args in
            guard case .json(.string(let text))? = args.first else { return .failure("base64 decode failed") }
            return base64Decode(text).map { .json(.string($0)) }
        },
    ]

    /// The names a template may call (parse-time check "function %q not defined").
    static let names = Set(all.keys)

    private static func comparison(_ name: String, variadic: Bool = false) -> TemplateFunction {
        TemplateFunction(parameters: variadic ? [.value] : [.value, .value], variadic: variadic ? .value : nil) {
            TemplateComparison.named(name, $0).map { .json(.bool($0)) }
        }
    }

    // MARK: index, slice, len

    private static func length(_ item: TemplateValue) -> Result<TemplateValue, GoCallError> {
        if item == .boxed(.null) { return .failure("len of nil pointer") }
        switch item.unboxed {
        case .invalid: return .failure("reflect: call of reflect.Value.Type on zero Value")
        case .json(.string(let text)): return .success(.int(text.utf8.count))
        case .json(.array(let items)): return .success(.int(items.count))
        case .json(.object(let members)): return .success(.int(members.count))
        case let other: return .failure("len of type \(other.typeName)")
        }
    }

    private static func indexArgument(_ index: TemplateValue, length: Int) -> Result<Int, GoCallError> {
        let index = index.unboxed
        guard let number = index.integerValue else {
            return .failure(index == .invalid ? "cannot index slice/array with nil"
                : "cannot index slice/array with type \(index.typeName)")
        }
        guard number >= 0 && number <= Int64(length) else { return .failure("index out of range: \(number)") }
        return .success(Int(number))
    }

    static func index(_ item: TemplateValue, _ indexes: [TemplateValue]) -> Result<TemplateValue, GoCallError> {
        var item = item.unboxed
        if item == .invalid { return .failure("index of untyped nil") }
        for index in indexes {
            if item == .boxed(.null) { return .failure("index of nil pointer") }
            item = item.unboxed
            switch item {
            case .json(.array(let items)):
                switch indexArgument(index, length: items.count) {
                case .failure(let error): return .failure(error)
                case .success(let position):
                    guard position < items.count else { return .failure("reflect: slice index out of range") }
                    item = .boxed(items[position])
                }
            case .json(.string(let text)):
                let bytes = Array(text.utf8)
                switch indexArgument(index, length: bytes.count) {
                case .failure(let error): return .failure(error)
                case .success(let position):
                    guard position < bytes.count else { return .failure("reflect: string index out of range") }
                    item = .byte(bytes[position])
                }
            case .json(.object(let members)):
                let key = index.unboxed
                guard case .json(.string(let name)) = key else {
                    return .failure(key == .invalid ? "value is nil; should be of type string"
                        : "value has type \(key.typeName); should be string")
                }
                item = .boxed(members[name] ?? .null)
            default:
                return .failure("can't index item of type \(item.typeName)")
            }
        }
        return .success(item)
    }

    private static func slice(_ item: TemplateValue, _ indexes: [TemplateValue]) -> Result<TemplateValue, GoCallError> {
        let item = item.unboxed
        if item == .invalid { return .failure("slice of untyped nil") }
        if indexes.count > 3 { return .failure("too many slice indexes: \(indexes.count)") }
        let length: Int
        switch item {
        case .json(.string(let text)):
            if indexes.count == 3 { return .failure("cannot 3-index slice a string") }
            length = text.utf8.count
        case .json(.array(let items)): length = items.count
        default: return .failure("can't slice item of type \(item.typeName)")
        }
        var bounds = [0, length, length]
        for (position, index) in indexes.enumerated() {
            switch indexArgument(index, length: length) {
            case .failure(let error): return .failure(error)
            case .success(let value): bounds[position] = value
            }
        }
        if bounds[0] > bounds[1] { return .failure("invalid slice index: \(bounds[0]) > \(bounds[1])") }
        if indexes.count == 3 && bounds[1] > bounds[2] {
            return .failure("invalid slice index: \(bounds[1]) > \(bounds[2])")
        }
        switch item {
        case .json(.string(let text)):
            return .success(.json(.string(String(decoding: Array(text.utf8)[bounds[0]..<bounds[1]], as: UTF8.self))))
        case .json(.array(let items)):
            return .success(.json(.array(Array(items[bounds[0]..<bounds[1]]))))
        default:
            return .failure("can't slice item of type \(item.typeName)")
        }
    }

    /// kubectl's `exists`: whether `index item indices…` would find something non-nil.
    private static func exists(_ item: TemplateValue, _ indices: [TemplateValue]) -> Bool {
        var current = item.unboxed
        for index in indices {
            let key = index.unboxed
            switch current {
            case .json(.array(let items)):
                guard let number = key.integerValue, number >= 0, number < Int64(items.count) else { return false }
                current = .boxed(items[Int(number)]).unboxed
            case .json(.string(let text)):
                let bytes = Array(text.utf8)
                guard let number = key.integerValue, number >= 0, number < Int64(bytes.count) else { return false }
                current = .byte(bytes[Int(number)])
            case .json(.object(let members)):
                guard case .json(.string(let name)) = key else { return key == .invalid ? false : false }
                current = TemplateValue.boxed(members[name] ?? .null).unboxed
            default:
                return false
            }
        }
        return current != .invalid
    }

    // MARK: escaping

    /// Go's `evalArgs`: a lone string argument as is, otherwise `fmt.Sprint` of the arguments.
    private static func joined(_ args: [TemplateValue]) -> String {
        if args.count == 1, case .string(let text)? = args[0].fmtArg.value { return text }
        return GoFormatter.sprint(args.map(\.fmtArg))
    }

    static func htmlEscape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\0": result += "\u{FFFD}"
            case "\"": result += "&#34;"
            case "'": result += "&#39;"
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func jsEscape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\"": result += "\\\""
            case "<": result += "\\u003C"
            case ">": result += "\\u003E"
            case "&": result += "\\u0026"
            case "=": result += "\\u003D"
            default:
                if scalar.value < 0x20 || (!scalar.isASCII && !GoValueText.isPrintable(scalar)) {
                    result += "\\u" + GoValueText.hex(scalar.value, width: 4).uppercased()
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    static func queryEscape(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                result += "+"
            default:
                result += "%" + GoValueText.hex(UInt32(byte), width: 2).uppercased()
            }
        }
        return result
    }

    /// `base64.StdEncoding.DecodeString` with Go's error text.
    static func base64Decode(_ text: String) -> Result<String, GoCallError> {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        let bytes = Array(text.utf8).filter { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
        var output: [UInt8] = []
        var quantum: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "=") {
                let valid = (quantum.count == 2 && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "=")
                    && index + 2 == bytes.count) || (quantum.count == 3 && index + 1 == bytes.count)
                guard valid else { return .failure("base64 decode failed: illegal base64 data at input byte \(index)") }
                break
            }
            guard let value = alphabet.firstIndex(of: byte) else {
                return .failure("base64 decode failed: illegal base64 data at input byte \(index)")
            }
            quantum.append(UInt8(value))
            if quantum.count == 4 { output += decodeQuantum(quantum); quantum = [] }
            index += 1
        }
        if !quantum.isEmpty {
            guard quantum.count >= 2, index < bytes.count else {
                return .failure("base64 decode failed: illegal base64 data at input byte \(bytes.count)")
            }
            output += decodeQuantum(quantum)
        }
        return .success(String(decoding: output, as: UTF8.self))
    }

    private static func decodeQuantum(_ quantum: [UInt8]) -> [UInt8] {
        let padded = quantum + [UInt8](repeating: 0, count: 4 - quantum.count)
        let value = UInt32(padded[0]) << 18 | UInt32(padded[1]) << 12 | UInt32(padded[2]) << 6 | UInt32(padded[3])
        let all = [UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
        return Array(all.prefix(quantum.count - 1))
    }
}
