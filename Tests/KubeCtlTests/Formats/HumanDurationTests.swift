import Foundation
import XCTest
@testable import KubeCtl

/// apimachinery `duration.HumanDuration` / `ShortHumanDuration` thresholds (kubectl-output.md §3,
/// from upstream `duration_test.go`).
private let ms: Int64 = 1_000_000
private let second: Int64 = 1_000_000_000
private let minute = 60 * second
private let hour = 60 * minute
private let day = 24 * hour
private let year = 365 * day

final class HumanDurationTests: XCTestCase {

    func testHumanDurationThresholds() {
        let cases: [(Int64, String)] = [
            (-2 * second, "<invalid>"), (-2 * second + 1, "0s"), (0, "0s"), (999 * ms, "0s"), (second, "1s"),
            (70 * second, "70s"), (2 * minute - ms, "119s"), (2 * minute, "2m"), (2 * minute + second, "2m1s"),
            (190 * second, "3m10s"), (10 * minute - ms, "9m59s"), (10 * minute, "10m"), (10 * minute + second, "10m"),
            (70 * minute, "70m"), (137 * minute, "137m"), (3 * hour - ms, "179m"), (3 * hour, "3h"),
            (3 * hour + minute, "3h1m"), (8 * hour - ms, "7h59m"), (8 * hour, "8h"), (8 * hour + 59 * minute, "8h"),
            (47 * hour, "47h"), (48 * hour - ms, "47h"), (48 * hour, "2d"), (49 * hour, "2d1h"),
            (76 * hour, "3d4h"), (8 * day - ms, "7d23h"), (8 * day, "8d"), (8 * day + 23 * hour, "8d"),
            ((8 * 24 + 2) * hour, "8d"), (12 * day, "12d"), (367 * day, "367d"), (730 * day - ms, "729d"),
            (730 * day, "2y"), (730 * day + 23 * hour, "2y"), (730 * day + 23 * hour + 59 * minute, "2y"),
            (731 * day - ms, "2y"), (731 * day, "2y1d"), ((365 * 2 * 24 + 25) * hour, "2y1d"), (3 * year, "3y"),
            (4 * year, "4y"), (5 * year, "5y"), (6 * year, "6y"), (7 * year, "7y"), (8 * year - ms, "7y364d"),
            (8 * year, "8y"), ((365 * 8 * 24 + 2) * hour, "8y"), (8 * year + 364 * day, "8y"), (9 * year, "9y"),
        ]
        for (duration, expected) in cases {
            XCTAssertEqual(HumanDuration.format(nanoseconds: duration), expected, "\(duration)ns")
        }
    }

    func testShortHumanDurationThresholds() {
        let cases: [(Int64, String)] = [
            (-2 * second, "<invalid>"), (-2 * second + 1, "0s"), (999 * ms, "0s"), (second, "1s"),
            (1999 * ms, "1s"), (59_999 * ms, "59s"), (minute, "1m"), (minute + 59_999 * ms, "1m"),
            (hour - ms, "59m"), (hour, "1h"), (23 * hour + 59 * minute, "23h"), (24 * hour, "1d"),
            (47 * hour + 59 * minute, "1d"), (364 * day + 23 * hour, "364d"), (365 * day, "1y"), (729 * day, "1y"),
            (730 * day, "2y"),
        ]
        for (duration, expected) in cases {
            XCTAssertEqual(HumanDuration.formatShort(nanoseconds: duration), expected, "\(duration)ns")
        }
    }

    func testSecondsAndTimestamps() {
        XCTAssertEqual(HumanDuration.format(seconds: 119.9), "119s")
        XCTAssertEqual(HumanDuration.format(seconds: 184), "3m4s")
        XCTAssertEqual(HumanDuration.formatShort(seconds: 90), "1m")
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        XCTAssertEqual(HumanDuration.since(nil, now: now), "<unknown>")
        XCTAssertEqual(HumanDuration.since(now.addingTimeInterval(-25 * 60), now: now), "25m")
        XCTAssertEqual(HumanDuration.since(now.addingTimeInterval(-(3 * 86_400 + 4 * 3_600 + 59)), now: now), "3d4h")
        XCTAssertEqual(HumanDuration.since(now.addingTimeInterval(5), now: now), "<invalid>")
    }
}
