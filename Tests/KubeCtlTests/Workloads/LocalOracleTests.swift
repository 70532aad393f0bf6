import XCTest
@testable import KubeCtl

/// kubetutor against the real kubectl 1.32 for every workload-verb form that runs offline: `--local -f`
/// edits (name lines, `-o yaml|json|name`), parse and validation errors, and usage errors.
final class LocalOracleTests: XCTestCase {
    /// Command lines (split on spaces; no quoting needed) compared byte for byte.
    static let cases: [String] = [
        "set image -f web.yaml nginx=nginx:1.28 --local",
        "set image -f web.yaml nginx=nginx:1.28 --local -o yaml",
        "set image -f web.yaml nginx=nginx:1.28 --local -o json",
        "set image -f web.yaml *=busybox:1.36 --local -o name",
        "set image -f web.yaml nginx=nginx:1.28 --local --dry-run=client",
        "set image -f web.yaml nginx=nginx:1.27 --local",
        "set image -f web.yaml nginx=nginx:1.28 nope=x --local",
        "set image -f web.yaml nope=x --local",
        "set image -f pods.yaml app=nginx:1.28 --local",
        "set image -f pods.yaml setup=busybox:1.37 --local -o yaml",
        "set image -f web.yaml --local",
        "set image -f web.yaml a=b *=c --local",
        "set image deployment/web nginx=x --local",
        "set image -f web.yaml nginx=x --local --dry-run=bogus",
        "set image -f web.yaml nginx=x --local -o wide",
        "set image -f web.yaml nginx=x --local -o jsonpath={.spec.template.spec.containers[0].image}",
        "set image x=y",
        "set image deployment/x x=y z",
        "set image deployment/x --all -l a=b c=d",
        "set env -f web.yaml MODE=fast LEVEL=3 --local -o yaml",
        "set env -f web.yaml MODE=fast --local",
        "set env -f pods.yaml MODE=fast --local -o yaml",
        "set env -f pods.yaml MODE- --local -o yaml",
        "set env -f pods.yaml MODE=fast --overwrite=false --local",
        "set env -f pods.yaml --list --local",
        "set env -f pods.yaml NEW=1 MODE- --list --local",
        "set env -f pods.yaml -c app NEW=1 --local -o name",
        "set env -f web.yaml 1A=b --local",
        "set env -f web.yaml A=b A- --local",
        "set env -f web.yaml A=b -c nope --local",
        "set env -f web.yaml -e A=b -e C=d --local -o yaml",
        "set env",
        "set env -f web.yaml --list -o yaml --local",
        "set env -f web.yaml --keys=a A=b --local",
        "set resources -f web.yaml --limits=cpu=200m,memory=512Mi --requests=cpu=100m --local -o yaml",
        "set resources -f web.yaml --limits=cpu=0.5 --local -o yaml",
        "set resources -f pods.yaml --limits=cpu=500m --local",
        "set resources -f pods.yaml --limits=memory=1Gi -c app --local",
        "set resources -f web.yaml --limits=cpu --local",
        "set resources -f web.yaml --limits=cpu=abc --local",
        "set resources -f web.yaml --local",
        "set resources -f web.yaml --limits=cpu=1 -c nope --local",
        "set resources",
        "label -f web.yaml tier=front --local",
        "label -f web.yaml tier=front --local -o yaml",
        "label -f web.yaml app=x --local",
        "label -f web.yaml app- --local",
        "label -f web.yaml app- --overwrite --local",
        "label -f web.yaml app=web --local --overwrite",
        "label -f web.yaml nothere- --local",
        "label -f web.yaml a=b=c --local",
        "label -f web.yaml a=b@ --local",
        "label -f web.yaml a --local",
        "label -f web.yaml a=b a- --local",
        "label -f web.yaml --list --local",
        "label -f pods.yaml --list --local",
        "label -f pods.yaml x=1 --local",
        "label -f pods.yaml x=1 --local -o json",
        "label -f pods.yaml run=two --local -o yaml",
        "label -f pods.yaml x=1 --local --dry-run=client",
        "label -f nofile.yaml a=b --local",
        "label --local a=b",
        "label -f web.yaml --local",
        "label -f web.yaml x=1 --list -o yaml --local",
        "label",
        "label pods a=b --all -l x=y",
        "annotate -f web.yaml note=hi --local",
        "annotate -f web.yaml note=hi --local -o yaml",
        "annotate -f pods.yaml note=bye --local",
        "annotate -f pods.yaml note=bye --overwrite --local -o name",
        "annotate -f pods.yaml note- --local",
        "annotate -f web.yaml a=b a- --local",
        "annotate -f web.yaml a --local",
        "annotate -f web.yaml --local",
        "annotate -f pods.yaml --list --local",
        "annotate",
        "taint",
        "taint nodes",
        "taint nodes x",
        "taint nodes x a=b:Bad",
        "taint nodes x a=b",
        "taint nodes x a=b:NoSchedule a=c:NoSchedule",
        "taint nodes x a=b=c:NoSchedule",
        "taint nodes x a=b:NoSchedule y",
        "cordon",
        "uncordon",
        "drain",
        "rollout status",
        "rollout undo",
        "rollout history",
        "rollout restart",
        "rollout pause",
        "rollout resume",
        "scale",
        "scale --replicas=2",
        "scale deployment web --replicas=abc",
    ]

    func testLocalFormsMatchUpstream() throws {
        var mismatches: [String] = []
        for line in Self.cases {
            let arguments = line.split(separator: " ").map(String.init)
            let expected = try WorkloadOracle.upstream(arguments)
            let actual = try WorkloadOracle.kubetutor(arguments)
            if actual != expected {
                mismatches.append("kubectl \(line)\n=== upstream\n\(expected)\n=== kubetutor\n\(actual)")
            }
        }
        XCTAssert(mismatches.isEmpty, mismatches.joined(separator: "\n\n"))
    }
}
