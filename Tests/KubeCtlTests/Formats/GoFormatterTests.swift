import KubeCluster
import XCTest
@testable import KubeCtl

/// Go `fmt` verbs, flags, widths, precisions and error annotations as `printf` in a kubectl go-template
/// prints them; expected texts recorded from kubectl 1.32.
final class GoFormatterTests: XCTestCase {
    private static let printfCases: [(String, String)] = [
            ("{{printf \"%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%b|%O|%c|%q|%U|%#U\" .spec.num .spec.num .spec.num .spec.num .spec.num 255 255 255 8 8 5 8 65 65 0x1F600 0x1F600}}",
             "    3|3    |00003|+3| 3|ff|FF|0xff|10|010|101|0o10|A|'A'|U+1F600|U+1F600 '😀'"),
            ("{{printf \"%v|%5.1f|%-8.3e|%g|%G|%e|%E|%.0f|%.3g|%10.4v|%+.2f\" .spec.fl .spec.fl .spec.big .spec.tiny .spec.huge .spec.big .spec.big 2.5 .spec.big .spec.big .spec.fl}}",
             "1.5|  1.5|1.235e+06|1e-06|1E+21|1.234568e+06|1.234568E+06|2|1.23e+06| 1.235e+06|+1.50"),
            ("{{printf \"%s|%10s|%-10s|%.2s|%q|%x|% x|%#x|%X|%05s|%v\" .metadata.name .metadata.name .metadata.name .spec.s .spec.s .metadata.name .spec.s .metadata.name .metadata.name .metadata.name .spec.s}}",
             "x|         x|x         |he|\"he said \\\"hi\\\" <&>\"|78|68 65 20 73 61 69 64 20 22 68 69 22 20 3c 26 3e|0x78|78|0000x|he said \"hi\" <&>"),
            ("{{printf \"%v|%d|%s|%x|%+v|%#v\" .spec.arr .spec.arr .spec.arr .spec.arr .spec.arr .spec.arr}}",
             "[1 two map[a:b] <nil> true]|[1 %!d(string=two) map[%!d(string=a):%!d(string=b)] <nil> %!d(bool=true)]|[%!s(int64=1) two map[a:b] <nil> %!s(bool=true)]|[1 74776f map[61:62] <nil> %!x(bool=true)]|[1 two map[a:b] <nil> true]|[]interface {}{1, \"two\", map[string]interface {}{\"a\":\"b\"}, interface {}(nil), true}"),
            ("{{printf \"%v|%s|%d|%#v|%T|%T|%T|%T\" .metadata.labels .metadata.labels .metadata.labels .metadata.labels .metadata.labels .spec.arr .spec.num 3}}",
             "map[a.b:c app:web]|map[a.b:c app:web]|map[%!d(string=a.b):%!d(string=c) %!d(string=app):%!d(string=web)]|map[string]interface {}{\"a.b\":\"c\", \"app\":\"web\"}|map[string]interface {}|[]interface {}|int64|int"),
            ("{{printf \"%t|%v|%d|%s\" .spec.t .spec.f .spec.t .spec.t}}",
             "true|false|%!d(bool=true)|%!s(bool=true)"),
            ("{{printf \"%v|%d|%s|%T|%#v\" .spec.nul .spec.nul .spec.nul .spec.nul .spec.nul}}",
             "<nil>|%!d(<nil>)|%!s(<nil>)|<nil>|<nil>"),
            ("{{printf \"%d %d\" 1 2 3 \"x\"}}",
             "1 2%!(EXTRA int=3, string=x)"),
            ("{{printf \"%!|%z|%-+08.3d\" 1 1}}",
             "%!!(int=1)|%!z(int=1)|%!d(MISSING)"),
            ("{{printf \"%*d|%-*d|%.*f\" 5 1 5 1 2 3.14159}}",
             "    1|1    |3.14"),
            ("{{printf \"%[2]d %[1]d\" 1 2}}",
             "2 1"),
            ("{{printf \"%6.2f|%-8.2f|%08.2f|%+08.2f|% .1e\" 3.14159 3.14159 -3.14159 3.14159 12345.678}}",
             "  3.14|3.14    |-0003.14|+0003.14| 1.2e+04"),
            ("{{printf \"%.2v|%.10v|%.3v\" \"abcdef\" 3.14159 .spec.big}}",
             "ab|3.14159|1.23e+06"),
            ("{{printf \"%x|%X|%o|%b\" -255 -255 -8 -5}}",
             "-ff|-FF|-10|-101"),
            ("{{printf \"%5t|%-7v|\" .spec.t .spec.f}}",
             " true|false  |"),
            ("{{printf \"%q|%v|%s\" 'x' 'x' 'x'}}",
             "'x'|120|%!s(int=120)"),
            ("{{printf \"%v\" 1e100}}",
             "1e+100"),
            ("{{printf \"%v %v %v\" 100000.0 1000000.0 0.0001}}",
             "100000 1e+06 0.0001"),
            ("{{printf \"%v %v\" 0.00001 -0.0}}",
             "1e-05 -0"),
            ("{{printf \"%.0e|%.1g|%g|%g\" 5.0 0.05 123456.0 1234567.0}}",
             "5e+00|0.05|123456|1.234567e+06"),
            ("{{printf \"%s ~\" }}",
             "%!s(MISSING) ~"),
            ("{{printf \"%d%%|%%\" 5}}",
             "5%|%"),
    ]

    func testPrintfThroughTemplates() throws {
        let data = GoTemplate.decodedLikeKubectl(FormatFixtures.sample)
        for (template, expected) in Self.printfCases {
            let (output, error) = try GoTemplate(template).execute(on: data)
            XCTAssertNil(error, template)
            XCTAssertEqual(output, expected, template)
        }
    }

    func testSprintSpacing() {
        let args: [GoFmtArg] = [.json(1), .json(2), .json("a"), .json("b"), .json(3), .nilValue]
        XCTAssertEqual(GoFormatter.sprint(args), "1 2ab3 <nil>")
        XCTAssertEqual(GoFormatter.sprintln(args), "1 2 a b 3 <nil>\n")
    }

    func testFloatFormatting() {
        let cases: [(Double, String, String)] = [
            (1234567.5, "1.2345675e+06", "1234567.5"), (1e21, "1e+21", "1e+21"), (1e20, "1e+20", "100000000000000000000"),
            (0.000001, "1e-06", "0.000001"), (1e-7, "1e-07", "1e-7"), (100000, "100000", "100000"), (-0.0, "-0", "-0"),
            (0.1, "0.1", "0.1"), (123456789.125, "1.23456789125e+08", "123456789.125"),
        ]
        for (value, plain, json) in cases {
            XCTAssertEqual(GoValueText.formatFloat(value), plain, "\(value)")
            XCTAssertEqual(GoValueText.formatJSONFloat(value), json, "\(value)")
        }
    }

    func testQuoting() {
        XCTAssertEqual(GoValueText.quote("tab\there\nnl é \u{2028} \u{01} \"q\" \\ <>&"),
                       "\"tab\\there\\nnl é \\u2028 \\x01 \\\"q\\\" \\\\ <>&\"")
        XCTAssertEqual(GoValueText.jsonString("tab\t<&>\u{2028}\u{01}\u{08}"), "\"tab\\t\\u003c\\u0026\\u003e\\u2028\\u0001\\b\"")
    }
}
