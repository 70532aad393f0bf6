/// `curl` and `wget` from the learner's prompt, reaching NodePorts, LoadBalancer IPs, port-forwards and
/// `kubectl proxy` in the simulated cluster (never the network).
enum HTTPClientCommand {
    /// The curl version on the learner's machine (Ubuntu 24.04).
    static let hostCurlVersion = "8.5.0"

    static func run(_ call: TutorialCommandCall) -> Int32 {
        let session = call.shell.kubectl
        let network = HostNetwork(session: session)
        let save: (String, String) throws -> Void = { path, text in try session.files.write(path, text) }
        let arguments = Array(call.argv.dropFirst())
        if call.argv.first == "wget" {
            return WgetCommand(flavour: .gnu, network: network, cluster: call.cluster, saveFile: save).run(arguments, io: call.io)
        }
        return CurlCommand(version: hostCurlVersion, network: network, cluster: call.cluster, saveFile: save)
            .run(arguments, io: call.io)
    }
}
