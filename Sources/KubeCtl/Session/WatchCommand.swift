import Foundation
import KubeCluster

/// `watch [-n SECONDS] COMMAND…`: runs the command again every interval of simulated time and shows it
/// whenever its output changes (the screen is redrawn on a terminal; frames follow one another in a
/// transcript). It stops on Ctrl-C, or — with no one to press it, in batch mode — after 30 simulated
/// seconds without a change (at most 10 minutes).
enum WatchCommand {
    static let quietLimit = 30.0
    static let overallLimit = 600.0

    static func run(_ call: TutorialCommandCall) -> Int32 {
        var args = Array(call.argv.dropFirst())
        var interval = 2.0
        while let first = args.first, first.hasPrefix("-") {
            if first == "-n" || first == "--interval", args.count > 1, let value = Double(args[1]), value > 0 {
                interval = max(0.1, value)
                args.removeFirst(2)
            } else if first.hasPrefix("-n"), let value = Double(first.dropFirst(2)), value > 0 {
                interval = max(0.1, value)
                args.removeFirst()
            } else if first == "--" {
                args.removeFirst()
                break
            } else {
                call.err("watch: invalid option -- '\(first.dropFirst())'\nUsage:\n watch [options] command")
                return 1
            }
        }
        guard !args.isEmpty else {
            call.err("Usage:\n watch [options] command")
            return 1
        }
        let command = args.joined(separator: " ")
        let cluster = call.cluster
        let start = cluster.now
        var lastFrame: String?
        var lastChange = cluster.now
        while !call.shell.kubectl.isInterrupted() {
            var output = ""
            call.shell.run(line: command, io: ShellIO(stdout: { output += $0 }, stderr: { output += $0 }))
            if call.shell.kubectl.isInterrupted() { break }
            if lastFrame.map({ shape(of: $0) != shape(of: output) }) ?? true {
                if lastFrame != nil { call.io.stdout("\n") }
                call.io.stdout("Every \(String(format: "%.1f", interval))s: \(command)\(" ")  minikube: \(DescribeText.date(cluster.timestamp))\n\n")
                call.io.stdout(output)
                lastFrame = output
                lastChange = cluster.now
            }
            if cluster.now - lastChange >= quietLimit || cluster.now - start >= overallLimit { break }
            cluster.advance(by: interval)
        }
        return 0
    }

    /// The output with durations (AGE, `3 (10s ago)`) blurred, so time passing alone is not a change.
    static func shape(of text: String) -> String {
        guard let durations else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return durations.stringByReplacingMatches(in: text, range: range, withTemplate: "~")
    }

    private static let durations = try? NSRegularExpression(pattern: "\\b[0-9]+[smhdy]([0-9]+[smhdy])?\\b")
}
