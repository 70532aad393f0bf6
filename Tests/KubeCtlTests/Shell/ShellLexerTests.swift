import XCTest
@testable import KubeCtl

/// Renders tokens compactly: quoted parts in «…», expansions as `$NAME`, `${NAME:-…}`, `$(…)`.
enum TokenRendering {
    static func render(_ stream: ShellTokenStream) -> [String] {
        stream.tokens.map { token in
            switch token {
            case .word(let word): return render(word)
            case .op(let op): return op == .newline ? "\\n" : op.rawValue
            case .redirect(let op, let descriptor): return (descriptor.map(String.init) ?? "") + op.rawValue
            }
        }
    }

    static func render(_ word: ShellWord) -> String {
        let parts = word.parts.count > 1 ? word.parts.filter { $0 != .literal("", quoted: true) } : word.parts
        return parts.map { part -> String in
            switch part {
            case .literal(let text, let quoted): return quoted ? "«\(text)»" : text
            case .parameter(let parameter, let quoted): return wrap(render(parameter), quoted)
            case .commandSubstitution(let list, let quoted): return wrap("$(\(render(list)))", quoted)
            }
        }.joined()
    }

    static func render(_ parameter: ShellParameter) -> String {
        switch parameter.operation {
        case .plain: return "$" + parameter.name
        case .length: return "${#\(parameter.name)}"
        case .useDefault(let word, let null): return "${\(parameter.name)\(null ? ":" : "")-\(render(word))}"
        case .assignDefault(let word, let null): return "${\(parameter.name)\(null ? ":" : "")=\(render(word))}"
        case .useAlternative(let word, let null): return "${\(parameter.name)\(null ? ":" : "")+\(render(word))}"
        }
    }

    static func render(_ list: ShellCommandList) -> String {
        list.items.map { item in
            ([item.first] + item.rest.map(\.1)).map { pipeline in
                pipeline.commands.map { $0.words.map(render).joined(separator: " ") }.joined(separator: " | ")
            }.joined(separator: " && ")
        }.joined(separator: "; ")
    }

    private static func wrap(_ text: String, _ quoted: Bool) -> String { quoted ? "«\(text)»" : text }
}

final class ShellLexerTests: XCTestCase {
    func testTokens() throws {
        let cases: [(String, [String])] = [
            ("echo hello world", ["echo", "hello", "world"]),
            ("  echo\t a  ", ["echo", "a"]),
            ("echo 'a b' \"c d\"", ["echo", "«a b»", "«c d»"]),
            ("echo a\\ b", ["echo", "a« »b"]),
            ("echo \"x\\\"y\\\\z\\$w\\q\"", ["echo", "«x\"y\\z$w\\q»"]),
            ("echo 'it''s' \"\"", ["echo", "«its»", "«»"]),
            ("echo $A ${B} \"$C\" $?", ["echo", "$A", "$B", "«$C»", "$?"]),
            ("echo $1 $# $$ $@", ["echo", "$1", "$#", "$$", "$@"]),
            ("echo $ a$ \"$\"", ["echo", "$", "a$", "«$»"]),
            ("a|b||c&&d;e&f", ["a", "|", "b", "||", "c", "&&", "d", ";", "e", "&", "f"]),
            ("a |& b", ["a", "|&", "b"]),
            ("ls 2>/dev/null >out 2>&1 >>log <in", ["ls", "2>", "/dev/null", ">", "out", "2>&", "1", ">>", "log", "<", "in"]),
            ("echo x&>f 12>y", ["echo", "x", "&>", "f", "12>", "y"]),
            ("cat <<< 'hi'", ["cat", "<<<", "«hi»"]),
            ("echo a#b # comment", ["echo", "a#b"]),
            ("# only a comment", []),
            ("echo a\n#c\necho b", ["echo", "a", "\\n", "\\n", "echo", "b"]),
            ("kubectl get pods \\\n  -o wide", ["kubectl", "get", "pods", "-o", "wide"]),
            ("echo ab\\\ncd", ["echo", "abcd"]),
            ("echo $(kubectl get pods | wc -l)", ["echo", "$(kubectl get pods | wc -l)"]),
            ("echo \"$(minikube ip):$NODE_PORT\"", ["echo", "«$(minikube ip)»«:»«$NODE_PORT»"]),
            ("echo `date` \"`echo \\\"q\\\"`\"", ["echo", "$(date)", "«$(echo «q»)»"]),
            ("echo $(echo $(echo deep))", ["echo", "$(echo $(echo deep))"]),
            ("echo $(echo ')' \")\")", ["echo", "$(echo «)» «)»)"]),
            ("echo ${A:-x y} ${B-d} ${#C} ${D:=v} ${E:+alt}", ["echo", "${A:-x y}", "${B-d}", "${#C}", "${D:=v}", "${E:+alt}"]),
            ("echo \"${A:-$HOME}\"", ["echo", "«${A:-«$HOME»}»"]),
            ("echo $'a\\tb\\n' $\"x\"", ["echo", "«a\tb\n»", "«x»"]),
            ("echo {a,b} * ~/x", ["echo", "{a,b}", "*", "~/x"]),
            ("echo \"a\nb\"", ["echo", "«a\nb»"]),
            ("A=1 B=\"x y\" cmd", ["A=1", "B=«x y»", "cmd"]),
            ("kubectl -n kube-system patch deployment metrics-server --type='json' -p='[{\"op\": \"add\", \"path\": \"/spec/template/spec/containers/0/args/-\", \"value\": \"--kubelet-insecure-tls\"}]'",
             ["kubectl", "-n", "kube-system", "patch", "deployment", "metrics-server", "--type=«json»",
              "-p=«[{\"op\": \"add\", \"path\": \"/spec/template/spec/containers/0/args/-\", \"value\": \"--kubelet-insecure-tls\"}]»"]),
            ("kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}'",
             ["kubectl", "get", "pods", "-o", "go-template", "--template", "«{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}»"]),
            ("kubectl exec -ti $POD_NAME -- curl http://localhost:8080",
             ["kubectl", "exec", "-ti", "$POD_NAME", "--", "curl", "http://localhost:8080"]),
        ]
        for (source, expected) in cases {
            XCTAssertEqual(TokenRendering.render(try ShellLexer.tokenize(source)), expected, source)
        }
    }

    func testSyntaxErrors() {
        let cases: [(String, String, ShellSyntaxError.Kind)] = [
            ("| x", "syntax error near unexpected token `|'", .invalid),
            ("echo a |", "syntax error: unexpected end of file", .incomplete),
            ("echo a && ", "syntax error: unexpected end of file", .incomplete),
            ("echo >", "syntax error near unexpected token `newline'", .invalid),
            ("echo a >& ", "syntax error near unexpected token `newline'", .invalid),
            ("echo \"abc", "unexpected EOF while looking for matching `\"'", .incomplete),
            ("echo 'abc", "unexpected EOF while looking for matching `''", .incomplete),
            ("echo $(ls", "unexpected EOF while looking for matching `)'", .incomplete),
            ("echo `ls", "unexpected EOF while looking for matching ``'", .incomplete),
            ("echo ${", "unexpected EOF while looking for matching `}'", .incomplete),
            ("echo ${A:-x", "unexpected EOF while looking for matching `}'", .incomplete),
            ("a && && b", "syntax error near unexpected token `&&'", .invalid),
            ("&& x", "syntax error near unexpected token `&&'", .invalid),
            (";;", "syntax error near unexpected token `;;'", .invalid),
            ("echo a )", "syntax error near unexpected token `)'", .invalid),
            ("echo a; ; b", "syntax error near unexpected token `;'", .invalid),
            ("echo a &;", "syntax error near unexpected token `;'", .invalid),
            ("echo a > > b", "syntax error near unexpected token `>'", .invalid),
            ("echo a | | b", "syntax error near unexpected token `|'", .invalid),
            ("echo ${A B}", "${A B}: bad substitution", .invalid),
            ("echo ${A%x}", "${A%x}: bad substitution", .invalid),
            ("echo $(echo a |)", "syntax error near unexpected token `)'", .invalid),
            ("echo $((1+2))", "arithmetic expansion $(( … )) is not supported in kubetutor's shell", .invalid),
            ("(echo a)", "subshells `( … )` are not supported in kubetutor's shell", .invalid),
            ("for p in a b; do echo $p; done", "compound commands (if, for, while, case, { … }) are not supported in kubetutor's shell", .invalid),
            ("x=1; if true; then", "compound commands (if, for, while, case, { … }) are not supported in kubetutor's shell", .invalid),
            ("source <(kubectl completion bash)", "process substitution <( … ) is not supported in kubetutor's shell", .invalid),
        ]
        for (source, message, kind) in cases {
            XCTAssertThrowsError(try ShellParser.parse(source), source) { error in
                XCTAssertEqual((error as? ShellSyntaxError)?.message, message, source)
                XCTAssertEqual((error as? ShellSyntaxError)?.kind, kind, source)
            }
        }
    }

    func testHereDocuments() throws {
        let cases: [(String, [String], [(body: String, expands: Bool, terminated: Bool)])] = [
            ("cat <<EOF\nline $X\nEOF", ["cat", "<<", "EOF", "\\n"], [("«line »«$X»«\n»", true, true)]),
            ("cat <<'EOF'\n$X `y`\nEOF\n", ["cat", "<<", "«EOF»", "\\n"], [("«$X `y`\n»", false, true)]),
            ("cat <<\"EOF\"\n$X\nEOF\n", ["cat", "<<", "«EOF»", "\\n"], [("«$X\n»", false, true)]),
            ("cat <<E\"O\"F\n$X\nEOF\n", ["cat", "<<", "E«O»F", "\\n"], [("«$X\n»", false, true)]),
            ("cat <<-EOF\n\t\tx\n\tEOF\n", ["cat", "<<-", "EOF", "\\n"], [("«x\n»", true, true)]),
            ("cat <<EOF\n  EOF\nEOF", ["cat", "<<", "EOF", "\\n"], [("«  EOF\n»", true, true)]),
            ("cat <<EOF", ["cat", "<<", "EOF"], [("", true, false)]),
            ("cat <<EOF\npartial\n", ["cat", "<<", "EOF", "\\n"], [("«partial\n»", true, false)]),
            ("cat <<A; cat <<B\n1\nA\n2\nB\necho done", ["cat", "<<", "A", ";", "cat", "<<", "B", "\\n", "echo", "done"],
             [("«1\n»", true, true), ("«2\n»", true, true)]),
            ("cat <<EOF | kubectl apply -f -\nkind: Pod\nEOF\n", ["cat", "<<", "EOF", "|", "kubectl", "apply", "-f", "-", "\\n"],
             [("«kind: Pod\n»", true, true)]),
            ("kubectl apply -f - <<'YAML'\na: \"$1\"\nYAML", ["kubectl", "apply", "-f", "-", "<<", "«YAML»", "\\n"],
             [("«a: \"$1\"\n»", false, true)]),
            ("cat <<END\na \\$b \\\\ \\c $(echo x)\nEND", ["cat", "<<", "END", "\\n"], [("«a $b \\ \\c »«$(echo x)»«\n»", true, true)]),
        ]
        for (source, tokens, documents) in cases {
            let stream = try ShellLexer.tokenize(source)
            XCTAssertEqual(TokenRendering.render(stream), tokens, source)
            XCTAssertEqual(stream.hereDocuments.count, documents.count, source)
            for (document, expected) in zip(stream.hereDocuments, documents) {
                XCTAssertEqual(TokenRendering.render(document.body), expected.body, source)
                XCTAssertEqual(document.expands, expected.expands, source)
                XCTAssertEqual(document.terminated, expected.terminated, source)
            }
        }
    }

    func testDeepNestingIsRejectedNotCrashing() {
        let deep = String(repeating: "$(echo ", count: 200) + "x" + String(repeating: ")", count: 200)
        XCTAssertThrowsError(try ShellParser.parse(deep))
        let braces = String(repeating: "${A:-", count: 200) + "x" + String(repeating: "}", count: 200)
        XCTAssertThrowsError(try ShellParser.parse(braces))
        let backquotes = "echo " + String(repeating: "\\", count: 64) + "`"
        XCTAssertNoThrow(try ShellLexer.tokenize(backquotes + "`"))
    }
}
