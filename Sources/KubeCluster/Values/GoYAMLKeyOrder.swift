/// The order go-yaml v2 gives string map keys when it writes a mapping (`keyList.Less` in its
/// `sorter.go`): characters are compared one by one; other characters sort before letters; where the
/// keys differ in non-letters, runs of digits are compared by numeric value (`item9` < `item10`).
///
/// That comparison is not transitive for some sets of keys that start with digits or punctuation;
/// go-yaml then sorts keys that Go hands over in random map order, so kubectl's own order for
/// such sets changes from run to run. Here a stable merge sort keeps the result deterministic and
/// equal to kubectl's whenever kubectl's is deterministic.
enum GoYAMLKeyOrder {
    /// `keys` in go-yaml's order.
    static func sorted(_ keys: [String]) -> [String] {
        if keys.count < 2 { return keys }
        let scalars = keys.map { Array($0.unicodeScalars) }
        var order = Array(keys.indices)
        var buffer = order
        mergeSort(&order, &buffer, 0, order.count) { isOrderedBefore(scalars[$0], scalars[$1]) }
        return order.map { keys[$0] }
    }

    /// A stable top-down merge sort of `items[start..<end]`, safe with any comparison.
    private static func mergeSort(_ items: inout [Int], _ buffer: inout [Int], _ start: Int, _ end: Int,
                                  _ less: (Int, Int) -> Bool) {
        guard end - start > 1 else { return }
        let middle = (start + end) / 2
        mergeSort(&items, &buffer, start, middle, less)
        mergeSort(&items, &buffer, middle, end, less)
        var left = start
        var right = middle
        var output = start
        while left < middle && right < end {
            if less(items[right], items[left]) {
                buffer[output] = items[right]
                right += 1
            } else {
                buffer[output] = items[left]
                left += 1
            }
            output += 1
        }
        while left < middle {
            buffer[output] = items[left]
            left += 1
            output += 1
        }
        while right < end {
            buffer[output] = items[right]
            right += 1
            output += 1
        }
        for index in start..<end { items[index] = buffer[index] }
    }

    /// go-yaml's `Less` for two strings given as Unicode scalars.
    static func isOrderedBefore(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
        var position = 0
        while position < left.count && position < right.count {
            let leftScalar = left[position]
            let rightScalar = right[position]
            if leftScalar == rightScalar {
                position += 1
                continue
            }
            let leftIsLetter = isLetter(leftScalar)
            let rightIsLetter = isLetter(rightScalar)
            if leftIsLetter && rightIsLetter { return leftScalar.value < rightScalar.value }
            if leftIsLetter || rightIsLetter { return rightIsLetter }
            var leftNumber: Int64 = 0
            var rightNumber: Int64 = 0
            if leftScalar == "0" || rightScalar == "0" {
                var back = position - 1
                while back >= 0, isDigit(left[back]) {
                    if left[back] != "0" {
                        leftNumber = 1
                        rightNumber = 1
                        break
                    }
                    back -= 1
                }
            }
            var leftEnd = position
            while leftEnd < left.count, isDigit(left[leftEnd]) {
                leftNumber = leftNumber &* 10 &+ (Int64(left[leftEnd].value) &- 48)
                leftEnd += 1
            }
            var rightEnd = position
            while rightEnd < right.count, isDigit(right[rightEnd]) {
                rightNumber = rightNumber &* 10 &+ (Int64(right[rightEnd].value) &- 48)
                rightEnd += 1
            }
            if leftNumber != rightNumber { return leftNumber < rightNumber }
            if leftEnd != rightEnd { return leftEnd < rightEnd }
            return leftScalar.value < rightScalar.value
        }
        return left.count < right.count
    }

    /// Go's `unicode.IsLetter`: general categories Lu, Ll, Lt, Lm, Lo.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`: general category Nd.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }
}
