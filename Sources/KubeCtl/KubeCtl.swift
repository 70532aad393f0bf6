import KubeCluster
/// The kubectl layer: command parser, verbs, printers and the tutorial shell.
public enum KubeCtlInfo {
    /// The kubectl client version kubetutor imitates.
    public static let clientVersion = "v1.32.5"
}
