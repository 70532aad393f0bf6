import XCTest
@testable import KubeCtl

/// Go `text/tabwriter` behaviour (vectors from Go's own tests, re-expressed) and kubectl layouts
/// from kubectl-output.md §1.6 and a `describe pod` capture.
final class TabWriterTests: XCTestCase {
    private struct Vector {
        let name: String
        let settings: TabWriter.Settings
        let input: String
        let expected: String
    }

    private static func settings(_ minWidth: Int, _ tabWidth: Int, _ padding: Int, _ pad: Character,
                                 _ flags: TabWriter.Flags = []) -> TabWriter.Settings {
        TabWriter.Settings(minWidth: minWidth, tabWidth: tabWidth, padding: padding, padCharacter: pad, flags: flags)
    }

    private static let goVectors: [Vector] = [
        Vector(name: "empty", settings: settings(8, 0, 1, "."), input: "", expected: ""),
        Vector(name: "newlines only", settings: settings(8, 0, 1, "."), input: "\n\n\n", expected: "\n\n\n"),
        Vector(name: "no tabs", settings: settings(8, 0, 1, "."), input: "a\nb\nc", expected: "a\nb\nc"),
        Vector(name: "lone tab on last line", settings: settings(8, 0, 1, "."), input: "\t", expected: ""),
        Vector(name: "trailing cell", settings: settings(8, 0, 1, "."), input: "*\t*", expected: "*.......*"),
        Vector(name: "trailing cell newline", settings: settings(8, 0, 1, "."), input: "*\t*\n", expected: "*.......*\n"),
        Vector(name: "terminated last cell", settings: settings(8, 0, 1, "."), input: "*\t*\t", expected: "*.......*"),
        Vector(name: "debug bars", settings: settings(8, 0, 1, ".", .debug), input: "*\t*\t", expected: "*.......|*"),
        Vector(name: "align right", settings: settings(8, 0, 1, ".", .alignRight), input: "*\t*\t", expected: ".......**"),
        Vector(name: "empty cell padded", settings: settings(8, 0, 1, "."), input: "\t\n", expected: "........\n"),
        Vector(name: "space pad", settings: settings(8, 0, 1, " "), input: "b) foo\tbar", expected: "b) foo  bar"),
        Vector(name: "padded terminated cell", settings: settings(8, 0, 1, "."), input: "e) foo\tbar\t\n",
               expected: "e) foo..bar.....\n"),
        Vector(name: "no padding", settings: settings(1, 0, 0, "."), input: "1\t2\t3\t4\n11\t222\t3333\t44444\n",
               expected: "1.2..3...4\n11222333344444\n"),
        Vector(name: "formfeed flushes", settings: settings(1, 0, 0, "."), input: "1\t2\t3\t4\u{0C}11\t222\t3333\t44444\n",
               expected: "1234\n11222333344444\n"),
        Vector(name: "formfeed debug", settings: settings(1, 0, 0, ".", .debug),
               input: "1\t2\t3\t4\u{0C}11\t222\t3333\t44444\n", expected: "1|2|3|4\n---\n11|222|3333|44444\n"),
        Vector(name: "min width", settings: settings(5, 0, 0, "."), input: "1\t2\t3\t4\t\n", expected: "1....2....3....4....\n"),
        Vector(name: "runes not bytes", settings: settings(8, 0, 1, "."),
               input: "本\tb\tc\naa\t本本本\tcccc\tddddd\naaa\tbbbb\n",
               expected: "本.......b.......c\naa......本本本.....cccc....ddddd\naaa.....bbbb\n"),
        Vector(name: "right aligned accents", settings: settings(8, 0, 1, " ", .alignRight),
               input: "a\tè\tc\t\naa\tèèè\tcccc\tddddd\t\naaa\tèèèè\t\n",
               expected: "       a       è       c\n      aa     èèè    cccc   ddddd\n     aaa    èèèè\n"),
        Vector(name: "narrow columns", settings: settings(2, 0, 0, " "), input: "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n",
               expected: "a  b  c\naa bbbcccc\naaabbbb\n"),
        Vector(name: "blocks", settings: settings(4, 0, 1, "-"),
               input: "4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n",
               expected: "4444------日本語-22--1---333\n999999999-22\n7---------22\n------------------88888888\n\n"
                   + "666666-666666-666666----4444\n1------1------999999999-0000000000\n"),
        Vector(name: "blocks padding 3", settings: settings(4, 0, 3, "."),
               input: "4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n",
               expected: "4444........333...22...1...333\n999999999...22\n7...........22\n....................88888888\n\n"
                   + "666666...666666...666666......4444\n1........1........999999999...0000000000\n"),
        Vector(name: "right aligned numbers", settings: settings(1, 0, 2, " ", .alignRight),
               input: ".0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t",
               expected: "    .0          .3    2.4    -5.1\n  23.0  12345678.9    2.4  -989.4\n   5.1        12.0    2.4    -7.0\n"
                   + "    .0         0.0  332.0  8908.0\n    .0         -.3  456.4    22.1\n    .0         1.2   44.4   -13.3"),
        Vector(name: "empty hard column kept", settings: settings(4, 0, 0, ".", .discardEmptyColumns), input: "a\t\tb",
               expected: "a.......b"),
        Vector(name: "empty soft column dropped", settings: settings(4, 0, 0, ".", .discardEmptyColumns), input: "a\u{0B}\u{0B}b",
               expected: "a...b"),
        Vector(name: "tab padding", settings: settings(100, 100, 0, "\t"),
               input: "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n",
               expected: "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n"),
        Vector(name: "tab padding, soft columns dropped", settings: settings(100, 100, 0, "\t", .discardEmptyColumns),
               input: "a\u{0B}b\u{0B}\u{0B}d\na\u{0B}b\u{0B}\u{0B}d\u{0B}e\na\na\u{0B}b\u{0B}c\u{0B}d\na\u{0B}b\u{0B}c\u{0B}d\u{0B}e\n",
               expected: "a\tb\td\na\tb\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n"),
    ]

    func testGoVectors() {
        for vector in Self.goVectors {
            var whole = TabWriter(settings: vector.settings)
            whole.write(vector.input)
            XCTAssertEqual(whole.flush(), vector.expected, vector.name)

            var piecewise = TabWriter(settings: vector.settings)
            for character in vector.input { piecewise.write(String(character)) }
            XCTAssertEqual(piecewise.flush(), vector.expected, "\(vector.name) (one character at a time)")
        }
    }

    private static let podRows: [[String]] = [
        ["crashy", "0/1", "CrashLoopBackOff", "9 (3m4s ago)", "25m", "10.244.1.7", "worker-1", "<none>", "<none>"],
        ["go-api-vhrxtbh9wm-ghztt", "1/1", "Running", "0", "12m", "10.244.1.11", "worker-1", "<none>", "<none>"],
        ["go-api-vhrxtbh9wm-pjdkz", "1/1", "Running", "0", "11m", "10.244.1.12", "worker-1", "<none>", "<none>"],
        ["go-api-vhrxtbh9wm-xt956", "1/1", "Running", "0", "11m", "10.244.1.13", "worker-1", "<none>", "<none>"],
        ["pending-img", "0/1", "ImagePullBackOff", "0", "4m2s", "10.244.1.7", "worker-1", "<none>", "<none>"],
        ["web-multi", "2/2", "Running", "0", "3d4h", "10.244.1.7", "worker-1", "<none>", "<none>"],
    ]
    private static let podHeader = ["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED NODE",
                                    "READINESS GATES"]

    private func table(columns: Int, header: Bool) -> String {
        var writer = TabWriter()
        if header { writer.write(row: Array(Self.podHeader.prefix(columns))) }
        for row in Self.podRows { writer.write(row: Array(row.prefix(columns))) }
        return writer.flush()
    }

    func testKubectlGetPods() {
        XCTAssertEqual(table(columns: 5, header: true), """
            NAME                      READY   STATUS             RESTARTS       AGE
            crashy                    0/1     CrashLoopBackOff   9 (3m4s ago)   25m
            go-api-vhrxtbh9wm-ghztt   1/1     Running            0              12m
            go-api-vhrxtbh9wm-pjdkz   1/1     Running            0              11m
            go-api-vhrxtbh9wm-xt956   1/1     Running            0              11m
            pending-img               0/1     ImagePullBackOff   0              4m2s
            web-multi                 2/2     Running            0              3d4h

            """)
        XCTAssertEqual(table(columns: 5, header: false), """
            crashy                    0/1   CrashLoopBackOff   9 (3m4s ago)   25m
            go-api-vhrxtbh9wm-ghztt   1/1   Running            0              12m
            go-api-vhrxtbh9wm-pjdkz   1/1   Running            0              11m
            go-api-vhrxtbh9wm-xt956   1/1   Running            0              11m
            pending-img               0/1   ImagePullBackOff   0              4m2s
            web-multi                 2/2   Running            0              3d4h

            """)
        XCTAssertEqual(table(columns: 9, header: true), """
            NAME                      READY   STATUS             RESTARTS       AGE    IP            NODE       NOMINATED NODE   READINESS GATES
            crashy                    0/1     CrashLoopBackOff   9 (3m4s ago)   25m    10.244.1.7    worker-1   <none>           <none>
            go-api-vhrxtbh9wm-ghztt   1/1     Running            0              12m    10.244.1.11   worker-1   <none>           <none>
            go-api-vhrxtbh9wm-pjdkz   1/1     Running            0              11m    10.244.1.12   worker-1   <none>           <none>
            go-api-vhrxtbh9wm-xt956   1/1     Running            0              11m    10.244.1.13   worker-1   <none>           <none>
            pending-img               0/1     ImagePullBackOff   0              4m2s   10.244.1.7    worker-1   <none>           <none>
            web-multi                 2/2     Running            0              3d4h   10.244.1.7    worker-1   <none>           <none>

            """)
    }

    func testEmptyLastCellLeavesPadding() {
        var writer = TabWriter()
        writer.write(row: ["LAST SEEN", "TYPE", "MESSAGE"])
        writer.write(row: ["12d", "Normal", ""])
        XCTAssertEqual(writer.flush(), "LAST SEEN   TYPE     MESSAGE\n12d         Normal   \n")
    }

    func testDescribeBlocks() {
        var writer = TabWriter(settings: .describe)
        writer.write("""
            Name:\tgo-api-vhrxtbh9wm-ghztt
            Namespace:\tdefault
            Service Account:\tdefault
            Labels:\tapp=go-api
            \tpod-template-hash=vhrxtbh9wm
            IPs:
              IP:\t10.244.1.11
            Controlled By:\tReplicaSet/go-api-vhrxtbh9wm
            Conditions:
              Type\tStatus
              Initialized \tTrue \n
            """)
        XCTAssertEqual(writer.flush(), """
            Name:             go-api-vhrxtbh9wm-ghztt
            Namespace:        default
            Service Account:  default
            Labels:           app=go-api
                              pod-template-hash=vhrxtbh9wm
            IPs:
              IP:           10.244.1.11
            Controlled By:  ReplicaSet/go-api-vhrxtbh9wm
            Conditions:
              Type          Status
              Initialized   True \n
            """)
    }

    func testRememberedWidthsSurviveFlush() {
        var writer = TabWriter()
        writer.write(row: ["NAME", "STATUS"])
        writer.write(row: ["a-very-long-name", "Running"])
        _ = writer.flush()
        writer.write(row: ["b", "Pending"])
        XCTAssertEqual(writer.flush(), "b" + String(repeating: " ", count: 18) + "Pending\n")
        XCTAssertEqual(writer.rememberedWidths, [19])
        writer.rememberedWidths = []
        writer.write(row: ["b", "Pending"])
        XCTAssertEqual(writer.flush(), "b     Pending\n")
    }
}
