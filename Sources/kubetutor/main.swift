import Terminal
print("kubetutor")
