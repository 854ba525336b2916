import Testing
@testable import MTLint

/// The compound walk marks a word by one comparison of its bits with its entry's roles: it
/// must mark exactly the Latin words that spell a key closed, or that are capitalized and
/// begin one, for every word's bits and every combination of roles, added in either order.
@Suite struct TermVariantsCompoundRolesTests {
    private typealias Roles = CompoundVariants.Roles

    /// The definition: roles tested one by one.
    private static func marked(_ bits: WordFacts.Bits, spellsKey: Bool, beginsKey: Bool) -> Bool {
        bits.contains(.latin) && (spellsKey || (bits.contains(.capitalized) && beginsKey))
    }

    @Test func rolesMarkTheWordsTheirDefinitionMarks() {
        for spellsKey in [false, true] {
            for beginsKey in [false, true] {
                for spellsFirst in [false, true] {
                    var roles = Roles.none
                    if spellsFirst && spellsKey { roles = Roles.addingSpellsKey(roles) }
                    // A word begins many keys: its role may be added more than once.
                    if beginsKey { roles = Roles.addingBeginsKey(Roles.addingBeginsKey(roles)) }
                    if !spellsFirst && spellsKey { roles = Roles.addingSpellsKey(roles) }
                    #expect((roles & Roles.beginsKey != 0) == beginsKey)
                    for raw in 0...UInt8.max {
                        let bits = WordFacts.Bits(rawValue: raw)
                        #expect(Roles.marks(bits, roles) == Self.marked(bits, spellsKey: spellsKey, beginsKey: beginsKey),
                                "bits \(raw), spells \(spellsKey), begins \(beginsKey)")
                    }
                }
            }
        }
    }

    /// Through the whole check: a capitalized spaced name and a lowercase closed word found,
    /// a lowercase spaced pair and a non-Latin word left alone.
    @Test func spacedAndClosedSpellingsAreFound() {
        let text = "He flew to Tel-Aviv, then Tel Aviv, then tel aviv. The co-chairs met; the co-chairs and cochairs left."
        let document = Document(text: text)
        let found = CompoundVariants.hits(document, facts: WordFacts(document), ignoredPrefixes: ["re"])
        #expect(Set(found.map { document.string($0.range) }) == ["Tel Aviv", "cochairs"])
    }
}
