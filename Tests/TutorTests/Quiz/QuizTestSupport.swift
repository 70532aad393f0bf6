import Foundation
import KubeCtl
@testable import Tutor

/// Shared helpers for the quiz tests: the repository's bank, a scratch data folder, captured output.
enum QuizTestSupport {
    /// `lessons/quiz` of this checkout.
    static var bankFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons/quiz")
    }

    /// The repository's bank, loaded once.
    static let bank = QuizBank.load(directory: bankFolder)

    /// A fresh, empty folder under the temporary directory.
    static func scratchFolder(_ name: String) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-quiz-tests")
            .appendingPathComponent(name + "-" + String(getpid()))
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Collects everything written to a ShellIO.
    final class Output {
        var text = ""
        var io: ShellIO { ShellIO(stdout: { self.text += $0 }, stderr: { self.text += $0 }) }
    }

    /// A bank from in-memory files.
    static func bank(_ files: [String: String]) -> QuizBank {
        QuizBank.load(files: files.keys.sorted().map { (path: $0, text: files[$0] ?? "") })
    }
}
