import XCTest
@testable import KubeCtl

final class ShellParserTests: XCTestCase {
    func testIsComplete() {
        let cases: [(String, Bool)] = [
            ("kubectl get pods", true),
            ("", true),
            ("# just a comment", true),
            ("echo a;", true),
            ("echo a &", true),
            ("echo \"abc", false),
            ("echo \"abc\ndef\"", true),
            ("echo 'abc", false),
            ("kubectl get pods \\", false),
            ("kubectl get pods \\\n", false),
            ("kubectl get pods \\\n  -o wide", true),
            ("kubectl get pods |", false),
            ("kubectl get pods |\n", false),
            ("kubectl get pods |\ngrep Running", true),
            ("a &&", false),
            ("a ||", false),
            ("a &&\n", false),
            ("a &&\nb", true),
            ("cat <<EOF", false),
            ("cat <<EOF\nx\n", false),
            ("cat <<EOF\nx\nEOF", true),
            ("cat <<EOF\nx\nEOF\n", true),
            ("cat <<-EOF\n\tx\n\tEOF", true),
            ("cat <<'YAML' | kubectl apply -f -\na: 1\n", false),
            ("cat <<'YAML' | kubectl apply -f -\na: 1\nYAML", true),
            ("echo $(ls", false),
            ("echo $(ls\n)", true),
            ("echo ${A", false),
            ("echo `ls", false),
            ("| x", true),
            ("echo a )", true),
            ("for p in $(kubectl get pods -o name); do", true),
            ("echo for if done", true),
        ]
        for (text, complete) in cases {
            XCTAssertEqual(ShellScriptReader.isComplete(text), complete, text.debugDescription)
        }
    }

    func testListStructure() throws {
        let list = try ShellParser.parse("a | b | c && d || e; ! f & g\nh")
        XCTAssertEqual(list.items.count, 4)
        XCTAssertEqual(list.items[0].first.commands.count, 3)
        XCTAssertEqual(list.items[0].rest.map(\.0), [.and, .or])
        XCTAssertEqual(list.items[1].first.negated, true)
        XCTAssertEqual(TokenRendering.render(list), "a | b | c && d && e; f; g; h")
    }

    func testAssignmentsAndRedirections() throws {
        let list = try ShellParser.parse("A=1 B=\"$X\" env > out 2>&1 C=3")
        let command = try XCTUnwrap(list.items.first?.first.commands.first)
        XCTAssertEqual(command.assignments.map(\.name), ["A", "B"])
        XCTAssertEqual(command.words.map(TokenRendering.render), ["env", "C=3"])
        XCTAssertEqual(command.redirections, [
            ShellRedirection(descriptor: 1, kind: .output(ShellWord([.literal("out", quoted: false)]), append: false)),
            ShellRedirection(descriptor: 2, kind: .duplicate(1)),
        ])
    }

    func testAssignmentShape() {
        let cases: [(String, String?)] = [
            ("A=1", "A"), ("_x9=", "_x9"), ("1A=x", nil), ("=x", nil), ("\"A\"=1", nil), ("A-B=1", nil), ("--type=json", nil),
        ]
        for (source, name) in cases {
            let word = (try? ShellLexer.tokenize(source).tokens.first).flatMap { token -> ShellWord? in
                if case .word(let word) = token { return word }
                return nil
            }
            XCTAssertEqual(word?.assignment?.name, name, source)
        }
    }

    func testPipeBothAddsStderrDuplicate() throws {
        let list = try ShellParser.parse("a |& b")
        let first = try XCTUnwrap(list.items.first?.first.commands.first)
        XCTAssertEqual(first.redirections, [ShellRedirection(descriptor: 2, kind: .duplicate(1))])
    }

    func testRedirectionForms() throws {
        let cases: [(String, ShellRedirection.Kind, Int)] = [
            ("x >> f", .output(ShellWord([.literal("f", quoted: false)]), append: true), 1),
            ("x 2> f", .output(ShellWord([.literal("f", quoted: false)]), append: false), 2),
            ("x < f", .input(ShellWord([.literal("f", quoted: false)])), 0),
            ("x &> f", .outputAndError(ShellWord([.literal("f", quoted: false)]), append: false), 1),
            ("x >& f", .outputAndError(ShellWord([.literal("f", quoted: false)]), append: false), 1),
            ("x >&2", .duplicate(2), 1),
            ("x 2>&-", .output(ShellWord([.literal("/dev/null", quoted: true)]), append: false), 2),
            ("x <<< w", .hereString(ShellWord([.literal("w", quoted: false)])), 0),
        ]
        for (source, kind, descriptor) in cases {
            let command = try XCTUnwrap(try ShellParser.parse(source).items.first?.first.commands.first, source)
            XCTAssertEqual(command.redirections, [ShellRedirection(descriptor: descriptor, kind: kind)], source)
        }
    }
}
