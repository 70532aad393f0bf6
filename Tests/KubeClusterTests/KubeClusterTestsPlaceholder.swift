import XCTest
final class KubeClusterTestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
