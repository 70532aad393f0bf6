import Foundation

/// Dates as HTTP headers and minikube's kubeconfig write them: `Mon, 05 Jan 2026 09:00:00 GMT`.
enum HTTPDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `instant` (seconds since the epoch) in RFC 1123 form with the given zone name.
    static func rfc1123(_ instant: Double, zone: String = "GMT") -> String {
        var time = time_t(instant.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        let day = days[Int(parts.tm_wday) % 7], month = months[Int(parts.tm_mon) % 12]
        let clock = String(format: "%02d:%02d:%02d", Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        return "\(day), \(String(format: "%02d", Int(parts.tm_mday))) \(month) \(Int(parts.tm_year) + 1900) \(clock) \(zone)"
    }
}
