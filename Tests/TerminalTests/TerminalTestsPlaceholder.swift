import XCTest
final class TerminalTestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
