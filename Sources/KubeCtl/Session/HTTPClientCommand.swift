/// `curl` and `wget` from the learner's prompt, reaching NodePorts, LoadBalancer IPs, port-forwards and
/// `kubectl proxy` in the simulated cluster (never the network).
enum HTTPClientCommand {
    static func run(_ call: TutorialCommandCall) -> Int32 {
        call.err("\(call.argv.first ?? "curl"): not simulated yet")
        return 1
    }
}
