import KubeCluster
import XCTest
@testable import KubeCtl

/// Go text/template execution as kubectl's `-o go-template=` runs it; expected texts recorded from
/// kubectl 1.32 (`kubectl label --local … -o go-template=`).
final class GoTemplateTests: XCTestCase {
    private let data = GoTemplate.decodedLikeKubectl(FormatFixtures.sample)

    private func run(_ template: String, missingKeyIsError: Bool = false) throws -> (String, String?) {
        let (output, error) = try GoTemplate(template).execute(on: data, missingKeyIsError: missingKeyIsError)
        return (output, error?.message)
    }

    func testOutputs() throws {
        let cases: [(String, String)] = [
            ("{{.metadata.name}}", "x"), ("{{.spec.nope}}", "<no value>"), ("{{.nope.bar}}", "<no value>"),
            ("{{.spec.nul}}", "<no value>"), ("{{.Spec}}", "<no value>"),
            ("{{.spec.arr}} {{.spec.fl}} {{.spec.big}} {{.spec.huge}} {{.spec.tiny}}",
             "[1 two map[a:b] <nil> true] 1.5 1.2345675e+06 1e+21 1e-06"),
            ("{{.spec.empty}} {{.spec.emptyobj}} {{.metadata.labels}}", "[] map[] map[a.b:c app:web]"),
            ("{{range .spec.items}}{{.name}}{{\"\\n\"}}{{end}}", "a\nb\nc\n"),
            ("{{(index .spec.items 0).name}}", "a"), ("{{index .spec.items 1 \"type\"}}", "X"),
            ("{{index .metadata.labels \"a.b\"}}", "c"), ("{{index .metadata.labels \"zz\"}}", "<no value>"),
            ("{{range $i, $e := .spec.items}}{{$i}}={{$e.name}},{{end}}", "0=a,1=b,2=c,"),
            ("{{range $k, $v := .metadata.labels}}{{$k}}={{$v}};{{end}}", "a.b=c;app=web;"),
            ("{{range .spec.nope}}x{{else}}empty{{end}}", "empty"), ("{{range .spec.empty}}x{{else}}none{{end}}", "none"),
            ("{{if eq .spec.num 3}}yes{{else}}no{{end}}", "yes"), ("{{if gt .spec.fl 1.0}}g{{end}}", "g"),
            ("{{if and .spec.t .spec.f}}1{{else if or .spec.f .spec.num}}2{{end}}", "2"),
            ("{{with .spec.nope}}a{{else}}b{{end}}", "b"), ("{{with .metadata}}{{.name}}{{end}}", "x"),
            ("{{with .spec.nope}}a{{else with .metadata.name}}{{.}}{{end}}", "x"),
            ("{{$x := .metadata.name}}{{$x}}{{$x = \"y\"}}{{$x}}", "xy"), ("{{with $x := .metadata.name}}{{$x}}{{end}}", "x"),
            ("{{.spec.items | len}} {{len .spec}} {{len .metadata.name}}", "3 14 1"),
            ("{{printf \"%v %v %v %v\" .spec.t .spec.nul .spec.emptyobj .spec.huge}}", "true <nil> map[] 1e+21"),
            ("{{printf \"%d\"}}{{printf \"%s %s\" \"a\"}}", "%!d(MISSING)a %!s(MISSING)"),
            ("{{ .spec.nope | printf \"%v\" }}", "<nil>"), ("{{.spec.fl | printf \"%.1f\"}}", "1.5"),
            ("{{html \"<a>\"}}{{js \"x'y\"}}{{urlquery \"a b\"}}", "&lt;a&gt;x\\'ya+b"), ("{{slice \"abcdef\" 1 3}}", "bc"),
            ("{{println 1 2}}{{print 1 2 \"a\" \"b\" 3}}", "1 2\n1 2ab3"),
            ("{{ne .metadata.name \"x\"}}{{le 1 2}}{{ge 2.5 2.5}}{{eq .metadata.name \"a\" \"x\"}}", "falsetruetruetrue"),
            ("{{- \" a \" -}} b", " a b"), ("{{/* c */}}x", "x"), ("x  {{- /* c */ -}}  y", "xy"), ("a {{- 1}} {{2 -}} b", "a1 2b"),
            ("{{range .spec.items}}{{if eq .name \"b\"}}{{break}}{{end}}{{.name}}{{end}}", "a"),
            ("{{range .spec.items}}{{if eq .name \"b\"}}{{continue}}{{end}}{{.name}}{{end}}", "ac"),
            ("{{$.kind}}", "ConfigMap"), ("{{define \"x\"}}X{{.}}{{end}}{{template \"x\" .kind}}", "XConfigMap"),
            ("{{block \"y\" .kind}}Y{{.}}{{end}}", "YConfigMap"),
            ("{{exists . \"spec\" \"num\"}} {{exists . \"spec\" \"zz\"}} {{exists .spec.items 2 \"name\"}}", "true false true"),
            ("{{base64decode \"aGVsbG8=\"}}", "hello"), ("{{'a'}} {{0x1F}} {{1e3}} {{1_000}} {{-5}} {{+3}} {{0o17}} {{017}}",
                                                       "97 31 1000 1000 -5 3 15 15"),
            ("{{and 1 0 2}} {{or 0 \"\" \"x\"}} {{and 1 2}} {{or 0 \"\"}}", "0 x 2 "), ("{{not 0}}{{not .spec.arr}}", "truefalse"),
            ("{{.spec.t}}{{.spec.neg}}{{.spec.s}}", "true-2he said \"hi\" <&>"), ("{{.x |}}", "<no value>"),
        ]
        for (template, expected) in cases {
            let (output, error) = try run(template)
            XCTAssertNil(error, template)
            XCTAssertEqual(output, expected, template)
        }
    }

    func testSeedCommands() throws {
        let service: JSONValue = ["kind": "Service", "spec": ["ports": [["nodePort": 30170, "port": 8080]]]]
        XCTAssertEqual(try GoTemplatePrinter(template: "{{(index .spec.ports 0).nodePort}}").print(service).stdout, "30170")
        XCTAssertEqual(try GoTemplatePrinter(template: "{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}")
            .print(FormatFixtures.podList).stdout,
                       "crashy\ngo-api-vhrxtbh9wm-ghztt\ngo-api-vhrxtbh9wm-pjdkz\ngo-api-vhrxtbh9wm-xt956\npending-img\nweb-multi\n")
        XCTAssertEqual(try GoTemplatePrinter(template: "{{.n}}").print(["n": 2.0]).stdout, "2")
    }

    func testExecutionErrors() throws {
        let cases: [(String, String, String)] = [
            ("{{.spec.num.x}}", "", "template: output:1:7: executing \"output\" at <.spec.num.x>: can't evaluate field x in type interface {}"),
            ("{{.spec.nul.x}}", "", "template: output:1:7: executing \"output\" at <.spec.nul.x>: nil pointer evaluating interface {}.x"),
            ("{{.spec.items.name}}", "", "template: output:1:7: executing \"output\" at <.spec.items.name>: can't evaluate field name in type interface {}"),
            ("ab{{index .spec.arr 10}}", "ab", "template: output:1:4: executing \"output\" at <index .spec.arr 10>: error calling index: index out of range: 10"),
            ("{{index .spec.arr 5}}", "", "template: output:1:2: executing \"output\" at <index .spec.arr 5>: error calling index: reflect: slice index out of range"),
            ("{{index .spec.num 1}}", "", "template: output:1:2: executing \"output\" at <index .spec.num 1>: error calling index: can't index item of type int64"),
            ("{{index .spec.items \"a\"}}", "", "template: output:1:2: executing \"output\" at <index .spec.items \"a\">: error calling index: cannot index slice/array with type string"),
            ("{{index .metadata.labels 1}}", "", "template: output:1:2: executing \"output\" at <index .metadata.labels 1>: error calling index: value has type int; should be string"),
            ("{{index .spec.nope 1}}", "", "template: output:1:2: executing \"output\" at <index .spec.nope 1>: error calling index: index of untyped nil"),
            ("{{ .spec.items | index 0 }}", "", "template: output:1:17: executing \"output\" at <index 0>: error calling index: can't index item of type int"),
            ("{{eq .spec.num 3.0}}", "", "template: output:1:2: executing \"output\" at <eq .spec.num 3.0>: error calling eq: incompatible types for comparison"),
            ("x{{range .spec.num}}x{{end}}", "x", "template: output:1:14: executing \"output\" at <.spec.num>: range can't iterate over 3"),
            ("{{printf 3}}", "", "template: output:1:9: executing \"output\" at <3>: expected string; found 3"),
            ("{{printf .spec.num}}", "", "template: output:1:14: executing \"output\" at <.spec.num>: wrong type for value; expected string; got int64"),
            ("{{nil}}", "", "template: output:1:2: executing \"output\" at <nil>: nil is not a command"),
            ("{{len 3}}", "", "template: output:1:2: executing \"output\" at <len 3>: error calling len: len of type int"),
            ("{{len .spec.nul}}", "", "template: output:1:2: executing \"output\" at <len .spec.nul>: error calling len: len of nil pointer"),
            ("{{.a.b.c | len}}", "", "template: output:1:11: executing \"output\" at <len>: error calling len: reflect: call of reflect.Value.Type on zero Value"),
            ("{{template \"x\"}}", "", "template: output:1:11: executing \"output\" at <{{template \"x\"}}>: template \"x\" not defined"),
            ("{{base64decode \"aGVsbG8=\"}}{{base64decode \"!!\"}}", "hello", "template: output:1:29: executing \"output\" at <base64decode \"!!\">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0"),
            ("{{and 1 0 2}} {{or 0 \"\" \"x\"}} {{and}}", "0 x ", "template: output:1:32: executing \"output\" at <and>: wrong number of args for and: want at least 1 got 0"),
            ("line1\n{{.spec.num.x}}", "line1\n", "template: output:2:7: executing \"output\" at <.spec.num.x>: can't evaluate field x in type interface {}"),
            ("{{.metadata.name.averyveryverylongfieldname}}", "", "template: output:1:11: executing \"output\" at <.metadata.name.averyveryverylongfieldname>: can't evaluate field averyveryverylongfieldname in type interface {}"),
            ("{{\"x\" 1}}", "", "template: output:1:2: executing \"output\" at <\"x\">: can't give argument to non-function \"x\""),
        ]
        for (template, partial, message) in cases {
            let (output, error) = try run(template)
            XCTAssertEqual(output, partial, template)
            XCTAssertEqual(error, message, template)
        }
        let (_, strict) = try run("{{.metadata.nope}}", missingKeyIsError: true)
        XCTAssertEqual(strict, "template: output:1:11: executing \"output\" at <.metadata.nope>: map has no entry for key \"nope\"")
    }

    func testParseErrors() {
        let cases: [(String, String)] = [
            ("{{bad", "template: output:1: function \"bad\" not defined"), ("{{.a}", "template: output:1: bad character U+007D '}'"),
            ("{{.a", "template: output:1: unclosed action"), ("{{\"abc}}", "template: output:1: unterminated quoted string"),
            ("{{)}}", "template: output:1: unexpected right paren"), ("{{(.a}}", "template: output:1: unclosed left paren"),
            ("{{range $i, $e, $f := .x}}{{end}}", "template: output:1: too many declarations in range"),
            ("{{$x}}", "template: output:1: undefined variable \"$x\""), ("{{if}}{{end}}", "template: output:1: missing value for if"),
            ("{{.a | 3}}", "template: output:1: non executable command in pipeline stage 2"),
            ("{{3.x}}", "template: output:1: bad number syntax: \"3.x\""), ("{{else}}", "template: output:1: unexpected {{else}}"),
            ("{{end}}", "template: output:1: unexpected {{end}}"), ("{{range .spec.items}}{{.name}}", "template: output:1: unexpected EOF"),
            ("{{range .x}}{{else}}{{else}}{{end}}", "template: output:1: expected end; found {{else}}"),
            ("{{break}}", "template: output:1: {{break}} outside {{range}}"), ("{{/* x", "template: output:1: unclosed comment"),
            ("{{.a b}}", "template: output:1: function \"b\" not defined"), ("{{1.x}}", "template: output:1: bad number syntax: \"1.x\""),
            ("a\n{{.a\n\n", "template: output:4: unclosed action started at output:2"),
        ]
        for (template, message) in cases {
            XCTAssertThrowsError(try GoTemplate(template), template) { error in
                XCTAssertEqual((error as? TemplateParseError)?.message, message, template)
            }
        }
    }

    func testKubectlPrinterFraming() throws {
        XCTAssertThrowsError(try GoTemplatePrinter(template: "{{bad")) { error in
            XCTAssertEqual((error as? FormatError)?.stderr,
                           "error: error parsing template {{bad, template: output:1: function \"bad\" not defined\n")
        }
        let object: JSONValue = ["kind": "Pod", "n": 1.0, "s": "<&>"]
        let output = try GoTemplatePrinter(template: "{{.kind}}{{.n.x}}").print(object)
        XCTAssertEqual(output.stdout, """
            PodError executing template: template: output:1:13: executing "output" at <.n.x>: can't evaluate field x in type interface {}. Printing more information for debugging the template:
            \ttemplate was:
            \t\t{{.kind}}{{.n.x}}
            \traw data was:
            \t\t{"kind":"Pod","n":1,"s":"\\u003c\\u0026\\u003e"}
            \tobject given to template engine was:
            \t\tmap[kind:Pod n:1 s:<&>]


            """)
        XCTAssertEqual(output.error?.stderr, "error: error executing template \"{{.kind}}{{.n.x}}\": template: output:1:13: "
            + "executing \"output\" at <.n.x>: can't evaluate field x in type interface {}\n")
        var strict = try GoTemplatePrinter(template: "{{.nope}}")
        strict.allowMissingKeys = false
        XCTAssertEqual(strict.print(object).error?.message,
                       "error executing template \"{{.nope}}\": template: output:1:2: executing \"output\" at <.nope>: map has no entry for key \"nope\"")
    }
}
