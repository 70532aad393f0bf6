/// The texts a quiz shows, for other parts of kubetutor (a lesson step that asks a bank question).
public enum QuestionText {
    /// The question as the quiz prints it: heading, prompt, choices and how to answer.
    public static func question(_ question: Question, language: QuizLanguage, number: Int = 1, total: Int = 1) -> String {
        QuizRendering(language: language).question(question, number: number, total: total)
    }

    /// The verdict as the quiz prints it: right or wrong, what differed, the model answer and the explanation.
    public static func verdict(_ question: Question, _ verdict: AnswerVerdict, language: QuizLanguage) -> String {
        QuizRendering(language: language).verdict(question, outcome: verdict.outcome, feedback: verdict.feedback)
    }

    /// The question's hint (its own, or one derived from the answer), if any.
    public static func hint(_ question: Question, language: QuizLanguage) -> String? {
        QuizRendering(language: language).hint(question)
    }
}
