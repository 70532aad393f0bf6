import Foundation
import XCTest
import KubeCluster

final class IntOrStringTests: XCTestCase {
    func testScaledValueFromUpstreamTable() {
        // upstream intstr TestGetIntFromIntOrPercent plus the deployment defaults (25% of 4 and 10 replicas);
        // nil means an error.
        let table: [(IntOrString, Int, Bool, Int?)] = [
            (.int(123), 0, false, 123), (.string("90%"), 100, true, 90), (.string("90%"), 95, true, 86),
            (.string("90%"), 95, false, 85), (.string("%"), 0, false, nil), (.string("90#"), 100, false, nil),
            (.string("#%"), 100, false, nil), (.string("25%"), 4, true, 1), (.string("25%"), 4, false, 1),
            (.string("25%"), 10, true, 3), (.string("25%"), 10, false, 2), (.string("0%"), 10, true, 0),
            (.string("100%"), 3, false, 3), (.string("-10%"), 10, false, -1), (.string("+50%"), 3, true, 2),
            (.string("99999999999999999%"), 1_000_000, true, Int.max),
        ]
        for (value, total, roundUp, expected) in table {
            let result = try? value.scaledValue(total: total, roundUp: roundUp).get()
            XCTAssertEqual(result, expected, "\(value) of \(total), round up \(roundUp)")
        }
    }

    func testErrorsAreUpstreamText() {
        XCTAssertEqual(IntOrString.string("10").scaledValue(total: 10, roundUp: true),
                       .failure(.notAPercentage))
        XCTAssertEqual(IntOrStringError.notAPercentage.description,
                       "invalid value for IntOrString: invalid type: string is not a percentage")
        let table: [(String, String)] = [
            ("#%", "invalid value for IntOrString: invalid value \"#%\": strconv.Atoi: parsing \"#\": invalid syntax"),
            ("%", "invalid value for IntOrString: invalid value \"%\": strconv.Atoi: parsing \"\": invalid syntax"),
            ("99999999999999999999%", "invalid value for IntOrString: invalid value \"99999999999999999999%\": "
                + "strconv.Atoi: parsing \"99999999999999999999\": value out of range"),
        ]
        for (text, expected) in table {
            guard case .failure(let error) = IntOrString.string(text).scaledValue(total: 1, roundUp: true) else {
                XCTFail("\(text) should fail")
                continue
            }
            XCTAssertEqual(error.description, expected)
        }
    }

    func testCodableAsNumberOrString() throws {
        let encoded = try JSONEncoder().encode([IntOrString.int(8080), .string("http"), .string("25%")])
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"[8080,"http","25%"]"#)
        let decoded = try JSONDecoder().decode([IntOrString].self, from: Data(#"[1,"1","50%"]"#.utf8))
        XCTAssertEqual(decoded, [.int(1), .string("1"), .string("50%")])
        XCTAssertThrowsError(try JSONDecoder().decode([IntOrString].self, from: Data("[1.5]".utf8)))
    }

    func testParsingAndAccessors() {
        XCTAssertEqual(IntOrString(parsing: "80"), .int(80))
        XCTAssertEqual(IntOrString(parsing: "http"), .string("http"))
        XCTAssertEqual(IntOrString(parsing: "25%"), .string("25%"))
        XCTAssertEqual(IntOrString.string("12").intValue, 12)
        XCTAssertEqual(IntOrString.string("x").intValue, 0)
        XCTAssertEqual(IntOrString.int(3).description, "3")
        let literal: IntOrString = "25%"
        XCTAssertTrue(literal.isString)
    }
}
