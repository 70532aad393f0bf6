import KubeCluster
import XCTest
@testable import KubeCtl

/// jsonpath evaluation and kubectl's jsonpath printer, with outputs recorded from kubectl 1.32
/// (kubectl-output.md §11.2 and `kubectl label --local … -o jsonpath=` runs).
final class JSONPathTemplateTests: XCTestCase {
    private func run(_ template: String, _ data: JSONValue = FormatFixtures.sample,
                     allowMissingKeys: Bool = true) throws -> String {
        try JSONPathTemplate(template).execute(on: data, allowMissingKeys: allowMissingKeys)
    }

    func testOutputs() throws {
        let cases: [(String, String)] = [
            ("{.metadata.name}", "x"),
            ("{.spec.items[*].name}", "a b c"),
            ("{.spec.items[0]}", #"{"name":"a","status":"True","type":"Ready","v":1}"#),
            ("{.spec.items[-1].name}", "c"), ("{.spec.items[-1:].name}", "c"), ("{.spec.items[0:2].name}", "a b"),
            ("{.spec.items[1:].name}", "b c"), ("{.spec.items[:2].name}", "a b"), ("{.spec.items[:-1].name}", "a b"),
            ("{.spec.items[::2].name}", "a c"), ("{.spec.items[0,2].name}", "a c"), ("{.spec.items[0, 1].name}", "a b"),
            ("{.spec.items[1:1].name}", ""), ("{..name}", "x a b c"), ("{...name}", "x a b c"), ("{..v}", "1 2 3"),
            ("{.metadata.labels.a\\.b}", "c"), ("{.metadata.labels['a.b']}", ""), ("{.spec.items[0]['name']}", "a"),
            ("{.spec.items[?(@.type==\"Ready\")].name}", "a"), ("{.spec.items[?(@.v>1)].name}", "b c"),
            ("{.spec.items[?(@.v >= 2)].name}", "b c"), ("{.spec.items[?(@.v<2)].name}", "a"),
            ("{.spec.items[?(@.v!=2)].name}", "a c"), ("{.spec.items[?(@.type)].name}", "a b"),
            ("{.spec.items[?(@.name=='b')].v}", "2"), ("{.spec.items[?(@.nope==\"a\")].name}", ""),
            ("{.spec.items[?(@.v>1)]}", #"{"name":"b","status":"False","type":"X","v":2} {"name":"c","v":3}"#),
            ("{range .spec.items[*]}{.name}{\"\\t\"}{.v}{\"\\n\"}{end}", "a\t1\nb\t2\nc\t3\n"),
            ("{range .spec.items[*]}[{.name}]{end}-{.kind}", "[a][b][c]-ConfigMap"),
            ("{range .spec.items[*]}{.name}:{range .spec.arr[*]}z{end};{end}|{.kind}", "a:;b:;c:;|ConfigMap"),
            ("{range .spec.items}[{@}]{end}", #"[[{"name":"a","status":"True","type":"Ready","v":1},{"name":"b","status":"False","type":"X","v":2},{"name":"c","v":3}]]"#),
            ("{range .spec.empty[*]}x{end}after", "after"), ("{range .spec.items[*]}{.name}", "abc"),
            ("{.spec.nul}|{.spec.arr[3]}|{.spec.items[*].nope}|", "null|null||"),
            ("{.spec.arr}", #"[1,"two",{"a":"b"},null,true]"#), ("{.spec.arr[*]}", #"1 two {"a":"b"} null true"#),
            ("{.spec.num} {.spec.neg} {.spec.fl} {.spec.big} {.spec.tiny} {.spec.huge} {.spec.t}",
             "3 -2 1.5 1.2345675e+06 1e-06 1e+21 true"),
            ("{.spec.s}", "he said \"hi\" <&>"), ("{.spec.empty}{.spec.emptyobj}", "[]{}"),
            ("{.spec.emptyobj.*}x", "x"), ("{.spec.items[*].v+1}", ""), ("{.spec.num.x}", ""),
            ("{$.metadata.name} {@.kind}", "x ConfigMap"), ("x{\"\\t\"}y{\"\\n\"}", "x\ty\n"), ("{'it''s'}", "s"),
            ("{.kind}{ .kind }", "ConfigMapConfigMap"), ("plain", "plain"), ("{.metadata.name.*}", "120"), ("{.spec.arr[?(@.a==\"b\")]}", #"{"a":"b"}"#),
        ]
        for (template, expected) in cases {
            XCTAssertEqual(try run(template), expected, template)
        }
        XCTAssertTrue(try run("{}").hasPrefix(#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"labels":{"a.b":"c","#))
    }

    func testSyntaxErrors() {
        let cases: [(String, String)] = [
            ("{.items[}", "unterminated array"), ("{.items[*", "unterminated array"), ("{.a", "unclosed action"),
            ("{#}", "unrecognized character in action: U+0023 '#'"),
            ("{.spec.items[?(@.type==\"Ready\" && @.v==1)].name}", "unrecognized character in action: U+0026 '&'"),
            ("{.spec.items[x]}", "invalid array index x"), ("{.spec.items[ 0 ].name}", "invalid array index  0 "),
            ("{.spec.items[*][\"name\",\"v\"]}", "invalid array index \"name\""),
            ("{.spec.items[?(@.v==1)]", "unclosed action"), ("{\"\\\\\"}{\"x\"}", "unquote string \"\\\\\"}{\" error invalid syntax"),
            ("{.a[?(@.b==1)}", "unclosed array expect ]"), ("{....a}", "invalid multiple recursive descent"),
        ]
        for (template, expected) in cases {
            XCTAssertThrowsError(try JSONPathTemplate(template), template) { error in
                XCTAssertEqual((error as? JSONPathSyntaxError)?.message, expected, template)
            }
        }
    }

    func testExecutionErrors() {
        let cases: [(String, String)] = [
            ("{.spec.items[5].name}", "array index out of bounds: index 5, length 3"),
            ("{.spec.items[3].name}", "array index out of bounds: index 3, length 3"),
            ("{.spec.items[-5].name}", "array index out of bounds: index -2, length 3"),
            ("{.spec.items[-4:].name}", "array index out of bounds: index -1, length 3"),
            ("{.spec.items[2:1].name}", "starting index 2 is greater than ending index 1"),
            ("{.spec.items[0:3:0].name}", "step must be > 0"), ("{.spec.s[0]}", "string is not array or slice"),
            ("{.metadata.labels[*]}", "map[string]interface {} is not array or slice"),
            ("{end}", "not in range, nothing to end"), ("{.spec.items[?(@.v==1.0)].name}", "incompatible types for comparison"),
            ("{.spec.items[?(@.v>\"1\")].name}", "incompatible types for comparison"), ("{foo}", "unrecognized identifier foo"),
            ("{.spec.items[?(@==1)]}", "invalid type for comparison"),
            ("{.metadata[?(@.a)]}", "map[labels:map[a.b:c app:web] name:x] is not array or slice and cannot be filtered"),
        ]
        for (template, expected) in cases {
            XCTAssertThrowsError(try run(template), template) { error in
                XCTAssertEqual((error as? JSONPathExecutionError)?.message, expected, template)
            }
        }
        XCTAssertThrowsError(try run("{.zz}", allowMissingKeys: false)) { error in
            XCTAssertEqual((error as? JSONPathExecutionError)?.message, "zz is not found")
        }
        XCTAssertEqual(try run("{.spec.items[*].status}", allowMissingKeys: false), "True False")
    }

    func testKubectlPrinterFraming() throws {
        let list = FormatFixtures.podList
        XCTAssertEqual(try JSONPathPrinter(template: "{.items[*].metadata.name}").print(list).stdout,
                       "crashy go-api-vhrxtbh9wm-ghztt go-api-vhrxtbh9wm-pjdkz go-api-vhrxtbh9wm-xt956 pending-img web-multi")
        XCTAssertEqual(try JSONPathPrinter(template: "{.items[0].metadata.name}{\"\\n\"}").print(list).stdout, "crashy\n")
        XCTAssertEqual(try JSONPathPrinter(template: "{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}")
            .print(list).stdout, """
            crashy\tRunning
            go-api-vhrxtbh9wm-ghztt\tRunning
            go-api-vhrxtbh9wm-pjdkz\tRunning
            go-api-vhrxtbh9wm-xt956\tRunning
            pending-img\tPending
            web-multi\tRunning

            """)
        XCTAssertEqual(try JSONPathPrinter(template: "{.items[*].spec.nodeNamez}").print(list), FormatOutput(stdout: ""))
        XCTAssertThrowsError(try JSONPathPrinter(template: "{.items[*")) { error in
            XCTAssertEqual((error as? FormatError)?.stderr, "error: error parsing jsonpath {.items[*, unterminated array\n")
        }
        XCTAssertThrowsError(try JSONPathPrinter(template: "")) { error in
            XCTAssertEqual((error as? FormatError)?.message, "template format specified but no template given")
        }
        var strict = try JSONPathPrinter(template: "{.nope}")
        strict.allowMissingKeys = false
        let object: JSONValue = ["kind": "Pod", "spec": ["n": 1, "l": [nil, "a"]]]
        XCTAssertEqual(strict.print(object).error?.stderr, """
            error: error executing jsonpath "{.nope}": Error executing template: nope is not found. Printing more information for debugging the template:
            \ttemplate was:
            \t\t{.nope}
            \tobject given to jsonpath engine was:
            \t\tmap[string]interface {}{"kind":"Pod", "spec":map[string]interface {}{"l":[]interface {}{interface {}(nil), "a"}, "n":1}}



            """)
        var asJSON = try JSONPathPrinter(template: "{.metadata.name}{.kind}")
        asJSON.jsonOutput = true
        XCTAssertEqual(asJSON.print(FormatFixtures.sample).stdout, "[\n    \"x\"\n]\n[\n    \"ConfigMap\"\n]\n")
    }

    func testRelaxedExpression() throws {
        let cases: [(String, String)] = [
            ("metadata.name", "{.metadata.name}"), (".metadata.name", "{.metadata.name}"),
            ("{metadata.name}", "{.metadata.name}"), ("{.metadata.name}", "{.metadata.name}"),
            ("{.}", "{..}"), ("..", "{..}"), ("", ""), ("x:y", "{.x:y}"),
        ]
        for (input, expected) in cases { XCTAssertEqual(try JSONPathTemplate.relaxed(input), expected, input) }
        for bad in ["{.a}}", "{range .items[*]}{.name}{end}", "{}", "{.a"] {
            XCTAssertThrowsError(try JSONPathTemplate.relaxed(bad), bad) { error in
                XCTAssertEqual((error as? FormatError)?.message, "unexpected path string, expected a 'name1.name2' or "
                    + "'.name1.name2' or '{name1.name2}' or '{.name1.name2}'")
            }
        }
    }
}
