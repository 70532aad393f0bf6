import XCTest
@testable import KubeCluster

final class YAMLTextReaderTests: XCTestCase {
    private func read(_ text: String) throws -> JSONValue {
        let documents = try JSONValue.parseYAMLDocuments(text)
        XCTAssertEqual(documents.count, 1, text)
        return documents.first ?? .null
    }

    private func readError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> YAMLTextError? {
        do {
            let value = try JSONValue.parseYAMLDocuments(text)
            XCTFail("accepted \(text.debugDescription) as \(value)", file: file, line: line)
        } catch let error as YAMLTextError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return nil
    }

    /// go-yaml v2's YAML 1.1 typing of plain scalars (values as kubectl's JSON shows them).
    func testPlainScalarTyping() throws {
        let cases: [(String, JSONValue)] = [
            ("yes", true), ("Yes", true), ("on", true), ("ON", true), ("y", true), ("true", true), ("no", false),
            ("off", false), ("n", false), ("N", false), ("False", false), ("~", nil), ("null", nil), ("Null", nil),
            ("", nil), ("0x1F", 31), ("017", 15), ("0o17", 15), ("0b101", 5), ("1_000", 1000), ("+1", 1), ("-0", 0),
            ("1.0", 1), ("1e3", 1000), ("1.5", 1.5), (".5", 0.5), ("-.5", -0.5), ("5.", 5), ("08", 8),
            ("99999999999999999999", 1e20), ("12345678901234567890", .double(12345678901234567890)),
            ("2026-11-24T12:31:47Z", "2026-11-24T12:31:47Z"), ("2026-11-24", "2026-11-24"), ("12:30", "12:30"),
            ("yess", "yess"), ("0x", "0x"), ("1e400", "1e400"), ("1_0.5", 10.5), (".inf_text", ".inf_text"),
            ("<<", "<<"), ("Off", false), ("oN", "oN"), ("NaN", "NaN"), ("hello world", "hello world"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try read("v: \(text)\n")["v"], expected, text)
        }
    }

    func testQuotedAndTaggedScalars() throws {
        let value = try read("""
            a: 'yes'
            b: "1"
            c: !!str 123
            d: !!int "12"
            e: !!float 3
            f: !!binary aGVsbG8=
            g: !custom value
            h: !!bool yes
            i: "\\u00e9\\x41\\t"
            j: 'it''s'
            """)
        XCTAssertEqual(value, ["a": "yes", "b": "1", "c": "123", "d": 12, "e": 3, "f": "hello", "g": "value",
                               "h": true, "i": "éA\t", "j": "it's"])
    }

    /// Non-string keys become strings as sigs.k8s.io/yaml converts them (captured from kubectl).
    func testKeysBecomeStrings() throws {
        let value = try read("1: a\n1.5: b\ntrue: c\n0x10: d\n1.23456789: e\n2026-01-01: f\nn: g\non: h\n")
        XCTAssertEqual(value, ["1": "a", "1.5": "b", "true": "h", "16": "d", "1.2345679": "e", "2026-01-01": "f",
                               "false": "g"])
    }

    func testBlockAndFlowStyles() throws {
        let value = try read("""
            lit: |
              line1
              line2
            fold: >
              folded
              text
            strip: |-
              x
            flow: {a: [1, {b: c}], 'q': "d"}
            seq:
            - a
            - - b
            - c: d
              e: []
            """)
        XCTAssertEqual(value, ["lit": "line1\nline2\n", "fold": "folded text\n", "strip": "x",
                               "flow": ["a": [1, ["b": "c"]], "q": "d"],
                               "seq": ["a", ["b"], ["c": "d", "e": []]]])
    }

    func testKeyOrderIsKeptAndRepeatedKeysKeepTheLastValue() throws {
        let value = try read("z: 1\na: 2\nz: 3\n")
        XCTAssertEqual(value.objectValue.map { Array($0.keys) }, ["z", "a"])
        XCTAssertEqual(value["z"], 3)
    }

    func testAliasesAndMergeKeys() throws {
        let value = try read("""
            base: &B {z: 1, q: 2}
            use:
              <<: *B
              q: 9
            many:
              <<: [*B, {z: 5, w: 6}]
            list: &L [1, 2]
            again: *L
            name: &N web
            *N : keyed by alias
            """)
        XCTAssertEqual(value["use"], ["z": 1, "q": 9])
        XCTAssertEqual(value["many"], ["z": 1, "w": 6, "q": 2])
        XCTAssertEqual(value["again"], [1, 2])
        XCTAssertEqual(value["web"], "keyed by alias")
    }

    func testDocumentsAreSplitLikeKubectl() throws {
        let text = """
            # leading comment
            ---
            a: 1
            --- # comment allowed
            ---
            ~
            ---
            b: 2\r
            c: [3]\r
            ...
            ignored: after document end
            ---
            - list
            """
        let documents = try JSONValue.parseYAMLDocuments(text)
        XCTAssertEqual(documents, [["a": 1], ["b": 2, "c": [3]], ["list"]])
    }

    func testJSONInputIsAStreamOfValues() throws {
        let documents = try JSONValue.parseYAMLDocuments(" {\"kind\": \"A\", \"n\": 1.0}\n{\"kind\": \"B\"} null {}")
        XCTAssertEqual(documents, [["kind": "A", "n": 1.0], ["kind": "B"], [:]])
        XCTAssertEqual(readError("{\"a\": 1,}")?.kubectlDetail,
                       "json: offset 9: invalid character '}' looking for beginning of object key string")
        XCTAssertEqual(readError("{\"a\": [1, 2")?.kubectlDetail, "unexpected EOF")
        XCTAssertEqual(readError("\n\n  {\"a\": 1}x")?.kubectlDetail,
                       "json: offset 13: invalid character 'x' looking for beginning of value")
    }

    /// Error texts as kubectl prints them after "error parsing FILE: " (captured from kubectl 1.32).
    func testSyntaxErrorsUseGoYAMLWording() {
        let header = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n"
        let cases: [(String, String, Int?)] = [
            (header + " spec:\n  containers: []\n", "error converting YAML to JSON: yaml: line 4: did not find expected key", 5),
            (header + "x: a: b\n", "error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context", 5),
            (header + "x: @at\n", "error converting YAML to JSON: yaml: line 5: found character that cannot start any token", 5),
            (header + "x: [1, 2\n", "error converting YAML to JSON: yaml: line 5: did not find expected ',' or ']'", 6),
            (header + "x:\n\ta: 1\n", "error converting YAML to JSON: yaml: line 6: found character that cannot start any token", 6),
            (header + "x:\n  - b\n  c: d\n", "error converting YAML to JSON: yaml: line 6: did not find expected '-' indicator", 7),
            (header + "---\n" + header + "x: [\n", "error converting YAML to JSON: yaml: line 5: did not find expected node content", 11),
        ]
        for (text, detail, line) in cases {
            let error = readError(text)
            XCTAssertEqual(error?.kubectlDetail, detail, text)
            XCTAssertEqual(error?.kind, .syntax, text)
            XCTAssertEqual(error?.line, line, text)
        }
    }

    func testConversionErrors() {
        let cases: [(String, String)] = [
            ("a: *nope\n", "yaml: unknown anchor 'nope' referenced"),
            ("a: &x [*x]\n", "yaml: anchor 'x' value contains itself"),
            ("a: .nan\n", "json: unsupported value: NaN"),
            ("a: -.inf\n", "json: unsupported value: -Inf"),
            ("~: 1\n", "unsupported map key of type: %!s(<nil>), key: <nil>, value: 1"),
            ("null: {a: 1}\n", "unsupported map key of type: %!s(<nil>), key: <nil>, value: map[interface {}]interface {}{\"a\":1}"),
            ("18446744073709551615: 1\n", "unsupported map key of type: uint64, key: 0xffffffffffffffff, value: 1"),
            ("? [1, 2]\n: x\n", "yaml: invalid map key: []interface {}{1, 2}"),
            ("a: !!int abc\n", "yaml: cannot decode !!str `abc` as a !!int"),
            ("a: !!bool 1\n", "yaml: cannot decode !!int `1` as a !!bool"),
            ("a: !!null foo\n", "yaml: cannot decode !!str `foo` as a !!null"),
            ("<<: 1\n", "yaml: map merge requires map or sequence of maps as the value"),
        ]
        for (text, message) in cases {
            let error = readError(text)
            XCTAssertEqual(error?.message, message, text)
            XCTAssertEqual(error?.kubectlDetail, "error converting YAML to JSON: " + message, text)
        }
        XCTAssertEqual(readError("a: 1\n--- foo\n")?.kubectlDetail, "invalid Yaml document separator: foo")
        XCTAssertEqual(readError("a: \u{7F}\n")?.message, "yaml: control characters are not allowed")
    }

    func testBillionLaughsIsRefusedQuickly() {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for name in names {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        let error = readError(lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(error?.message, "yaml: document contains excessive aliasing")
        XCTAssertEqual(error?.kind, .conversion)
    }

    func testModestAliasingIsAccepted() throws {
        let text = "base: &b {image: nginx, ports: [80, 443]}\n" + (0..<50).map { "c\($0): *b" }.joined(separator: "\n")
        let value = try read(text)
        XCTAssertEqual(value["c49"], ["image": "nginx", "ports": [80, 443]])
    }

    func testLimits() {
        let deep = String(repeating: "[", count: YAMLDocumentComposer.maxDepth + 5) + String(repeating: "]", count: YAMLDocumentComposer.maxDepth + 5)
        XCTAssertEqual(readError(deep)?.message, "yaml: exceeded max depth of \(YAMLDocumentComposer.maxDepth)")
        let huge = "a: \"" + String(repeating: "x", count: YAMLTextReader.maxInputBytes) + "\"\n"
        XCTAssertEqual(readError(huge)?.kind, .tooLarge)
    }

    func testEmptyInputsGiveNoDocuments() throws {
        for text in ["", "\n", "# only a comment\n", "---\n---\n", "null\n", "~"] {
            XCTAssertEqual(try JSONValue.parseYAMLDocuments(text), [], text.debugDescription)
        }
    }

    /// What the YAML writer prints, the reader reads back.
    func testWriterOutputReadsBack() throws {
        var strings: [String] = YAMLGoldenTables.stringValues.map(\.0).filter { !$0.unicodeScalars.contains("\u{85}") }
        strings += ["a\u{2028}b", "\u{FEFF}bom", "tab\t", "x\u{1}"]
        var object: JSONValue = [:]
        for (index, text) in strings.enumerated() { object["k\(index)"] = .string(text) }
        object["numbers"] = [1, -2, 1.5, 1e21, 0.000001, true, nil]
        object["nested"] = ["a": [["b": []], [:], [[1]]]]
        let documents = try JSONValue.parseYAMLDocuments(object.yamlText())
        XCTAssertEqual(documents.map { $0.sortedKeys() }, [object.sortedKeys()])
    }
}
