import Foundation

/// Finds the question bank folder (`lessons/quiz`) when kubetutor runs from a checkout or an install.
public enum QuizBankLocator {
    /// The bank folder: `explicit` when given; else `$KUBETUTOR_LESSONS_DIR/quiz`; else the first
    /// `lessons/quiz` found in the working directory or above the executable. Nil when none exists.
    public static func find(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                            workingDirectory: String = FileManager.default.currentDirectoryPath,
                            executable: String = CommandLine.arguments.first ?? "") -> URL? {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit, isDirectory: true) }
        if let lessons = environment["KUBETUTOR_LESSONS_DIR"], !lessons.isEmpty {
            return URL(fileURLWithPath: lessons, isDirectory: true).appendingPathComponent("quiz", isDirectory: true)
        }
        var candidates = [URL(fileURLWithPath: workingDirectory, isDirectory: true)]
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for candidate in candidates {
            let bank = candidate.appendingPathComponent("lessons/quiz", isDirectory: true)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: bank.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return bank
            }
        }
        return nil
    }
}
