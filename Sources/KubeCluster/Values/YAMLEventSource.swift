import CYaml

/// One libyaml parse event, copied out of the C structure.
struct YAMLEvent {
    /// libyaml's event types.
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    var kind: Kind
    var anchor: String?
    var tag: String?
    /// The text of a scalar (empty for other events).
    var value = ""
    /// True for a plain (unquoted, untagged-or-not) scalar, as libyaml's `plain_implicit`.
    var isPlainImplicit = false
    /// The 0-based line where the event starts.
    var line = 0
}

/// The failure libyaml reported, with go-yaml's rule for the line it names
/// (`parser.fail` in go-yaml's decode.go: problem line, one more for scanner errors, else context line).
struct YAMLSyntaxProblem: Error {
    /// libyaml's problem text, e.g. "did not find expected key".
    let problem: String
    /// The line go-yaml prints (`yaml: line N: …`), or nil when it prints none.
    let reportedLine: Int?
    /// The 1-based line of the problem in the parsed text, for people.
    let actualLine: Int?
}

/// Streams libyaml's parse events over one UTF-8 text (the libyaml bundled with Yams).
final class YAMLEventSource {
    private var parser = yaml_parser_t()
    private let input: UnsafeMutableBufferPointer<UInt8>

    init(bytes: [UInt8]) {
        // go-yaml parses a lone newline when given nothing.
        let source = bytes.isEmpty ? [0x0A] : bytes
        input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: source.count)
        _ = input.initialize(from: source)
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, input.baseAddress, input.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        input.deallocate()
    }

    /// The next event, or the syntax problem libyaml found.
    func next() throws -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw currentProblem() }
        defer { yaml_event_delete(&event) }
        var result = YAMLEvent(kind: .streamEnd, line: Int(event.start_mark.line))
        switch event.type {
        case YAML_STREAM_START_EVENT: result.kind = .streamStart
        case YAML_STREAM_END_EVENT: result.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: result.kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: result.kind = .documentEnd
        case YAML_ALIAS_EVENT:
            result.kind = .alias
            result.anchor = Self.string(event.data.alias.anchor)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            result.kind = .scalar
            result.anchor = Self.string(scalar.anchor)
            result.tag = Self.string(scalar.tag)
            result.isPlainImplicit = scalar.plain_implicit != 0
            if let start = scalar.value {
                result.value = String(decoding: UnsafeBufferPointer(start: start, count: scalar.length), as: UTF8.self)
            }
        case YAML_SEQUENCE_START_EVENT:
            result.kind = .sequenceStart
            result.anchor = Self.string(event.data.sequence_start.anchor)
            result.tag = Self.string(event.data.sequence_start.tag)
        case YAML_SEQUENCE_END_EVENT: result.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            result.kind = .mappingStart
            result.anchor = Self.string(event.data.mapping_start.anchor)
            result.tag = Self.string(event.data.mapping_start.tag)
        case YAML_MAPPING_END_EVENT: result.kind = .mappingEnd
        default:
            throw YAMLSyntaxProblem(problem: "unknown problem parsing YAML content", reportedLine: nil, actualLine: nil)
        }
        return result
    }

    private func currentProblem() -> YAMLSyntaxProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let problemLine = Int(parser.problem_mark.line)
        let contextLine = Int(parser.context_mark.line)
        var reported: Int?
        if problemLine != 0 {
            reported = parser.error == YAML_SCANNER_ERROR ? problemLine + 1 : problemLine
        } else if contextLine != 0 {
            reported = contextLine
        }
        let isReaderError = parser.error == YAML_READER_ERROR
        return YAMLSyntaxProblem(problem: problem.isEmpty ? "unknown problem parsing YAML content" : problem,
                                 reportedLine: reported,
                                 actualLine: isReaderError ? nil : problemLine + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
