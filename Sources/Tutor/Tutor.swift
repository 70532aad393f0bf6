import KubeCtl
/// The tutor layer: lessons, quizzes, checks and progress.
public enum TutorInfo {
    /// Where lessons live, relative to the package root.
    public static let lessonsFolder = "lessons"
}
