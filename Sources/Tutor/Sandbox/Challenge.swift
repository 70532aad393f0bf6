import Foundation
import KubeCluster

/// A break-fix challenge: a cluster set up broken, a goal checked by state, hints, and a par for scoring.
struct Challenge {
    var id: String
    /// Texts by language (`en`, `zh-TW`).
    var title: ChallengeText
    var story: ChallengeText
    var goal: ChallengeText
    var profile: ClusterProfile
    var workers: Int?
    var setup: [ChallengeStep]
    var checks: [ChallengeCheck]
    var hints: [ChallengeText]
    /// The time (cluster seconds) and number of commands a good solution needs.
    var parSeconds: Double
    var parCommands: Int
}

/// One step of a challenge's setup.
enum ChallengeStep {
    /// Create or replace the objects of a manifest stream.
    case apply(String)
    /// Let simulated time pass.
    case wait(Double)
    /// Inject a fault (hidden from `faults` during the challenge).
    case fault(FaultSpec)
}

/// A text in several languages; English is the fallback.
struct ChallengeText: Equatable {
    var texts: [String: String]

    /// The text in `language`, else English, else any.
    func text(_ language: String) -> String {
        texts[language] ?? texts["en"] ?? texts.keys.sorted().first.flatMap { texts[$0] } ?? ""
    }

    /// Reads `{en: …, zh-TW: …}` or a plain string (English).
    static func read(_ value: JSONValue?) -> ChallengeText? {
        if let text = value?.stringValue { return ChallengeText(texts: ["en": text]) }
        guard let members = value?.objectValue else { return nil }
        var texts: [String: String] = [:]
        for (key, member) in members { if let text = member.stringValue { texts[key] = text } }
        return texts.isEmpty ? nil : ChallengeText(texts: texts)
    }
}

/// A problem in a challenge file, with where it is.
struct ChallengeFileError: Error, CustomStringConvertible, Equatable {
    var file: String
    var message: String
    var description: String { "\(file): \(message)" }
}

extension Challenge {
    /// Reads one challenge document.
    static func read(_ root: JSONValue, file: String) throws -> Challenge {
        func fail(_ message: String) -> ChallengeFileError { ChallengeFileError(file: file, message: message) }
        guard let id = root["id"]?.stringValue, !id.isEmpty else { throw fail("missing id") }
        guard let title = ChallengeText.read(root["title"]) else { throw fail("missing title") }
        guard let goal = ChallengeText.read(root["goal"]) else { throw fail("missing goal") }
        let profileText = root["profile"]?.stringValue ?? "minikube"
        guard let profile = ClusterProfile(rawValue: profileText) else { throw fail("unknown profile \"\(profileText)\"") }
        let setup = try (root["setup"]?.arrayValue ?? []).enumerated().map { index, step in
            try readStep(step, number: index + 1, fail: fail)
        }
        let checks = try (root["checks"]?.arrayValue ?? []).enumerated().map { index, check in
            do { return try ChallengeCheck.read(check) } catch let error as ChallengeCheckError {
                throw fail("check \(index + 1): \(error.message)")
            }
        }
        guard !checks.isEmpty else { throw fail("no checks: the goal must be checkable") }
        let hints = (root["hints"]?.arrayValue ?? []).compactMap(ChallengeText.read)
        let par = root["par"]
        return Challenge(id: id, title: title, story: ChallengeText.read(root["story"]) ?? ChallengeText(texts: [:]), goal: goal,
                         profile: profile, workers: root["workers"]?.intValue.map { Int($0) }, setup: setup, checks: checks,
                         hints: hints, parSeconds: par?["time"]?.stringValue.flatMap(SandboxSession.seconds) ?? 300,
                         parCommands: Int(par?["commands"]?.intValue ?? 10))
    }

    private static func readStep(_ step: JSONValue, number: Int, fail: (String) -> ChallengeFileError) throws -> ChallengeStep {
        if let manifest = step["apply"]?.stringValue { return .apply(manifest) }
        if let text = step["wait"]?.stringValue {
            guard let seconds = SandboxSession.seconds(text) else { throw fail("setup step \(number): bad wait \"\(text)\"") }
            return .wait(seconds)
        }
        if let fault = step["fault"] {
            guard let spec = faultSpec(fault) else { throw fail("setup step \(number): unknown fault") }
            return .fault(spec)
        }
        throw fail("setup step \(number): expected apply, wait or fault")
    }

    /// `{crash: web, message: …, namespace: …}`, `{node: worker-1}`, `{load: web, cpu: 500m}` and the like.
    static func faultSpec(_ value: JSONValue) -> FaultSpec? {
        let ns = value["namespace"]?.stringValue ?? "default"
        if let name = value["image"]?.stringValue { return .badImage(namespace: ns, deployment: name) }
        if let name = value["crash"]?.stringValue {
            return .crash(namespace: ns, deployment: name, message: value["message"]?.stringValue ?? "fatal: crashed")
        }
        if let name = value["kill"]?.stringValue { return .kill(namespace: ns, pod: name, container: value["container"]?.stringValue) }
        if let name = value["node"]?.stringValue { return .nodeDown(node: name) }
        if let name = value["oom"]?.stringValue { return .memoryLeak(namespace: ns, deployment: name) }
        if let name = value["readiness"]?.stringValue { return .readinessFailure(namespace: ns, deployment: name) }
        if let name = value["liveness"]?.stringValue { return .livenessFailure(namespace: ns, deployment: name) }
        if let name = value["load"]?.stringValue, let cpu = value["cpu"]?.stringValue, let milli = SandboxSession.milliCPU(cpu) {
            return .cpuLoad(namespace: ns, deployment: name, milliCPU: milli)
        }
        return nil
    }
}

/// The challenges found on disk, in id order, and the files that could not be read.
struct ChallengeLibrary {
    var challenges: [Challenge] = []
    var problems: [ChallengeFileError] = []

    /// Reads every `*.yaml` in `directory` (none when it does not exist).
    static func load(from directory: URL?) -> ChallengeLibrary {
        var library = ChallengeLibrary()
        guard let directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return library }
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                for document in try JSONValue.parseYAMLDocuments(text) {
                    library.challenges.append(try Challenge.read(document, file: name))
                }
            } catch let error as ChallengeFileError {
                library.problems.append(error)
            } catch {
                library.problems.append(ChallengeFileError(file: name, message: "\(error)"))
            }
        }
        library.challenges.sort { $0.id < $1.id }
        return library
    }

    /// Where challenge files are looked for: `$KUBETUTOR_LESSONS_DIR/challenges`, then `lessons/challenges`
    /// next to (or above) the executable, then in the source checkout this was built from.
    static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        var candidates: [URL] = []
        if let root = environment["KUBETUTOR_LESSONS_DIR"], !root.isEmpty {
            candidates.append(URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent("challenges"))
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("lessons/challenges"))
            candidates.append(folder.appendingPathComponent("share/kubetutor/lessons/challenges"))
            folder = folder.deletingLastPathComponent()
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("lessons/challenges"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The challenge with `id` (or a unique id prefix).
    func find(_ id: String) -> Challenge? {
        if let exact = challenges.first(where: { $0.id == id }) { return exact }
        let matches = challenges.filter { $0.id.hasPrefix(id) }
        return matches.count == 1 ? matches[0] : nil
    }
}
