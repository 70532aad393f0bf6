import KubeCluster
import XCTest
@testable import KubeCtl

/// The patch algorithms: RFC 7386 merge patches and RFC 6902 JSON patches (the RFCs' appendix vectors),
/// and the strategic merge patch kubectl apply computes and the API server applies.
final class PatchAlgorithmTests: XCTestCase {
    private func json(_ text: String) -> JSONValue {
        (try? JSONValue.parseJSON(text)) ?? .string("unparsable: \(text)")
    }

    /// RFC 7386 Appendix A: (target, patch, result).
    func testMergePatchRFC7386Examples() {
        let vectors: [(String, String, String)] = [
            (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
            (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
            (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
            (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
            (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
            (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
            (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
            (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
            (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
            (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
            (#"{"a":"foo"}"#, "null", "null"),
            (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
            (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
            (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
            (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
        ]
        for (target, patch, result) in vectors {
            XCTAssertEqual(MergePatch.apply(json(patch), to: json(target)).sortedKeys(), json(result).sortedKeys(), "\(target) + \(patch)")
        }
    }

    /// RFC 6902 Appendix A: (document, patch, result or nil for an error).
    func testJSONPatchRFC6902Examples() {
        let vectors: [(String, String, String?)] = [
            (#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux"}]"#, #"{"baz":"qux","foo":"bar"}"#),
            (#"{"foo":["bar","baz"]}"#, #"[{"op":"add","path":"/foo/1","value":"qux"}]"#, #"{"foo":["bar","qux","baz"]}"#),
            (#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"remove","path":"/baz"}]"#, #"{"foo":"bar"}"#),
            (#"{"foo":["bar","qux","baz"]}"#, #"[{"op":"remove","path":"/foo/1"}]"#, #"{"foo":["bar","baz"]}"#),
            (#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"replace","path":"/baz","value":"boo"}]"#, #"{"baz":"boo","foo":"bar"}"#),
            (#"{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}"#,
             #"[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]"#,
             #"{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}"#),
            (#"{"foo":["all","grass","cows","eat"]}"#, #"[{"op":"move","from":"/foo/1","path":"/foo/3"}]"#,
             #"{"foo":["all","cows","eat","grass"]}"#),
            (#"{"baz":"qux","foo":["a",2,"c"]}"#,
             #"[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]"#,
             #"{"baz":"qux","foo":["a",2,"c"]}"#),
            (#"{"baz":"qux"}"#, #"[{"op":"test","path":"/baz","value":"bar"}]"#, nil),
            (#"{"foo":"bar"}"#, #"[{"op":"add","path":"/child","value":{"grandchild":{}}}]"#,
             #"{"foo":"bar","child":{"grandchild":{}}}"#),
            (#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz/bat","value":"qux"}]"#, nil),
            (#"{"/":9,"~1":10}"#, #"[{"op":"test","path":"/~01","value":10}]"#, #"{"/":9,"~1":10}"#),
            (#"{"foo":["bar"]}"#, #"[{"op":"add","path":"/foo/-","value":["abc","def"]}]"#, #"{"foo":["bar",["abc","def"]]}"#),
            (#"{"foo":["bar"]}"#, #"[{"op":"add","path":"/foo/5","value":1}]"#, nil),
            (#"{"foo":"bar"}"#, #"[{"op":"replace","path":"/nope","value":1}]"#, #"{"foo":"bar","nope":1}"#),
            (#"{"foo":"bar"}"#, #"[{"op":"frobnicate","path":"/foo"}]"#, nil),
        ]
        for (document, patch, result) in vectors {
            let applied = try? JSONPatch.apply(json(patch), to: json(document))
            XCTAssertEqual(applied?.sortedKeys(), result.map { json($0).sortedKeys() }, "\(document) + \(patch)")
        }
    }

    /// Messages of the json-patch library, as kubectl 1.32 prints them for `patch --local --type json`.
    func testJSONPatchFailureMessagesFollowTheLibrary() {
        func failure(_ document: String, _ patch: String) -> String? {
            do {
                _ = try JSONPatch.apply(json(patch), to: json(document))
                return nil
            } catch let error as JSONPatch.Failure {
                return error.message
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(failure(#"{}"#, #"[{"op":"add","path":"/a/b","value":1}]"#),
                       #"add operation does not apply: doc is missing path: "/a/b": missing value"#)
        XCTAssertEqual(failure(#"{}"#, #"[{"op":"remove","path":"/a/b"}]"#),
                       #"remove operation does not apply: doc is missing path: "/a/b": missing value"#)
        XCTAssertEqual(failure(#"{"spec":{}}"#, #"[{"op":"remove","path":"/spec/foo"}]"#),
                       "error in remove for path: '/spec/foo': Unable to remove nonexistent key: foo: missing value")
        XCTAssertEqual(failure(#"{"c":[1]}"#, #"[{"op":"add","path":"/c/5","value":1}]"#),
                       "error in add for path: '/c/5': Unable to access invalid index: 5: invalid index referenced")
        XCTAssertEqual(failure(#"{"c":[1]}"#, #"[{"op":"remove","path":"/c/5"}]"#),
                       "error in remove for path: '/c/5': Unable to access invalid index: 5: invalid index referenced")
        XCTAssertEqual(failure(#"{"s":{}}"#, #"[{"op":"move","from":"/s/nope","path":"/s/x"}]"#),
                       "error in move for path: 'nope': Unable to remove nonexistent key: nope: missing value")
        XCTAssertEqual(failure(#"{}"#, #"[{"op":"frob","path":"/a"}]"#), "Unexpected kind: frob")
        XCTAssertEqual(failure(#"{"a":1}"#, #"[{"op":"test","path":"/a","value":2}]"#), "testing value /a failed: test failed")
        XCTAssertEqual(failure(#"{}"#, #"{"op":"add"}"#), "json: cannot unmarshal object into Go value of type jsonpatch.Patch")
    }

    // MARK: Strategic merge

    private let deployment = StrategicMergePatch(schema: StrategicMergeSchema(kind: "Deployment"))

    /// (last applied, new manifest, live object, expected patch) — kubectl apply's three-way patch.
    func testThreeWayPatchVectors() {
        let vectors: [(original: String?, modified: String, current: String, patch: String)] = [
            // Nothing changed since the last apply: empty patch ("unchanged").
            (#"{"spec":{"replicas":2}}"#, #"{"spec":{"replicas":2}}"#, #"{"spec":{"replicas":2},"status":{"replicas":2}}"#, "{}"),
            // Someone scaled the object: apply sets its own value again.
            (#"{"spec":{"replicas":2}}"#, #"{"spec":{"replicas":2}}"#, #"{"spec":{"replicas":5}}"#, #"{"spec":{"replicas":2}}"#),
            // A label removed from the manifest is deleted; one added by someone else is kept.
            (#"{"metadata":{"labels":{"a":"1","b":"2"}}}"#, #"{"metadata":{"labels":{"a":"1"}}}"#,
             #"{"metadata":{"labels":{"a":"1","b":"2","c":"3"}}}"#, #"{"metadata":{"labels":{"b":null}}}"#),
            // No last-applied configuration: nothing is deleted.
            (nil, #"{"metadata":{"labels":{"a":"1"}}}"#, #"{"metadata":{"labels":{"a":"1","b":"2"}}}"#, "{}"),
            // Containers merge by name: only the changed field travels, with the element order directive.
            (#"{"spec":{"containers":[{"name":"web","image":"nginx:1.27"}]}}"#,
             #"{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}"#,
             #"{"spec":{"containers":[{"name":"web","image":"nginx:1.27","imagePullPolicy":"IfNotPresent"}]}}"#,
             #"{"spec":{"$setElementOrder/containers":[{"name":"web"}],"containers":[{"image":"nginx:1.28","name":"web"}]}}"#),
            // An env entry removed since the last apply is deleted by key.
            (#"{"spec":{"containers":[{"name":"web","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]}]}}"#,
             #"{"spec":{"containers":[{"name":"web","env":[{"name":"A","value":"1"}]}]}}"#,
             #"{"spec":{"containers":[{"name":"web","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]}]}}"#,
             #"{"spec":{"containers":[{"env":[{"$patch":"delete","name":"B"}],"name":"web"}]}}"#),
            // Lists without a merge key (args) are replaced whole.
            (#"{"spec":{"containers":[{"name":"web","args":["-a"]}]}}"#, #"{"spec":{"containers":[{"name":"web","args":["-a"]}]}}"#,
             #"{"spec":{"containers":[{"name":"web","args":["-a","-b"]}]}}"#,
             #"{"spec":{"$setElementOrder/containers":[{"name":"web"}],"containers":[{"args":["-a"],"name":"web"}]}}"#),
        ]
        for vector in vectors {
            let patch = deployment.threeWay(original: vector.original.map(json), modified: json(vector.modified),
                                            current: json(vector.current))
            XCTAssertEqual(patch.sortedKeys().compactJSON(), vector.patch, vector.modified)
        }
    }

    func testApplyingThreeWayPatchKeepsServerFieldsAndDropsRemovedOnes() {
        let original = json(#"{"spec":{"containers":[{"name":"web","image":"nginx:1.27","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]}]}}"#)
        let modified = json(#"{"spec":{"containers":[{"name":"web","image":"nginx:1.28","env":[{"name":"A","value":"1"}]}]}}"#)
        let current = json(#"{"spec":{"containers":[{"name":"web","image":"nginx:1.27","imagePullPolicy":"IfNotPresent","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]},{"name":"sidecar","image":"busybox"}]}}"#)
        let patch = deployment.threeWay(original: original, modified: modified, current: current)
        let result = deployment.apply(patch, to: current)
        XCTAssertEqual(result.sortedKeys().compactJSON(),
                       #"{"spec":{"containers":[{"env":[{"name":"A","value":"1"}],"image":"nginx:1.28","imagePullPolicy":"IfNotPresent","name":"web"},{"image":"busybox","name":"sidecar"}]}}"#)
    }

    func testRetainKeysClearsTheRollingUpdateOfARecreateStrategy() {
        let current = json(#"{"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"}}}}"#)
        let modified = json(#"{"spec":{"strategy":{"type":"Recreate"}}}"#)
        let patch = deployment.threeWay(original: nil, modified: modified, current: current)
        XCTAssertEqual(patch.sortedKeys().compactJSON(), #"{"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}}"#)
        XCTAssertEqual(deployment.apply(patch, to: current).sortedKeys().compactJSON(), #"{"spec":{"strategy":{"type":"Recreate"}}}"#)
    }

    func testStrategicPatchDirectives() {
        let current = json(#"{"spec":{"containers":[{"name":"a","image":"x"},{"name":"b","image":"y"}]}}"#)
        let cases: [(String, String)] = [
            (#"{"spec":{"containers":[{"name":"b","image":"z"}]}}"#, #"{"spec":{"containers":[{"image":"x","name":"a"},{"image":"z","name":"b"}]}}"#),
            (#"{"spec":{"containers":[{"name":"c","image":"w"}]}}"#,
             #"{"spec":{"containers":[{"image":"x","name":"a"},{"image":"y","name":"b"},{"image":"w","name":"c"}]}}"#),
            (#"{"spec":{"containers":[{"name":"a","$patch":"delete"}]}}"#, #"{"spec":{"containers":[{"image":"y","name":"b"}]}}"#),
            (#"{"spec":{"$setElementOrder/containers":[{"name":"b"},{"name":"a"}],"containers":[{"name":"a","image":"v"}]}}"#,
             #"{"spec":{"containers":[{"image":"y","name":"b"},{"image":"v","name":"a"}]}}"#),
            (#"{"spec":{"containers":[{"name":"a","image":null}]}}"#, #"{"spec":{"containers":[{"name":"a"},{"image":"y","name":"b"}]}}"#),
            (#"{"spec":{"$patch":"replace","containers":[]}}"#, #"{"spec":{"containers":[]}}"#),
        ]
        let pod = StrategicMergePatch(schema: StrategicMergeSchema(kind: "Pod"))
        for (patch, result) in cases {
            XCTAssertEqual(pod.apply(json(patch), to: current).sortedKeys().compactJSON(), result, patch)
        }
    }

    func testMergeKeysFollowTheAPITypes() {
        let service = StrategicMergeSchema(kind: "Service")
        XCTAssertEqual(service.mergeKey(for: ["spec", "ports"]), "port")
        XCTAssertEqual(service.mergeKey(for: ["spec", "template", "spec", "containers", "ports"]), "containerPort")
        let pod = StrategicMergeSchema(kind: "Pod")
        XCTAssertEqual(pod.mergeKey(for: ["spec", "containers"]), "name")
        XCTAssertEqual(pod.mergeKey(for: ["spec", "containers", "volumeMounts"]), "mountPath")
        XCTAssertEqual(pod.mergeKey(for: ["spec", "containers", "env"]), "name")
        XCTAssertEqual(pod.mergeKey(for: ["spec", "ports"]), nil)
        XCTAssertEqual(pod.mergeKey(for: ["spec", "containers", "args"]), nil)
        XCTAssertEqual(pod.mergeKey(for: ["spec", "tolerations"]), nil)
        XCTAssertTrue(StrategicMergeSchema(kind: "Deployment").retainsKeys(["spec", "strategy"]))
        XCTAssertFalse(pod.retainsKeys(["spec", "strategy"]))
    }

    func testLastAppliedAnnotationIsCompactSortedJSONWithEmptyAnnotations() {
        let manifest = json(#"{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"c","namespace":"default"},"data":{"b":"2","a":"1"}}"#)
        XCTAssertEqual(LastAppliedAnnotation.value(for: manifest),
                       "{\"apiVersion\":\"v1\",\"data\":{\"a\":\"1\",\"b\":\"2\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"c\",\"namespace\":\"default\"}}\n")
        let annotated = LastAppliedAnnotation.annotated(manifest)
        XCTAssertEqual(LastAppliedAnnotation.value(for: annotated), LastAppliedAnnotation.value(for: manifest))
        XCTAssertEqual(LastAppliedAnnotation.parsed(from: annotated)?.sortedKeys(),
                       json(#"{"apiVersion":"v1","data":{"a":"1","b":"2"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"c","namespace":"default"}}"#))
    }

    func testGoValueDescriptionPrintsMapsLikeGo() {
        XCTAssertEqual(GoValueDescription.describe(json(#"{"spec":{"replicas":"x","b":[1,true,null]},"a":1.5}"#)),
                       "map[a:1.5 spec:map[b:[1 true <nil>] replicas:x]]")
    }

    func testUpstreamFieldTableTellsTyposFromUnsimulatedFields() {
        XCTAssertEqual(UpstreamFieldTable.verdict(kind: "Pod", path: "spec.containers[0].portz"), .unknown)
        XCTAssertEqual(UpstreamFieldTable.verdict(kind: "Pod", path: "spec.topologySpreadConstraints"), .unsimulated)
        XCTAssertEqual(UpstreamFieldTable.verdict(kind: "Deployment", path: "spec.template.spec.containers[1].resizePolicy"), .unsimulated)
        XCTAssertEqual(UpstreamFieldTable.verdict(kind: "Deployment", path: "spec.replica"), .unknown)
        XCTAssertEqual(UpstreamFieldTable.verdict(kind: "Service", path: "spec.loadBalancerSourceRanges"), .unsimulated)
        XCTAssertEqual(UpstreamFieldTable.verdict(kind: "Service", path: "spec.ports[0].targetport"), .unknown)
        XCTAssertEqual(UpstreamFieldTable.verdict(kind: "Unheard", path: "spec"), .unknown)
    }
}
