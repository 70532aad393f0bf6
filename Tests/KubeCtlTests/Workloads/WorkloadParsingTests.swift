import XCTest
import KubeCluster
@testable import KubeCtl

/// The argument parsers behind the workload verbs, with vectors read from kubectl's sources and tests.
final class WorkloadParsingTests: XCTestCase {
    /// `selectString` vectors worked through upstream's algorithm: it searches each part from the start of the
    /// name, not after the previous part, so `*p` does not select `app` and `a*c` does not select `abcabc`.
    func testContainerSelection() {
        let vectors: [(name: String, spec: String, matches: Bool)] = [
            ("app", "*", true), ("app", "app", true), ("app", "ap", false), ("app", "a*", true), ("app", "*p", false),
            ("app", "*pp", true), ("app", "b*", false), ("sidecar", "side*", true), ("sidecar", "*car", true),
            ("sidecar", "s*r", true), ("sidecar", "s*x", false), ("abcabc", "a*c", false), ("ab", "abc*", false),
        ]
        for vector in vectors {
            XCTAssertEqual(ContainerSelection.matches(vector.name, vector.spec), vector.matches, "\(vector.name) ~ \(vector.spec)")
        }
    }

    func testPairSplitting() {
        XCTAssertEqual(try PairArguments.split(["pod", "tmp", "a=b", "c-"], pairType: "label").get(),
                       PairArguments(resources: ["pod", "tmp"], pairs: ["a=b", "c-"]))
        XCTAssertEqual(try PairArguments.split(["=b", "a=b"], pairType: "label").get(), PairArguments(resources: ["=b"], pairs: ["a=b"]))
        XCTAssertEqual(PairArguments.split(["pod", "a=b", "tmp"], pairType: "label").failureText,
                       "all resources must be specified before label changes: tmp")
        let parsed = PairArguments.parse(["a=1", "b=x=y", "a=2", "c-"], pairType: "annotation", supportRemove: true)
        XCTAssertEqual(try parsed.get().set.map { "\($0.key)=\($0.value)" }, ["a=2", "b=x=y"])
        XCTAssertEqual(try parsed.get().remove, ["c"])
        XCTAssertEqual(PairArguments.parse(["x", "y-"], pairType: "image", supportRemove: false).failureText, "invalid image format: x, y-")
    }

    func testLabelChanges() {
        let table: [(pairs: [String], error: String?)] = [
            (["a=b", "c-"], nil),
            (["a=b=c"], "invalid label spec: a=b=c"),
            (["a"], "unknown label spec: a"),
            (["a=b", "a-"], "can not both modify and remove a label in the same command"),
            (["a=-x"], "invalid label value: \"a=-x\": a valid label must be an empty string or consist of alphanumeric characters, "
                + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', "
                + "regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        ]
        for row in table {
            XCTAssertEqual(MetadataChanges.labels(row.pairs).failureText, row.error, "\(row.pairs)")
        }
    }

    func testEnvironmentChanges() throws {
        XCTAssertEqual(EnvArguments.split(["deploy/web", "A=1", "B-"])?.resources, ["deploy/web"])
        XCTAssertEqual(EnvArguments.split(["deploy/web", "A=1", "B-"])?.env, ["A=1", "B-"])
        XCTAssertNil(EnvArguments.split(["A=1", "deploy/web"]))
        let changes = try EnvChanges.parse(["A=1", "B=", "C-", "-"], stdin: "D=4 # comment\nnot a pair\nE=5=5\n").get()
        XCTAssertEqual(changes.set.map { "\($0.name)=\($0.value ?? "")" }, ["A=1", "B=", "D=4 ", "E=5=5"])
        XCTAssertEqual(changes.remove, ["C"])
        XCTAssertEqual(EnvChanges.parse(["-"], stdin: nil).failureText, "when '-' is used, STDIN must be open")
        XCTAssertEqual(EnvChanges.parse(["A"], stdin: nil).failureText, "unknown environment variable: A")
        let existing = [EnvVar(name: "A", value: "0"), EnvVar(name: "C", value: "3"), EnvVar(name: "X", value: "x")]
        let applied = changes.applied(to: existing) ?? []
        XCTAssertEqual(applied.map { "\($0.name)=\($0.value ?? "<nil>")" }, ["A=1", "X=x", "B=<nil>", "D=4 ", "E=5=5"])
        XCTAssertEqual(EnvChanges.envName(forKey: "log-level.v2"), "LOG_LEVEL_V2")
        XCTAssertEqual(EnvChanges.overwriteError(existing, [EnvVar(name: "A", value: "1")]),
                       "'A' already has a value (0), and --overwrite is false")
        XCTAssertNil(EnvChanges.overwriteError(existing, [EnvVar(name: "A", value: "0")]))
    }

    func testTaintParsing() throws {
        let parsed = try TaintParsing.parse(["dedicated=gpu:NoSchedule", "spot:PreferNoSchedule", "old-", "gone:NoExecute-"]).get()
        XCTAssertEqual(parsed.add.map(\.text), ["dedicated=gpu:NoSchedule", "spot:PreferNoSchedule"])
        XCTAssertEqual(parsed.remove.map(\.text), ["old", "gone:NoExecute"])
        let errors: [(String, String)] = [
            ("a=b", "invalid taint spec: a=b, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end "
                + "with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
                + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"),
            ("a", "invalid taint spec: a"),
            ("a=b:Bad", "invalid taint effect: Bad, unsupported taint effect"),
            ("a=b=c:NoSchedule", "invalid taint spec: a=b=c:NoSchedule"),
            ("a:b:NoSchedule", "invalid taint spec: a:b:NoSchedule"),
        ]
        for (argument, message) in errors {
            XCTAssertEqual(TaintParsing.parse([argument]).failureText, message, argument)
        }
        XCTAssertEqual(TaintParsing.parse(["a=1:NoSchedule", "a=2:NoSchedule"]).failureText,
                       "duplicated taints with the same key and effect: {a 2 NoSchedule <nil>}")
    }

    func testResourceLists() throws {
        let list = try SetResourcesVerb.resourceList("cpu=0.5,memory=512Mi").get()
        XCTAssertEqual(list["cpu"]?.description, "500m")
        XCTAssertEqual(list["memory"]?.description, "512Mi")
        XCTAssertEqual(SetResourcesVerb.resourceList("cpu").failureText, "Invalid argument syntax cpu, expected <resource>=<value>")
        XCTAssertEqual(SetResourcesVerb.resourceList("cpu=1=2").failureText, "Invalid argument syntax cpu=1=2, expected <resource>=<value>")
    }

    /// klog's header: `W` + MMDD, the time with microseconds, the pid right-aligned in 7, the source.
    func testKlogLine() {
        XCTAssertEqual(KlogLine.warning("helpers.go:702", "x", at: 1_767_603_600.25),
                       "W0105 09:00:00.250000   12345 helpers.go:702] x")
    }

    func testErrorFraming() throws {
        let harness = KubectlHarness()
        guard case .run(let invocation) = KubectlSession.commandLine.interpret(["get", "pods"]) else {
            return XCTFail("`get pods` did not parse")
        }
        func report(_ errors: [CommandError], aggregate: Bool = false) -> String {
            var err = ""
            let context = VerbContext(invocation: invocation, session: harness.shell.kubectl,
                                      io: ShellIO(stdout: { _ in }, stderr: { err += $0 }), stdin: nil)
            if aggregate { ErrorReport.emitAggregate(errors, to: context) } else { ErrorReport.emit(errors, to: context) }
            return err
        }
        XCTAssertEqual(report([.message("boom")]), "error: boom\n")
        XCTAssertEqual(report([.message("error: boom\n")]), "error: boom\n")
        XCTAssertEqual(report([.message("a"), .message("b")]), "a\nb\n")
        XCTAssertEqual(report([.aggregate([.message("a")])]), "error: a\n")
        XCTAssertEqual(report([.aggregate([.message("a")])], aggregate: true), "a\n")
        XCTAssertEqual(report([.api(APIError.notFound("pods", "x")), .message("b")]), "Error from server (NotFound): pods \"x\" not found\nb\n")
        XCTAssertEqual(report([.aggregate([.message("a"), .message("b")]), .message("c")]), "[a, b]\nc\n")
    }
}

extension Result where Failure == CommandError {
    /// The error's text, or nil on success.
    var failureText: String? {
        if case .failure(let error) = self { return error.plainText }
        return nil
    }
}
