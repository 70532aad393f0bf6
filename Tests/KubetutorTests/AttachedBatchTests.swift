import Foundation
import XCTest

/// Batch mode (`kubetutor sandbox < script`) with shells inside pods and on the node: the lines after
/// `kubectl exec -it` go to the pod's shell until `exit`, echoed after that shell's prompt.
final class AttachedBatchTests: XCTestCase {
    func testLinesGoToThePodShellUntilExit() throws {
        let script = """
            kubectl run bb --image=busybox -- sleep 3600
            sleep 10
            kubectl exec -it bb -- sh
            hostname
            cd /etc
            exit
            echo back
            minikube ssh
            hostname
            exit
            kubectl exec -it bb -- sh
            pwd

            """
        let result = try BatchTranscriptTests.run(try BatchTranscriptTests.binary(), ["sandbox"], input: script)
        XCTAssertEqual(result.output, """
            $ kubectl run bb --image=busybox -- sleep 3600
            pod/bb created
            $ sleep 10
            $ kubectl exec -it bb -- sh
            / # hostname
            bb
            / # cd /etc
            /etc # exit
            $ echo back
            back
            $ minikube ssh
            docker@minikube:~$ hostname
            minikube
            docker@minikube:~$ exit
            logout
            $ kubectl exec -it bb -- sh
            / # pwd
            /

            """ + "/ # \n")
        XCTAssertEqual(result.status, 0)
    }
}
