/// What a glossary term is to its concept.
enum TermRole: Sendable {
    case approved, admitted, forbidden, source
}
