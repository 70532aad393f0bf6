import Foundation
import KubeCluster
import XCTest
@testable import KubeCtl

/// Byte-for-byte comparison with the real kubectl 1.32: `kubectl label --local -f obj.json zzz- -o …`
/// prints an object through the real jsonpath / go-template printers without any server.
/// Skipped (with a message) when the binary is not installed.
final class KubectlOracleTests: XCTestCase {
    private static let binary = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32"

    private struct Run: Equatable, CustomStringConvertible {
        var stdout: String
        var stderr: String
        var description: String { "stdout: \(stdout.debugDescription)\nstderr: \(stderr.debugDescription)" }
    }

    private var objectFile: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw XCTSkip("real kubectl 1.32 not found at \(Self.binary); oracle comparison skipped")
        }
        objectFile = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-oracle-\(UUID()).json")
        try GoValueText.json(FormatFixtures.sample).write(to: objectFile, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        if let objectFile { try? FileManager.default.removeItem(at: objectFile) }
    }

    private func kubectl(_ output: String, strict: Bool = false) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["label", "--local", "-f", objectFile.path, "zzz-", "-o", output]
            + (strict ? ["--allow-missing-template-keys=false"] : [])
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func ours(_ result: Result<FormatOutput, FormatError>) -> Run {
        switch result {
        case .failure(let error): return Run(stdout: "", stderr: error.stderr)
        case .success(let output): return Run(stdout: output.stdout, stderr: output.error?.stderr ?? "")
        }
    }

    private func jsonPath(_ template: String, strict: Bool, asJSON: Bool = false) -> Run {
        ours(Result {
            var printer = try JSONPathPrinter(template: template)
            printer.allowMissingKeys = !strict
            printer.jsonOutput = asJSON
            return printer.print(FormatFixtures.sample)
        }.mapError { $0 as? FormatError ?? FormatError("\($0)") })
    }

    private func goTemplate(_ template: String, strict: Bool) -> Run {
        ours(Result {
            var printer = try GoTemplatePrinter(template: template)
            printer.allowMissingKeys = !strict
            return printer.print(FormatFixtures.sample)
        }.mapError { $0 as? FormatError ?? FormatError("\($0)") })
    }

    /// `--allow-missing-template-keys=false` only changes anything where a key may be missing, so the
    /// strict run is made only for templates whose lenient output suggests one (keeps the test fast).
    private static func variants(_ lenient: Run, _ template: String) -> [Bool] {
        let missing = lenient.stdout.isEmpty || lenient.stdout.contains("<no value>") || lenient.stdout.contains("<none>")
            || template.contains("nope") || template.contains("zz") || template.contains(".x") || template.contains(".a")
        return missing ? [false, true] : [false]
    }

    /// The output's words in sorted order, with stderr, for order-insensitive comparisons.
    private static func words(_ run: Run) -> String {
        "\(run.stdout.split(separator: " ").sorted()) \(run.stderr)"
    }

    func testJSONPathMatchesKubectl() throws {
        let templates = [
            "{.metadata.name}", "{.spec.items[*].name}", "{.spec.items[0]}", "{.spec.items[-1:].name}",
            "{.spec.items[0:2].name}", "{.spec.items[::2].name}", "{.spec.items[0,2].name}", "{..name}",
            "{.metadata.labels.a\\.b}", "{.metadata.labels['a.b']}", "{.spec.items[?(@.type==\"Ready\")].name}",
            "{.spec.items[?(@.v>1)].name}", "{.spec.items[?(@.v<=2)].name}", "{.spec.items[?(@.v!=2)].name}",
            "{.spec.items[?(@.type)].name}", "{.spec.items[?(@.name=='b')].v}", "{.spec.items[?(@.v>=2)]}",
            "{range .spec.items[*]}{.name}{\"\\t\"}{.v}{\"\\n\"}{end}", "{range .spec.empty[*]}x{end}after",
            "{range .spec.items[*]}[{.name}]{end}-{.kind}", "{.spec.nul}|{.spec.arr}|{.spec.empty}|{.spec.emptyobj}",
            "{.spec.num} {.spec.neg} {.spec.fl} {.spec.big} {.spec.tiny} {.spec.huge} {.spec.t} {.spec.f}",
            "{.spec.s}", "{.spec.arr[*]}", "plain text {$.kind} {@.kind}", "{.spec.nope}", "{.spec.num.x}",
            "{.spec.items[5].name}", "{.spec.items[-5].name}", "{.spec.items[2:1].name}", "{.spec.items[0:3:0].name}",
            "{.spec.s[0]}", "{.spec.items[?(@.v==1.0)].name}", "{end}", "{.items[}", "{.items[*", "{.a",
            "{.spec.items[?(@.type==\"Ready\" && @.v==1)].name}", "{#}", "{.spec.items[x]}", "{'it''s'}",
            "{.spec.items[ 0 ].name}", "{.spec.items[*]}", "{.spec.items[0]['name']}", "{..v}", "{.spec..name}",
        ]
        for template in templates {
            for strict in Self.variants(jsonPath(template, strict: false), template) {
                let ours = jsonPath(template, strict: strict)
                let theirs = try kubectl("jsonpath=" + template, strict: strict)
                if template.contains("..") {
                    // Go walks map keys in random order for recursive descent: compare the words, not their order.
                    XCTAssertEqual(Self.words(ours), Self.words(theirs), "jsonpath \(template) strict=\(strict)")
                } else {
                    XCTAssertEqual(ours, theirs, "jsonpath \(template) strict=\(strict)")
                }
            }
        }
        for template in ["{.spec.items[*].name}", "{.metadata.name}{.kind}", "{.spec.nope}",
                         "{range .spec.items[*]}{.name}{end}"] {
            XCTAssertEqual(jsonPath(template, strict: false, asJSON: true),
                           try kubectl("jsonpath-as-json=" + template), "jsonpath-as-json \(template)")
        }
    }

    func testGoTemplateMatchesKubectl() throws {
        let templates = [
            "{{.metadata.name}}", "{{.}}", "{{.spec.arr}} {{.spec.fl}} {{.spec.big}} {{.spec.huge}} {{.spec.tiny}}",
            "{{range .spec.items}}{{.name}}{{\"\\n\"}}{{end}}", "{{(index .spec.items 0).name}}",
            "{{range $i, $e := .spec.items}}{{$i}}={{$e.name}},{{end}}", "{{range $k, $v := .metadata.labels}}{{$k}}={{$v}};{{end}}",
            "{{if eq .spec.num 3}}yes{{else}}no{{end}}", "{{if gt .spec.fl 1.0}}g{{end}}{{if lt .spec.num 5}}lt{{end}}",
            "{{if and .spec.t .spec.f}}1{{else if or .spec.f .spec.num}}2{{end}}", "{{with .spec.nope}}a{{else}}b{{end}}",
            "{{$x := .metadata.name}}{{$x}}{{$x = \"y\"}}{{$x}}", "{{.spec.items | len}} {{len .spec}} {{len .metadata.name}}",
            "{{printf \"%5.2f|%-6s|%q|%x|%v|%d|%s\" .spec.fl .metadata.name .spec.s 255 .spec.arr .spec.num .spec.num}}",
            "{{printf \"%v %v %v %v\" .spec.t .spec.nul .spec.emptyobj .spec.huge}}", "{{printf \"%d\"}}{{printf \"%s %s\" \"a\"}}",
            "{{printf \"%6.2v|%+d|%05d|%o|%X|%e|%g|%c|%U|%t|%%\" .spec.fl .spec.num .spec.num 8 255 .spec.fl .spec.big 65 65 .spec.t}}",
            "{{html \"<a>\"}}{{js \"x'y\"}}{{urlquery \"a b\"}}", "{{slice \"abcdef\" 1 3}}", "{{println 1 2}}{{print 1 2 \"a\" \"b\" 3}}",
            "{{ne .metadata.name \"x\"}}{{le 1 2}}{{ge 2.5 2.5}}{{eq .metadata.name \"a\" \"x\"}}", "{{index .metadata.labels \"a.b\"}}",
            "{{- \" a \" -}} b", "{{/* c */}}x", "x {{- /* c */ -}} y", "{{.nope.bar}}", "{{ .spec.nope | printf \"%v\" }}",
            "{{.spec.num.x}}", "{{.spec.nul.x}}", "{{.spec.items.name}}", "{{index .spec.arr 10}}", "{{eq .spec.num 3.0}}",
            "{{range .spec.num}}x{{end}}", "{{index .spec.num 1}}", "{{index .spec.items \"a\"}}", "{{index .metadata.labels 1}}",
            "{{index .spec.nope 1}}", "{{printf 3}}", "{{nil}}", "{{len 3}}", "{{len .spec.nul}}", "{{.a.b.c | len}}",
            "{{bad", "{{.a}", "{{.a", "{{\"abc}}", "{{)}}", "{{(.a}}", "{{range $i, $e, $f := .x}}{{end}}", "{{$x}}",
            "{{if}}{{end}}", "{{.a | 3}}", "{{3.x}}", "{{else}}", "{{end}}", "{{range .spec.items}}{{.name}}",
            "{{range .x}}{{else}}{{else}}{{end}}", "{{break}}", "{{with $x := .metadata.name}}{{$x}}{{end}}",
            "{{range .spec.items}}{{if eq .name \"b\"}}{{break}}{{end}}{{.name}}{{end}}",
            "{{range .spec.items}}{{if eq .name \"b\"}}{{continue}}{{end}}{{.name}}{{end}}",
            "{{$.kind}}", "{{template \"x\"}}", "{{define \"x\"}}X{{end}}{{template \"x\"}}", "{{block \"y\" .}}Y{{end}}",
            "{{exists . \"spec\" \"num\"}} {{exists . \"spec\" \"zz\"}}", "{{base64decode \"aGVsbG8=\"}}{{base64decode \"!!\"}}",
            "{{'a'}} {{0x1F}} {{1e3}} {{1_000}} {{-5}} {{+3}}", "{{and 1 0 2}} {{or 0 \"\" \"x\"}} {{and}}",
            "{{not 0}}{{not .spec.arr}}", "{{.spec.items}}", "{{index .spec.items 1 \"type\"}}", "{{.metadata.labels.app}}",
            "line1\n{{.spec.num.x}}", "{{.nope}}", "{{.metadata.nope}}", "{{.a\n.b}}", "{{\"x\" 1}}", "{{printf .spec.num}}",
            "a\n{{.a\n\n", "{{.x |}}", "{{range .metadata.name}}x{{end}}", "{{range 3}}x{{end}}",
            "{{range $i := .spec.items}}{{$i.name}}{{end}}", "{{range $i, $e := .metadata.labels}}{{$i}}{{end}}",
            "{{with .spec.items}}{{len .}}{{end}}", "{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}",
            "{{if .spec.nul}}a{{else}}b{{end}}", "{{.spec.items | printf \"%v\"}}", "{{printf \"%v\" (index .spec.items 0)}}",
            "{{call .x}}", "{{js \"<a=b>&\\n\"}}{{html \"\\\"x\\\"\" 1}}", "{{urlquery \"ä/b?c=d e\"}}",
            "{{slice .spec.items 1}}", "{{slice .spec.items 1 2 3}}", "{{index \"abc\" 1}}", "{{index .spec.arr 5}}",
            "{{with .spec.nope}}a{{else with .metadata.name}}{{.}}{{end}}", "a {{- 1}} {{2 -}} b",
        ]
        for template in templates {
            for strict in Self.variants(goTemplate(template, strict: false), template) {
                XCTAssertEqual(goTemplate(template, strict: strict), try kubectl("go-template=" + template, strict: strict),
                               "go-template \(template) strict=\(strict)")
            }
        }
    }
}
