/// The `kubetutor lessons` list: each lesson with ✓ (done) or ◐ (in progress), its step, and its length.
public enum LessonListing {
    /// The listing for `lessons` in `language`, with the saved `progress`.
    public static func render(_ lessons: [Lesson], progress: LessonProgressFile, language: LessonLanguage) -> String {
        let chinese = language == .traditionalChinese
        var out = chinese ? "導引課程（✓ 已完成 · ◐ 進行中）\n\n" : "Guided lessons (✓ done · ◐ in progress)\n\n"
        let idWidth = (lessons.map { $0.id.count }.max() ?? 0) + 2
        for lesson in lessons {
            let record = progress.lessons[lesson.id]
            var mark = " "
            var state = ""
            if let record {
                if record.finished {
                    mark = "✓"
                    state = chinese ? "已完成" : "done"
                }
                if let current = record.currentStep, let index = lesson.steps.firstIndex(where: { $0.id == current }) {
                    if !record.finished { mark = "◐" }
                    state = chinese ? "第 \(index + 1)/\(lesson.steps.count) 步" : "step \(index + 1)/\(lesson.steps.count)"
                }
            }
            let minutes = chinese ? "\(lesson.minutes) 分鐘" : "\(lesson.minutes) min"
            out += "  \(mark) " + pad(lesson.id, idWidth) + pad(state, 12) + pad(minutes, 9) + lesson.title.text(in: language) + "\n"
        }
        out += chinese ? "\n用 `kubetutor lesson 名稱` 開始一個課程。\n" : "\nStart one with `kubetutor lesson NAME`.\n"
        return out
    }

    /// Pads to a display width (CJK characters take two columns).
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - displayWidth(text)))
    }

    /// Columns a text takes in a terminal: East Asian wide characters count twice.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
