/// English function words: articles, pronouns, prepositions, conjunctions, auxiliaries,
/// quantifiers and intensifiers. A coordination or a loop made only of these ("in the … in
/// the", "that and that") is ordinary English, so the repetition checks require a content
/// word, i.e. any word not listed here.
enum FunctionWords {
    static let english: Set<String> = [
        // articles, determiners, quantifiers
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each",
        "all", "both", "either", "neither", "many", "much", "more", "most", "few", "fewer",
        "less", "least", "several", "such", "other", "another", "own", "same", "one", "ones",
        // pronouns
        "i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
        "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs", "myself",
        "yourself", "himself", "herself", "itself", "ourselves", "themselves", "who", "whom",
        "whose", "which", "what", "whatever", "whoever", "something", "anything", "nothing",
        "everything", "someone", "anyone", "everyone", "somebody", "anybody", "nobody",
        // prepositions and particles
        "about", "above", "across", "after", "against", "along", "among", "around", "as", "at",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
        "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like",
        "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "since",
        "than", "through", "throughout", "till", "to", "toward", "towards", "under", "until",
        "up", "upon", "via", "with", "within", "without",
        // conjunctions
        "and", "or", "nor", "but", "yet", "so", "if", "because", "although", "though", "while",
        "whereas", "unless", "whether", "when", "where", "why", "how", "then", "thus",
        // auxiliaries and copulas
        "be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "ought", "let", "get", "got",
        // adverbs and intensifiers
        "not", "very", "too", "also", "just", "only", "even", "still", "already", "again",
        "ever", "never", "always", "often", "here", "there", "now", "well", "quite", "rather",
        "really", "almost", "far", "long", "yes", "oh", "ah", "please", "s", "t",
    ]

    static func isContent(_ key: String) -> Bool {
        !english.contains(key)
    }
}
