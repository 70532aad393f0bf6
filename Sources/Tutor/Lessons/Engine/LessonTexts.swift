/// The engine's own words (not the lessons'), in English and Traditional Chinese.
enum LessonTexts {
    static let task = say("▶ Your task:", "▶ 你的任務：")
    static let commandsFooter = say("(hint · check · solution · skip · back · reset · progress · step · help · quit)",
                                    "（hint 提示 · check 檢查 · solution 解答 · skip 跳過 · back 上一步 · reset 重來 · progress 進度 · step 本步說明 · help 說明 · quit 離開）")
    static let question = say("? Question:", "？問題：")
    static let answerHow = say("Answer with `answer VALUE`.", "請用 `answer 答案` 回答。")

    static func stepDone(_ number: Int) -> LessonText { say("✓ Step \(number) done.", "✓ 第 \(number) 步完成。") }
    static func hint(_ index: Int, of total: Int) -> LessonText { say("Hint \(index)/\(total):", "提示 \(index)/\(total)：") }
    static let noMoreHints = say("No more hints. `solution` shows the reference solution.", "沒有更多提示了。輸入 `solution` 查看參考解答。")
    static func solutionConfirm(unseenHints: Int) -> LessonText {
        let more = unseenHints > 0
            ? say(" You have \(unseenHints) hint(s) left (`hint`) — they may be enough.", " 你還有 \(unseenHints) 個提示沒看（`hint`），也許就夠了。")
            : .empty
        return LessonText.joined([say("This shows the reference solution of the step.", "這會顯示這一步的參考解答。"), more,
                                     say(" Type `solution --yes` to see it.", " 輸入 `solution --yes` 查看。")], separator: "")
    }
    static let solutionHeader = say("Reference solution (one way to do it):", "參考解答（其中一種做法）：")
    static func skipped(_ number: Int) -> LessonText {
        say("Skipped step \(number). Its reference solution was run, so the next step starts from the state it expects:",
            "已跳過第 \(number) 步。系統執行了參考解答，讓下一步從預期的狀態開始：")
    }
    static let firstStep = say("This is already the first step.", "這已經是第一步了。")
    static func back(_ number: Int) -> LessonText {
        say("Back to step \(number): the cluster was rebuilt as it was when that step began.",
            "回到第 \(number) 步：叢集已重建成那一步開始時的狀態。")
    }
    static func resetStep(_ number: Int) -> LessonText {
        say("Step \(number) starts over: the cluster was rebuilt as it was when the step began.",
            "第 \(number) 步重新開始：叢集已重建成這一步開始時的狀態。")
    }
    static let resetLesson = say("The lesson starts over with a fresh cluster.", "課程從頭開始，叢集已全部重建。")
    static let resetUsage = say("Usage: reset (this step) or reset lesson (from the beginning).", "用法：reset（重來這一步）或 reset lesson（整個課程重來）。")
    static let allHold = say("Everything holds.", "全部都符合了。")
    static let stillToDo = say("Still to do:", "還差：")
    static let answerUsage = say("Usage: answer VALUE", "用法：answer 答案")
    static let noQuestion = say("This step has no question to answer.", "這一步沒有需要回答的問題。")
    static let correct = say("✓ Correct.", "✓ 答對了。")
    static let notQuite = say("✗ Not quite. Look it up in the cluster: the answer comes from its current state.",
                              "✗ 不太對。請到叢集裡查：答案來自它目前的狀態。")
    static func saved(_ id: String) -> LessonText {
        say("Progress saved. `kubetutor lesson \(id)` picks up where you left off.", "進度已儲存。輸入 `kubetutor lesson \(id)` 就能從這裡繼續。")
    }
    static func leavingRealCluster(_ id: String) -> LessonText {
        say("Leaving the lesson (progress on a real cluster is not saved; `kubetutor lesson \(id) --cluster …` starts it afresh).",
            "離開課程（在真實叢集上的進度不會儲存；`kubetutor lesson \(id) --cluster …` 會重新開始）。")
    }
    static let finishedAlready = say("The lesson is complete; the cluster stays for you to explore. `quit` leaves.",
                                     "課程已完成；叢集會保留讓你自由探索。輸入 `quit` 離開。")
    static let mistakeMarker = "💡 "
    static func resumed(_ number: Int) -> LessonText {
        say("Welcome back. The cluster was rebuilt as it was when step \(number) began.",
            "歡迎回來。叢集已重建成第 \(number) 步開始時的狀態。")
    }
    static let lessonComplete = say("★ Lesson complete:", "★ 課程完成：")
    static func summaryLine(hints: Int, mistakes: Int, skipped: Int, solutions: Int) -> LessonText {
        say("Hints used: \(hints) · Known mistakes met: \(mistakes) · Solutions viewed: \(solutions) · Steps skipped: \(skipped)",
            "使用提示：\(hints) · 遇到的常見錯誤：\(mistakes) · 查看解答：\(solutions) · 跳過步驟：\(skipped)")
    }
    static func timeLine(minutes: Int?, simulatedMinutes: Int) -> LessonText {
        guard let minutes else { return say("Simulated time: \(simulatedMinutes) min", "模擬時間：\(simulatedMinutes) 分鐘") }
        return say("Time: \(minutes) min (simulated: \(simulatedMinutes) min)", "花費時間：\(minutes) 分鐘（模擬時間：\(simulatedMinutes) 分鐘）")
    }
    static let mistakesMetHeader = say("Mistakes you met (worth remembering):", "你遇到的常見錯誤（值得記住）：")
    static let nextHeader = say("What next:", "接下來：")
    static func nextLesson(_ id: String, _ title: String) -> String { "  kubetutor lesson \(id)   \(title)" }
    static let nextSandbox = say("  kubetutor sandbox   try it all again on your own", "  kubetutor sandbox   自己再動手試一次")
    static let lessonsDone = say("You have finished every lesson. The sandbox is yours.", "你已完成所有課程。沙盒隨你玩。")
    static let progressHeader = say("Progress:", "進度：")
    static func progressStats(hints: Int, mistakes: Int) -> LessonText {
        say("Hints used: \(hints) · Known mistakes met: \(mistakes)", "使用提示：\(hints) · 遇到的常見錯誤：\(mistakes)")
    }
    static func fileWarning(_ text: String) -> LessonText { say("warning: \(text)", "警告：\(text)") }
}
