import ArgumentParser
import Foundation
import KubeCluster
import KubeCtl
import Terminal

/// The kubetutor command line: the home screen, lessons, quizzes, the sandbox and the lesson linter.
@main
struct KubetutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kubetutor",
        abstract: "Learn Kubernetes at a kubectl prompt in front of a simulated cluster: lessons, quizzes and a sandbox.",
        version: "kubetutor 0.1.0 (simulated Kubernetes \(KubeClusterInfo.kubernetesVersion), kubectl \(KubeCtlInfo.clientVersion))",
        subcommands: [HomeCommand.self, SandboxCommand.self, LessonsCommand.self, LessonCommand.self, QuizCommand.self,
                      LintCommand.self, ServeCommand.self],
        defaultSubcommand: HomeCommand.self
    )

    /// Runs the command line. The plain launches (`kubetutor`, `sandbox`, `lesson NAME`, `quiz` with valued
    /// options) are read by `QuickLaunch` — ArgumentParser's reflection was a quarter of the time to the prompt
    /// (issue #9); everything else, and anything unusual in those, goes through ArgumentParser as before.
    static func main() {
        guard let launch = QuickLaunch.launch(for: Array(CommandLine.arguments.dropFirst())) else { return main(nil) }
        do {
            try launch()
        } catch {
            exit(withError: error)
        }
    }
}

/// `kubetutor` with no subcommand: where the learner left off and what to do next.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "home", abstract: "Show where you left off and what to do next.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        HomeCommand.show()
    }

    /// Prints the home screen.
    static func show() {
        print("""
            kubetutor — learn Kubernetes at a real kubectl prompt, against a simulated cluster.

              kubetutor lessons                 the guided lessons and your progress
              kubetutor lesson services         start (or resume) one, e.g. services, rolling-updates, crashloop, hpa
              kubetutor quiz                    an interview round (--mode exam|review, --topic T, --count N)
              kubetutor sandbox                 a fresh cluster (minikube profile) to explore, break and fix freely
              kubetutor sandbox --profile kind  the kind walkthrough's cluster (also: multi-node)

            New here? Start with `kubetutor lesson cluster-tour`. Type `help` at any prompt for what it understands.
            """)
    }
}

/// Reports that a part of kubetutor has not been built yet, and fails.
struct NotYetAvailable: Error, CustomStringConvertible {
    let feature: String
    var description: String { "\(feature) are not available in this version of kubetutor yet; try `kubetutor sandbox`." }
}

