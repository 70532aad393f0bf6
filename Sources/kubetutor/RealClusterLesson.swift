import Foundation
import KubeCtl
import RealCluster
import Terminal
import Tutor

/// `kubetutor lesson NAME --cluster CONTEXT`: the lesson on the learner's own cluster. Finds the host kubectl,
/// opens the link (safety check, lesson namespace, kubeconfig copy), runs the session, and deletes the
/// namespace when the learner leaves — or, through `InterruptCleanup`, when kubetutor is stopped by a signal.
struct RealClusterLesson {
    let global: GlobalOptions
    let context: String
    let confirmation: String?

    func run(_ lesson: Lesson, catalog: [Lesson]) throws {
        guard let executable = HostKubectl.locate() else {
            throw LessonCommandError(description: "--cluster needs kubectl: none found on PATH (or set KUBETUTOR_KUBECTL to its path)")
        }
        let dataDirectory = global.dataDirectory()
        let folder = dataDirectory.appendingPathComponent("real-cluster", isDirectory: true)
        let workFolder = dataDirectory.appendingPathComponent("work/lesson-\(lesson.id)-real", isDirectory: true)
        try? FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let kubectl = HostKubectl(executable: executable, workingDirectory: workFolder)
        kubectl.interrupted = { SigintMonitor.isPending }
        let link: RealClusterLink
        switch RealClusterLink.open(lesson: lesson.id, contextName: context, kubectl: kubectl, folder: folder, confirmed: confirmation,
                                    start: Date().timeIntervalSince1970.rounded(.down)) {
        case .success(let opened): link = opened
        case .failure(let refusal): throw LessonCommandError(description: refusal.description)
        }
        link.report = { FileHandle.standardError.write(Data($0.utf8)) }
        InterruptCleanup.arm(namespace: link.namespace, kubectl: kubectl)
        defer {
            FileHandle.standardError.write(Data(link.close().utf8))
            InterruptCleanup.disarm()
        }
        let options = LessonWorld.Options(seed: global.seed, start: Date().timeIntervalSince1970.rounded(.down),
                                          files: DirectorySessionFiles(root: workFolder))
        let session: LessonSession
        do {
            session = try LessonSession(lesson: lesson, catalog: catalog, language: LessonLanguage.choose(flag: global.lang),
                                        options: options, wallClock: { Date().timeIntervalSince1970 }, link: link)
        } catch {
            throw LessonCommandError(description: "the lesson \(lesson.id) could not be set up on \(context): \(error)")
        }
        print(session.openingText, terminator: "")
        try LearnerLauncher.run(session, dataDirectory: dataDirectory, followsWallClock: false)
    }
}
