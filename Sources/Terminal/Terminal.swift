import CLibEdit
/// The terminal front end: libedit line editing, completion and rendering.
public enum TerminalInfo {
    /// Whether the libedit wrapper is linked in.
    public static var lineEditingAvailable: Bool { clibedit_available() == 1 }
}
