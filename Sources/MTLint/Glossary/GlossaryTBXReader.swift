/// Reads TBX as CAT tools export it (memoQ, Trados MultiTerm, others): TBX-Basic / TBX 2008
/// (`martif`, `termEntry`, `langSet`, `tig`/`ntig`) and TBX v3 (`tbx`, `conceptEntry`,
/// `langSec`, `termSec`). English terms become the concept's approved, admitted or forbidden
/// terms by their `administrativeStatus` or `normativeAuthorization`; Russian terms are its
/// sources; `note` and definitions become its note.
public enum GlossaryTBXReader {
    public static func read(_ bytes: [UInt8], path: String) throws(GlossaryError) -> [GlossaryConcept] {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw GlossaryError(path: path, line: 0, message: "empty TBX file")
        }
        var builder = TBXConceptBuilder(path: path)
        do {
            try XMLReader.read(bytes, path: path) { event in try builder.accept(event) }
        } catch let error as XMLSyntaxError {
            throw GlossaryError(path: path, line: error.line, message: "malformed XML: \(error.message)")
        } catch let error as GlossaryError {
            throw error
        } catch {
            throw GlossaryError(path: path, line: 0, message: "\(error)")
        }
        guard builder.sawRoot else { throw GlossaryError(path: path, line: 0, message: "empty TBX file") }
        return builder.concepts
    }
}

/// How a TBX term is meant to be used.
enum TBXTermStatus {
    case preferred, admitted, forbidden, unspecified

    /// Reads `administrativeStatus` (`preferredTerm-admn-sts`) and `normativeAuthorization`
    /// (`deprecatedTerm`) values, and the plain words some tools write instead.
    init?(_ value: String) {
        var word = value.trimmingSpaces.lowercased()
        if word.hasSuffix("-admn-sts") { word.removeLast("-admn-sts".count) }
        switch word {
        case "preferredterm", "preferred", "legalterm", "regulatedterm", "standardizedterm", "approved": self = .preferred
        case "admittedterm", "admitted", "permitted": self = .admitted
        case "deprecatedterm", "deprecated", "supersededterm", "superseded", "forbidden", "forbiddenterm",
             "notrecommended", "obsolete", "obsoleteterm", "rejected": self = .forbidden
        default: return nil
        }
    }
}
