import KubeCluster
import XCTest
@testable import KubeCtl

/// `-o custom-columns` / `custom-columns-file`; expected tables recorded from kubectl 1.32 against a
/// stub API server serving `FormatFixtures.pods` (and kubectl-output.md §11.3).
final class CustomColumnsTests: XCTestCase {
    private func render(_ spec: String, noHeaders: Bool = false) throws -> FormatOutput {
        try CustomColumnsSpec(spec: spec).render(FormatFixtures.pods, noHeaders: noHeaders)
    }

    func testTables() throws {
        XCTAssertEqual(try render("NAME:.metadata.name,NODE:.spec.nodeName,IP:.status.podIP").stdout, """
            NAME                      NODE       IP
            crashy                    worker-1   10.244.1.7
            go-api-vhrxtbh9wm-ghztt   worker-1   10.244.1.11
            go-api-vhrxtbh9wm-pjdkz   worker-1   10.244.1.12
            go-api-vhrxtbh9wm-xt956   worker-1   10.244.1.13
            pending-img               worker-1   10.244.1.7
            web-multi                 worker-1   10.244.1.7

            """)
        XCTAssertEqual(try render("NAME:.metadata.name,X:.spec.nope", noHeaders: true).stdout, """
            crashy                    <none>
            go-api-vhrxtbh9wm-ghztt   <none>
            go-api-vhrxtbh9wm-pjdkz   <none>
            go-api-vhrxtbh9wm-xt956   <none>
            pending-img               <none>
            web-multi                 <none>

            """)
        let containers = try render("CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[*].image,PHASE:{.status.phase}")
        XCTAssertEqual(containers.stdout.split(separator: "\n").prefix(2).joined(separator: "\n"), """
            CONTAINER   IMAGE          PHASE
            main        busybox:1.36   Running
            """)
        XCTAssertEqual(try render("A:.spec.containers,B:.metadata.labels").stdout.split(separator: "\n").first,
                       "A                                     B")
        XCTAssertEqual(try render("A:.spec.containers,B:.metadata.labels").stdout.split(separator: "\n").last,
                       "[map[image:busybox:1.36 name:main]]   map[app:demo]")
        XCTAssertEqual(try render("N:.metadata.name,E:").stdout.split(separator: "\n")[1], "crashy                    <none>")
    }

    func testValueRendering() throws {
        let spec = try CustomColumnsSpec(spec: "ARR:.spec.arr,OBJ:.metadata.labels,NUM:.spec.num,F:.spec.fl,NUL:.spec.nul,"
            + "NAMES:.spec.items[*].name,NOPE:.x.y,E:.spec.empty,T:.spec.t,A:metadata.name,B:{.kind},C:{metadata.name}")
        XCTAssertEqual(spec.render([FormatFixtures.sample]).stdout, """
            ARR                           OBJ                  NUM   F     NUL     NAMES   NOPE     E     T      A     B           C
            [1 two map[a:b] <nil> true]   map[a.b:c app:web]   3     1.5   <nil>   a,b,c   <none>   []    true   x     ConfigMap   x

            """)
    }

    func testSpecErrors() {
        let cases: [(String, String)] = [
            ("", "custom-columns format specified but no custom columns given"),
            ("NAME", "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>"),
            ("A:.a,B", "unexpected custom-columns spec: B, expected <header>:<json-path-expr>"),
            ("A:{.a}}", "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"),
        ]
        for (spec, message) in cases {
            XCTAssertThrowsError(try CustomColumnsSpec(spec: spec), spec) { error in
                XCTAssertEqual((error as? FormatError)?.message, message, spec)
            }
        }
        XCTAssertEqual(try CustomColumnsSpec(spec: "A B:.kind,:.kind").columns,
                       [.init(header: "A B", fieldSpec: "{.kind}"), .init(header: "", fieldSpec: "{.kind}")])
        XCTAssertEqual(try CustomColumnsSpec(spec: "A:x:y").columns, [.init(header: "A", fieldSpec: "{.x:y}")])
    }

    func testFailuresKeepPrintedText() throws {
        XCTAssertEqual(try render("A:.spec.items["), FormatOutput(stdout: "A\n", error: FormatError("unterminated array")))
        XCTAssertEqual(try render("A:.status.podIP,B:.spec.containers[1].name"),
                       FormatOutput(stdout: "A     B\n", error: FormatError("array index out of bounds: index 1, length 1")))
        XCTAssertEqual(try render("A:.spec.containers[?(@.name==1.0)].name").error,
                       FormatError("incompatible types for comparison"))
    }

    func testTemplateFile() throws {
        let spec = try CustomColumnsSpec(templateFile: "NAME   PHASE\n.metadata.name  {.status.phase}\n")
        XCTAssertEqual(spec.render(Array(FormatFixtures.pods.prefix(2))).stdout, """
            NAME                      PHASE
            crashy                    Running
            go-api-vhrxtbh9wm-ghztt   Running

            """)
        let expected = "Expected format is one line of space separated headers, one line of space separated column specs."
        let cases: [(String, String)] = [
            ("", "invalid template, missing header line. \(expected)"),
            ("NAME   KIND\n", "invalid template, missing spec line. \(expected)"),
            ("NAME   KIND\n.metadata.name\n", "number of headers (2) and field specifications (1) don't match"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try CustomColumnsSpec(templateFile: text), text) { error in
                XCTAssertEqual((error as? FormatError)?.message, message, text)
            }
        }
    }
}
