import Foundation
import KubeCluster

/// `kubectl create secret docker-registry NAME`: a `kubernetes.io/dockerconfigjson` Secret whose
/// `.dockerconfigjson` holds `{"auths":{SERVER:{username,password,email,auth}}}` (auth = base64 of `user:password`),
/// or, with `--from-file`, the files' contents as data.
enum DockerRegistrySecret {
    /// Runs the generator; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        let name: String
        switch GeneratedObject.name(context) {
        case .success(let value): name = value
        case .failure(let status): return status.code
        }
        let invocation = context.invocation
        if invocation.bool("append-hash") { return context.fail("kubetutor does not simulate --append-hash") }
        let files = invocation.strings("from-file")
        let username = invocation.string("docker-username")
        let password = invocation.string("docker-password")
        let server = invocation.string("docker-server")
        if files.isEmpty, username.isEmpty || password.isEmpty || server.isEmpty {
            return context.fail("either --from-file or the combination of --docker-username, --docker-password and --docker-server is required")
        }
        var entries: [(String, String)]
        if files.isEmpty {
            entries = [(".dockerconfigjson", configJSON(server: server, username: username, password: password,
                                                        email: invocation.string("docker-email")))]
        } else {
            var data = KeyValueData(objectName: name, secret: true)
            do {
                try SourceReader(files: context.session.files, secret: true).files(files, into: &data)
            } catch let error as KubectlMessage {
                return context.fail(error.text)
            } catch {
                return context.fail("\(error)")
            }
            entries = data.entries
        }
        let json = GoJSON.object([("kind", "Secret"), ("apiVersion", "v1"),
                                  ("metadata", GoJSON.metadata(name: name, namespace: GeneratedObject.namespace(context))),
                                  ("data", GoJSON.stringMap(entries.map { ($0.0, Data($0.1.utf8).base64EncodedString()) })),
                                  ("type", "kubernetes.io/dockerconfigjson")])
        guard let resource = GeneratedObject.resource(group: "", kind: "Secret") else { return 1 }
        return GeneratedObject.finish(GeneratedObject(json: json, resource: resource), context: context,
                                      failure: "failed to create secret")
    }

    /// The docker config document, members in upstream's order, empty ones left out (Go's `omitempty`).
    static func configJSON(server: String, username: String, password: String, email: String) -> String {
        let auth = Data("\(username):\(password)".utf8).base64EncodedString()
        let entry = GoJSON.object([("username", username.isEmpty ? nil : .string(username)),
                                   ("password", password.isEmpty ? nil : .string(password)),
                                   ("email", email.isEmpty ? nil : .string(email)),
                                   ("auth", .string(auth))])
        return GoJSON.object([("auths", GoJSON.object([(server, entry)]))]).compactJSON()
    }
}
