import XCTest
final class TutorTestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
