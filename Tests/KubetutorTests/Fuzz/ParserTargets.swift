import Foundation
import KubeCluster
import KubeCtl

/// Fuzz targets that call a parser directly: YAML/JSON documents (mutated and hostile), JSONPath,
/// go-template, custom-columns, label and field selectors. Each must give a value or an error with a
/// message; nothing may trap, hang or grow without bound.
enum ParserTargets {
    static let all = [documents, hostileDocuments, jsonPath, goTemplate, customColumns, selectors]

    static let documents = FuzzTarget(name: "Documents", defaultCases: 800) {
        { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.documentTokens)
            let text = mutator.mutateFile(fuzzCase.random.pick(FuzzCorpus.documents))
            fuzzCase.running(text)
            parseAndPrint(text, &fuzzCase)
        }
    }

    static let hostileDocuments = FuzzTarget(name: "HostileDocuments", defaultCases: 15) {
        { fuzzCase in
            let document = fuzzCase.index < FuzzDocuments.fixed.count ? FuzzDocuments.fixed[fuzzCase.index]
                : FuzzDocuments.hostile(&fuzzCase.random)
            fuzzCase.running("\(document.name): \(document.text.prefix(2000))")
            parseAndPrint(document.text, &fuzzCase)
        }
    }

    /// Parses `text` as YAML documents and as JSON; what parses is printed back.
    static func parseAndPrint(_ text: String, _ fuzzCase: inout FuzzCase) {
        do {
            for document in try JSONValue.parseYAMLDocuments(text) {
                let json = document.jsonText()
                if json.utf8.count > 64 << 20 { fuzzCase.fail("a document printed as \(json.utf8.count) bytes", input: text) }
                _ = document.yamlText()
                _ = document.compactJSON()
            }
        } catch {
            if "\(error)".isEmpty { fuzzCase.fail("a YAML error without a message", input: text) }
        }
        do {
            _ = try JSONValue.parseJSON(text).yamlText()
        } catch {
            if "\(error)".isEmpty { fuzzCase.fail("a JSON error without a message", input: text) }
        }
    }

    /// A pod list as `kubectl get pods -o json` prints it, for executing expressions on.
    static let sample: JSONValue = {
        let text = """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"kind": "Pod", "metadata": {"name": "web-1", "labels": {"app": "web", "app.kubernetes.io/name": "w"}},
               "spec": {"nodeName": "minikube", "containers": [{"name": "web", "image": "nginx:1.27"}]},
               "status": {"phase": "Running", "podIP": "10.244.0.5", "restarts": 3, "ratio": 0.5, "ok": true}},
              {"kind": "Pod", "metadata": {"name": "db-1", "labels": {"app": "db"}},
               "spec": {"containers": [{"name": "db", "image": "postgres:16"}, {"name": "side", "image": "busybox"}]},
               "status": {"phase": "Pending", "list": [], "none": null}}]}
            """
        return (try? JSONValue.parseJSON(text)) ?? .null
    }()

    static let jsonPath = FuzzTarget(name: "JSONPath", defaultCases: 800) {
        { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.expressionTokens)
            let expression = mutator.mutate(fuzzCase.random.pick(FuzzCorpus.jsonPaths))
            fuzzCase.running(expression)
            do {
                let template = try JSONPathTemplate(expression)
                _ = try? template.execute(on: sample)
                _ = try? template.execute(on: sample, allowMissingKeys: false)
                _ = try? template.executeAsJSON(on: sample)
            } catch {
                if "\(error)".isEmpty { fuzzCase.fail("a JSONPath error without a message", input: expression) }
            }
        }
    }

    static let goTemplate = FuzzTarget(name: "GoTemplate", defaultCases: 800) {
        { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.expressionTokens)
            let text = mutator.mutate(fuzzCase.random.pick(FuzzCorpus.goTemplates))
            fuzzCase.running(text)
            do {
                let template = try GoTemplate(text)
                let result = template.execute(on: sample)
                if result.output.utf8.count > 64 << 20 { fuzzCase.fail("a template printed \(result.output.utf8.count) bytes", input: text) }
                _ = template.execute(on: GoTemplate.decodedLikeKubectl(sample), missingKeyIsError: true)
            } catch {
                if "\(error)".isEmpty { fuzzCase.fail("a template error without a message", input: text) }
            }
        }
    }

    static let customColumns = FuzzTarget(name: "CustomColumns", defaultCases: 600) {
        { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.expressionTokens)
            let text = mutator.mutate(fuzzCase.random.pick(FuzzCorpus.customColumns))
            fuzzCase.running(text)
            do {
                let spec = try CustomColumnsSpec(spec: text)
                _ = spec.render(sample["items"]?.arrayValue ?? [])
                _ = spec.render([sample], noHeaders: true)
            } catch {
                if "\(error)".isEmpty { fuzzCase.fail("a custom-columns error without a message", input: text) }
            }
            do {
                _ = try CustomColumnsSpec(templateFile: text.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: ":", with: "\n"))
            } catch {
                if "\(error)".isEmpty { fuzzCase.fail("a custom-columns file error without a message", input: text) }
            }
        }
    }

    static let selectors = FuzzTarget(name: "Selectors", defaultCases: 1000) {
        let labels = ["app": "web", "tier": "front", "version": "2", "k8s.io/name": "x"]
        return { fuzzCase in
            var mutator = fuzzCase.mutator(FuzzCorpus.selectorTokens)
            let labelText = mutator.mutate(fuzzCase.random.pick(FuzzCorpus.labelSelectors))
            fuzzCase.running(labelText)
            do {
                let selector = try LabelSelector(parsing: labelText)
                _ = selector.matches(labels)
                _ = selector.description
            } catch {
                if "\(error)".isEmpty { fuzzCase.fail("a label selector error without a message", input: labelText) }
            }
            let fieldText = mutator.mutate(fuzzCase.random.pick(FuzzCorpus.fieldSelectors))
            fuzzCase.running(fieldText)
            do {
                _ = try FieldSelector(parsing: fieldText).description
            } catch {
                if "\(error)".isEmpty { fuzzCase.fail("a field selector error without a message", input: fieldText) }
            }
        }
    }
}

/// Documents built to hurt a parser: deep nesting, huge scalars and lists, alias bombs.
enum FuzzDocuments {
    /// Fixed hostile documents (the first cases of `HostileDocuments`).
    /// Fixed hostile documents (the first cases of `HostileDocuments`); the cheap ones first, so the short
    /// run of `make test` covers them, the big ones after (every long run starts with all of them).
    static let fixed: [(name: String, text: String)] = [
        ("deep flow sequence", String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)),
        ("deep flow mapping", String(repeating: "{a: ", count: 5_000) + "1" + String(repeating: "}", count: 5_000)),
        ("deep JSON", String(repeating: "{\"a\":", count: 20_000) + "1" + String(repeating: "}", count: 20_000)),
        ("unclosed deep JSON", String(repeating: "[{\"a\":", count: 5_000)),
        ("billion laughs", aliasBomb(levels: 9, width: 10)),
        ("alias to self", "a: &a [*a]\n"),
        ("merge of self", "a: &a {<<: *a}\n"),
        ("undefined alias", "a: *nowhere\n"),
        ("control characters", "a: \"\u{0}\u{1}\u{7}\u{1B}\"\n\u{0}: x"),
        ("lone surrogate escape", "a: \"\\ud800\"\n"),
        ("tabs as indentation", "a:\n\tb: 1\n"),
        ("NUL in key", "{\"\u{0}\": 1}"),
        ("big number", "a: 1" + String(repeating: "0", count: 5_000) + "\n"),
        ("big exponent", "a: 1e99999999999999999999\nb: [0x" + String(repeating: "F", count: 40) + "]\n"),
        ("too large", "a: " + String(repeating: "x", count: 11 << 20) + "\n"),
        ("deep block mapping", (0..<3_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")),
        ("deep block sequence", (0..<3_000).map { String(repeating: " ", count: $0) + "-" }.joined(separator: "\n")),
        ("huge scalar", "a: " + String(repeating: "x", count: 2_000_000) + "\n"),
        ("many documents", String(repeating: "---\na: 1\n", count: 20_000)),
        ("long list", "items:\n" + String(repeating: "- 1\n", count: 100_000)),
        ("many keys", (0..<50_000).map { "k\($0): \($0)" }.joined(separator: "\n")),
        ("long anchor chain", (0..<5_000).map { "k\($0): &a\($0) " + ($0 == 0 ? "1" : "[*a\($0 - 1)]") }.joined(separator: "\n")),
    ]

    /// `levels` levels of `width` aliases each: width^levels strings if expanded.
    static func aliasBomb(levels: Int, width: Int) -> String {
        var lines = ["a0: &a0 [" + Array(repeating: "\"lol\"", count: width).joined(separator: ",") + "]"]
        for level in 1..<max(levels, 2) {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: width).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A random hostile document: nesting, an alias bomb, merge-key chains or a wide list, of random size.
    static func hostile(_ random: inout FuzzRandom) -> (name: String, text: String) {
        let size = 1 + random.below(4000)
        switch random.below(6) {
        case 0: return ("nesting \(size)", String(repeating: random.pick(["[", "{a: ", "- ", "{\"a\":["]), count: size))
        case 1:
            let levels = 2 + random.below(10), width = 2 + random.below(12)
            return ("alias bomb \(levels)x\(width)", aliasBomb(levels: levels, width: width))
        case 2:
            let lines = (0..<size).map { "m\($0): &m\($0) {<<: " + ($0 == 0 ? "{x: 1}" : "[*m\($0 - 1), *m\($0 - 1)]") + ", y\($0): 1}" }
            return ("merge chain \(size)", lines.joined(separator: "\n"))
        case 3:
            return ("block nesting \(size)", (0..<min(size, 1500)).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n"))
        case 4: return ("wide flow \(size)", "[" + Array(repeating: "{a: [1, {b: c}]}", count: size * 10).joined(separator: ",") + "]")
        default:
            return ("long scalar lines \(size)", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n"
                + (0..<size).map { "  k\($0): " + String(repeating: "v", count: 200) }.joined(separator: "\n"))
        }
    }
}
