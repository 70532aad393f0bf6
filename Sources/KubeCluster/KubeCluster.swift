/// The simulated cluster layer: API objects, the store, the discrete-event clock, controllers and kubelets.
/// It knows nothing of kubectl, lessons or the terminal.
public enum KubeClusterInfo {
    /// The Kubernetes version the simulated control plane reports.
    public static let kubernetesVersion = "v1.32.0"
}
