import Foundation
import KubeCluster

/// kubectl's `--sort-by=<jsonpath>`: the order `RuntimeSort` (object lists: `-o name|json|yaml|…`) and
/// `TableSorter` (server tables: the default `get` output) put objects in.
///
/// Each object contributes the first value the expression finds. Objects without a value sort first.
/// int64 and float64 compare numerically, strings as Kubernetes quantities when both parse as one
/// (`100m` < `1`) and otherwise byte-wise (`pod-10` < `pod-2`, as kubectl 1.32 prints them; RFC 3339
/// timestamps therefore sort chronologically). Other types are unsortable, which kubectl reports as a
/// fatal klog line.
/// Sorting uses Go's `sort.Sort`, so ties come out as kubectl prints them.
public struct SortByKey: Equatable {
    /// Which of kubectl's two sorters applies (they differ in error texts and the one-item case).
    public enum Mode: Sendable {
        /// `RuntimeSort` over decoded objects.
        case objects
        /// `TableSorter` over the `object` of each server-side table row.
        case tableRows
    }

    /// How sorting can fail.
    public enum Failure: Error, Equatable {
        /// An ordinary error: kubectl prints `error: <message>` and exits 1.
        case error(FormatError)
        /// A klog fatal: kubectl prints `F<date> <time> <pid> <location>] <message>` and exits 1.
        case fatal(location: String, message: String)

        /// The klog line kubectl writes to stderr for `.fatal`, given the header fields
        /// (`F1129 03:12:34.313288   22908`).
        public func klogLine(month: Int, day: Int, time: String, pid: Int) -> String? {
            guard case .fatal(let location, let message) = self else { return nil }
            let header = String(format: "F%02d%02d %@ %7d %@] ", month, day, time, pid, location)
            return header + message + "\n"
        }
    }

    /// The `--sort-by` value as given.
    public let field: String

    /// A sort key for the `--sort-by` value.
    public init(_ field: String) {
        self.field = field
    }

    /// The permutation that sorts `objects`: element k of the result is the index of the object that
    /// goes k-th.
    public func sortedIndices(of objects: [JSONValue], mode: Mode = .objects) -> Result<[Int], Failure> {
        switch mode {
        case .objects: return sortObjects(objects)
        case .tableRows: return sortTableRows(objects)
        }
    }

    private func sortObjects(_ objects: [JSONValue]) -> Result<[Int], Failure> {
        guard objects.count > 1 else { return .success(Array(objects.indices)) }
        let expression: String
        let template: JSONPathTemplate
        do {
            expression = try JSONPathTemplate.relaxed((try? JSONPathTemplate.relaxed(field)) ?? field)
            template = try JSONPathTemplate(expression)
        } catch let error as FormatError {
            return .failure(.error(error))
        } catch {
            return .failure(.error(FormatError((error as? JSONPathSyntaxError)?.message ?? "\(error)")))
        }
        var found = false
        for object in objects {
            do {
                let results = try template.findResults(in: object)
                if !(results.first ?? []).isEmpty { found = true; break }
            } catch {
                return .failure(.error(FormatError((error as? JSONPathExecutionError)?.message ?? "\(error)")))
            }
        }
        guard found else {
            return .failure(.error(FormatError("couldn't find any field with path \(GoValueText.quote(expression)) in the list of objects")))
        }
        let keys: [Result<JSONValue?, JSONPathExecutionError>] = objects.map { object in
            do { return .success(try template.findResults(in: object).first?.first) } catch let error as JSONPathExecutionError {
                return .failure(error)
            } catch { return .failure(JSONPathExecutionError(message: "\(error)")) }
        }
        return sort(keys: keys, expression: expression, typeName: "*unstructured.Unstructured",
                    location: "sorter.go:329", objects: objects)
    }

    private func sortTableRows(_ rows: [JSONValue]) -> Result<[Int], Failure> {
        let expression = (try? JSONPathTemplate.relaxed(field)) ?? field
        let template: JSONPathTemplate
        do {
            template = try JSONPathTemplate(expression)
        } catch {
            return .failure(.error(FormatError("sorting error: " + ((error as? JSONPathSyntaxError)?.message ?? "\(error)"))))
        }
        var keys: [Result<JSONValue?, JSONPathExecutionError>] = []
        for row in rows {
            do {
                keys.append(.success(try template.findResults(in: row).first?.first))
            } catch {
                let message = (error as? JSONPathExecutionError)?.message ?? "\(error)"
                return .failure(.error(FormatError("Failed to get values for [][]reflect.Value(nil) using \(expression) "
                    + "(&errors.errorString{s:\(GoValueText.quote(message))})")))
            }
        }
        if !rows.isEmpty && !keys.contains(where: { (try? $0.get()) != nil }) {
            return .failure(.error(FormatError("couldn't find any field with path \(GoValueText.quote(expression)) in the list of objects")))
        }
        return sort(keys: keys, expression: expression, typeName: "[][][]reflect.Value", location: "sorter.go:375",
                    objects: rows)
    }

    private func sort(keys: [Result<JSONValue?, JSONPathExecutionError>], expression: String, typeName: String,
                      location: String, objects: [JSONValue]) -> Result<[Int], Failure> {
        var order = Array(keys.indices)
        do {
            try GoSort.sort(count: keys.count, less: { i, j in
                let left = try Self.key(keys[order[i]], "i", objects[order[i]], expression)
                let right = try Self.key(keys[order[j]], "j", objects[order[j]], expression)
                guard let left else { return true }
                guard let right else { return false }
                do {
                    return try SortValueOrder.isLess(left, right)
                } catch let error as FormatError {
                    throw Failure.fatal(location: location, message: "Field \(expression) in \(typeName) is an "
                        + "unsortable type: interface, err: \(error.message)")
                }
            }, swap: { i, j in order.swapAt(i, j) })
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(.error(FormatError("\(error)")))
        }
        return .success(order)
    }

    private static func key(_ result: Result<JSONValue?, JSONPathExecutionError>, _ side: String,
                            _ object: JSONValue, _ expression: String) throws -> JSONValue? {
        switch result {
        case .success(let value): return value
        case .failure(let error):
            let shownError = side == "i" ? "&errors.errorString{s:\(GoValueText.quote(error.message))}" : error.message
            throw Failure.fatal(location: side == "i" ? "sorter.go:310" : "sorter.go:315",
                                message: "Failed to get \(side) values for &unstructured.Unstructured{Object:"
                                    + "\(GoValueText.goSyntax(object))} using \(expression) (\(shownError))")
        }
    }
}

/// kubectl's `isLess` for two sort values read from JSON (both `interface{}`).
enum SortValueOrder {
    /// Whether `lhs` sorts before `rhs`; throws `FormatError("unsortable type: bool")` and the like.
    static func isLess(_ lhs: JSONValue, _ rhs: JSONValue) throws -> Bool {
        if lhs == .null && rhs == .null { return false }
        if lhs == .null { return true }
        if rhs == .null { return false }
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a < b
        case (.double(let a), .double(let b)): return a < b
        case (.string(let a), .string(let b)):
            if let left = KubernetesQuantity(a), let right = KubernetesQuantity(b) { return left.value < right.value }
            return GoValueText.byteOrderLess(a, b)
        case (.int, _), (.double, _), (.string, _):
            throw FormatError("unsortable interface: interface")
        default:
            throw FormatError("unsortable type: \(GoValueText.typeName(lhs))")
        }
    }
}

/// A Kubernetes resource quantity (`resource.ParseQuantity` syntax: `100m`, `1.5Gi`, `2e3`), kept as a
/// decimal number for comparisons.
struct KubernetesQuantity: Equatable {
    /// The numeric value.
    let value: Decimal

    private static let decimalSuffixes: [String: Int] = ["n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6,
                                                          "G": 9, "T": 12, "P": 15, "E": 18]
    private static let binarySuffixes: [String: Int] = ["Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60]

    /// Parses `text`; nil when Kubernetes would reject it.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var pos = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            pos = 1
        }
        func isDigit(_ index: Int) -> Bool {
            index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
        }
        let integerStart = pos
        while isDigit(pos) { pos += 1 }
        var mantissa = String(decoding: bytes[integerStart..<pos], as: UTF8.self)
        if pos < bytes.count && bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            let fractionStart = pos
            while isDigit(pos) { pos += 1 }
            mantissa += "." + String(decoding: bytes[fractionStart..<pos], as: UTF8.self)
        }
        let suffixStart = pos
        let suffixLetters = Set("eEinumkKMGTP".utf8)
        while pos < bytes.count && suffixLetters.contains(bytes[pos]) { pos += 1 }
        if pos < bytes.count && (bytes[pos] == UInt8(ascii: "-") || bytes[pos] == UInt8(ascii: "+")) { pos += 1 }
        while isDigit(pos) { pos += 1 }
        guard pos == bytes.count else { return nil }
        let suffix = String(decoding: bytes[suffixStart...], as: UTF8.self)
        var number = Decimal(string: mantissa.isEmpty || mantissa == "." ? "0" : (mantissa.hasPrefix(".") ? "0" + mantissa : mantissa)) ?? 0
        if let exponent = Self.decimalSuffixes[suffix] {
            number *= Self.power(10, exponent)
        } else if let exponent = Self.binarySuffixes[suffix] {
            number *= Self.power(2, exponent)
        } else if suffix.count > 1, suffix.first == "e" || suffix.first == "E",
                  let exponent = Int(suffix.dropFirst()), abs(exponent) < 120 {
            number *= Self.power(10, exponent)
        } else {
            return nil
        }
        value = negative ? -number : number
    }

    private static func power(_ base: Int, _ exponent: Int) -> Decimal {
        if exponent < 0 { return 1 / power(base, -exponent) }
        var result = Decimal(1)
        for _ in 0..<exponent { result *= Decimal(base) }
        return result
    }
}
