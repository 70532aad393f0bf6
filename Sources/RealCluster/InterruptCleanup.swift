import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words of the one command to run if kubetutor is stopped by a signal, prepared in advance as C
/// strings so the signal handler only spawns a process and waits (no Swift allocation in the handler).
private var cleanupArguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
private var cleanupEnvironment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

/// Deletes the lesson namespace when kubetutor is ended by SIGTERM, SIGHUP or (outside the line editor) SIGINT:
/// the handler runs `kubectl delete namespace NAME --wait=false` with the lesson kubeconfig, then exits.
/// An ordinary exit (quit, end of input) cleans up through `LessonNamespace.delete` instead.
public enum InterruptCleanup {
    /// Prepares the command for `namespace` and installs the handlers for `signals`.
    public static func arm(namespace: LessonNamespace, kubectl: HostKubectl, signals: [Int32] = [SIGTERM, SIGHUP, SIGINT]) {
        let words = [kubectl.executable, "delete", "namespace", namespace.name, "--wait=false"]
        cleanupArguments = cStrings(words)
        cleanupEnvironment = cStrings(kubectl.childEnvironment.map { "\($0.key)=\($0.value)" }.sorted())
        for number in signals { signal(number, handleSignal) }
    }

    /// Forgets the prepared command (after an ordinary cleanup) and restores the default handlers.
    public static func disarm(signals: [Int32] = [SIGTERM, SIGHUP, SIGINT]) {
        cleanupArguments = nil
        for number in signals { signal(number, SIG_DFL) }
    }

    private static func cStrings(_ words: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: words.count + 1)
        for (index, word) in words.enumerated() { array[index] = strdup(word) }
        array[words.count] = nil
        return array
    }
}

/// Runs the prepared cleanup command, waits for it, and exits with 128 + the signal number.
private func handleSignal(_ number: Int32) {
    if let arguments = cleanupArguments, let program = arguments[0] {
        var child: pid_t = 0
        if posix_spawn(&child, program, nil, nil, arguments, cleanupEnvironment) == 0 {
            var status: Int32 = 0
            waitpid(child, &status, 0)
        }
    }
    _exit(128 + number)
}
