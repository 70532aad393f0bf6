/// Reduces a kubectl help page to its layout: section headings, flag headings, command-name columns, usage and
/// tip lines are kept verbatim; descriptions, examples and flag/command prose are replaced by placeholders.
enum HelpSkeleton {
    static func of(_ page: String, groupTitles: [String]) -> [String] {
        let headings = Set(["Aliases:", "Examples:", "Available Commands:", "Options:", "Usage:", "Other Commands:"]
            + groupTitles)
        var result: [String] = []
        var section = "description"
        for line in page.components(separatedBy: "\n") {
            if headings.contains(line) {
                section = line
                result.append(line)
                continue
            }
            switch section {
            case "description":
                if result.last != "<description>" { result.append("<description>") }
            case "Examples:":
                if line.isEmpty {
                    section = "after examples"
                    result.append("")
                } else if result.last != "<examples>" {
                    result.append("<examples>")
                }
            case "Options:":
                result.append(line.hasPrefix("\t") ? "\t<usage>" : line)
            case "Usage:", "Aliases:", "after examples":
                result.append(line)
            default:
                result.append(commandColumn(line))
            }
        }
        return result
    }

    /// `  create          Create ...` → `  create          ` (the name and its padding).
    private static func commandColumn(_ line: String) -> String {
        guard line.hasPrefix("  ") else { return line }
        let body = line.dropFirst(2)
        guard let nameEnd = body.firstIndex(of: " ") else { return line }
        let afterName = body[nameEnd...]
        let padding = afterName.prefix { $0 == " " }
        return "  " + body[..<nameEnd] + padding
    }
}
