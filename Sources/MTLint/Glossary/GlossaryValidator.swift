/// Finds what makes a glossary contradict itself: the same approved term defined twice, a
/// variant forbidden in one place and allowed in another, one variant forbidden for two
/// different targets, a concept forbidding its own target.
public enum GlossaryValidator {
    public static func problems(in concepts: [GlossaryConcept]) -> [GlossaryError] {
        var problems: [GlossaryError] = []
        var allowed: [String: (GlossaryConcept, String)] = [:]
        var forbidden: [String: GlossaryConcept] = [:]
        func fail(_ concept: GlossaryConcept, _ message: String) {
            problems.append(GlossaryError(path: concept.origin.path, line: concept.origin.line, message: message))
        }
        func key(_ term: String, _ concept: GlossaryConcept) -> String {
            let words = term.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).joined(separator: " ")
            return concept.caseSensitive ? words : words.lowercased()
        }
        for concept in concepts {
            if let first = allowed[key(concept.target, concept)], first.0.target == first.1 || first.1 == concept.target {
                fail(concept, "duplicate entry for “\(concept.target)” (also at \(first.0.origin))")
            }
            for term in concept.allowed {
                let term = key(term, concept)
                if let other = forbidden[term] { fail(concept, "“\(term)” is allowed here but forbidden at \(other.origin)") }
                if allowed[term] == nil { allowed[term] = (concept, term) }
            }
            for variant in concept.forbidden {
                let variantKey = key(variant, concept)
                if concept.allowed.contains(where: { key($0, concept) == variantKey }) {
                    fail(concept, "“\(variant)” is both allowed and forbidden in the same entry")
                } else if let other = allowed[variantKey], other.0.origin != concept.origin {
                    fail(concept, "“\(variant)” is forbidden here but allowed at \(other.0.origin)")
                }
                if let other = forbidden[variantKey], other.target != concept.target {
                    fail(concept, "“\(variant)” is forbidden for “\(concept.target)” here and for “\(other.target)” at \(other.origin)")
                } else if forbidden[variantKey] == nil {
                    forbidden[variantKey] = concept
                }
            }
        }
        return problems
    }
}
