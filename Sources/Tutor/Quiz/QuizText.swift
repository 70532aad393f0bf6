/// The quiz's own words (prompts, verdicts, summaries) in English and Traditional Chinese.
enum QuizText {
    static func answerWithLetters(_ count: Int, multiple: Bool) -> LocalizedText {
        let last = Character(Unicode.Scalar(UInt8(96 + max(1, min(count, 26)))))
        return multiple
            ? LocalizedText(en: "Answer with every right letter, e.g. `a,c` (a–\(last)).",
                            zh: "請輸入所有正確選項的字母，例如 `a,c`（a–\(last)）。")
            : LocalizedText(en: "Answer with one letter (a–\(last)).", zh: "請輸入一個選項字母（a–\(last)）。")
    }

    static let answerTrueFalse = LocalizedText(en: "Answer `true` or `false` (t/f).", zh: "請回答 `true` 或 `false`（也可以打 對／錯）。")

    static func answerOrdering(_ count: Int) -> LocalizedText {
        let example = (1...max(1, count)).reversed().map(String.init).joined(separator: " ")
        return LocalizedText(en: "Give all \(count) item numbers in the right order, e.g. `\(example)`.",
                             zh: "請依正確順序列出全部 \(count) 個編號，例如 `\(example)`。")
    }

    static let answerShort = LocalizedText(en: "Type a short answer.", zh: "請輸入簡短的答案。")
    static let answerCommand = LocalizedText(en: "Type the kubectl command.", zh: "請輸入 kubectl 指令。")
    static let answerManifest = LocalizedText(
        en: "Give the YAML with a heredoc: `apply <<EOF`, the manifest lines, then `EOF`.",
        zh: "用 heredoc 提交 YAML：先輸入 `apply <<EOF`，接著貼上 manifest，最後一行輸入 `EOF`。")
    static let taskInstructions = LocalizedText(
        en: "This is a live task: run kubectl commands against the prepared cluster, then type `check` when done.",
        zh: "這是實作題：在準備好的叢集上執行 kubectl 指令，完成後輸入 `check`。")
    static let taskNeedsCheck = LocalizedText(en: "Type `check` to have the task checked.", zh: "輸入 `check` 來檢查這個實作題。")

    static let correct = LocalizedText(en: "✓ Correct.", zh: "✓ 答對了。")
    static let wrong = LocalizedText(en: "✗ Not quite.", zh: "✗ 不太對。")
    static let skipped = LocalizedText(en: "↷ Skipped.", zh: "↷ 已跳過。")
    static let why = LocalizedText(en: "Why: ", zh: "說明：")
    static let modelAnswer = LocalizedText(en: "Answer: ", zh: "答案：")
    static let noHint = LocalizedText(en: "No hint for this one.", zh: "這題沒有提示。")
    static let hint = LocalizedText(en: "Hint: ", zh: "提示：")
    static let timeUp = LocalizedText(en: "⏰ Time is up. Unanswered questions count as missed.",
                                      zh: "⏰ 時間到。未作答的題目算答錯。")
    static let quitEarly = LocalizedText(en: "Round ended early.", zh: "提前結束本回合。")
    static let scoreByTopic = LocalizedText(en: "Score by topic", zh: "各主題得分")
    static let total = LocalizedText(en: "Total", zh: "總分")
    static let missed = LocalizedText(en: "Missed:", zh: "答錯或跳過：")
    static let nothingDue = LocalizedText(en: "Nothing is due for review. Come back after another round.",
                                          zh: "目前沒有需要複習的題目。再玩一回合後回來吧。")
    static let noQuestions = LocalizedText(en: "No questions match.", zh: "沒有符合條件的題目。")
    static let progressTitle = LocalizedText(en: "Your progress by topic (correct answers / attempts)",
                                             zh: "各主題進度（答對次數／作答次數）")
    static let progressEmpty = LocalizedText(en: "No answers recorded yet.", zh: "還沒有作答紀錄。")

    static func comeBack(_ count: Int) -> LocalizedText {
        LocalizedText(en: "\(count) missed question\(count == 1 ? "" : "s") will come back in review: kubetutor quiz --mode review",
                      zh: "\(count) 題答錯的題目會在複習時再出現：kubetutor quiz --mode review")
    }

    static func dueCount(_ count: Int) -> LocalizedText {
        LocalizedText(en: "\(count) question\(count == 1 ? " is" : "s are") due for review.", zh: "有 \(count) 題待複習。")
    }

    static func heading(_ number: Int, of total: Int, topic: String, difficulty: Int) -> LocalizedText {
        let stars = String(repeating: "★", count: difficulty) + String(repeating: "☆", count: max(0, 3 - difficulty))
        return LocalizedText(en: "Question \(number)/\(total) · \(topic) · \(stars)", zh: "第 \(number)/\(total) 題 · \(topic) · \(stars)")
    }

    static func intro(_ mode: QuizMode, count: Int, minutes: Int?) -> LocalizedText {
        switch mode {
        case .interview:
            return LocalizedText(en: "Interview round: \(count) question\(count == 1 ? "" : "s"). Type `help` for the quiz commands.",
                                 zh: "面試練習：共 \(count) 題。輸入 `help` 查看可用指令。")
        case .exam:
            let time = minutes ?? 0
            return LocalizedText(en: "Exam: \(count) question\(count == 1 ? "" : "s") and tasks in \(time) minutes (simulated time). Type `help` for the quiz commands.",
                                 zh: "模擬考：\(count) 題（含實作題），限時 \(time) 分鐘（模擬時間）。輸入 `help` 查看可用指令。")
        case .review:
            return LocalizedText(en: "Review: \(count) question\(count == 1 ? "" : "s") you missed before. Type `help` for the quiz commands.",
                                 zh: "複習：\(count) 題之前答錯的題目。輸入 `help` 查看可用指令。")
        }
    }

    static let help = LocalizedText(
        en: """
            Quiz commands:
              (your answer)   a · a,c · 2 1 3 · true · free text · a kubectl command · apply <<EOF … EOF
              check           check a live task (in a task, every other line runs against its cluster)
              hint            a hint for this question
              skip            skip it (counts as missed; it will come back in review)
              question        show the question again
              progress        your scores by topic
              quit            end the round and see your score
            """,
        zh: """
            測驗指令：
              （你的答案）    a · a,c · 2 1 3 · true · 文字 · kubectl 指令 · apply <<EOF … EOF
              check           檢查實作題（實作題中其他輸入都會在該叢集上執行）
              hint            顯示提示
              skip            跳過（算答錯，之後會在複習時出現）
              question        再顯示一次題目
              progress        查看各主題得分
              quit            結束本回合並查看分數
            """)
}
