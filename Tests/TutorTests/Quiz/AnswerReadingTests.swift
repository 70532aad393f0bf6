import XCTest
@testable import Tutor

/// Typed answers: letters, orders, truth words, short answers with synonyms in both languages, paths.
final class AnswerReadingTests: XCTestCase {
    func testChoicesReadLettersAndNumbers() {
        let cases: [(String, Int, [Int]?)] = [
            ("a", 4, [0]), ("B", 4, [1]), ("2", 4, [1]), ("a,c", 4, [0, 2]), ("a c", 4, [0, 2]), ("a, c", 4, [0, 2]),
            ("c，a", 4, [2, 0]), ("e", 4, nil), ("5", 4, nil), ("", 4, nil), ("ab", 4, nil), ("kubectl", 4, nil),
        ]
        for (text, count, expected) in cases {
            XCTAssertEqual(ChoiceAnswerReader.choices(text, count: count), expected, text)
        }
    }

    func testOrderingsReadNumbersLettersAndRuns() {
        let cases: [(String, Int, [Int]?)] = [
            ("2 1 3", 3, [2, 1, 3]), ("2,1,3", 3, [2, 1, 3]), ("213", 3, [2, 1, 3]), ("b a c", 3, [2, 1, 3]),
            ("2 1 4", 3, nil), ("21", 3, nil),
        ]
        for (text, count, expected) in cases {
            XCTAssertEqual(ChoiceAnswerReader.ordering(text, count: count), expected, text)
        }
    }

    func testTruthWordsInBothLanguages() {
        for word in ["true", "T", "yes", "對", "是"] { XCTAssertEqual(ChoiceAnswerReader.truth(word), true, word) }
        for word in ["false", "f", "No", "錯", "否"] { XCTAssertEqual(ChoiceAnswerReader.truth(word), false, word) }
        XCTAssertNil(ChoiceAnswerReader.truth("maybe"))
    }

    func testShortAnswersNormaliseAndUseSynonyms() {
        let matcher = QuizTestSupport.bank.matcher
        let apiServer = ShortAnswerSpec(accepted: ["kube-apiserver"], containsIsEnough: false)
        for answer in ["kube-apiserver", "API server", "the apiserver", "ＡＰＩ　Ｓｅｒｖｅｒ", "API 伺服器", "api-server."] {
            XCTAssertTrue(matcher.matches(answer, spec: apiServer), answer)
        }
        for answer in ["kubelet", "api", "server", ""] { XCTAssertFalse(matcher.matches(answer, spec: apiServer), answer) }
        let runtime = ShortAnswerSpec(accepted: ["container runtime"], containsIsEnough: false)
        XCTAssertTrue(matcher.matches("Container Runtime", spec: runtime))
        XCTAssertTrue(matcher.matches("容器執行環境", spec: runtime))
        XCTAssertTrue(matcher.matches("runtime", spec: runtime))
        let labels = ShortAnswerSpec(accepted: ["label selector"], containsIsEnough: true)
        XCTAssertTrue(matcher.matches("It uses a label selector on the Pods", spec: labels))
        XCTAssertTrue(matcher.matches("靠 標籤選擇器", spec: labels))
        XCTAssertFalse(matcher.matches("by IP address", spec: labels))
    }

    func testFieldPaths() throws {
        let pod: KubeClusterJSON = ["spec": ["containers": [["name": "a", "image": "x"], ["name": "web", "image": "nginx"]]],
                                    "metadata": ["labels": ["app.kubernetes.io/name": "shop"]]]
        XCTAssertEqual(try FieldPath(parsing: "spec.containers[1].image").value(in: pod), "nginx")
        XCTAssertEqual(try FieldPath(parsing: "spec.containers[name=web].image").value(in: pod), "nginx")
        XCTAssertEqual(try FieldPath(parsing: "metadata.labels[\"app.kubernetes.io/name\"]").value(in: pod), "shop")
        XCTAssertNil(try FieldPath(parsing: "spec.containers[5].image").value(in: pod))
        for bad in ["", ".spec", "spec.[", "spec.containers[x y]"] {
            XCTAssertThrowsError(try FieldPath(parsing: bad), bad)
        }
    }
}

import KubeCluster
typealias KubeClusterJSON = JSONValue
