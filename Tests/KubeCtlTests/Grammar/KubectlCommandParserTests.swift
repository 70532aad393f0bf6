import KubeCluster
import XCTest
@testable import KubeCtl

/// pflag/cobra parsing behaviour: command lookup, flag forms, `--`, repetition and defaults.
final class KubectlCommandParserTests: XCTestCase {
    private func parse(_ argv: [String], file: StaticString = #filePath, line: UInt = #line) throws -> KubectlInvocation {
        switch KubectlCommandParser.parse(argv) {
        case .success(let invocation): return invocation
        case .failure(let error):
            XCTFail("kubectl \(argv) failed: \(error.stderr)", file: file, line: line)
            throw error
        }
    }

    func testFlagsAnywhereInEveryForm() throws {
        let forms: [[String]] = [
            ["get", "pods", "-n", "kube-system", "-o", "wide"],
            ["-n", "kube-system", "get", "pods", "-owide"],
            ["-nkube-system", "get", "-o=wide", "pods"],
            ["get", "-n=kube-system", "--output", "wide", "pods"],
            ["--namespace=kube-system", "get", "pods", "--output=wide"],
            ["get", "--namespace", "kube-system", "pods", "-o", "json", "-o", "wide"],
        ]
        for argv in forms {
            let invocation = try parse(argv)
            XCTAssertEqual(invocation.commandPath, ["get"], "\(argv)")
            XCTAssertEqual(invocation.arguments, ["pods"], "\(argv)")
            XCTAssertEqual(invocation.string("namespace"), "kube-system", "\(argv)")
            XCTAssertEqual(invocation.string("output"), "wide", "\(argv)")
            XCTAssertNil(invocation.dashIndex)
        }
    }

    func testCombinedBooleanShorthandsAndArgsAfterDash() throws {
        let invocation = try parse(["exec", "-it", "web", "-c", "app", "--", "sh", "-c", "ls -l", "--", "x"])
        XCTAssertEqual(invocation.commandPath, ["exec"])
        XCTAssertTrue(invocation.bool("stdin"))
        XCTAssertTrue(invocation.bool("tty"))
        XCTAssertEqual(invocation.string("container"), "app")
        XCTAssertEqual(invocation.arguments, ["web", "sh", "-c", "ls -l", "--", "x"])
        XCTAssertEqual(invocation.dashIndex, 1)
        XCTAssertEqual(invocation.argumentsBeforeDash, ["web"])
        XCTAssertEqual(invocation.argumentsAfterDash, ["sh", "-c", "ls -l", "--", "x"])
    }

    func testBooleanNeverConsumesTheNextWord() throws {
        let bare = try parse(["get", "pods", "--watch", "false"])
        XCTAssertTrue(bare.bool("watch"))
        XCTAssertEqual(bare.arguments, ["pods", "false"])
        let explicit = try parse(["get", "pods", "--watch=false", "-w=true", "--watch=0"])
        XCTAssertFalse(explicit.bool("watch"))
        XCTAssertTrue(explicit.wasSet("watch"))
        let unset = try parse(["get", "pods"])
        XCTAssertFalse(unset.wasSet("watch"))
        XCTAssertTrue(unset.bool("allow-missing-template-keys"), "default true")
    }

    func testRepeatedListFlags() throws {
        let env = try parse(["set", "env", "deploy/web", "-e", "A=1", "--env=B=2,3", "-eC=4"])
        XCTAssertEqual(env.commandPath, ["set", "env"])
        XCTAssertEqual(env.strings("env"), ["A=1", "B=2,3", "C=4"], "stringArray keeps commas")
        let columns = try parse(["get", "pods", "-L", "app,tier", "-L", "\"a,b\",c", "--label-columns="])
        XCTAssertEqual(columns.strings("label-columns"), ["app", "tier", "a,b", "c"], "stringSlice splits CSV")
        let groups = try parse(["--as-group", "a", "--as-group=b", "version", "--client"])
        XCTAssertEqual(groups.strings("as-group"), ["a", "b"])
        let files = try parse(["apply", "-f", "-", "-f", "a.yaml,b.yaml"])
        XCTAssertEqual(files.strings("filename"), ["-", "a.yaml", "b.yaml"])
    }

    func testTypedAccessorsKnowDefaults() throws {
        let scale = try parse(["scale", "deploy/web", "--replicas=2"])
        XCTAssertEqual(scale.int("replicas"), 2)
        XCTAssertFalse(scale.wasSet("current-replicas"))
        XCTAssertEqual(scale.int("current-replicas"), -1)
        XCTAssertEqual(scale.duration("timeout"), GoDuration(nanoseconds: 0))
        XCTAssertEqual(scale.string("dry-run"), "none")
        XCTAssertEqual(scale.strings("filename"), [])
        XCTAssertEqual(scale.string("namespace"), "")
        XCTAssertEqual(scale.string("cache-dir"), "/root/.kube/cache")
        XCTAssertEqual(scale.string("no-such-flag"), "")
        XCTAssertFalse(scale.accepts("no-such-flag"))
        let deployment = try parse(["create", "deploy", "web", "--image=nginx"])
        XCTAssertEqual(deployment.commandPath, ["create", "deployment"])
        XCTAssertEqual(deployment.typedPath, ["create", "deploy"])
        XCTAssertEqual(deployment.commandPathText, "kubectl create deployment")
        XCTAssertEqual(deployment.int("replicas"), 1)
        XCTAssertEqual(deployment.strings("image"), ["nginx"])
        let forward = try parse(["port-forward", "pod/web", "8080:80"])
        XCTAssertEqual(forward.strings("address"), ["localhost"])
        XCTAssertEqual(forward.duration("pod-running-timeout").description, "1m0s")
        let get = try parse(["get", "pods"])
        XCTAssertEqual(get.int("chunk-size"), 500)
        XCTAssertTrue(get.bool("server-print"))
    }

    func testNumbersUseGoSyntaxAndScalarsKeepTheLastValue() throws {
        let scale = try parse(["scale", "--replicas=0x10", "deploy/web", "--replicas", "3", "--current-replicas=1_0"])
        XCTAssertEqual(scale.int("replicas"), 3)
        XCTAssertEqual(scale.int("current-replicas"), 10)
        XCTAssertTrue(scale.wasSet("replicas"))
        let wait = try parse(["wait", "--for=delete", "pod/web", "--timeout=1m30s"])
        XCTAssertEqual(wait.duration("timeout").seconds, 90)
        XCTAssertEqual(wait.string("timeout"), "1m30s")
        let logs = try parse(["logs", "-f", "web", "--tail=-1", "--since=10m"])
        XCTAssertTrue(logs.bool("follow"))
        XCTAssertEqual(logs.arguments, ["web"])
        XCTAssertEqual(logs.int("tail"), -1)
        XCTAssertEqual(logs.duration("since").seconds, 600)
    }

    func testFlagsWithAValueWhenBare() throws {
        let bare = try parse(["create", "deployment", "x", "--image=a", "--dry-run", "client"])
        XCTAssertEqual(bare.string("dry-run"), "unchanged")
        XCTAssertEqual(bare.arguments, ["x", "client"])
        let valued = try parse(["replace", "-f", "x.yaml", "--dry-run=client", "--validate", "--cascade"])
        XCTAssertEqual(valued.string("dry-run"), "client")
        XCTAssertEqual(valued.string("validate"), "strict")
        XCTAssertEqual(valued.string("cascade"), "background")
    }

    func testSubcommandLookupSkipsFlagValues() throws {
        XCTAssertEqual(try parse(["rollout", "status", "deploy/web", "--context", "kind"]).commandPath, ["rollout", "status"])
        XCTAssertEqual(try parse(["rollout", "-n", "x", "status", "deploy/web"]).commandPath, ["rollout", "status"])
        XCTAssertEqual(try parse(["top", "po", "-A"]).commandPath, ["top", "pod"])
        XCTAssertEqual(try parse(["create", "svc", "clusterip", "web", "--tcp=80:8080"]).commandPath,
                       ["create", "service", "clusterip"])
        XCTAssertEqual(try parse(["config", "use", "kind"]).commandPath, ["config", "use-context"])
        let rolloutHelp = try parse(["rollout", "--help", "status"])
        XCTAssertEqual(rolloutHelp.commandPath, ["rollout"], "cobra's lookup treats --help as taking a value")
        XCTAssertTrue(rolloutHelp.isHelpRequested)
        let namespaceOnly = try parse(["-n", "get"])
        XCTAssertEqual(namespaceOnly.commandPath, [])
        XCTAssertEqual(namespaceOnly.string("namespace"), "get")
        let dashed = try parse(["--", "get"])
        XCTAssertEqual(dashed.commandPath, [])
        XCTAssertEqual(dashed.argumentsAfterDash, ["get"])
    }

    func testHelpFlagAndNormalizedNames() throws {
        XCTAssertTrue(try parse(["get", "pods", "-h"]).isHelpRequested)
        XCTAssertTrue(try parse(["get", "--help=true"]).isHelpRequested)
        XCTAssertFalse(try parse(["get", "pods", "-h=false"]).isHelpRequested)
        let underscored = try parse(["get", "pods", "--all_namespaces", "--request_timeout=5s"])
        XCTAssertTrue(underscored.bool("all-namespaces"))
        XCTAssertTrue(underscored.bool("all_namespaces"))
        XCTAssertEqual(underscored.string("request-timeout"), "5s")
    }

    func testDeprecatedRecordFlagWarns() throws {
        let scale = try parse(["scale", "deploy/web", "--replicas=2", "--record"])
        XCTAssertEqual(scale.warnings, ["Flag --record has been deprecated, --record will be removed in the future"])
        XCTAssertTrue(scale.bool("record"))
        XCTAssertEqual(try parse(["scale", "deploy/web", "--replicas=2"]).warnings, [])
    }

    func testRequiredFlagsAreSkippedForHelp() throws {
        let help = try parse(["scale", "--help"])
        XCTAssertTrue(help.isHelpRequested)
        XCTAssertEqual(help.int("replicas"), 0)
        XCTAssertFalse(help.wasSet("replicas"))
    }

    func testVerbUsageErrors() throws {
        let invocation = try parse(["create", "ns"])
        XCTAssertEqual(invocation.usageError("exactly one NAME is required, got 0").stderr,
                       "error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n")
    }

    func testDashAndEmptyWordsArePositional() throws {
        let invocation = try parse(["get", "-", ""])
        XCTAssertEqual(invocation.arguments, ["-", ""])
    }
}
