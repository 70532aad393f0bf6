import XCTest
import KubeCtl
@testable import Tutor

/// The cached outline a lesson starts from (issue #9) gives the same opening text and prompt as the lesson read
/// in full, for every lesson, language and starting step; it is not used once the file, the reader or the cache
/// file itself changed (a damaged cache is ignored and written again).
final class LessonOpeningCacheTests: XCTestCase {
    private var folder: URL!
    private var lessons: URL { folder.appendingPathComponent("lessons") }
    private var cacheFolder: URL { folder.appendingPathComponent("cache") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-opening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: LessonFixtures.lessonsDirectory, to: lessons)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func index(version: String = "v1") -> LessonIndex {
        LessonIndex.load(directory: lessons, cacheFile: cacheFolder.appendingPathComponent("index.json"), readerVersion: version)
    }

    private func opening(_ id: String, version: String = "v1") throws -> (lesson: Lesson, complete: Bool) {
        try XCTUnwrap(index(version: version).openingLesson(id: id, cacheFolder: cacheFolder, readerVersion: version), id)
    }

    func testEveryLessonOpensTheSameFromItsOutline() throws {
        _ = index()
        let ids = index().entries.map(\.id)
        XCTAssertGreaterThan(ids.count, 10)
        for id in ids {
            let full = try opening(id)
            XCTAssertTrue(full.complete, "\(id): no outline yet, read in full")
            let outline = try opening(id)
            XCTAssertFalse(outline.complete, "\(id): the outline is cached")
            for language in [LessonLanguage.english, .traditionalChinese] {
                for step in [nil] + full.lesson.steps.indices.map(Optional.some) {
                    let expected = LessonSession.opening(lesson: full.lesson, language: language, progress: nil, startStep: step)
                    let found = LessonSession.opening(lesson: outline.lesson, language: language, progress: nil, startStep: step)
                    XCTAssertEqual(found.text, expected.text, "\(id) \(language) at \(step ?? -1)")
                    XCTAssertEqual(found.prompt, expected.prompt, "\(id) \(language) at \(step ?? -1)")
                }
            }
        }
    }

    func testResumedProgressOpensTheSameFromTheOutline() throws {
        _ = try opening("services")
        let outline = try opening("services")
        XCTAssertFalse(outline.complete)
        let full = try XCTUnwrap(index().lesson(id: "services"))
        let store = LessonProgressStore(directory: folder.appendingPathComponent("data"))
        let session = try LessonSession(lesson: full, language: .english, options: LessonFixtures.options(), progress: store, startStep: 3)
        _ = session.run(line: "exit", io: ShellIO(stdout: { _ in }, stderr: { _ in }))
        let resumedStore = LessonProgressStore(directory: folder.appendingPathComponent("data"))
        XCTAssertNotNil(resumedStore.record(for: "services")?.currentStep, "the run left a step to resume at")
        let expected = LessonSession.opening(lesson: full, language: .english, progress: resumedStore)
        let found = LessonSession.opening(lesson: outline.lesson, language: .english, progress: resumedStore)
        XCTAssertEqual(found.text, expected.text)
        XCTAssertEqual(found.prompt, expected.prompt)
    }

    func testAnEditedFileAnotherReaderOrADamagedCacheIsNotUsed() throws {
        _ = try opening("pods")
        XCTAssertFalse(try opening("pods").complete)
        XCTAssertTrue(try opening("pods", version: "v2").complete, "another reader version reads the lesson again")
        let file = lessons.appendingPathComponent("pods.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\n# edited\n").write(to: file, atomically: true, encoding: .utf8)
        let reread = try opening("pods", version: "v2")
        XCTAssertTrue(reread.complete, "an edited file is read again")
        XCTAssertFalse(try opening("pods", version: "v2").complete)
        let cacheFile = try XCTUnwrap(LessonOpeningCache.file(forLesson: "pods", in: cacheFolder))
        for damage in ["not: [json", "{}", #"{"version":"v2"}"#, ""] {
            try damage.write(to: cacheFile, atomically: true, encoding: .utf8)
            XCTAssertTrue(try opening("pods", version: "v2").complete, "a damaged cache (\(damage)) is ignored")
            XCTAssertFalse(try opening("pods", version: "v2").complete, "and written again")
        }
    }

    func testAnOutlineDoesNotServeAnotherFileWithTheSameLesson() throws {
        _ = try opening("pods")
        let cacheFile = try XCTUnwrap(LessonOpeningCache.file(forLesson: "pods", in: cacheFolder))
        let key = LessonOpeningCache.Key(version: "v1", file: lessons.appendingPathComponent("scaling.yaml").path, digest: "0:0")
        XCTAssertNil(LessonOpeningCache.read(cacheFile, key: key))
        XCTAssertNil(LessonOpeningCache.file(forLesson: "../pods", in: cacheFolder))
        XCTAssertNil(LessonOpeningCache.file(forLesson: "", in: cacheFolder))
    }
}
