/// A word sequence repeated back to back: "the head of the head of", "elastic and
/// elastic", "Ivan Shely, Ivan Shely, …". Occurrences may be separated by punctuation that does
/// not end a sentence, and the first two also by "and", "or" or "nor".
/// ``AdjacentRepeatFinder`` finds them.
struct AdjacentRepeat: Equatable {
    /// Word indices where each occurrence starts (two or more).
    let occurrences: [Int]
    /// Words in one occurrence.
    let length: Int
    /// The coordinating word between the first two occurrences, if any.
    let conjunction: String?
    /// Whether a comma or semicolon stands between the first two occurrences.
    let comma: Bool

    static let coordinators: Set<String> = ["and", "or", "nor"]

    var start: Int { occurrences[0] }
    /// One past the last word of the last occurrence.
    var end: Int { occurrences[occurrences.count - 1] + length }
    /// One past the last word of the second occurrence.
    var secondEnd: Int { occurrences[1] + length }
}
