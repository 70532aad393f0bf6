import XCTest
@testable import KubeCtl

/// Golden texts of kubectl's parse-time errors (checked against the real binary when it is installed).
final class KubectlUsageErrorTests: XCTestCase {
    /// (argv, exact stderr). Every case exits with status 1 and prints nothing on stdout.
    static let cases: [([String], String)] = [
        (["gett", "pods"], "error: unknown command \"gett\" for \"kubectl\"\n\nDid you mean this?\n\tset\n\tget\n"),
        (["xyz"], "error: unknown command \"xyz\" for \"kubectl\"\n"),
        (["des"], "error: unknown command \"des\" for \"kubectl\"\n\nDid you mean this?\n\tset\n\tget\n\tdescribe\n"),
        (["r"], "error: unknown command \"r\" for \"kubectl\"\n\nDid you mean this?\n\trun\n\trollout\n\tcp\n\treplace\n"),
        (["list"], "error: unknown command \"list\" for \"kubectl\"\n\nDid you mean this?\n\tget\n\twait\n"),
        (["rm"], "error: unknown command \"rm\" for \"kubectl\"\n\nDid you mean this?\n\trun\n\tdelete\n\tcp\n"),
        (["api"], "error: unknown command \"api\" for \"kubectl\"\n\nDid you mean this?\n\tcp\n\tapi-versions\n\tapi-resources\n"),
        (["optoins"], "error: unknown command \"optoins\" for \"kubectl\"\n\nDid you mean this?\n\toptions\n"),
        (["GET"], "error: unknown command \"GET\" for \"kubectl\"\n\nDid you mean this?\n\tset\n\tget\n"),
        (["alph"], "error: unknown command \"alph\" for \"kubectl\"\n\nDid you mean this?\n\tauth\n"),
        (["hepl"], "error: unknown command \"hepl\" for \"kubectl\"\n"),
        (["a\"b"], "error: unknown command \"a\\\"b\" for \"kubectl\"\n"),
        (["gett", "-n", "x"], "error: unknown command \"gett\" for \"kubectl\"\n\nDid you mean this?\n\tset\n\tget\n"),
        (["-n", "x", "gett"], "Error: flags cannot be placed before plugin name: -n\n"),
        (["--foo", "get", "pods"], "Error: flags cannot be placed before plugin name: --foo\n"),
        (["--foo=1", "gett"], "Error: flags cannot be placed before plugin name: --foo=1\n"),
        (["-n", "x", "help", "get"], "Error: flags cannot be placed before plugin name: -n\n"),
        (["--foo", "get"], "error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n"),
        (["-n"], "error: flag needs an argument: 'n' in -n\nSee 'kubectl --help' for usage.\n"),
        (["get", "pods", "--foo"], "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"),
        (["get", "--foo_bar"], "error: unknown flag: --foo_bar\nSee 'kubectl get --help' for usage.\n"),
        (["get", "--dry-run"], "error: unknown flag: --dry-run\nSee 'kubectl get --help' for usage.\n"),
        (["get", "pods", "--selector"], "error: flag needs an argument: --selector\nSee 'kubectl get --help' for usage.\n"),
        (["get", "pods", "-n"], "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"),
        (["get", "-o"], "error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n"),
        (["get", "--output"], "error: flag needs an argument: --output\nSee 'kubectl get --help' for usage.\n"),
        (["get", "-itz"], "error: unknown shorthand flag: 'i' in -itz\nSee 'kubectl get --help' for usage.\n"),
        (["exec", "-itz"], "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl exec --help' for usage.\n"),
        (["exec", "-p", "x"], "error: unknown shorthand flag: 'p' in -p\nSee 'kubectl exec --help' for usage.\n"),
        (["get", "---x"], "error: bad flag syntax: ---x\nSee 'kubectl get --help' for usage.\n"),
        (["get", "--=x"], "error: bad flag syntax: --=x\nSee 'kubectl get --help' for usage.\n"),
        (["get", "-=x"], "error: unknown shorthand flag: '=' in -=x\nSee 'kubectl get --help' for usage.\n"),
        (["scale", "--replicas=x", "deploy/a"], "error: invalid argument \"x\" for \"--replicas\" flag: strconv.ParseInt: "
            + "parsing \"x\": invalid syntax\nSee 'kubectl scale --help' for usage.\n"),
        (["scale", "--replicas=99999999999999999999", "deploy/a"], "error: invalid argument \"99999999999999999999\" for "
            + "\"--replicas\" flag: strconv.ParseInt: parsing \"99999999999999999999\": value out of range\n"
            + "See 'kubectl scale --help' for usage.\n"),
        (["create", "deployment", "x", "--image=a", "--replicas=99999999999"], "error: invalid argument \"99999999999\" "
            + "for \"-r, --replicas\" flag: strconv.ParseInt: parsing \"99999999999\": value out of range\n"
            + "See 'kubectl create deployment --help' for usage.\n"),
        (["get", "--chunk-size=1__0"], "error: invalid argument \"1__0\" for \"--chunk-size\" flag: strconv.ParseInt: "
            + "parsing \"1__0\": invalid syntax\nSee 'kubectl get --help' for usage.\n"),
        (["get", "-w=x"], "error: invalid argument \"x\" for \"-w, --watch\" flag: strconv.ParseBool: parsing \"x\": "
            + "invalid syntax\nSee 'kubectl get --help' for usage.\n"),
        (["get", "--show_kind=maybe"], "error: invalid argument \"maybe\" for \"--show-kind\" flag: strconv.ParseBool: "
            + "parsing \"maybe\": invalid syntax\nSee 'kubectl get --help' for usage.\n"),
        (["get", "-h=x"], "error: invalid argument \"x\" for \"-h, --help\" flag: strconv.ParseBool: parsing \"x\": "
            + "invalid syntax\nSee 'kubectl get --help' for usage.\n"),
        (["-v=x", "get"], "error: invalid argument \"x\" for \"-v, --v\" flag: strconv.ParseInt: parsing \"x\": "
            + "invalid syntax\nSee 'kubectl get --help' for usage.\n"),
        (["wait", "--timeout=x"], "error: invalid argument \"x\" for \"--timeout\" flag: time: invalid duration \"x\"\n"
            + "See 'kubectl wait --help' for usage.\n"),
        (["wait", "--timeout=5"], "error: invalid argument \"5\" for \"--timeout\" flag: time: missing unit in duration "
            + "\"5\"\nSee 'kubectl wait --help' for usage.\n"),
        (["wait", "--timeout=5y"], "error: invalid argument \"5y\" for \"--timeout\" flag: time: unknown unit \"y\" in "
            + "duration \"5y\"\nSee 'kubectl wait --help' for usage.\n"),
        (["logs", "--tail=1.5"], "error: invalid argument \"1.5\" for \"--tail\" flag: strconv.ParseInt: parsing \"1.5\": "
            + "invalid syntax\nSee 'kubectl logs --help' for usage.\n"),
        (["get", "-L", "a\"b"], "error: invalid argument \"a\\\"b\" for \"-L, --label-columns\" flag: parse error on line 1, "
            + "column 2: bare \" in non-quoted-field\nSee 'kubectl get --help' for usage.\n"),
        (["get", "-L", "\"a"], "error: invalid argument \"\\\"a\" for \"-L, --label-columns\" flag: parse error on line 1, "
            + "column 3: extraneous or missing \" in quoted-field\nSee 'kubectl get --help' for usage.\n"),
        (["get", "-L", "a,\"b"], "error: invalid argument \"a,\\\"b\" for \"-L, --label-columns\" flag: parse error on "
            + "line 1, column 5: extraneous or missing \" in quoted-field\nSee 'kubectl get --help' for usage.\n"),
        (["version", "--log-flush-frequency=1"], "error: invalid argument \"1\" for \"--log-flush-frequency\" flag: "
            + "parse error\nSee 'kubectl version --help' for usage.\n"),
        (["version", "--vmodule=x"], "error: invalid argument \"x\" for \"--vmodule\" flag: syntax error: expect "
            + "comma-separated list of filename=N\nSee 'kubectl version --help' for usage.\n"),
        (["create", "clusterrole", "x", "--aggregation-rule=x"], "error: invalid argument \"x\" for \"--aggregation-rule\" "
            + "flag: malformed pair, expect string=string\nSee 'kubectl create clusterrole --help' for usage.\n"),
        (["debug", "--env=ab"], "error: invalid argument \"ab\" for \"--env\" flag: ab must be formatted as key=value\n"
            + "See 'kubectl debug --help' for usage.\n"),
        (["scale", "--record", "--replicas=x"], "error: invalid argument \"x\" for \"--replicas\" flag: strconv.ParseInt: parsing \"x\": invalid "
            + "syntax\nSee 'kubectl scale --help' for usage.\n"),
        (["rollout", "foo"], "error: unknown command \"foo\"\nSee 'kubectl rollout -h' for help and examples\n"),
        (["rollout", "statu"], "error: unknown command \"statu\"\nSee 'kubectl rollout -h' for help and examples\n"),
        (["set", "foo", "bar"], "error: unknown command \"foo bar\"\nSee 'kubectl set -h' for help and examples\n"),
        (["create", "secret", "foo"], "error: unknown command \"foo\"\nSee 'kubectl create secret -h' for help and "
            + "examples\n"),
        (["config", "foo"], "error: unknown command \"foo\"\nSee 'kubectl config -h' for help and examples\n"),
        (["top", "--foo", "pod"], "error: unknown flag: --foo\nSee 'kubectl top --help' for usage.\n"),
        (["top", "-n", "x", "pod", "--foo"], "error: unknown flag: --foo\nSee 'kubectl top pod --help' for usage.\n"),
        (["rollout", "-n", "x", "status", "--foo"], "error: unknown flag: --foo\n"
            + "See 'kubectl rollout status --help' for usage.\n"),
        (["config", "use", "-n"], "error: flag needs an argument: 'n' in -n\n"
            + "See 'kubectl config use-context --help' for usage.\n"),
        (["create", "deployment", "x"], "error: required flag(s) \"image\" not set\n"),
        (["create", "cronjob", "x"], "error: required flag(s) \"image\", \"schedule\" not set\n"),
        (["run", "x", "--", "sh"], "error: required flag(s) \"image\" not set\n"),
        (["scale", "deployment", "web"], "error: required flag(s) \"replicas\" not set\n"),
        (["autoscale", "deploy/web", "--min=2"], "error: required flag(s) \"max\" not set\n"),
        (["options", "--foo"], "error: unknown flag: --foo\nRun 'kubectl options' without flags.\n"),
        (["help", "--foo", "get"], "error: unknown flag: --foo\nSee 'kubectl help --help' for usage.\n"),
    ]

    func testGoldenErrorTexts() {
        for (argv, expected) in Self.cases {
            switch KubectlCommandParser.parse(argv) {
            case .success(let invocation):
                XCTFail("\(argv) parsed as \(invocation.commandPath) \(invocation.arguments)")
            case .failure(let error):
                XCTAssertEqual(error.stderr, expected, "kubectl \(argv)")
                XCTAssertEqual(error.exitCode, 1)
            }
        }
    }

    func testGoldenErrorTextsMatchTheRealBinary() throws {
        try KubectlBinary.requireBinary()
        for (argv, expected) in Self.cases {
            let real = try KubectlBinary.run(argv)
            XCTAssertEqual(real.stderr, expected, "kubectl \(argv)")
            XCTAssertEqual(real.stdout, "", "kubectl \(argv)")
            XCTAssertEqual(real.exitCode, 1, "kubectl \(argv)")
        }
    }

    func testErrorKinds() {
        let kinds: [([String], KubectlUsageError.Kind)] = [
            (["gett"], .unknownCommand), (["rollout", "x"], .unknownSubcommand), (["-n", "x", "gett"], .flagsBeforePluginName),
            (["get", "--x"], .unknownFlag), (["get", "-z"], .unknownShorthandFlag), (["get", "-o"], .missingFlagValue),
            (["get", "-w=2"], .invalidFlagValue), (["get", "---"], .badFlagSyntax),
            (["scale", "x"], .missingRequiredFlag),
        ]
        for (argv, kind) in kinds {
            guard case .failure(let error) = KubectlCommandParser.parse(argv) else {
                XCTFail("\(argv) should fail")
                continue
            }
            XCTAssertEqual(error.kind, kind, "\(argv)")
        }
    }
}
