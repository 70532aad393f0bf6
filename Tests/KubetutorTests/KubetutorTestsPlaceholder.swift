import XCTest
final class KubetutorTestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
