import XCTest
@testable import KubeCtl

/// Messages that kubetutor words itself (where real tools differ between implementations or
/// where a feature is deliberately left out).
final class ShellOwnWordingTests: XCTestCase {
    func testMessages() {
        let cases: [(line: String, stdout: String, stderr: String, status: Int32)] = [
            ("awk '{print $1'", "", "awk: cmd. line:1: syntax error: unexpected end of program\n", 1),
            ("awk '{print $1 > \"out\"}'", "", "awk: cmd. line:1: output redirection in print is not supported in kubetutor's awk\n", 1),
            ("echo a | awk '{print systime()}'", "", "awk: function systime is not supported in kubetutor's awk\n", 2),
            ("awk -f prog.awk", "", "awk: -f progfile is not supported in kubetutor's awk\n", 2),
            ("awk", "", "usage: awk [-F fs][-v var=value][prog | -f progfile][file ...]\n", 2),
            ("echo 1 | awk '{print 1/0}'", "", "awk: division by zero\n", 2),
            ("echo 'a b' | awk '{ exit 3 } END { print \"end\" }'; echo $?", "end\n3\n", "", 0),
            ("echo 3 | awk '$1 > 2 { print \"big\" } { next; print \"never\" }'", "big\n", "", 0),
            ("echo 'x' | awk '{ print (1, 2) }'", "1 2\n", "", 0),
            ("echo 'k=v' | awk -F= '{ print $2 ($3 == \"\" ? \" empty\" : \"\") }'", "v empty\n", "", 0),
            ("echo '  lead  trail ' | awk '{ print NF \":\" $1 }'", "2:lead\n", "", 0),
            ("echo 'a b c' | awk '{ NF = 2; print; print NF }'", "a b\n2\n", "", 0),
            ("echo 'pod-1 Running' | awk '{ sub(/-[0-9]+/, \"[&]\", $1); print $1 }'", "pod[-1]\n", "", 0),
            ("echo 5 | awk '{ printf \"%d%%|%5.1f|%c\\n\", $1 * 1.9, $1, 65 }'", "9%|  5.0|A\n", "", 0),
            ("echo 'a' | awk -v n=3 'BEGIN { for (i = 0; i < n; i++) s = s \"x\"; print s, length(s) }'", "xxx 3\n", "", 0),
            ("echo $((1 + 2))", "", "bash: arithmetic expansion $(( … )) is not supported in kubetutor's shell\n", 2),
            ("(cd /tmp)", "", "bash: subshells `( … )` are not supported in kubetutor's shell\n", 2),
            ("grep -E 'a(' /dev/null; echo $?", "2\n", "grep: Unmatched ( or \\(\n", 0),
            ("echo aa | grep -o 'a\\{2\\}'", "aa\n", "", 0),
            ("echo 'a.b|c' | grep -F -e '.b|' -e zz", "a.b|c\n", "", 0),
            ("echo 'x [y] z' | grep -o '[][]'", "[\n]\n", "", 0),
            ("echo 'tab\there' | grep -c '[[:space:]]'", "1\n", "", 0),
            ("env -x", "", "env: invalid option -- 'x'\nTry 'env --help' for more information.\n", 125),
            ("ls -l", "", "ls: invalid option -- 'l'\nTry 'ls --help' for more information.\n", 2),
            ("echo x | tail -f", "x\n", "", 0),
        ]
        for (line, stdout, stderr, status) in cases {
            let result = ShellFixture.golden().run(line)
            XCTAssertEqual(result, ShellRunResult(stdout: stdout, stderr: stderr, status: status), line)
        }
    }

    func testEscapeDecoding() {
        let cases: [(String, ShellEscapes.Style, String, Bool)] = [
            ("a\\tb\\n", .echo, "a\tb\n", false),
            ("\\0101\\101", .echo, "A\\101", false),
            ("\\101\\x41\\u00e9", .printf, "AAé", false),
            ("stop\\cmore", .echo, "stop", true),
            ("\\'\\\"\\?", .ansiC, "'\"?", false),
            ("\\q\\", .printf, "\\q\\", false),
        ]
        for (input, style, output, stopped) in cases {
            let decoded = ShellEscapes.decode(input, style: style)
            XCTAssertEqual(decoded.text, output, input)
            XCTAssertEqual(decoded.stopped, stopped, input)
        }
    }

    func testRegexTranslation() throws {
        let cases: [(String, ShellRegex.Dialect, String)] = [
            ("a\\(b\\)*c", .basic, "a(b)*c"),
            ("a(b)+?", .basic, "a\\(b\\)\\+\\?"),
            ("*x", .basic, "\\*x"),
            ("a{2}", .extended, "a{2}"),
            ("a{x}", .extended, "a\\{x\\}"),
            ("^a|b$", .extended, "^a|b$"),
            ("x^y$z", .basic, "x\\^y\\$z"),
            ("[^]a\\-]", .basic, "[^\\]a\\\\-]"),
            ("[[:alpha:]_]", .extended, "[[:alpha:]_]"),
            ("\\<word\\>", .basic, "\\bword\\b"),
        ]
        for (pattern, dialect, expected) in cases {
            XCTAssertEqual(try ShellRegex.icuPattern(pattern, dialect: dialect), expected, pattern)
        }
        XCTAssertThrowsError(try ShellRegex.icuPattern("[abc", dialect: .basic))
        XCTAssertThrowsError(try ShellRegex.icuPattern("a\\)", dialect: .basic))
    }
}
