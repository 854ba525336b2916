/// Every check mtlint runs, in report order. A check that is not listed here does not run;
/// a test fails when a check file exists but is not registered.
public enum CheckRegistry {
    public static let all: [any Check.Type] = [
        LeftoverRussianCheck.self,
        MixedScriptCheck.self,
        InvalidEncodingCheck.self,
        GlossaryForbiddenCheck.self,
        TermInconsistentCheck.self,
        GlossaryMissingCheck.self,
        RepeatedWordCheck.self,
        RepeatedPhraseCheck.self,
        RepeatedSentenceCheck.self,
        UntranslatedCheck.self,
        NumberMismatchCheck.self,
    ]

    /// The check type that owns `id` (its own id or one it also reports under).
    public static func check(withID id: String) -> (any Check.Type)? {
        all.first { $0.description.id == id || $0.description.alsoReports.contains(id) }
    }

    /// Every id a user may configure or see in a report.
    public static var allIDs: [String] {
        all.flatMap { [$0.description.id] + $0.description.alsoReports }
    }
}
