/// Go's `sort.Sort` (pattern-defeating quicksort, Go 1.19+), ported so that elements the comparison
/// treats as equal end up in exactly the order kubectl prints them. `less(i, j)` compares the elements
/// currently at positions i and j; `swap(i, j)` exchanges them.
struct GoSort {
    private let less: (Int, Int) throws -> Bool
    private let swap: (Int, Int) -> Void

    private enum Hint { case unknown, increasing, decreasing }

    /// Sorts `count` elements through the two callbacks; rethrows the first error `less` throws.
    static func sort(count: Int, less: @escaping (Int, Int) throws -> Bool, swap: @escaping (Int, Int) -> Void) throws {
        guard count > 1 else { return }
        let sorter = GoSort(less: less, swap: swap)
        try sorter.pdqsort(0, count, limit: Int.bitWidth - count.leadingZeroBitCount)
    }

    private func insertionSort(_ a: Int, _ b: Int) throws {
        var i = a + 1
        while i < b {
            var j = i
            while j > a, try less(j, j - 1) {
                swap(j, j - 1)
                j -= 1
            }
            i += 1
        }
    }

    private func siftDown(_ lo: Int, _ hi: Int, _ first: Int) throws {
        var root = lo
        while true {
            var child = 2 * root + 1
            if child >= hi { return }
            if child + 1 < hi, try less(first + child, first + child + 1) { child += 1 }
            if try !less(first + root, first + child) { return }
            swap(first + root, first + child)
            root = child
        }
    }

    private func heapSort(_ a: Int, _ b: Int) throws {
        let first = a, hi = b - a
        var i = (hi - 1) / 2
        while i >= 0 { try siftDown(i, hi, first); i -= 1 }
        i = hi - 1
        while i >= 0 {
            swap(first, first + i)
            try siftDown(0, i, first)
            i -= 1
        }
    }

    private func pdqsort(_ start: Int, _ end: Int, limit startLimit: Int) throws {
        var a = start, b = end, limit = startLimit
        var wasBalanced = true, wasPartitioned = true
        while true {
            let length = b - a
            if length <= 12 { try insertionSort(a, b); return }
            if limit == 0 { try heapSort(a, b); return }
            if !wasBalanced {
                breakPatterns(a, b)
                limit -= 1
            }
            var (pivot, hint) = try choosePivot(a, b)
            if hint == .decreasing {
                reverseRange(a, b)
                pivot = (b - 1) - (pivot - a)
                hint = .increasing
            }
            if wasBalanced && wasPartitioned && hint == .increasing {
                if try partialInsertionSort(a, b) { return }
            }
            if a > 0, try !less(a - 1, pivot) {
                a = try partitionEqual(a, b, pivot)
                continue
            }
            let (mid, alreadyPartitioned) = try partition(a, b, pivot)
            wasPartitioned = alreadyPartitioned
            let leftLength = mid - a, rightLength = b - mid
            let balanceThreshold = length / 8
            if leftLength < rightLength {
                wasBalanced = leftLength >= balanceThreshold
                try pdqsort(a, mid, limit: limit)
                a = mid + 1
            } else {
                wasBalanced = rightLength >= balanceThreshold
                try pdqsort(mid + 1, b, limit: limit)
                b = mid
            }
        }
    }

    private func partition(_ a: Int, _ b: Int, _ pivot: Int) throws -> (Int, Bool) {
        swap(a, pivot)
        var i = a + 1, j = b - 1
        while i <= j, try less(i, a) { i += 1 }
        while i <= j, try !less(j, a) { j -= 1 }
        if i > j {
            swap(j, a)
            return (j, true)
        }
        swap(i, j)
        i += 1
        j -= 1
        while true {
            while i <= j, try less(i, a) { i += 1 }
            while i <= j, try !less(j, a) { j -= 1 }
            if i > j { break }
            swap(i, j)
            i += 1
            j -= 1
        }
        swap(j, a)
        return (j, false)
    }

    private func partitionEqual(_ a: Int, _ b: Int, _ pivot: Int) throws -> Int {
        swap(a, pivot)
        var i = a + 1, j = b - 1
        while true {
            while i <= j, try !less(a, i) { i += 1 }
            while i <= j, try less(a, j) { j -= 1 }
            if i > j { break }
            swap(i, j)
            i += 1
            j -= 1
        }
        return i
    }

    private func partialInsertionSort(_ a: Int, _ b: Int) throws -> Bool {
        let maxSteps = 5, shortestShifting = 50
        var i = a + 1
        for _ in 0..<maxSteps {
            while i < b, try !less(i, i - 1) { i += 1 }
            if i == b { return true }
            if b - a < shortestShifting { return false }
            swap(i, i - 1)
            if i - a >= 2 {
                var j = i - 1
                while j >= 1 {
                    if try !less(j, j - 1) { break }
                    swap(j, j - 1)
                    j -= 1
                }
            }
            if b - i >= 2 {
                var j = i + 1
                while j < b {
                    if try !less(j, j - 1) { break }
                    swap(j, j - 1)
                    j += 1
                }
            }
        }
        return false
    }

    private func breakPatterns(_ a: Int, _ b: Int) {
        let length = b - a
        guard length >= 8 else { return }
        var random = UInt64(length)
        let modulus = UInt64(1) << UInt64(Int.bitWidth - length.leadingZeroBitCount)
        var index = a + (length / 4) * 2 - 1
        while index <= a + (length / 4) * 2 + 1 {
            // Go's sort package steps its xorshift with the shifts 13, 17 and 5.
            random ^= random << 13
            random ^= random >> 17
            random ^= random << 5
            var other = Int(random & (modulus - 1))
            if other >= length { other -= length }
            swap(index, a + other)
            index += 1
        }
    }

    private func choosePivot(_ a: Int, _ b: Int) throws -> (Int, Hint) {
        let shortestNinther = 50, maxSwaps = 4 * 3
        let length = b - a
        var swaps = 0
        var i = a + length / 4 * 1, j = a + length / 4 * 2, k = a + length / 4 * 3
        if length >= 8 {
            if length >= shortestNinther {
                i = try medianAdjacent(i, &swaps)
                j = try medianAdjacent(j, &swaps)
                k = try medianAdjacent(k, &swaps)
            }
            j = try median(i, j, k, &swaps)
        }
        switch swaps {
        case 0: return (j, .increasing)
        case maxSwaps: return (j, .decreasing)
        default: return (j, .unknown)
        }
    }

    private func order2(_ a: Int, _ b: Int, _ swaps: inout Int) throws -> (Int, Int) {
        if try less(b, a) {
            swaps += 1
            return (b, a)
        }
        return (a, b)
    }

    private func median(_ a: Int, _ b: Int, _ c: Int, _ swaps: inout Int) throws -> Int {
        var (a, b) = try order2(a, b, &swaps)
        var c = c
        (b, c) = try order2(b, c, &swaps)
        (a, b) = try order2(a, b, &swaps)
        _ = (a, c)
        return b
    }

    private func medianAdjacent(_ a: Int, _ swaps: inout Int) throws -> Int {
        try median(a - 1, a, a + 1, &swaps)
    }

    private func reverseRange(_ a: Int, _ b: Int) {
        var i = a, j = b - 1
        while i < j {
            swap(i, j)
            i += 1
            j -= 1
        }
    }
}
