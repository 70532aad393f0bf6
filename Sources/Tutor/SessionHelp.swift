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
                + "containers back off, autoscalers react — in an instant instead of minutes."),
        Topic(word: "shell", summary: "export, echo, $(…), pipes into grep/wc/awk/head, > files, heredocs",
              details: "A small bash: variables (export A=b, $A), quotes, command substitution, pipes into grep, head,\n"
                + "tail, wc, sort, uniq, awk, cut, base64, files in your session folder (> and >>, cat, ls, rm)\n"
                + "and heredocs (cat <<EOF | kubectl apply -f -). Nothing runs on your computer."),
        Topic(word: "exit", summary: "leave kubetutor (also: quit, Ctrl-D)", details: "Leaves kubetutor; your history is kept."),
    ]

    func run(_ call: TutorialCommandCall) -> Int32 {
        let words = Array(call.argv.dropFirst())
        guard let word = words.first else {
            var text = "You are in the \(mode). Commands you can type:\n\n"
            let width = (SessionHelp.topics.map(\.word.count).max() ?? 0) + 2
            for topic in SessionHelp.topics {
                text += "  " + topic.word + String(repeating: " ", count: width - topic.word.count) + topic.summary + "\n"
            }
            text += "\nType `help WORD` to learn more about one of them.\n"
            call.io.stdout(text)
            return 0
        }
        let key = word == "k" ? "kubectl" : word
        if let topic = SessionHelp.topics.first(where: { $0.word == key }) {
            call.io.stdout(topic.details + "\n")
            return 0
        }
        let suggestion = Suggestions.closest(to: key, among: SessionHelp.topics.map(\.word))
        call.io.stderr("help: no help for \"\(word)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "") + "\n")
        return 1
    }
}
