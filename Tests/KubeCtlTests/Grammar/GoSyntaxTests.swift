import KubeCluster
import XCTest
@testable import KubeCtl

/// Go `strconv`, `time.ParseDuration`, `Duration.String` and `encoding/csv` behaviour the flag parser relies on.
final class GoSyntaxTests: XCTestCase {
    func testParseIntWithBaseZero() {
        let valid: [(String, Int, Int64)] = [
            ("0x10", 64, 16), ("010", 64, 8), ("0b101", 64, 5), ("0o17", 64, 15), ("1_000", 64, 1000), ("+5", 64, 5),
            ("-9223372036854775808", 64, .min), ("0", 64, 0), ("0x_1f", 64, 31), ("-2147483648", 32, -2_147_483_648),
        ]
        for (text, bits, expected) in valid {
            XCTAssertEqual(try GoNumberSyntax.parseInt(text, base: 0, bits: bits).get(), expected, text)
        }
        let invalid: [(String, Int, String)] = [
            ("", 64, "strconv.ParseInt: parsing \"\": invalid syntax"),
            ("_1", 64, "strconv.ParseInt: parsing \"_1\": invalid syntax"),
            ("1__0", 64, "strconv.ParseInt: parsing \"1__0\": invalid syntax"),
            ("0x", 64, "strconv.ParseInt: parsing \"0x\": invalid syntax"),
            ("08", 64, "strconv.ParseInt: parsing \"08\": invalid syntax"),
            ("9223372036854775808", 64, "strconv.ParseInt: parsing \"9223372036854775808\": value out of range"),
            ("2147483648", 32, "strconv.ParseInt: parsing \"2147483648\": value out of range"),
        ]
        for (text, bits, message) in invalid {
            XCTAssertEqual(GoNumberSyntax.parseInt(text, base: 0, bits: bits).failureMessage, message, text)
        }
        XCTAssertEqual(GoNumberSyntax.parseInt("0x10", base: 10, bits: 32).failureMessage,
                       "strconv.ParseInt: parsing \"0x10\": invalid syntax")
    }

    func testParseBool() {
        for text in ["1", "t", "T", "TRUE", "true", "True"] { XCTAssertEqual(try GoNumberSyntax.parseBool(text).get(), true) }
        for text in ["0", "f", "F", "FALSE", "false", "False"] { XCTAssertEqual(try GoNumberSyntax.parseBool(text).get(), false) }
        XCTAssertEqual(GoNumberSyntax.parseBool("yes").failureMessage, "strconv.ParseBool: parsing \"yes\": invalid syntax")
    }

    func testDurations() {
        let printed: [(String, String)] = [
            ("1m30s", "1m30s"), ("1.5h", "1h30m0s"), ("300ms", "300ms"), ("-1.5s", "-1.5s"), ("0", "0s"),
            ("90s", "1m30s"), ("5\u{00B5}s", "5\u{00B5}s"), ("2h45m", "2h45m0s"), ("1.000000001s", "1.000000001s"),
            (".5s", "500ms"), ("1ns", "1ns"),
        ]
        for (text, expected) in printed {
            XCTAssertEqual(try GoDuration.parse(text).get().description, expected, text)
        }
        let errors: [(String, String)] = [
            ("", "time: invalid duration \"\""), ("x", "time: invalid duration \"x\""), (".s", "time: invalid duration \".s\""),
            ("1", "time: missing unit in duration \"1\""), ("1y", "time: unknown unit \"y\" in duration \"1y\""),
            ("3000000h", "time: invalid duration \"3000000h\""), ("1é", "time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\""),
        ]
        for (text, message) in errors {
            XCTAssertEqual(GoDuration.parse(text).failureMessage, message, text)
        }
    }

    func testCSVRecords() {
        XCTAssertEqual(try GoCSVRecord.fields(of: "a,b").get(), ["a", "b"])
        XCTAssertEqual(try GoCSVRecord.fields(of: "\"a,b\",c").get(), ["a,b", "c"])
        XCTAssertEqual(try GoCSVRecord.fields(of: "\"a\"\"b\"").get(), ["a\"b"])
        XCTAssertEqual(try GoCSVRecord.fields(of: "a,").get(), ["a", ""])
        XCTAssertEqual(try GoCSVRecord.fields(of: "a\nb").get(), ["a"])
        XCTAssertEqual(GoCSVRecord.fields(of: "a\"b").failureMessage, "parse error on line 1, column 2: bare \" in non-quoted-field")
        XCTAssertEqual(GoCSVRecord.fields(of: "\"a\"b").failureMessage,
                       "parse error on line 1, column 3: extraneous or missing \" in quoted-field")
        XCTAssertEqual(GoCSVRecord.fields(of: "a,\"b").failureMessage,
                       "parse error on line 1, column 5: extraneous or missing \" in quoted-field")
    }

    func testQuoting() {
        XCTAssertEqual(GoStringSyntax.quote("a\"b\\c\n\u{01}"), "\"a\\\"b\\\\c\\n\\x01\"")
        XCTAssertEqual(GoStringSyntax.quote("héllo"), "\"héllo\"")
        XCTAssertEqual(GoStringSyntax.quoteCharacter("z"), "'z'")
        XCTAssertEqual(GoStringSyntax.quoteCharacter("'"), "'\\''")
        XCTAssertEqual(CommandSuggestions.levenshtein("gett", "set"), 2)
        XCTAssertEqual(CommandSuggestions.levenshtein("", "cp"), 2)
    }
}

private extension Result {
    /// The message of a failed Go parse, or nil on success.
    var failureMessage: String? {
        guard case .failure(let error) = self else { return nil }
        switch error {
        case let parse as GoParseError: return parse.message
        case let duration as GoDurationError: return duration.message
        case let csv as GoCSVError: return csv.message
        default: return "\(error)"
        }
    }
}
