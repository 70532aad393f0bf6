// Interim entry point: the demo REPL until the tutorial shell is wired in.
import Foundation
import Terminal

let session = DemoSession()
if isatty(STDIN_FILENO) == 1 {
    let editor = LineEditor(programName: "kubetutor", historyFile: DataDirectory.historyFile())
    ReplLoop(session: session, input: editor).run()
} else {
    ReplLoop(session: session, input: PipedLineSource()).run()
}
exit(0)
