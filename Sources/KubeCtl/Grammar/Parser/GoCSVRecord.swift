/// The first record of a CSV text, read with the rules of Go's `encoding/csv` (as pflag's string slices do).
enum GoCSVRecord {
    /// The fields of the first record, or Go's parse error text such as
    /// `parse error on line 1, column 2: bare " in non-quoted-field`.
    static func fields(of text: String) -> Result<[String], GoCSVError> {
        var reader = Cursor(bytes: Array(text.utf8))
        return reader.readRecord()
    }

    private struct Cursor {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var column = 1

        static let quote = UInt8(ascii: "\"")
        static let comma = UInt8(ascii: ",")
        static let newline = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        private func isLineEnd(at position: Int) -> Bool {
            guard position < bytes.count else { return true }
            if bytes[position] == Self.newline { return true }
            return bytes[position] == Self.carriageReturn
                && (position + 1 == bytes.count || bytes[position + 1] == Self.newline)
        }

        mutating func readRecord() -> Result<[String], GoCSVError> {
            var fields: [String] = []
            let startLine = line
            while true {
                if index < bytes.count && bytes[index] == Self.quote {
                    switch readQuotedField(startLine: startLine) {
                    case .failure(let error): return .failure(error)
                    case .success(let (field, more)):
                        fields.append(field)
                        if !more { return .success(fields) }
                    }
                } else {
                    var end = index
                    while end < bytes.count && bytes[end] != Self.comma && !isLineEnd(at: end) { end += 1 }
                    let field = Array(bytes[index..<end])
                    if let bare = field.firstIndex(of: Self.quote) {
                        return .failure(GoCSVError(startLine: startLine, line: line, column: column + bare,
                                                   reason: "bare \" in non-quoted-field"))
                    }
                    fields.append(String(decoding: field, as: UTF8.self))
                    if end < bytes.count && bytes[end] == Self.comma {
                        column += end - index + 1
                        index = end + 1
                        continue
                    }
                    return .success(fields)
                }
            }
        }

        /// Reads a field starting at a quote; `more` tells whether a comma followed it.
        private mutating func readQuotedField(startLine: Int) -> Result<(String, Bool), GoCSVError> {
            var field: [UInt8] = []
            index += 1
            column += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == Self.quote {
                    index += 1
                    column += 1
                    if index < bytes.count && bytes[index] == Self.quote {
                        field.append(Self.quote)
                        index += 1
                        column += 1
                    } else if index < bytes.count && bytes[index] == Self.comma {
                        index += 1
                        column += 1
                        return .success((String(decoding: field, as: UTF8.self), true))
                    } else if isLineEnd(at: index) {
                        return .success((String(decoding: field, as: UTF8.self), false))
                    } else {
                        return .failure(GoCSVError(startLine: startLine, line: line, column: column - 1,
                                                   reason: "extraneous or missing \" in quoted-field"))
                    }
                } else {
                    field.append(byte)
                    index += 1
                    if byte == Self.newline {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
            }
            return .failure(GoCSVError(startLine: startLine, line: line, column: column,
                                       reason: "extraneous or missing \" in quoted-field"))
        }
    }
}

/// A Go `csv.ParseError`.
struct GoCSVError: Error, Equatable {
    /// Line on which the record started.
    let startLine: Int
    /// Line of the error.
    let line: Int
    /// 1-based byte column of the error.
    let column: Int
    /// What went wrong, e.g. `bare " in non-quoted-field`.
    let reason: String

    /// The message Go prints.
    var message: String {
        if startLine != line {
            return "record on line \(startLine); parse error on line \(line), column \(column): \(reason)"
        }
        return "parse error on line \(line), column \(column): \(reason)"
    }
}
