import XCTest
@testable import KubeCluster

final class JSONTextTests: XCTestCase {
    // MARK: Parsing

    func testParsesValuesKeepingKeyOrder() throws {
        let value = try JSONValue.parseJSON(#" { "z": 1, "a": [true, false, null], "m": {"y": "s", "b": -2.5e3} } "#)
        XCTAssertEqual(value, ["z": 1, "a": [true, false, nil], "m": ["y": "s", "b": -2500.0]])
        XCTAssertEqual(value.objectValue.map { Array($0.keys) }, ["z", "a", "m"])
    }

    func testNumbers() throws {
        let cases: [(String, JSONValue)] = [
            ("0", .int(0)), ("-0", .int(0)), ("42", .int(42)), ("-9223372036854775808", .int(Int64.min)),
            ("9223372036854775807", .int(Int64.max)), ("9223372036854775808", .double(9223372036854775808)),
            ("1.0", .double(1)), ("1e3", .double(1000)), ("1E-2", .double(0.01)), ("0.5", .double(0.5)),
            ("-0.0", .double(-0.0)), ("12345678901234567890", .double(12345678901234567890)),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try JSONValue.parseJSON(text), expected, text)
        }
    }

    func testStringEscapes() throws {
        let cases: [(String, String)] = [
            (#""a\"b\\c\/d""#, "a\"b\\c/d"), (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"), (#""\u00e9\u0041""#, "éA"),
            (#""\ud83d\ude00""#, "😀"), (#""\ud83d""#, "\u{FFFD}"), (#""\ude00x""#, "\u{FFFD}x"),
            (#""\ud83d\u0041""#, "\u{FFFD}A"), (#""\u003c\u003e\u0026""#, "<>&"), ("\"日本\"", "日本"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try JSONValue.parseJSON(text), .string(expected), text)
        }
    }

    func testRepeatedKeyKeepsFirstPositionAndLastValue() throws {
        let value = try JSONValue.parseJSON(#"{"a": 1, "b": 2, "a": 3}"#)
        XCTAssertEqual(value.objectValue.map { Array($0.keys) }, ["a", "b"])
        XCTAssertEqual(value["a"], 3)
    }

    /// Go's messages and offsets (captured from kubectl reading broken JSON files).
    func testSyntaxErrorsUseGoWording() {
        let cases: [(String, String, Int)] = [
            (#"{"a": 1,}"#, "invalid character '}' looking for beginning of object key string", 9),
            (#"{"a" 1}"#, "invalid character '1' after object key", 6),
            (#"{"a": tru}"#, "invalid character '}' in literal true (expecting 'e')", 10),
            ("{\"a\": \"x\n\"}", "invalid character '\\n' in string literal", 9),
            (#"{"a": [1 2]}"#, "invalid character '2' after array element", 10),
            (#"{"a": 01}"#, "invalid character '1' after object key:value pair", 8),
            (#"{"a": 1.}"#, "invalid character '}' after decimal point in numeric literal", 9),
            (#"{"a": "\q"}"#, "invalid character 'q' in string escape code", 9),
            (#"{"a": -}"#, "invalid character '}' in numeric literal", 8),
            (#"{"a":1}}"#, "invalid character '}' after top-level value", 8),
            ("{\"a\": \"é\u{1}\"}", "invalid character '\\x01' in string literal", 10),
            ("{\"a\": é}", "invalid character 'Ã' looking for beginning of value", 7),
            (#"{"a": 1e+}"#, "invalid character '}' in exponent of numeric literal", 10),
            (#"{"a": "\u12x4"}"#, "invalid character 'x' in \\u hexadecimal character escape", 12),
            (#"{"a": nul"#, "unexpected end of JSON input", 9),
            ("", "unexpected end of JSON input", 0),
            ("  ", "unexpected end of JSON input", 2),
            (#"['a']"#, "invalid character '\\'' looking for beginning of value", 2),
        ]
        for (text, message, offset) in cases {
            XCTAssertThrowsError(try JSONValue.parseJSON(text), text) { error in
                guard let error = error as? JSONTextError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.description, message, text)
                XCTAssertEqual(error.offset, offset, text)
            }
        }
    }

    func testErrorPositionAndStreamWording() {
        XCTAssertThrowsError(try JSONValue.parseJSON("{\n  \"a\": 1,\n  }")) { error in
            guard let error = error as? JSONTextError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.line, 3)
            XCTAssertEqual(error.column, 3)
            XCTAssertEqual(error.streamDescription,
                           "json: offset 15: invalid character '}' looking for beginning of object key string")
        }
        XCTAssertThrowsError(try JSONValue.parseJSON("[1, 2")) { error in
            XCTAssertEqual((error as? JSONTextError)?.streamDescription, "unexpected EOF")
        }
    }

    func testDepthIsLimited() {
        let deep = String(repeating: "[", count: JSONTextParser.maxDepth + 1) + String(repeating: "]", count: JSONTextParser.maxDepth + 1)
        XCTAssertThrowsError(try JSONValue.parseJSON(deep)) { error in
            XCTAssertEqual((error as? JSONTextError)?.message, "exceeded max depth")
        }
        let allowed = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        XCTAssertNoThrow(try JSONValue.parseJSON(allowed))
    }

    /// The deepest accepted document survives every recursive walk (equality, both writers,
    /// re-reading) on the test thread.
    func testDeepestAcceptedDocumentIsHandled() throws {
        let depth = JSONTextParser.maxDepth
        let text = String(repeating: "{\"a\":[", count: depth / 2) + "1" + String(repeating: "]}", count: depth / 2)
        let value = try JSONValue.parseJSON(text)
        XCTAssertEqual(value.compactJSON(), text)
        XCTAssertEqual(try JSONValue.parseJSON(value.jsonText()), value)
        XCTAssertEqual(value.yamlText().split(separator: "\n").count, depth / 2 + 1)
        XCTAssertEqual(try JSONValue.parseYAMLDocuments(text), [value])
    }

    // MARK: Writing

    /// `kubectl get cm go-api-config -o json` (kubectl-output.md §11.1).
    func testIndentedTextMatchesReference() throws {
        let configMap: JSONValue = [
            "apiVersion": "v1",
            "data": ["LOG_LEVEL": "info", "PORT": "8080", "config.yaml": "server:\n  port: 8080\n"],
            "kind": "ConfigMap",
            "metadata": ["creationTimestamp": "2026-11-24T12:34:43Z", "name": "go-api-config", "namespace": "default",
                         "resourceVersion": "1039", "uid": "10f99021-a664-5db9-825f-05a0c323f718"],
        ]
        XCTAssertEqual(configMap.jsonText(), """
            {
                "apiVersion": "v1",
                "data": {
                    "LOG_LEVEL": "info",
                    "PORT": "8080",
                    "config.yaml": "server:\\n  port: 8080\\n"
                },
                "kind": "ConfigMap",
                "metadata": {
                    "creationTimestamp": "2026-11-24T12:34:43Z",
                    "name": "go-api-config",
                    "namespace": "default",
                    "resourceVersion": "1039",
                    "uid": "10f99021-a664-5db9-825f-05a0c323f718"
                }
            }
            """)
    }

    /// `kubectl run web --image=nginx --dry-run=client -o json`: struct order, empty objects inline.
    func testStructOrderAndEmptyContainers() {
        let pod: JSONValue = [
            "kind": "Pod", "apiVersion": "v1",
            "metadata": ["name": "web", "creationTimestamp": nil, "labels": ["run": "web"]],
            "spec": ["containers": [["name": "web", "image": "nginx", "resources": [:]]],
                     "restartPolicy": "Always", "dnsPolicy": "ClusterFirst"],
            "status": [:],
        ]
        XCTAssertEqual(pod.jsonText(), """
            {
                "kind": "Pod",
                "apiVersion": "v1",
                "metadata": {
                    "name": "web",
                    "creationTimestamp": null,
                    "labels": {
                        "run": "web"
                    }
                },
                "spec": {
                    "containers": [
                        {
                            "name": "web",
                            "image": "nginx",
                            "resources": {}
                        }
                    ],
                    "restartPolicy": "Always",
                    "dnsPolicy": "ClusterFirst"
                },
                "status": {}
            }
            """)
        XCTAssertEqual(JSONValue.array([[], [:], [[]]]).jsonText(), "[\n    [],\n    {},\n    [\n        []\n    ]\n]")
    }

    func testStringEscapingMatchesGo() {
        let cases: [(String, String)] = [
            ("\u{8}\u{C}\n\r\t\u{1}\u{1F}\u{7F}", #""\b\f\n\r\t\u0001\u001f\#u{7F}""#),
            ("\u{2028}\u{2029}<>&", #""\u2028\u2029\u003c\u003e\u0026""#),
            ("é😀\u{FFFD}", "\"é😀\u{FFFD}\""), ("a\"b\\c/d", #""a\"b\\c/d""#), ("\u{0}", #""\u0000""#),
            ("\u{85}\u{A0}\u{2027}", "\"\u{85}\u{A0}\u{2027}\""),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(JSONValue.string(input).jsonText(), expected, input.debugDescription)
            XCTAssertEqual(JSONValue.string(input).compactJSON(), expected, input.debugDescription)
        }
    }

    /// Go's encoding/json float formatting (captured from kubectl -o json).
    func testFloatsFormatLikeGo() {
        let cases: [(Double, String)] = [
            (1e20, "100000000000000000000"), (1e21, "1e+21"), (1.5e-7, "1.5e-7"), (123456789.123, "123456789.123"),
            (1e6, "1000000"), (0.1, "0.1"), (-0.0, "-0"), (1e300, "1e+300"), (5e-324, "5e-324"),
            (12345678901234567890, "12345678901234567000"), (1234567.5, "1234567.5"), (0.000001, "0.000001"),
            (0.0000012345, "0.0000012345"), (2.5e-5, "0.000025"), (3.0, "3"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-1.25e-10, "-1.25e-10"), (9.999999999999999e20, "999999999999999900000"), (.nan, "null"), (.infinity, "null"),
        ]
        for (number, expected) in cases {
            XCTAssertEqual(JSONValue.double(number).jsonText(), expected, "\(number)")
        }
    }

    /// The `last-applied-configuration` form: no white space.
    func testCompactText() {
        let value: JSONValue = ["kind": "Pod", "metadata": ["name": "a", "labels": [:]], "list": [1, 2.5, "x", nil, []]]
        XCTAssertEqual(value.compactJSON(), #"{"kind":"Pod","metadata":{"name":"a","labels":{}},"list":[1,2.5,"x",null,[]]}"#)
    }

    func testRoundTrips() throws {
        let texts = [
            #"{"a":[1,-2,3.5,1e+21,true,false,null,"s\u003c"],"b":{},"c":[],"d":{"e":{"f":"\n\u2028"}}}"#,
            #"[{"z":0,"y":-0.5}]"#, #""just a string""#, "12", "null",
        ]
        for text in texts {
            let value = try JSONValue.parseJSON(text)
            XCTAssertEqual(value.compactJSON(), text)
            XCTAssertEqual(try JSONValue.parseJSON(value.jsonText()), value)
        }
    }
}
