import CLibEdit

/// Ctrl-C while a command runs: a SIGINT handler that only raises a flag (a C `volatile
/// sig_atomic_t`, so the handler stays async-signal-safe), which long-running commands poll.
///
/// While `LineEditor` reads a line, libedit takes SIGINT over and the line is cancelled instead
/// (`LineInput.interrupted`); the flag is lowered then, so commands never see a stale Ctrl-C.
public enum SigintMonitor {
    /// Installs the handler (once; later calls do nothing). Returns false when it could not be set.
    @discardableResult
    public static func install() -> Bool {
        clibedit_install_sigint_handler() == 0
    }

    /// Puts back what SIGINT did before `install()` (usually: end the process, as for a shell script
    /// waiting for input). Returns false when it could not be restored.
    @discardableResult
    public static func uninstall() -> Bool {
        clibedit_uninstall_sigint_handler() == 0
    }

    /// True when Ctrl-C was pressed since the last call; lowers the flag.
    public static func consume() -> Bool {
        clibedit_consume_sigint() == 1
    }

    /// Whether Ctrl-C was pressed and not yet consumed (the flag stays up).
    public static var isPending: Bool {
        clibedit_sigint_pending() == 1
    }

    /// Lowers the flag, forgetting any Ctrl-C pressed so far.
    public static func clear() {
        _ = clibedit_consume_sigint()
    }

    /// Raises the flag as if Ctrl-C had been pressed (to cancel a command from code or in tests).
    public static func simulateInterrupt() {
        clibedit_raise_sigint_flag()
    }
}
