import ArgumentParser
import Foundation

/// Options every kubetutor command accepts: where data lives, the simulation's seed and clock, the language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Where progress, history and saved sandboxes live (default: $KUBETUTOR_DATA_DIR, else $XDG_DATA_HOME/kubetutor, else ~/.local/share/kubetutor).")
    var dataDir: String?

    @Option(name: .long, help: "Seed for every generated name, IP and random choice: the same seed and input give the same transcript.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "real: simulated time follows the wall clock; manual: time moves only when a command moves it (sleep, rollout status, wait). Default: real on a terminal, manual otherwise.")
    var clock: ClockMode?

    @Option(name: .long, help: "Language of lesson and quiz texts: en or zh-TW (default from LANG).")
    var lang: String?

    /// The values given (or defaulted) for these options.
    var settings: GlobalSettings { GlobalSettings(dataDir: dataDir, seed: seed, clock: clock, lang: lang) }

    /// The data directory after applying the flag, KUBETUTOR_DATA_DIR, XDG_DATA_HOME and HOME in turn.
    func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        settings.dataDirectory(environment: environment)
    }

    /// The clock mode: the flag, else real when stdin is a terminal and manual otherwise.
    var clockMode: ClockMode { settings.clockMode }
}

/// The values of `GlobalOptions`, as plain values (a launch read without ArgumentParser has them too).
struct GlobalSettings {
    /// `--data-dir`.
    var dataDir: String?
    /// `--seed`.
    var seed: UInt64 = 1
    /// `--clock`.
    var clock: ClockMode?
    /// `--lang`.
    var lang: String?

    /// The data directory after applying the flag, KUBETUTOR_DATA_DIR, XDG_DATA_HOME and HOME in turn.
    func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let dataDir, !dataDir.isEmpty { return URL(fileURLWithPath: dataDir, isDirectory: true) }
        if let custom = environment["KUBETUTOR_DATA_DIR"], !custom.isEmpty { return URL(fileURLWithPath: custom, isDirectory: true) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("kubetutor", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share/kubetutor", isDirectory: true)
    }

    /// The clock mode: the flag, else real when stdin is a terminal and manual otherwise.
    var clockMode: ClockMode { clock ?? (isatty(STDIN_FILENO) == 1 ? .real : .manual) }
}

/// How simulated time moves.
enum ClockMode: String, ExpressibleByArgument, CaseIterable {
    case real, manual
}
