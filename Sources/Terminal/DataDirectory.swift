import Foundation

/// Where kubetutor keeps its files: `$KUBETUTOR_DATA_DIR`, else `$XDG_DATA_HOME/kubetutor`, else
/// `~/.local/share/kubetutor` (the same order as the `--data-dir` option's default).
public enum DataDirectory {
    /// The data folder for `environment` (not created).
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let custom = environment["KUBETUTOR_DATA_DIR"], !custom.isEmpty {
            return URL(fileURLWithPath: custom, isDirectory: true)
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("kubetutor", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/kubetutor", isDirectory: true)
    }

    /// The history file inside the data folder, creating the folder; nil when it cannot be created
    /// (history then stays in memory).
    public static func historyFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let folder = url(environment: environment)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return nil
        }
        return folder.appendingPathComponent("history")
    }
}
