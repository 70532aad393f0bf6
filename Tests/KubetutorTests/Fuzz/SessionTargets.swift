import Foundation
import KubeCluster
import KubeCtl

/// Fuzz targets that type lines into a sandbox: the kubectl parser and verbs, the shell (quotes, `$(…)`,
/// heredocs, pipes, redirections), the text tools, `apply -f -`, output flags and the sandbox's commands.
enum SessionTargets {
    static let all = [commandLines, kubectlArguments, shellSyntax, textTools, applyFromStandardInput, outputFlags]

    /// Learner command lines (and sandbox commands), mutated. A failing plain kubectl line must say why.
    static let commandLines = FuzzTarget(name: "CommandLines", defaultCases: 120) {
        let sandbox = FuzzSandbox()
        let corpus = FuzzCorpus.commands + FuzzCorpus.sandboxCommands
        return { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.commandTokens)
            let line = String(mutator.mutate(fuzzCase.random.pick(corpus)).prefix(600))
            let outcome = sandbox.run(line, index: fuzzCase.index, in: &fuzzCase)
            explainsFailure(line, outcome, &fuzzCase)
        }
    }

    /// Argument vectors for kubectl built from tokens only: every flag in every position.
    static let kubectlArguments = FuzzTarget(name: "KubectlArguments", defaultCases: 120) {
        let sandbox = FuzzSandbox()
        let words = ["get", "describe", "delete", "create", "run", "expose", "scale", "rollout", "logs", "exec", "apply",
                     "set", "top", "config", "label", "annotate", "edit", "patch", "wait", "explain", "cordon", "drain",
                     "autoscale", "replace", "diff", "port-forward", "cp", "auth", "api-resources", "version", "events"]
        return { fuzzCase in
            var argv = ["kubectl", fuzzCase.random.pick(words)]
            for _ in 0..<fuzzCase.random.below(7) {
                argv.append(fuzzCase.random.chance(30) ? fuzzCase.random.pick(words) : fuzzCase.random.pick(FuzzCorpus.commandTokens))
            }
            let line = argv.map(FuzzQuoting.singleQuoted).joined(separator: " ")
            let outcome = sandbox.run(line, index: fuzzCase.index, in: &fuzzCase)
            explainsFailure(line, outcome, &fuzzCase)
        }
    }

    /// Shell syntax: unbalanced quotes, nested substitutions, heredocs cut short, pipes to nowhere.
    static let shellSyntax = FuzzTarget(name: "ShellSyntax", defaultCases: 120) {
        let sandbox = FuzzSandbox()
        let shapes = ["echo \"$(echo '$(echo x)')\"", "a=1; b=$a$a; echo ${b}", "cat <<'END'\n$x `y`\nEND",
                      "echo 'unterminated", "echo \"un$(terminated", "(echo a; echo b) | sort -r", "echo a > f; cat < f >> f",
                      "printf '%s %d\\n' x 3", "echo $((1+2))", "true && false || echo ok", "echo {a,b}", "cat <<EOF\n",
                      "kubectl get pods -o name | xargs -n1 echo", "echo a | tee b | wc -l",
                      "x=$(kubectl get pods -o name | wc -l); echo $x", "echo ${x:-default} ${#x} ${x/a/b}",
                      "for i in 1 2 3; do echo $i; done", "if true; then echo y; else echo n; fi", "while false; do :; done",
                      "echo a >> ../up.txt", "cat /etc/passwd", "echo hi > /tmp/x", "mkdir -p d/e && cd d && ls ..",
                      "export A=1 B; env | grep A", "echo *; ls -la", "cat notes.txt | while read l; do echo $l; done"]
        return { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.commandTokens)
            let line = String(mutator.mutate(fuzzCase.random.pick(shapes)).prefix(600))
            _ = sandbox.run(line, index: fuzzCase.index, in: &fuzzCase)
        }
    }

    /// The text tools learners pipe kubectl into: grep, awk, printf, sort, cut, tr, head, tail, uniq, wc, base64.
    static let textTools = FuzzTarget(name: "TextTools", defaultCases: 120) {
        let sandbox = FuzzSandbox()
        return { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.textToolTokens)
            let line = "cat notes.txt | " + String(mutator.mutate(fuzzCase.random.pick(FuzzCorpus.textTools)).prefix(400))
            _ = sandbox.run(line, index: fuzzCase.index, in: &fuzzCase)
        }
    }

    /// `kubectl apply/create/delete -f -` with mutated and hostile manifests through a heredoc.
    static let applyFromStandardInput = FuzzTarget(name: "ApplyFromStandardInput", defaultCases: 30) {
        let sandbox = FuzzSandbox(casesPerSandbox: 25)
        let verbs = ["kubectl apply -f -", "kubectl create -f -", "kubectl apply --dry-run=client -o yaml -f -",
                     "kubectl delete -f -", "kubectl apply --server-side -f -", "kubectl replace -f -", "kubectl diff -f -"]
        return { fuzzCase in
            let document: String
            if fuzzCase.index % 7 == 3 {
                document = FuzzDocuments.hostile(&fuzzCase.random).text
            } else {
                var mutator = fuzzCase.mutator(FuzzCorpus.documentTokens)
                document = mutator.mutateFile(fuzzCase.random.pick(FuzzCorpus.documents))
            }
            let line = "\(fuzzCase.random.pick(verbs)) <<'FUZZ_EOF'\n\(document)\nFUZZ_EOF"
            let outcome = sandbox.run(line, index: fuzzCase.index, in: &fuzzCase)
            if outcome.status != 0, outcome.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
               outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                fuzzCase.fail("a failed apply without a message", input: line)
            }
        }
    }

    /// jsonpath, go-template, custom-columns, sort-by and selectors through `kubectl get`'s flags.
    static let outputFlags = FuzzTarget(name: "OutputFlags", defaultCases: 120) {
        let sandbox = FuzzSandbox()
        return { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.expressionTokens)
            let argument: String
            switch fuzzCase.random.below(6) {
            case 0: argument = "-o=jsonpath=" + mutator.mutate(fuzzCase.random.pick(FuzzCorpus.jsonPaths))
            case 1: argument = "-o=go-template=" + mutator.mutate(fuzzCase.random.pick(FuzzCorpus.goTemplates))
            case 2: argument = "-o=custom-columns=" + mutator.mutate(fuzzCase.random.pick(FuzzCorpus.customColumns))
            case 3: argument = "--selector=" + mutator.mutate(fuzzCase.random.pick(FuzzCorpus.labelSelectors))
            case 4: argument = "--sort-by=" + mutator.mutate(fuzzCase.random.pick(FuzzCorpus.jsonPaths))
            default: argument = "--field-selector=" + mutator.mutate(fuzzCase.random.pick(FuzzCorpus.fieldSelectors))
            }
            let resource = fuzzCase.random.pick(["pods", "deploy", "nodes", "svc", "pods -A", "deploy web", "events", "all", "cm,secrets"])
            let line = "kubectl get \(resource) " + FuzzQuoting.singleQuoted(argument)
            let outcome = sandbox.run(line, index: fuzzCase.index, in: &fuzzCase)
            explainsFailure(line, outcome, &fuzzCase)
        }
    }

    /// A failing `kubectl` line (one command, no shell operators) must print a message.
    static func explainsFailure(_ line: String, _ outcome: FuzzSandbox.Outcome, _ fuzzCase: inout FuzzCase) {
        guard outcome.status != 0, FuzzQuoting.isPlainKubectlLine(line) else { return }
        if outcome.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            fuzzCase.fail("kubectl failed (exit \(outcome.status)) without a message", input: line)
        }
    }
}
