import XCTest
@testable import KubeCluster

/// `String.compacted()` must give back the same text, whatever its length or characters.
final class CompactTextTests: XCTestCase {
    func testCompactedKeepsTheText() {
        let long = "Successfully assigned default/web-7d4f8b9c6d-abcde to kind-worker42"
        var grown = "Started container "
        grown += "web-server-\(42)"
        for text in ["", "a", "fifteen chars!!", "sixteen chars!!!", long, grown, "héllo wörld — ünïcode ✓ 容器已启动", "\u{0}nul\u{0}inside text here"] {
            XCTAssertEqual(text.compacted(), text)
            XCTAssertEqual(Array(text.compacted().utf8), Array(text.utf8))
            XCTAssertEqual(text.compacted().count, text.count)
        }
    }
}
