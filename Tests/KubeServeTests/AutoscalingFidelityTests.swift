import KubeCluster
import XCTest

/// The HPA lesson's walkthrough (php-apache under load) through the upstream kubectl against `kubetutor serve`.
final class AutoscalingFidelityTests: XCTestCase {
    static let phpApache = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: php-apache
        spec:
          replicas: 1
          selector:
            matchLabels: {app: php-apache}
          template:
            metadata:
              labels: {app: php-apache}
            spec:
              containers:
              - name: php-apache
                image: registry.k8s.io/hpa-example
                ports:
                - containerPort: 80
                resources:
                  requests:
                    cpu: 200m
                  limits:
                    cpu: 500m
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: php-apache
        spec:
          selector: {app: php-apache}
          ports:
          - port: 80
        """

    func testHorizontalPodAutoscalerUnderLoad() throws {
        try runTwinScenario([
            .setup("minikube addons enable metrics-server"),
            .change("kubectl apply -f php-apache.yaml"),
            .change("kubectl rollout status deployment/php-apache"),
            .change("kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10"),
            .setup("sleep 60"),
            .read("kubectl get hpa"),
            .read("kubectl top pods"),
            .read("kubectl top pods --containers"),
            .change(#"kubectl run load-generator --image=busybox:1.28 --restart=Never -- /bin/sh -c "while sleep 0.01; do wget -q -O- http://php-apache; done""#),
            .setup("sleep 180"),
            .read("kubectl get hpa php-apache"),
            .read("kubectl get hpa php-apache -o yaml"),
            .read("kubectl describe hpa php-apache", normalizeAges: true),
            .read("kubectl get deploy php-apache"),
            .read("kubectl top pods"),
            .read("kubectl top nodes"),
            .change("kubectl delete pod load-generator"),
            .setup("sleep 400"),
            .read("kubectl get hpa php-apache"),
            .read("kubectl get events --field-selector involvedObject.kind=HorizontalPodAutoscaler"),
        ], files: ["php-apache.yaml": Self.phpApache])
    }
}
