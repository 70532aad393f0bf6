import Foundation
import XCTest
@testable import KubeCluster

final class QuantityTests: XCTestCase {
    func testCanonicalStringsMatchKubectl() throws {
        for (input, expected) in QuantityVectors.canonical {
            let quantity = try Quantity(input)
            XCTAssertEqual(quantity.description, expected, "input \(input)")
        }
    }

    func testInvalidQuantitiesGiveUpstreamErrors() {
        for (input, expected) in QuantityVectors.invalid {
            XCTAssertThrowsError(try Quantity(input), "input \(input)") { error in
                XCTAssertEqual(error as? QuantityParseError, expected, "input \(input)")
            }
        }
        XCTAssertEqual(QuantityParseError.formatWrong.description,
                       "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
        XCTAssertEqual(QuantityParseError.suffix.description, "unable to parse quantity's suffix")
        XCTAssertEqual(QuantityParseError.numeric.description, "unable to parse numeric part of quantity")
        XCTAssertNil(Quantity.parse("abc"))
    }

    func testCanonicalStringsReparseToTheSameValue() throws {
        // 1.32 drops the suffix of DecimalSI values above E (a known upstream bug), so those cannot round-trip.
        let suffixLost: Set<String> = ["1000E", "5000E", "1000000E"]
        for (input, expected) in QuantityVectors.canonical where !suffixLost.contains(input) {
            XCTAssertEqual(try Quantity(input), try Quantity(expected), "input \(input)")
        }
    }

    func testSplitMatchesUpstreamParseQuantityString() throws {
        let table: [(String, Bool, String, String, String)] = [
            ("0.025Ti", true, "0", "025", "Ti"), ("1.025Ti", true, "1", "025", "Ti"), ("-1.025Ti", false, "1", "025", "Ti"),
            (".", true, "0", "", ""), ("-.", false, "0", "", ""), ("1E-3", true, "1", "", "E-3"),
        ]
        for (input, positive, numerator, denominator, suffix) in table {
            let parts = try QuantityParser.split(input)
            XCTAssertEqual(parts, QuantityStringParts(positive: positive, numerator: numerator,
                                                      denominator: denominator, suffix: suffix), input)
        }
    }

    func testFormatsFromUpstreamStringTable() {
        let table: [(Int64, Int, Quantity.Format, String)] = [
            (1_073_741_824, 0, .binarySI, "1Gi"), (314_572_800, 0, .binarySI, "300Mi"), (6144, 0, .binarySI, "6Ki"),
            (1_074_815_565_824, 0, .binarySI, "1001Gi"), (1_099_511_627_776, 0, .binarySI, "1Ti"), (5, 0, .binarySI, "5"),
            (500, -3, .binarySI, "500m"), (1, 9, .decimalSI, "1G"), (1000, 6, .decimalSI, "1G"),
            (1_000_000, 3, .decimalSI, "1G"), (1_000_000_000, 0, .decimalSI, "1G"), (1, -3, .decimalSI, "1m"),
            (80, -3, .decimalSI, "80m"), (1080, -3, .decimalSI, "1080m"), (108, -2, .decimalSI, "1080m"),
            (10800, -4, .decimalSI, "1080m"), (300, 6, .decimalSI, "300M"), (1, 12, .decimalSI, "1T"),
            (1, 18, .decimalSI, "1E"), (1_234_567, 6, .decimalSI, "1234567M"), (1_234_567, -3, .binarySI, "1234567m"),
            (3, 3, .decimalSI, "3k"), (1025, 0, .binarySI, "1025"), (0, 0, .decimalSI, "0"), (0, 0, .binarySI, "0"),
            (1, 9, .decimalExponent, "1e9"), (1, -3, .decimalExponent, "1e-3"), (1, -9, .decimalExponent, "1e-9"),
            (80, -3, .decimalExponent, "80e-3"), (300, 6, .decimalExponent, "300e6"), (1, 12, .decimalExponent, "1e12"),
            (1, 3, .decimalExponent, "1e3"), (3, 3, .decimalExponent, "3e3"), (0, 0, .decimalExponent, "0"),
            (1, -9, .decimalSI, "1n"), (80, -9, .decimalSI, "80n"), (1080, -9, .decimalSI, "1080n"),
            (108, -8, .decimalSI, "1080n"), (10800, -10, .decimalSI, "1080n"), (1, -6, .decimalSI, "1u"),
            (80, -6, .decimalSI, "80u"), (1080, -6, .decimalSI, "1080u"), (2000, 0, .binarySI, "2000"),
            (1, 21, .decimalSI, "1"),  // 1.32 behaviour: no suffix beyond E, the exponent is lost.
        ]
        for (value, scale, format, expected) in table {
            let quantity = Quantity(scaled: value, scale: scale, format: format)
            XCTAssertEqual(quantity.description, expected, "\(value)e\(scale) \(format)")
            if value != 0 {
                XCTAssertEqual(quantity.negated().description, "-" + expected, "-\(value)e\(scale) \(format)")
            }
        }
    }

    func testConvenienceConstructors() {
        XCTAssertEqual(Quantity(milli: 250).description, "250m")
        XCTAssertEqual(Quantity(milli: 1000).description, "1")
        XCTAssertEqual(Quantity(integer: 1024, format: .binarySI).description, "1Ki")
        XCTAssertEqual(Quantity(integer: 134_217_728, format: .binarySI).description, "128Mi")
        XCTAssertEqual(Quantity(integer: 3).description, "3")
        XCTAssertEqual(Quantity(scaled: 5, scale: 6).description, "5M")
        XCTAssertEqual(Quantity.zero.description, "0")
    }

    func testValueAndMilliValueRoundAwayFromZero() throws {
        let table: [(String, milli: Int64, whole: Int64)] = [
            ("100m", 100, 1), ("0.5", 500, 1), ("1", 1000, 1), ("1.5", 1500, 2), ("250m", 250, 1),
            ("128Mi", 134_217_728_000, 134_217_728), ("2Gi", 2_147_483_648_000, 2_147_483_648), ("1e3", 1_000_000, 1000),
            ("1n", 1, 1), ("1500u", 2, 1), ("-1.5", -1500, -2), ("-100m", -100, -1), ("0", 0, 0),
            ("9Ei", Int64.max, Int64.max), ("1e30", Int64.max, Int64.max),
        ]
        for (input, milli, whole) in table {
            let quantity = try Quantity(input)
            XCTAssertEqual(quantity.milliValue, milli, input)
            XCTAssertEqual(quantity.value, whole, input)
        }
        XCTAssertEqual(try Quantity("1.5").doubleValue, 1.5, accuracy: 1e-12)
        XCTAssertEqual(try Quantity("128Mi").doubleValue, 134_217_728, accuracy: 1e-3)
    }

    func testComparisonFromUpstreamTable() throws {
        let table: [(String, String, Int)] = [
            ("0", "0", 0), ("100m", "50m", 1), ("50m", "100m", -1), ("10000T", "100Gi", 1), ("1000m", "1", 0),
            ("1Gi", "1024Mi", 0), ("1G", "1Gi", -1), ("-1", "1", -1), ("-2", "-1", -1), ("0.1", "100m", 0),
            ("1e3", "1k", 0), ("99999999999999999999", "1e20", -1),
        ]
        for (left, right, expected) in table {
            XCTAssertEqual(Quantity.compare(try Quantity(left), try Quantity(right)), expected, "\(left) vs \(right)")
            XCTAssertEqual(Quantity.compare(try Quantity(right), try Quantity(left)), -expected, "\(right) vs \(left)")
        }
        XCTAssertEqual(Set([try Quantity("1"), try Quantity("1000m"), try Quantity("0.001k")]).count, 1)
        XCTAssertTrue(try Quantity("500m") < Quantity("1"))
    }

    func testAddAndSubtractKeepTheReceiversFormat() throws {
        let zero = try Quantity("0")
        for text in ["100m", "1Gi"] {
            let value = try Quantity(text)
            XCTAssertEqual((value + zero).description, text)
            XCTAssertEqual((zero + value).description, text)
            XCTAssertEqual((value - zero).description, text)
            XCTAssertEqual((zero - value).description, value.negated().description)
        }
        let table: [(String, String, sum: String, difference: String)] = [
            ("1", "500m", "1500m", "500m"), ("1Gi", "512Mi", "1536Mi", "512Mi"), ("1Gi", "1Gi", "2Gi", "0"),
            ("100m", "1Gi", "1073741824100m", "-1073741823900m"), ("250m", "250m", "500m", "0"), ("2", "3", "5", "-1"),
        ]
        for (left, right, sum, difference) in table {
            XCTAssertEqual((try Quantity(left) + Quantity(right)).description, sum, "\(left) + \(right)")
            XCTAssertEqual((try Quantity(left) - Quantity(right)).description, difference, "\(left) - \(right)")
        }
        XCTAssertEqual((try Quantity("9.01")).negated().description, "-9010m")
    }

    func testCodableAsJSONString() throws {
        let encoded = try JSONEncoder().encode(["cpu": try Quantity("0.5")])
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"{"cpu":"500m"}"#)
        let decoder = JSONDecoder()
        XCTAssertEqual(try decoder.decode([Quantity].self, from: Data(#"["1024Mi"," 2 ",1,0.5,null]"#.utf8)).map(\.description),
                       ["1Gi", "2", "1", "500m", "0"])
        XCTAssertThrowsError(try decoder.decode([Quantity].self, from: Data(#"["abc"]"#.utf8)))
    }
}
