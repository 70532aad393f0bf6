import KubeCluster
import XCTest
@testable import KubeCtl

/// `--sort-by` orders; expected orders recorded from kubectl 1.32 (`get … --sort-by=… -o name` against a
/// stub API server), including Go `sort.Sort` tie orders for more than 12 objects.
final class SortByKeyTests: XCTestCase {
    private func object(_ name: String, _ spec: JSONValue) -> JSONValue {
        ["metadata": ["name": .string(name)], "spec": spec]
    }

    private func names(_ objects: [JSONValue], by field: String, mode: SortByKey.Mode = .objects) throws -> [String] {
        let order = try SortByKey(field).sortedIndices(of: objects, mode: mode).get()
        return order.map { objects[$0]["metadata"]?["name"]?.stringValue ?? "?" }
    }

    func testReferencePods() throws {
        let pods = FormatFixtures.pods
        XCTAssertEqual(try names(pods, by: ".metadata.creationTimestamp"),
                       ["web-multi", "crashy", "go-api-vhrxtbh9wm-ghztt", "go-api-vhrxtbh9wm-pjdkz", "go-api-vhrxtbh9wm-xt956",
                        "pending-img"])
        XCTAssertEqual(try names(pods, by: "{.status.phase}"),
                       ["pending-img", "crashy", "go-api-vhrxtbh9wm-ghztt", "go-api-vhrxtbh9wm-pjdkz", "go-api-vhrxtbh9wm-xt956",
                        "web-multi"])
        XCTAssertEqual(try names(pods, by: ".status.podIP"),
                       ["go-api-vhrxtbh9wm-ghztt", "go-api-vhrxtbh9wm-pjdkz", "go-api-vhrxtbh9wm-xt956", "crashy", "pending-img",
                        "web-multi"])
        XCTAssertEqual(try names(pods.reversed(), by: "metadata.name", mode: .tableRows),
                       ["crashy", "go-api-vhrxtbh9wm-ghztt", "go-api-vhrxtbh9wm-pjdkz", "go-api-vhrxtbh9wm-xt956", "pending-img",
                        "web-multi"])
    }

    func testTiesFollowGoSortForLargeLists() throws {
        let keys: [Int64] = [3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2]
        let quantities = ["1", "500m", "2Ki", "1k", "0.5", "3", "100m", "1e3", "2"]
        let objects = keys.enumerated().map { index, key in
            object(String(format: "cm-%02d", index), ["k": .int(key), "s": .string("x\(key * 7 % 5)"),
                                                      "q": .string(quantities[index % 9])])
        }
        func numbers(_ names: [String]) -> [Int] { names.compactMap { Int($0.dropFirst(3)) } }
        XCTAssertEqual(numbers(try names(objects, by: ".spec.k")),
                       [10, 1, 28, 25, 4, 22, 19, 7, 16, 13, 14, 20, 29, 2, 26, 11, 8, 17, 23, 5, 15, 21, 6, 18, 24, 3, 0, 27, 9, 12])
        XCTAssertEqual(numbers(try names(objects, by: ".spec.s")),
                       [12, 27, 24, 3, 21, 18, 6, 0, 15, 9, 7, 4, 10, 13, 28, 1, 16, 25, 22, 19, 8, 20, 5, 23, 2, 17, 26, 11, 14, 29])
        XCTAssertEqual(numbers(try names(objects, by: ".spec.q")),
                       [6, 15, 24, 10, 1, 19, 4, 22, 28, 13, 27, 0, 9, 18, 8, 17, 26, 14, 23, 5, 7, 21, 16, 12, 25, 3, 20, 11, 2, 29])
    }

    /// A list whose unbalanced partitions make Go's pdqsort scatter elements (`breakPatterns`): the order of
    /// 61 events by `.lastTimestamp` (seconds past the minute, in the server's list order) as kubectl 1.32
    /// printed them for the kubernetes-bootcamp walkthrough.
    func testTiesAfterPatternBreakingFollowGoSort() throws {
        let seconds: [Int64] = [3, 4, 4, 4, 4, 0, 1, 3, 3, 3, 9, 3, 4, 4, 4, 8, 3, 4, 4, 4, 10, 0, 3, 3, 3, 4, 8, 9, 10, 4,
                                5, 8, 8, 8, 4, 5, 10, 10, 10, 9, 10, 10, 10, 8, 9, 9, 9, 4, 4, 8, 9, 0, 3, 4, 4, 4, 8, 8, 9, 9, 10]
        let objects = seconds.enumerated().map { index, second in
            object(String(format: "ev-%02d", index), ["t": .string(String(format: "2026-01-05T09:00:%02dZ", second))])
        }
        let expected = [5, 51, 21, 6, 16, 23, 0, 7, 8, 9, 52, 11, 24, 22, 13, 34, 4, 12, 18, 19, 53, 2, 47, 54, 17, 25, 55, 1,
                        48, 29, 3, 14, 30, 35, 15, 32, 49, 31, 26, 33, 43, 57, 56, 58, 44, 45, 39, 59, 10, 46, 50, 27, 60, 20,
                        36, 28, 42, 41, 40, 38, 37]
        XCTAssertEqual(try names(objects, by: ".spec.t").compactMap { Int($0.dropFirst(3)) }, expected)
        XCTAssertEqual(try names(objects, by: ".spec.t", mode: .tableRows).compactMap { Int($0.dropFirst(3)) }, expected)
    }

    func testMissingValuesAndByteOrder() throws {
        let sparse = [nil, 2, nil, 1, nil].enumerated().map { index, key in
            object("n\(index)", key.map { ["k": .int(Int64($0))] } ?? [:])
        }
        XCTAssertEqual(try names(sparse, by: ".spec.k"), ["n4", "n2", "n0", "n3", "n1"])
        let mixed = sparse + ["pod-10", "pod-2", "pod-1", "Pod-3", "pod-02", "a", "b10", "b9"].map { object($0, [:]) }
        XCTAssertEqual(try names(mixed, by: ".spec.k"),
                       ["pod-02", "Pod-3", "pod-1", "n0", "pod-10", "n4", "b10", "n2", "b9", "a", "pod-2", "n3", "n1"])
        XCTAssertEqual(try names(mixed, by: ".metadata.name"),
                       ["Pod-3", "a", "b10", "b9", "n0", "n1", "n2", "n3", "n4", "pod-02", "pod-1", "pod-10", "pod-2"])
    }

    func testNumbersAndQuantities() throws {
        let objects = [("a", 2.5), ("b", 0.5), ("c", 1.5)].map { object($0.0, ["f": .double($0.1)]) }
        XCTAssertEqual(try names(objects, by: ".spec.f"), ["b", "c", "a"])
        XCTAssertEqual(KubernetesQuantity("100m")?.value, KubernetesQuantity("0.1")?.value)
        XCTAssertEqual(KubernetesQuantity("2Ki")?.value, 2048)
        XCTAssertEqual(KubernetesQuantity("1e3")?.value, 1000)
        XCTAssertEqual(KubernetesQuantity("-")?.value, 0)
        for bad in ["", "Running", "1.2.3", "5K", "2026-11-24T14:27:40Z", "10.244.1.11", "1e", "m1"] {
            XCTAssertNil(KubernetesQuantity(bad), bad)
        }
    }

    func testErrors() {
        let objects = [object("a", ["t": true, "l": ["x": "y"], "n": 1]), object("b", ["t": false, "l": ["x": "z"], "n": "1"])]
        XCTAssertEqual(SortByKey(".nope").sortedIndices(of: objects),
                       .failure(.error(FormatError("couldn't find any field with path \"{.nope}\" in the list of objects"))))
        XCTAssertEqual(SortByKey("{.a").sortedIndices(of: objects), .failure(.error(FormatError(
            "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"))))
        XCTAssertEqual(SortByKey(".spec.t").sortedIndices(of: objects), .failure(.fatal(location: "sorter.go:329",
            message: "Field {.spec.t} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: bool")))
        XCTAssertEqual(SortByKey(".spec.l").sortedIndices(of: objects), .failure(.fatal(location: "sorter.go:329",
            message: "Field {.spec.l} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: map[string]interface {}")))
        XCTAssertEqual(SortByKey(".spec.n").sortedIndices(of: objects), .failure(.fatal(location: "sorter.go:329",
            message: "Field {.spec.n} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable interface: interface")))
        XCTAssertEqual(SortByKey(".spec.t").sortedIndices(of: [objects[0]]), .success([0]))
        XCTAssertEqual(SortByKey(".spec.t").sortedIndices(of: [objects[0]], mode: .tableRows), .success([0]))
        XCTAssertEqual(SortByKey(".nope").sortedIndices(of: [objects[0]], mode: .tableRows),
                       .failure(.error(FormatError("couldn't find any field with path \"{.nope}\" in the list of objects"))))
        XCTAssertEqual(SortByKey("{.a").sortedIndices(of: objects, mode: .tableRows),
                       .failure(.error(FormatError("sorting error: unclosed action"))))
        let fatal = SortByKey.Failure.fatal(location: "sorter.go:329", message: "Field x")
        XCTAssertEqual(fatal.klogLine(month: 11, day: 29, time: "03:12:34.313288", pid: 22908),
                       "F1129 03:12:34.313288   22908 sorter.go:329] Field x\n")
    }
}
