import XCTest
import KubeCtl
@testable import Tutor

/// The lesson index (issue #9) gives what a full read of every lesson file gives — lessons, order, problems,
/// name lookups — whether it was made by reading the files or taken from its cache, and the cache is not
/// used once a file or the reader changed. A lesson's opening text and prompt are known before its world.
final class LessonIndexTests: XCTestCase {
    private var folder: URL!
    private var cache: URL { folder.appendingPathComponent("cache/index.json") }
    private var lessons: URL { folder.appendingPathComponent("lessons") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        for name in ["services.yaml", "pods.yaml", "scaling.yaml", "namespaces.yaml"] {
            try FileManager.default.copyItem(at: LessonFixtures.lessonsDirectory.appendingPathComponent(name),
                                             to: lessons.appendingPathComponent(name))
        }
        // A broken lesson (an unknown key) and one whose id does not match its file name.
        try "id: broken\ntitle: Broken\nminuets: 3\nsteps: []\n".write(to: lessons.appendingPathComponent("broken.yaml"),
                                                                    atomically: true, encoding: .utf8)
        let pods = try String(contentsOf: lessons.appendingPathComponent("pods.yaml"), encoding: .utf8)
        try pods.replacingOccurrences(of: "id: pods\n", with: "id: pods-again\n")
            .write(to: lessons.appendingPathComponent("pods-copy.yaml"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func load(version: String = "v1") -> LessonIndex {
        LessonIndex.load(directory: lessons, cacheFile: cache, readerVersion: version)
    }

    private func outline(_ lessons: [Lesson]) -> [String] {
        lessons.map { lesson in
            let title = lesson.title.byLanguage.sorted { $0.key < $1.key }
            return "\(lesson.id) \(lesson.order) \(lesson.minutes) \(title) \(lesson.prerequisites) \(lesson.steps.map(\.id))"
        }
    }

    func testTheIndexFromFilesAndFromTheCacheMatchTheFullRead() throws {
        let library = LessonLibrary.load(directory: lessons)
        XCTAssertFalse(library.issues.isEmpty, "the fixture has broken lessons")
        let read = load()
        XCTAssertNotNil(read.library, "no cache yet: every file is read")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.path))
        let cached = load()
        XCTAssertNil(cached.library, "the cache fits: no file is read in full")
        for index in [read, cached] {
            XCTAssertEqual(index.issues, library.issues)
            XCTAssertEqual(outline(index.catalog), outline(library.lessons))
            XCTAssertEqual(index.entries.map(\.file), library.lessons.map(\.location.file))
        }
        let full = try XCTUnwrap(library.lessons.first { $0.id == "services" })
        let parsed = try XCTUnwrap(cached.lesson(id: "services"))
        XCTAssertEqual(outline([parsed]), outline([full]))
        XCTAssertEqual(parsed.location, full.location)
        XCTAssertEqual(parsed.steps.map(\.solution), full.steps.map(\.solution))
        XCTAssertNil(cached.lesson(id: "broken"))
    }

    func testNamesAreLookedUpAsTheLibraryDoes() {
        let library = LessonLibrary.load(directory: lessons)
        _ = load()
        let cached = load()
        for name in ["services", "SERV", "po", "pods-a", "sevrices", "nothing", "broken", "p", ""] {
            let expected: String
            switch library.lesson(named: name) {
            case .success(let lesson): expected = "lesson " + lesson.id
            case .failure(let error): expected = error.description
            }
            let found: String
            switch cached.lessonID(named: name) {
            case .success(let id): found = "lesson " + id
            case .failure(let error): found = error.description
            }
            XCTAssertEqual(found, expected, name)
        }
    }

    func testAnEditedFileOrAnotherReaderIsNotServedFromTheCache() throws {
        _ = load()
        XCTAssertNil(load().library)
        XCTAssertNotNil(load(version: "v2").library, "another reader version reads every file")
        XCTAssertNil(load(version: "v2").library)
        try "id: broken\ntitle: Broken\nminutes: 3\nsteps: []\n".write(to: lessons.appendingPathComponent("broken.yaml"),
                                                                     atomically: true, encoding: .utf8)
        let edited = load(version: "v2")
        XCTAssertNotNil(edited.library, "an edited file is read again")
        XCTAssertEqual(edited.issues, LessonLibrary.load(directory: lessons).issues)
        try "not: [valid".write(to: cache, atomically: true, encoding: .utf8)
        XCTAssertNotNil(load(version: "v2").library, "a damaged cache is ignored")
    }

    func testTheOpeningIsKnownBeforeTheWorld() throws {
        let data = folder.appendingPathComponent("data")
        for (id, step) in [("services", nil), ("services", 2), ("namespaces", nil), ("namespaces", 4)] as [(String, Int?)] {
            let lesson = try XCTUnwrap(LessonFixtures.library.lessons.first { $0.id == id })
            let store = LessonProgressStore(directory: data)
            let opening = LessonSession.opening(lesson: lesson, language: .english, progress: store, startStep: step)
            let session = try LessonSession(lesson: lesson, language: .english, options: LessonFixtures.options(),
                                            progress: store, startStep: step)
            XCTAssertEqual(opening.text, session.openingText, "\(id) at \(step ?? 0)")
            if let prompt = opening.prompt { XCTAssertEqual(prompt, session.prompt, "\(id) at \(step ?? 0)") }
        }
    }

    func testOnlyPlainKubectlLinesLeaveThePromptAlone() {
        let table: [(String, Bool)] = [
            ("kubectl get pods", true), ("k apply -f web.yaml", true), ("kubectl scale deploy/web --replicas=3", true),
            ("kubectl config set-context --current --namespace=dev", false), ("kubectl exec -it client -- sh", false),
            ("kubectl run tmp --image=busybox -it", false), ("kubectl get pods | head", false), ("sleep 30", false),
            ("kubectl --kubeconfig=other get pods", false), ("kubectl get pods -o jsonpath='{.items}'", false),
        ]
        for (line, leaves) in table { XCTAssertEqual(LessonSession.leavesPromptAlone(line), leaves, line) }
    }

    func testTheNamespacesLessonPastItsConfigStepHasNoKnownPrompt() throws {
        let lesson = try XCTUnwrap(LessonFixtures.library.lessons.first { $0.id == "namespaces" })
        let configStep = try XCTUnwrap(lesson.steps.firstIndex { $0.solution.contains { $0.contains("config set-context") } })
        XCTAssertEqual(LessonSession.opening(lesson: lesson, language: .english, progress: nil, startStep: 0).prompt,
                       "namespaces 1/\(lesson.steps.count) (default) $ ")
        XCTAssertNil(LessonSession.opening(lesson: lesson, language: .english, progress: nil, startStep: configStep + 1).prompt)
    }
}
