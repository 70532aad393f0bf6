import XCTest
@testable import KubeCluster

/// Compares the codecs with the real kubectl 1.32 binary on a broad corpus (skipped without it).
final class UpstreamDifferentialTests: XCTestCase {
    private func requireOracle() throws {
        try XCTSkipUnless(UpstreamKubectlOracle.isAvailable,
                          "upstream kubectl 1.32 not found at \(UpstreamKubectlOracle.path); differential test skipped")
    }

    static let tricky: [String] = [
        "true", "True", "yes", "no", "on", "off", "y", "n", "1", "-1", "+1", "1.5", "1e3", "0x1F", "0o17", "017",
        "08", "0b101", "1_000", "1__0", ".5", "5.", "null", "~", "", " lead", "trail ", " ", "a: b", "a:b", "a #b",
        "a#b", "#a", "-", "- a", "-a", "--", "---", "--- a", "...", "?", "? a", "?a", ":", ": a", ":a", "*a", "&a",
        "!a", "|a", ">a", "'a", "\"a", "%a", "@a", "`a", ",a", "[a", "]a", "{a", "}a", "a,b", "a[b]", "a{b}", "a'b",
        "a\"b", "a\\b", "tab\there", "é", "日本", "😀", "a\u{2028}b", "\u{A0}", "x\u{85}y", "x \u{85}  y",
        "a\u{85}\u{85}b", "x\ry", "bell\u{07}", "line1\nline2", "line1\nline2\n", "line1\nline2\n\n", "\n", "\nfoo",
        " foo\nbar", "foo \nbar", "foo\n bar", "a\tb\nc", "1:20", "1:2:3", "190:20:30", "12:60", "2026-11-24T12:31:47Z",
        "2026-11-24", "2026-1-2", "2026-02-30", "2026-11-24T12:31:47", "2026-11-24 12:31:47", "2026-11-24t1:2:3.5+01:00",
        "1.2.3", "12e", "0.", "+.inf", ".inf", ".nan", ".NaN", "-.inf", "<<", "=", "1e", "0e0", "1e400", "- ",
        "a -b", "https://x.y/z?q=1#f", "nginx:1.25", "80%", "a  b", "NaN", "inf", "0755", "1,000", "-0", "00",
        "0.0", "-.5", "1_0.5", "0x_1", "Off", "oN", "\u{FEFF}bom", "\u{AD}", "\u{0}", "\u{1F}", "\u{E000}", "\u{FFFD}",
        "99999999999999999999", "18446744073709551615", "9223372036854775808", "-9223372036854775809", "0x", "0b2",
        "ends with colon:", "ends with hash #", "#", "a\n\nb", "a\n \nb", "\ttab", "tab\t", "a\u{2029}", "\u{2028}",
        "multi\nline with trailing space \nx", "'quoted'", "\"dq\"", "it's", "a ' b", "  ", "\n\n",
    ]

    static func longStrings() -> [String] {
        let words = "the quick brown fox jumps over the lazy dog and keeps running far away"
        return [
            String(repeating: words + " ", count: 3),
            String(repeating: "x", count: 150),
            String(repeating: "word ", count: 40),
            String(repeating: "ab  ", count: 40),
            "short " + String(repeating: "y", count: 90) + " tail",
            String(repeating: words + ": ", count: 3),
            String(repeating: "1 ", count: 60) + "true",
            "true " + String(repeating: "z ", count: 50),
            String(repeating: "é ", count: 60),
            String(repeating: "tab\t", count: 30),
            String(repeating: "quote's ", count: 20),
            String(repeating: "a\u{2028}b ", count: 30),
            "- " + String(repeating: "item ", count: 30),
            String(repeating: words + "\n", count: 3),
            String(repeating: " lead", count: 30),
            String(repeating: "sp  ", count: 40) + "\u{1}",
            String(repeating: "x", count: 129),
            String(repeating: "ab ", count: 50) + "\n",
        ]
    }

    /// Keys kubectl orders the same way on every run: go-yaml's key comparison is not transitive
    /// for sets of keys that start with digits or punctuation, and kubectl then sorts keys taken in
    /// random map order. A raw NEL inside a key breaks go-yaml's reading of the JSON (kubectl fails).
    static func isWellOrderedKey(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789-._/".unicodeScalars.contains($0) }
    }

    static var corpus: JSONValue {
        var strings = tricky + longStrings()
        strings += ["key"]
        let keyWords = ["app", "app.kubernetes.io/name", "app-1", "app-10", "app-9", "app_1", "app.1", "a1", "a01",
                        "a001", "b2c", "b10c", "Zeta", "alpha", "Alpha", "beta-2.yaml", "beta-10.yaml", "x.y.z",
                        "item9", "item10", "item09", "k8s.io/part-of", "kubernetes.io/hostname", "é-key"]
        var keyed: JSONValue = [:]
        for (index, word) in keyWords.enumerated() { keyed[word] = .int(Int64(1000 + index)) }
        for (index, text) in (tricky + longStrings()).enumerated() where Self.isWellOrderedKey(text) {
            keyed[text] = .int(Int64(index))
        }
        let numbers: [JSONValue] = [1e20, 1e21, 1.5e-7, 123456789.123, 1e6, 0.1, -0.0, 1e300, 5e-324,
                                    .double(12345678901234567890), .int(Int64.max), .int(Int64.min), 1234567.5,
                                    0.000001, 0.0000012345, 100000.5, 1e15, 1.7976931348623157e308, 2.5e-5, 3.0, 100.0]
        let nested: JSONValue = ["a": [[1, 2], [], [:], ["b": [["c": "d"]]]], "e": [["f": []]], "g": [[[]]]]
        return ["strings": .array(strings.map { .string($0) }), "keys": keyed, "numbers": .array(numbers),
                "nested": nested, "deep": ["x": ["y": ["z": .array(longStrings().map { .string($0) })]]]]
    }

    func testYAMLMatchesKubectl() throws {
        try requireOracle()
        let manifest = UpstreamKubectlOracle.manifest(for: Self.corpus)
        let value = try JSONValue.parseJSON(manifest)["x"] ?? .null
        let run = try UpstreamKubectlOracle.run(manifest: manifest, format: "yaml")
        XCTAssertEqual(run.err, "")
        let mine = UpstreamKubectlOracle.wrapped(value).yamlText()
        let theirs = run.out
        if mine != theirs {
            let directory = FileManager.default.temporaryDirectory
            try mine.write(to: directory.appendingPathComponent("values-mine.yaml"), atomically: true, encoding: .utf8)
            try theirs.write(to: directory.appendingPathComponent("values-kubectl.yaml"), atomically: true, encoding: .utf8)
            let mineLines = mine.components(separatedBy: "\n")
            let theirLines = theirs.components(separatedBy: "\n")
            for index in 0..<max(mineLines.count, theirLines.count) {
                let left = index < mineLines.count ? mineLines[index] : "<none>"
                let right = index < theirLines.count ? theirLines[index] : "<none>"
                if left != right { XCTFail("line \(index + 1):\n mine:   \(left.debugDescription)\n kubectl:\(right.debugDescription)") }
            }
        }
    }

    /// Pseudo-random strings over an alphabet of troublesome characters (fixed seed), as values.
    static func randomStrings(count: Int) -> [String] {
        let alphabet: [String] = ["a", "b", "Z", "0", "1", "9", " ", "  ", ":", "#", "-", "?", "'", "\"", "\\", "\n", "\t",
                                  "\r", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", ".", "e", "é",
                                  "😀", "\u{2028}", "\u{85}", "\u{A0}", "\u{1}", "~", "y", "true", "null", "0x", "_"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            let length = next() % 40
            let pieces: [String] = (0..<length).map { _ in alphabet[next() % alphabet.count] }
            return pieces.joined()
        }
    }

    func testRandomStringsMatchKubectl() throws {
        try requireOracle()
        let long = Self.randomStrings(count: 200).map { $0 + " " + $0 + " " + $0 + " " + $0 }
        let corpus = JSONValue.array((Self.randomStrings(count: 2000) + long).map { .string($0) })
        let manifest = UpstreamKubectlOracle.manifest(for: ["in": ["a": corpus]])
        let value = try JSONValue.parseJSON(manifest)["x"] ?? .null
        let run = try UpstreamKubectlOracle.run(manifest: manifest, format: "yaml")
        XCTAssertEqual(run.err, "")
        let mine = UpstreamKubectlOracle.wrapped(value).yamlText()
        if mine != run.out {
            let directory = FileManager.default.temporaryDirectory
            try mine.write(to: directory.appendingPathComponent("values-random-mine.yaml"), atomically: true, encoding: .utf8)
            try run.out.write(to: directory.appendingPathComponent("values-random-kubectl.yaml"), atomically: true, encoding: .utf8)
            XCTFail("YAML differs from kubectl's; see values-random-*.yaml in \(directory.path)")
        }
    }

    func testJSONMatchesKubectl() throws {
        try requireOracle()
        let manifest = UpstreamKubectlOracle.manifest(for: Self.corpus)
        let value = try JSONValue.parseJSON(manifest)["x"] ?? .null
        let run = try UpstreamKubectlOracle.run(manifest: manifest, format: "json")
        XCTAssertEqual(run.err, "")
        let mine = UpstreamKubectlOracle.wrapped(value).sortedKeys().jsonText() + "\n"
        if mine != run.out {
            let directory = FileManager.default.temporaryDirectory
            try mine.write(to: directory.appendingPathComponent("values-mine.json"), atomically: true, encoding: .utf8)
            try run.out.write(to: directory.appendingPathComponent("values-kubectl.json"), atomically: true, encoding: .utf8)
            XCTFail("JSON differs from kubectl's; see values-mine.json and values-kubectl.json in \(directory.path)")
        }
    }
}
