import KubeCtl

/// The `help` command at the learner's prompt: what can be typed, and `help WORD` for one thing.
struct SessionHelp {
    let mode: String

    /// One entry of the help list: the word, a one-line summary and a longer explanation.
    struct Topic {
        let word: String
        let summary: String
        let details: String
    }

    static let topics: [Topic] = [
        Topic(word: "kubectl", summary: "talk to the simulated cluster, exactly like the real kubectl (alias: k)",
              details: "Every kubectl verb you would use on a real cluster: get, describe, logs, apply, create, delete,\n"
                + "scale, rollout, set image, expose, label, exec, top, explain, config …\n"
                + "Output, flags and error messages follow kubectl 1.32. Try `kubectl get pods -A` or `kubectl --help`."),
        Topic(word: "minikube", summary: "minikube's own commands for the minikube profile (ip, status, service …)",
              details: "minikube ip | status | service NAME [--url] | dashboard | start | stop.\n"
                + "Use `curl $(minikube ip):NODE_PORT` to reach a NodePort service from your side."),
        Topic(word: "kind", summary: "kind's commands for the kind profile (get clusters, load docker-image)",
              details: "kind get clusters | kind load docker-image IMAGE [--name CLUSTER].\n"
                + "On kind, images you built yourself reach the nodes only after `kind load`."),
        Topic(word: "sleep", summary: "let simulated time pass: sleep 30, sleep 2m, sleep 1h",
              details: "The cluster runs on simulated time. `sleep` fast-forwards it: rollouts finish, crashing\n"
                + "containers back off, autoscalers react — in an instant instead of minutes.\n"
                + "Ctrl-C stops it where time has got to, as it stops watches (-w), logs -f, wait and rollout status."),
        Topic(word: "shell", summary: "export, echo, $(…), pipes into grep/wc/awk/head, > files, heredocs",
              details: "A small bash: variables (export A=b, $A), quotes, command substitution, pipes into grep, head,\n"
                + "tail, wc, sort, uniq, awk, cut, base64, files in your session folder (> and >>, cat, ls, rm)\n"
                + "and heredocs (cat <<EOF | kubectl apply -f -). Nothing runs on your computer."),
        Topic(word: "exit", summary: "leave kubetutor (also: quit, Ctrl-D)", details: "Leaves kubetutor; your history is kept."),
    ]

    /// The sandbox's own commands (free play only).
    static let sandboxTopics: [Topic] = [
        Topic(word: "speed", summary: "how fast simulated time runs: speed 10 (speed alone shows the clock)",
              details: "speed X: X simulated seconds pass per real second while you think (interactive sessions).\n"
                + "speed alone shows the simulated clock. With batch input the clock only moves with sleep and ff."),
        Topic(word: "pause", summary: "freeze simulated time between commands (resume continues)",
              details: "pause stops the cluster's clock from following yours: nothing happens while you read.\n"
                + "sleep and ff still move time on purpose; resume lets it run again."),
        Topic(word: "resume", summary: "let simulated time run again after pause", details: "Time follows the wall clock again, at the current speed."),
        Topic(word: "ff", summary: "fast-forward and narrate: ff 10m prints each change as it happens",
              details: "ff DURATION (30s, 5m, 1h) moves time forward and prints one line per notable change:\n"
                + "pods starting, crashing, restarting, ReplicaSets scaling, rollouts finishing, autoscalers deciding.\n"
                + "  [+0:42] deployment/web scaled 3 → 5\nsleep longer than 30s narrates the same way. Ctrl-C stops it part way."),
        Topic(word: "reset", summary: "throw this cluster away and start a fresh one (same profile and seed)",
              details: "reset builds the cluster you started with again. Your shell variables and files stay."),
        Topic(word: "save", summary: "save the whole sandbox to a file: save broken.yaml",
              details: "save FILE writes every object, the clock and the kubelets' state as readable YAML in your\n"
                + "working folder. Share it, or continue later with load FILE."),
        Topic(word: "load", summary: "load FILE continues a saved sandbox; load DEPLOY --cpu 500m adds CPU load",
              details: "load FILE: continue a sandbox written by save (what could not be stored exactly is listed).\n"
                + "load DEPLOY --cpu 500m: the deployment's pods share that much CPU work (for autoscalers);\n"
                + "load DEPLOY off stops it."),
        Topic(word: "break", summary: "inject a fault: break crash web, break image web, break node NODE …",
              details: "break image|crash|oom|readiness|liveness DEPLOY, break kill POD, break node NODE.\n"
                + "Each prints what it did and an id; faults lists them; fix ID or fix all undoes them."),
        Topic(word: "fix", summary: "undo a fault: fix f2, fix all, fix node NODE", details: "fix ID undoes one fault (faults lists the ids); fix all undoes every one."),
        Topic(word: "faults", summary: "list the faults you injected", details: "Shows each active fault: its id, what it does and since when."),
        Topic(word: "draw", summary: "pictures: draw service|rollout|hpa NAME, draw nodes",
              details: "draw service NAME   the Service → endpoints → pods → nodes, ready or not\n"
                + "draw rollout DEPLOY  old and new ReplicaSets over time\n"
                + "draw hpa NAME        CPU against the target and replicas over time\n"
                + "draw nodes [-A]      every node with its pods\nAdd -n NAMESPACE for another namespace."),
        Topic(word: "why", summary: "why is this pod in this state, and what to run next: why POD",
              details: "why POD follows the troubleshooting tree: ImagePullBackOff → the image name (or kind load);\n"
                + "Pending → describe's Events; CrashLoopBackOff → logs --previous; not ready → the probes."),
        Topic(word: "challenges", summary: "break-fix challenges: list them, then challenge ID",
              details: "challenges lists scenarios that start broken. challenge ID sets one up; check tests your fix;\n"
                + "hint helps (it costs points); challenge shows progress; challenge stop gives up.\n"
                + "The score counts time on the cluster clock, commands and hints."),
        Topic(word: "check", summary: "test whether the challenge's goal holds", details: "Evaluates the goal against the cluster's state."),
        Topic(word: "hint", summary: "the next hint for the challenge (costs 10 points)", details: "Hints come one at a time."),
    ]

    /// The topics of this mode.
    var topics: [Topic] {
        guard mode == "sandbox" else { return SessionHelp.topics }
        return SessionHelp.topics.dropLast() + SessionHelp.sandboxTopics + SessionHelp.topics.suffix(1)
    }

    func run(_ call: TutorialCommandCall) -> Int32 {
        let words = Array(call.argv.dropFirst())
        guard let word = words.first else {
            var text = "You are in the \(mode). Commands you can type:\n\n"
            let width = (topics.map(\.word.count).max() ?? 0) + 2
            for topic in topics {
                text += "  " + topic.word + String(repeating: " ", count: width - topic.word.count) + topic.summary + "\n"
            }
            text += "\nType `help WORD` to learn more about one of them.\n"
            call.io.stdout(text)
            return 0
        }
        let key = word == "k" ? "kubectl" : word
        if let topic = topics.first(where: { $0.word == key }) {
            call.io.stdout(topic.details + "\n")
            return 0
        }
        let suggestion = Suggestions.closest(to: key, among: topics.map(\.word))
        call.io.stderr("help: no help for \"\(word)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "") + "\n")
        return 1
    }
}
