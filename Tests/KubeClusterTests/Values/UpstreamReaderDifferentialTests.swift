import XCTest
@testable import KubeCluster

/// Compares the manifest reader with the real kubectl 1.32 binary (skipped without it): the JSON
/// kubectl makes of each manifest, and the error text it prints for broken ones.
final class UpstreamReaderDifferentialTests: XCTestCase {
    private static let header = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: r\n"

    /// Snippets placed under `x:` of a ConfigMap; kubectl must accept them.
    static let validBodies: [String] = [
        "a: yes\nb: on\nc: 0x1F\nd: 017\ne: 0o17\nf: 1_000\ng: 1.0\nh: 1e3\ni: .5\nj: ~\nk: 2026-11-24T12:31:47Z",
        "l: 2026-11-24\nm: !!str 123\nn2: !!binary aGVsbG8=\no: 12:30\np: 99999999999999999999\nq: 12345678901234567890",
        "r: +1\ns: -0\nt: 0b101\nu: '1'\nv: \"a\\tb\"\nw: !!float 3\nz: 1.5e3\nzz: -.5\nzzz: 0.1",
        "1: int key\n1.5: float key\ntrue: bool key\n0x10: hex key\n1.23456789: f32 key\n2026-01-01: ts key",
        "merge:\n  <<: {m1: 1, m2: 2}\n  m2: 3\nbase: &B {z: 1, y: 2}\nuse:\n  <<: *B\n  y: 9\nmany:\n  <<: [*B, {z: 5, w: 6}]",
        "seq: &S [1, 2]\nref: *S\nscalar: &V hello\nagain: *V\n*V : aliased key",
        "lit: |\n  line1\n  line2\nfold: >\n  folded\n  text\n\n  para\nkeep: |+\n  kept\n\nstrip: |-\n  stripped",
        "flow: {a: [1, {b: c}], 'q': \"d\"}\nempty: {}\nnone: []\nnull1: null\nnull2:\ntilde: ~",
        "quoted: 'it''s'\ndq: \"\\u00e9\\x41\\n\"\nplain: a b  c\nmulti: first\n  second\n\n  third",
        "tags: !custom value\nstrtag: !!str true\nbooltag: !!bool yes\ninttag: !!int \"12\"\nnulltag: !!null ~",
        "Y: y\nN: n\nOff: Off\nnull_value: NULL\nnan_text: NaN\ninf_text: inf",
        "deep:\n- - a\n  - b\n- c: d\n  e:\n  - f\n-\n  g: h",
        "dup: 1\ndup: 2\n? complex\n: value\n\"quoted key\": v",
        "anchored: &a\nseqcont:\n- a\n  - b\nwrapped: a\n  b\ttab",
        "ts1: 2001-12-14t21:59:43.10-05:00\nts2: 2001-12-14 21:59:43.10\nts3: 2002-12-14\nnotts: 2001-12-14T21:59:43",
    ]

    /// Whole files kubectl must reject, with the exact message.
    static let brokenFiles: [String] = [
        header + " spec:\n  containers: []\n",
        header + "x: a: b\n",
        header + "x:\n\ta: 1\n",
        header + "x: [1, 2\n",
        header + "x: \"open\n",
        header + "x: @at\n",
        header + "x:\n  - b\n  c: d\n",
        header + "x: *nope\n",
        header + "x: &a [*a]\n",
        header + "--- foo\n",
        header + "x: 'single\n",
        header + "x: \"\\q\"\n",
        header + "x: |\n\tb\n",
        header + "x: [1, 2]]\n",
        header + "x: {a: 1\n",
        header + "x: !!binary \"%%%%\"\n",
        header + "x: \u{7F}\n",
        header + "x: .nan\n",
        header + "x:\n  <<: 1\n",
        header + "x:\n  ~: 1\n",
        header + "x:\n  ? [1, 2]\n  : v\n",
        header + "x: !!int abc\n",
        header + "x: `tick\n",
        header + "x: a\n  b: c\n",
        header + "x: {a: 1}}\n",
        header + "x: - a\n",
        "%YAML 2.0\n---\n" + header,
        "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\",}",
        "{\"apiVersion\": \"v1\", \"kind\": [1 2]}",
        "  {\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"x\"}",
        header + "x: \"a\"b\n",
        header + "x:\n  a: 1\n   b: 2\n",
        header + "x: 'a' b\n",
        header + "x: |\n  a\n b\n",
        header + "x: >\n  a\n\tb\n",
        header + "x: [a, b\ny: c\n",
        header + "x: !<tag:yaml.org,2002:int> q\n",
        header + "x: *\n",
        header + "? a\n? b\n: c\n- d\n",
        "---\n" + header + "--- \n" + header + "x: {\n",
        header.replacingOccurrences(of: "\n", with: "\r\n") + "x: a: b\r\n",
        header + "---\n" + header + "x: [\n",
    ]

    private func requireOracle() throws {
        try XCTSkipUnless(UpstreamKubectlOracle.isAvailable,
                          "upstream kubectl 1.32 not found at \(UpstreamKubectlOracle.path); differential test skipped")
    }

    func testValidManifestsReadLikeKubectl() throws {
        try requireOracle()
        for body in Self.validBodies {
            let indented = body.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            let manifest = Self.header + "x:\n" + indented.joined(separator: "\n") + "\n"
            let run = try UpstreamKubectlOracle.run(manifest: manifest, fileExtension: "yaml", format: "json")
            XCTAssertEqual(run.err, "", body)
            guard var value = try JSONValue.parseYAMLDocuments(manifest).first else {
                XCTFail("no document read from \(body)")
                continue
            }
            value["metadata"]?["labels"] = ["o": "o"]
            XCTAssertEqual(value.sortedKeys().jsonText() + "\n", run.out, body)
        }
    }

    /// Pseudo-random manifests (fixed seed) built from YAML fragments: kubectl and the reader must
    /// agree on the JSON or on the error text.
    func testRandomManifestsAgreeWithKubectl() throws {
        try requireOracle()
        let fragments = ["a: 1", "b:", "  - x", "- y", "  c: d", "e: [1, 2", "]", "f: {g: h}", "'q': \"r\"", "  ", "\t",
                         "i: &n 5", "j: *n", "k: |", "  text", "l: >-", "m: yes", "n: 0x1F", "? o", ": p", "#c", "...",
                         "r: 'it''s'", "s: \"\\u00e9\"", "t: :u", "v: w: z", "  - - 1", "<<: {aa: 1}", "x: !!str 1",
                         "y: 1.5e3", "z: ~", "@", "%", "  a2: 3", "b2: [a, {c: d}]", "c2: - e"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<Self.randomManifestCount {
            let lines = (0..<(1 + next() % 6)).map { _ in fragments[next() % fragments.count] }
            let manifest = Self.header + "x:\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
            let run = try UpstreamKubectlOracle.run(manifest: manifest, fileExtension: "yaml", format: "json")
            do {
                guard var value = try JSONValue.parseYAMLDocuments(manifest).first else { continue }
                value["metadata"]?["labels"] = ["o": "o"]
                XCTAssertEqual(value.sortedKeys().jsonText() + "\n", run.out, manifest.debugDescription)
            } catch let error as YAMLTextError {
                XCTAssertTrue(run.err.hasSuffix(": " + error.kubectlDetail + "\n"),
                              "\(manifest.debugDescription): mine \(error.kubectlDetail), kubectl \(run.err)")
            }
        }
    }

    static let randomManifestCount = 60

    func testBrokenManifestsFailLikeKubectl() throws {
        try requireOracle()
        for file in Self.brokenFiles {
            let run = try UpstreamKubectlOracle.run(manifest: file, fileExtension: "yaml", format: "json")
            let prefix = "error: error parsing "
            guard let line = run.err.split(separator: "\n").first, line.hasPrefix(prefix),
                  let colon = line.range(of: ": ", range: line.index(line.startIndex, offsetBy: prefix.count)..<line.endIndex)
            else {
                XCTFail("kubectl did not reject \(file.debugDescription): \(run.err)")
                continue
            }
            let expected = String(line[colon.upperBound...])
            do {
                _ = try JSONValue.parseYAMLDocuments(file)
                XCTFail("accepted \(file.debugDescription); kubectl says \(expected)")
            } catch let error as YAMLTextError {
                XCTAssertEqual(error.kubectlDetail, expected, file.debugDescription)
            }
        }
    }
}
