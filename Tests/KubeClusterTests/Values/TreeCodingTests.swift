import XCTest
@testable import KubeCluster
import Collections

private struct ContainerPort: Codable, Equatable {
    var containerPort: Int32
    var name: String?
    var protocolName: String?

    enum CodingKeys: String, CodingKey {
        case containerPort, name
        case protocolName = "protocol"
    }
}

private struct Container: Codable, Equatable {
    var name: String
    var image: String?
    var ports: [ContainerPort]?
    var env: [String: String]?
}

private struct PodSpec: Codable, Equatable {
    var containers: [Container]
    var nodeSelector: [String: String]?
    var restartPolicy: String?
}

private struct ObjectMeta: Codable, Equatable {
    var name: String
    var labels: OrderedDictionary<String, String>?
    var generation: Int64?
}

private struct Pod: Codable, Equatable {
    var kind = "Pod"
    var apiVersion = "v1"
    var metadata: ObjectMeta
    var spec: PodSpec
    var extra: JSONValue?
}

/// A type with hand-written coding that uses nested and unkeyed containers.
private struct Matrix: Codable, Equatable {
    var rows: [[Double]]
    var scale: Float
    var flags: [Bool?]

    enum CodingKeys: String, CodingKey { case data, scale, flags }
    enum DataKeys: String, CodingKey { case rows }

    init(rows: [[Double]], scale: Float, flags: [Bool?]) {
        self.rows = rows
        self.scale = scale
        self.flags = flags
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let data = try container.nestedContainer(keyedBy: DataKeys.self, forKey: .data)
        var rowsContainer = try data.nestedUnkeyedContainer(forKey: .rows)
        var rows: [[Double]] = []
        while !rowsContainer.isAtEnd {
            var row = try rowsContainer.nestedUnkeyedContainer()
            var values: [Double] = []
            while !row.isAtEnd { values.append(try row.decode(Double.self)) }
            rows.append(values)
        }
        self.rows = rows
        scale = try container.decode(Float.self, forKey: .scale)
        var flagsContainer = try container.nestedUnkeyedContainer(forKey: .flags)
        var flags: [Bool?] = []
        while !flagsContainer.isAtEnd {
            flags.append(try flagsContainer.decodeNil() ? nil : try flagsContainer.decode(Bool.self))
        }
        self.flags = flags
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var data = container.nestedContainer(keyedBy: DataKeys.self, forKey: .data)
        var rowsContainer = data.nestedUnkeyedContainer(forKey: .rows)
        for row in rows {
            var rowContainer = rowsContainer.nestedUnkeyedContainer()
            for value in row { try rowContainer.encode(value) }
        }
        try container.encode(scale, forKey: .scale)
        var flagsContainer = container.nestedUnkeyedContainer(forKey: .flags)
        for flag in flags {
            if let flag { try flagsContainer.encode(flag) } else { try flagsContainer.encodeNil() }
        }
    }
}

final class TreeCodingTests: XCTestCase {
    private let pod = Pod(
        metadata: ObjectMeta(name: "web", labels: ["run": "web", "app": "shop"], generation: nil),
        spec: PodSpec(containers: [Container(name: "web", image: "nginx",
                                             ports: [ContainerPort(containerPort: 80, name: nil, protocolName: "TCP")],
                                             env: ["Z": "1", "A": "2"])],
                      nodeSelector: nil, restartPolicy: "Always"),
        extra: ["free": [1, "form"]])

    func testEncodesInDeclarationOrderWithoutNilFields() throws {
        let tree = try TreeEncoder().encode(pod)
        XCTAssertEqual(tree.compactJSON(), #"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","labels":{"run":"web","app":"shop"}},"spec":{"containers":[{"name":"web","image":"nginx","ports":[{"containerPort":80,"protocol":"TCP"}],"env":{"A":"2","Z":"1"}}],"restartPolicy":"Always"},"extra":{"free":[1,"form"]}}"#)
    }

    func testNumbersKeepTheirKind() throws {
        struct Numbers: Encodable {
            var int = 1
            var int8: Int8 = -2
            var uint: UInt = 3
            var big = UInt64.max
            var double = 2.5
            var float: Float = 0.1
            var whole = 3.0
        }
        let tree = try TreeEncoder().encode(Numbers())
        XCTAssertEqual(tree, ["int": 1, "int8": -2, "uint": 3, "big": .double(Double(UInt64.max)), "double": 2.5,
                              "float": 0.1, "whole": 3.0])
        XCTAssertEqual(tree.compactJSON(), #"{"int":1,"int8":-2,"uint":3,"big":18446744073709552000,"double":2.5,"float":0.1,"whole":3}"#)
    }

    func testNonFiniteNumbersAreRefused() {
        XCTAssertThrowsError(try TreeEncoder().encode(["x": Double.nan])) { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.debugDescription, "json: unsupported value: NaN")
        }
    }

    func testTopLevelValuesAndEmptyEncodings() throws {
        struct Empty: Codable {}
        XCTAssertEqual(try TreeEncoder().encode("s"), "s")
        XCTAssertEqual(try TreeEncoder().encode([1, 2]), [1, 2])
        XCTAssertEqual(try TreeEncoder().encode(Optional<Int>.none), .null)
        XCTAssertEqual(try TreeEncoder().encode(Empty()), [:])
        XCTAssertEqual(try TreeEncoder().encode([String: Int]()), [:])
    }

    func testNestedAndUnkeyedContainersRoundTrip() throws {
        let matrix = Matrix(rows: [[1, 2.5], [], [-3]], scale: 0.1, flags: [true, nil, false])
        let tree = try TreeEncoder().encode(matrix)
        XCTAssertEqual(tree, ["data": ["rows": [[1.0, 2.5], [], [-3.0]]], "scale": 0.1, "flags": [true, nil, false]])
        XCTAssertEqual(try TreeDecoder().decode(Matrix.self, from: tree), matrix)
    }

    func testDecodesWhatItEncodes() throws {
        let tree = try TreeEncoder().encode(pod)
        XCTAssertEqual(try TreeDecoder().decode(Pod.self, from: tree), pod)
    }

    func testDecodingAcceptsIntegralDoublesAndNulls() throws {
        let tree: JSONValue = ["metadata": ["name": "a", "generation": 2.0, "labels": nil],
                               "spec": ["containers": [["name": "c", "ports": [["containerPort": 8080.0]]]],
                                        "nodeSelector": nil],
                               "kind": "Pod", "apiVersion": "v1", "extra": nil]
        let decoded = try TreeDecoder().decode(Pod.self, from: tree)
        XCTAssertEqual(decoded.metadata.generation, 2)
        XCTAssertNil(decoded.metadata.labels)
        XCTAssertEqual(decoded.spec.containers[0].ports?[0].containerPort, 8080)
        XCTAssertNil(decoded.spec.nodeSelector)
        XCTAssertNil(decoded.extra)
    }

    func testOrderedLabelsKeepTheirOrder() throws {
        let tree: JSONValue = ["name": "a", "labels": ["z": "1", "a": "2", "m": "3"]]
        let meta = try TreeDecoder().decode(ObjectMeta.self, from: tree)
        XCTAssertEqual(meta.labels.map { Array($0.keys) }, ["z", "a", "m"])
    }

    func testTypeErrorsCarryPathAndGoTypes() {
        let base: JSONValue = ["kind": "Pod", "apiVersion": "v1", "metadata": ["name": "a"],
                               "spec": ["containers": [["name": "c", "image": "i"]]]]
        let cases: [(path: [String], value: JSONValue, expected: (String, String, String, String?), message: String)] = [
            (["spec", "containers"], [["name": "c", "ports": [["containerPort": "80"]]]],
             ("spec.containers[0].ports[0].containerPort", "spec.containers.ports.containerPort", "int32", "string"),
             "json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"),
            (["spec", "containers"], [["name": "c", "ports": [["containerPort": 1.5]]]],
             ("spec.containers[0].ports[0].containerPort", "spec.containers.ports.containerPort", "int32", "number 1.5"),
             "json: cannot unmarshal number 1.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"),
            (["spec", "containers"], [["name": "c", "ports": [["containerPort": 3_000_000_000]]]],
             ("spec.containers[0].ports[0].containerPort", "spec.containers.ports.containerPort", "int32", "number 3000000000"),
             "json: cannot unmarshal number 3000000000 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"),
            (["spec", "containers"], [["name": 7]],
             ("spec.containers[0].name", "spec.containers.name", "string", "number"),
             "json: cannot unmarshal number into Go struct field Container.spec.containers.name of type string"),
            (["spec", "containers"], "oops",
             ("spec.containers", "spec.containers", "array", "string"),
             "json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type array"),
            (["spec", "containers"], ["x"],
             ("spec.containers[0]", "spec.containers", "object", "string"),
             "json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type object"),
            (["spec"], true, ("spec", "spec", "object", "bool"),
             "json: cannot unmarshal bool into Go struct field Pod.spec of type object"),
            (["spec", "restartPolicy"], ["Always"], ("spec.restartPolicy", "spec.restartPolicy", "string", "array"),
             "json: cannot unmarshal array into Go struct field PodSpec.spec.restartPolicy of type string"),
        ]
        for testCase in cases {
            var input = base
            set(&input, testCase.path, testCase.value)
            XCTAssertThrowsError(try TreeDecoder().decode(Pod.self, from: input)) { error in
                guard let error = error as? TreeDecodingError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.kind, .typeMismatch)
                XCTAssertEqual(error.path, testCase.expected.0)
                XCTAssertEqual(error.fieldPath, testCase.expected.1)
                XCTAssertEqual(error.expectedType, testCase.expected.2)
                XCTAssertEqual(error.foundType, testCase.expected.3)
                XCTAssertEqual(error.description, testCase.message)
            }
        }
    }

    func testMissingAndNullRequiredFields() {
        let missing: JSONValue = ["kind": "Pod", "apiVersion": "v1", "metadata": ["name": "a"],
                                  "spec": ["containers": [["image": "i"]]]]
        XCTAssertThrowsError(try TreeDecoder().decode(Pod.self, from: missing)) { error in
            guard let error = error as? TreeDecodingError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.kind, .missingField)
            XCTAssertEqual(error.path, "spec.containers[0].name")
            XCTAssertEqual(error.description, "missing required field \"spec.containers[0].name\"")
        }
        XCTAssertThrowsError(try TreeDecoder().decode(Container.self, from: ["name": nil])) { error in
            XCTAssertEqual((error as? TreeDecodingError)?.foundType, "null")
        }
        XCTAssertThrowsError(try TreeDecoder().decode(Int.self, from: "1")) { error in
            XCTAssertEqual((error as? TreeDecodingError)?.description, "json: cannot unmarshal string into Go value of type int")
        }
    }

    func testOwnValidationErrorsAreTranslated() {
        struct Port: Decodable {
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "port out of range")
            }
        }
        struct Holder: Decodable { var port: Port }
        XCTAssertThrowsError(try TreeDecoder().decode(Holder.self, from: ["port": 99999])) { error in
            guard let error = error as? TreeDecodingError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.kind, .invalidValue)
            XCTAssertEqual(error.description, "port: port out of range")
        }
    }

    func testUnknownFieldPaths() throws {
        let input = try JSONValue.parseJSON(#"""
            {"kind": "Pod", "apiVersion": "v1", "metadata": {"name": "a", "labels": {"x": "y"}, "nmae": "typo"},
             "spec": {"foo": 1, "containers": [{"name": "c", "imagePullPolicyy": "Always", "ports": [{"containerPort": 80, "hostPot": 1}]},
                                               {"name": "d", "bar": {"deep": true}}],
                      "restartPolicy": null, "unknownNull": null},
             "status": {}}
            """#)
        let decoded = try TreeDecoder().decode(Pod.self, from: input)
        let reencoded = try TreeEncoder().encode(decoded)
        XCTAssertEqual(unknownFieldPaths(input: input, decodedReencoded: reencoded), [
            "metadata.nmae", "spec.foo", "spec.containers[0].imagePullPolicyy", "spec.containers[0].ports[0].hostPot",
            "spec.containers[1].bar", "status",
        ])
        XCTAssertEqual(unknownFieldPaths(input: input.sortedKeys(), decodedReencoded: reencoded).first, "metadata.nmae")
    }

    private func set(_ value: inout JSONValue, _ path: [String], _ newValue: JSONValue) {
        guard let first = path.first else {
            value = newValue
            return
        }
        var child = value[first] ?? .null
        set(&child, Array(path.dropFirst()), newValue)
        value[first] = child
    }
}
