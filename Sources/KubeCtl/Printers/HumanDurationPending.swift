// TEMPORARY until the formats branch lands.
enum HumanDuration { static func format(seconds: Double) -> String { "\(Int(seconds))s" } }
