import Testing
@testable import MTLint

@Suite struct GlossaryValidatorTests {
    @Test func reportsDuplicatesAndContradictions() throws {
        let concepts = try GlossaryTestSupport.tsv("""
            target\tforbidden\tadmitted
            Kyiv\tKiev\t
            kyiv\t\t
            Donbas\tDonbass\t
            Donbass\t\t
            Odesa\tOdessa\t
            Odessa region\tOdessa\t
            Duma\tDuma\t
            """)
        let problems = GlossaryValidator.problems(in: concepts)
        let lines = problems.map(\.line)
        #expect(lines.contains(3), "duplicate target: \(problems)")
        #expect(lines.contains(5), "allowed here, forbidden at line 4: \(problems)")
        #expect(lines.contains(7), "one variant, two targets: \(problems)")
        #expect(lines.contains(8), "allowed and forbidden in one entry: \(problems)")
        #expect(!lines.contains(2) && !lines.contains(4) && !lines.contains(6))
    }

    @Test func aCleanGlossaryHasNoProblems() throws {
        let concepts = try GlossaryTestSupport.tsv("target\tforbidden\nKyiv\tKiev\nDonbas\tDonbass\n")
        #expect(GlossaryValidator.problems(in: concepts).isEmpty)
    }
}
