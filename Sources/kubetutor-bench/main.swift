import KubeCluster
print("kubetutor-bench")
