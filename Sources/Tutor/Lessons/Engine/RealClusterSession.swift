import Foundation
import KubeCluster
import KubeCtl
import RealCluster

/// Why a lesson on a real cluster refuses a session command.
enum RealClusterRefusal: Error, CustomStringConvertible {
    /// `back` and `reset` rebuild the cluster, which only the simulator can do.
    case noRebuild

    var description: String {
        "on a real cluster kubetutor cannot rebuild the cluster as it was at an earlier step; use `skip`, "
            + "or quit and start the lesson again (a fresh namespace)"
    }
}

/// The lesson session's behaviour on a real cluster: the prompt's other programs, and the steps that
/// need what only the simulator can do.
extension LessonSession {
    /// `sleep` really waits (with progress lines); curl, wget, minikube, kind, docker and watch say plainly
    /// that they do not run here.
    func installRealClusterCommands() {
        let shell = world.shell
        shell.extraCommands["sleep"] = { [weak self] call in self?.sleepForReal(call) ?? 1 }
        for name in ["curl", "wget", "minikube", "kind", "docker", "watch"] {
            shell.extraCommands[name] = { [weak self] call in
                call.io.stderr(RealClusterTexts.notHere(name))
                if let self, !self.quiet { self.noteUnavailable(call.argv) }
                return 1
            }
        }
    }

    /// Records a command that could not run (so command checks see it was tried, as failed).
    private func noteUnavailable(_ argv: [String]) {
        activity.commands.append(LearnerCommand(program: argv.first ?? "", argv: argv, status: 1,
                                                namespace: world.shell.kubectl.config.defaultNamespace,
                                                matchedPatterns: matchingPatterns(argv), reachedServices: []))
    }

    private func sleepForReal(_ call: TutorialCommandCall) -> Int32 {
        let operands = Array(call.argv.dropFirst())
        var total = 0.0
        for operand in operands {
            guard let seconds = RealClusterTexts.seconds(operand) else {
                call.err("sleep: invalid time interval '\(operand)'\nTry 'sleep --help' for more information.")
                return 1
            }
            total += seconds
        }
        guard !operands.isEmpty else {
            call.err("sleep: missing operand\nTry 'sleep --help' for more information.")
            return 1
        }
        let matched = quiet ? [] : matchingPatterns(call.argv)
        if total >= 5 { call.io.stderr("(a real cluster: waiting \(RealClusterTexts.duration(total)) of real time)\n") }
        world.link?.wait(total) { call.io.stderr($0) }
        if !quiet {
            activity.commands.append(LearnerCommand(program: "sleep", argv: call.argv, status: 0,
                                                    namespace: world.shell.kubectl.config.defaultNamespace,
                                                    matchedPatterns: matched, reachedServices: []))
        }
        return 0
    }

    /// Skips, saying why, every step from the current one that a real cluster cannot do (node failures,
    /// HTTP requests from here to a NodePort); the kubectl lines of HTTP steps run, so later steps find
    /// the objects they expect.
    func skipStepsTheClusterCannotDo() {
        guard link != nil else { return }
        while !state.finished, let (reason, playSolution) = RealClusterTexts.unsupported(lesson, step: state.stepIndex) {
            pending.append("⚠ " + reason + "\n")
            if playSolution, let step = currentStep {
                quiet = true
                world.play(step.solution)
                quiet = false
                world.refreshMirror()
            }
            if state.completeStep(lesson, skipped: true) {
                pending.append(finishSummary())
            } else {
                beginCurrentStep()
                pending.append(renderer.intro(state.stepIndex))
            }
            save()
        }
    }
}

extension RealClusterTexts {
    /// What the lesson header adds on a real cluster.
    static func opening(context: String, namespace: String) -> String {
        "On your cluster: context \(context), in the namespace \(namespace) that kubetutor created for this lesson "
            + "(deleted when you quit). kubectl lines run your own kubectl; time passes for real.\n"
    }

    /// Said when the cluster could not be read after a line.
    static func unreadable(_ problem: String) -> String {
        "(kubetutor could not read the cluster's state to check the step: \(problem.trimmingCharacters(in: .whitespacesAndNewlines)))\n"
    }

    /// The length of a sleep operand (`30`, `1.5`, `2m`, `1h`), or nil when malformed.
    static func seconds(_ operand: String) -> Double? {
        var number = operand
        var unit = 1.0
        if let last = operand.last, "smhd".contains(last) {
            number = String(operand.dropLast())
            unit = ["s": 1, "m": 60, "h": 3600, "d": 86_400][String(last)] ?? 1
        }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        return value * unit
    }
}
