import Foundation
import KubeCluster

/// The learner's text editor for `kubectl edit`, chosen as kubectl chooses it: `KUBE_EDITOR`, then `EDITOR`,
/// else `vi`. A value without spaces is a program; with spaces but no quotes or backslashes it is split on
/// spaces; anything else goes to `$SHELL -c`. This is the one place kubetutor starts a program on the host,
/// and only on a file in the session's own folder, attached to the learner's terminal.
struct EditorLauncher {
    /// The words to run (the file's path is added at the end).
    let arguments: [String]
    /// True when `arguments` is `SHELL -c TEXT` and the path is appended to TEXT.
    let viaShell: Bool

    /// Why the editor did not do its job, worded as kubectl words it.
    enum Failure: Error, Equatable {
        /// The program was not found: `unable to launch the editor "vi"`.
        case notFound(String)
        /// It ran but failed: `there was a problem with the editor "vi"`.
        case failed(String)

        var message: String {
            switch self {
            case .notFound(let editor): return "unable to launch the editor \(FieldError.quote(editor))"
            case .failed(let editor): return "there was a problem with the editor \(FieldError.quote(editor))"
            }
        }
    }

    /// The editor named by the shell's exported variables, else the host's environment, else `vi`.
    init(shellEnvironment: [(name: String, value: String)], hostEnvironment: [String: String] = ProcessInfo.processInfo.environment) {
        var editor = ""
        for name in ["KUBE_EDITOR", "EDITOR"] {
            editor = shellEnvironment.last(where: { $0.name == name })?.value ?? hostEnvironment[name] ?? ""
            if !editor.isEmpty { break }
        }
        if editor.isEmpty { editor = "vi" }
        if !editor.contains(" ") {
            arguments = [editor]
            viaShell = false
        } else if !editor.contains(where: { "\"'\\".contains($0) }) {
            arguments = editor.components(separatedBy: " ")
            viaShell = false
        } else {
            let shell = hostEnvironment["SHELL"].flatMap { $0.isEmpty ? nil : $0 } ?? "/bin/bash"
            arguments = [shell, "-c", editor]
            viaShell = true
        }
    }

    /// How the editor is named in messages (its words joined by spaces).
    var name: String { arguments.joined(separator: " ") }

    /// Runs the editor on `path` with the terminal's standard streams and waits for it.
    func launch(path: String, hostEnvironment: [String: String] = ProcessInfo.processInfo.environment) -> Failure? {
        var words = arguments
        if viaShell, let last = words.popLast() {
            words.append(last + " " + FieldError.quote(path))
        } else {
            words.append(path)
        }
        guard let program = words.first, let executable = Self.locate(program, path: hostEnvironment["PATH"] ?? "/usr/bin:/bin") else {
            return .notFound(name)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = Array(words.dropFirst())
        do {
            try process.run()
        } catch {
            return .notFound(name)
        }
        process.waitUntilExit()
        return process.terminationStatus == 0 && process.terminationReason == .exit ? nil : .failed(name)
    }

    /// The executable `program` names: a path as given, or the first match in `path`'s folders.
    static func locate(_ program: String, path: String) -> URL? {
        let manager = FileManager.default
        if program.contains("/") {
            return manager.isExecutableFile(atPath: program) ? URL(fileURLWithPath: program) : nil
        }
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/" + program
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue, manager.isExecutableFile(atPath: candidate) {
                return URL(fileURLWithPath: candidate)
            }
        }
        return nil
    }
}
