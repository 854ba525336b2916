/// Turns the event stream of a TBX file into glossary concepts, one per `termEntry` or
/// `conceptEntry`.
struct TBXConceptBuilder {
    private struct Term {
        var text = ""
        var status = TBXTermStatus.unspecified
        var caseSensitive = false
        var line: Int
    }

    private enum Language { case english, russian, other }

    let path: String
    private(set) var concepts: [GlossaryConcept] = []
    private(set) var sawRoot = false

    private var stack: [String] = []
    private var entryLine = 0
    private var language: Language?
    private var english: [Term] = []
    private var russian: [String] = []
    private var notes: [String] = []
    private var term: Term?
    private var collected = ""
    private var collectedType: String?

    init(path: String) {
        self.path = path
    }

    mutating func accept(_ event: XMLEvent) throws(GlossaryError) {
        switch event.kind {
        case .start: try start(event)
        case .close: try close(event)
        case .text: collected += event.text
        }
    }

    private mutating func start(_ event: XMLEvent) throws(GlossaryError) {
        if stack.isEmpty {
            guard event.name == "martif" || event.name == "tbx" else {
                throw GlossaryError(path: path, line: event.line, message: "not a TBX file: the root element is <\(event.name)>, not <martif> or <tbx>")
            }
            sawRoot = true
        }
        stack.append(event.name)
        switch event.name {
        case "termEntry", "conceptEntry":
            entryLine = event.line
            english = []
            russian = []
            notes = []
        case "langSet", "langSec":
            let code = (event.attribute("xml:lang") ?? event.attribute("lang") ?? "").lowercased()
            language = code.hasPrefix("en") ? .english : code.hasPrefix("ru") ? .russian : .other
        case "tig", "ntig", "termSec":
            term = Term(line: event.line)
        case "term", "termNote", "note", "descrip":
            collected = ""
            collectedType = event.attribute("type")
            if event.name == "term" { term?.line = event.line }
        default:
            break
        }
    }

    private mutating func close(_ event: XMLEvent) throws(GlossaryError) {
        stack.removeLast()
        let text = collected.trimmingSpaces
        switch event.name {
        case "term":
            guard !text.isEmpty else { throw GlossaryError(path: path, line: event.line, message: "empty <term>") }
            if term == nil { term = Term(line: event.line) }
            term?.text = text
            if !stack.contains(where: { $0 == "tig" || $0 == "ntig" || $0 == "termSec" }) { finishTerm() }
        case "termNote":
            try termNote(type: collectedType ?? "", value: text, line: event.line)
        case "note" where language == nil || language == .english:
            if !text.isEmpty && stack.contains(where: { $0 == "termEntry" || $0 == "conceptEntry" }) { notes.append(text) }
        case "descrip" where language == nil || language == .english:
            // A Russian-language definition would make an unreadable note for English editors.
            if !text.isEmpty, let type = collectedType?.lowercased(), ["definition", "note", "context", "explanation"].contains(type) {
                notes.append(text)
            }
        case "tig", "ntig", "termSec":
            finishTerm()
        case "langSet", "langSec":
            language = nil
        case "termEntry", "conceptEntry":
            try finishConcept()
        default:
            break
        }
        collected = ""
    }

    private mutating func termNote(type: String, value: String, line: Int) throws(GlossaryError) {
        let kind = type.lowercased()
        if kind == "administrativestatus" || kind == "normativeauthorization" {
            guard let status = TBXTermStatus(value) else {
                throw GlossaryError(path: path, line: line, message: "unknown \(type) '\(value)' (expected e.g. preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts)")
            }
            term?.status = status
        } else if kind.contains("case") {
            term?.caseSensitive = ["yes", "true", "sensitive", "casesensitive"].contains(value.lowercased())
        }
    }

    private mutating func finishTerm() {
        guard let finished = term, !finished.text.isEmpty else { term = nil; return }
        term = nil
        switch language {
        case .english?: english.append(finished)
        case .russian?: russian.append(finished.text)
        default: break
        }
    }

    private mutating func finishConcept() throws(GlossaryError) {
        defer { english = []; russian = []; notes = [] }
        guard !english.isEmpty else { return } // a concept with no English side says nothing to us
        let allowed = english.filter { $0.status != .forbidden }
        let approved = allowed.first { $0.status == .preferred } ?? allowed.first
        guard let approved else {
            throw GlossaryError(path: path, line: entryLine, message: "concept has only forbidden English terms and no preferred or admitted one to suggest")
        }
        concepts.append(GlossaryConcept(
            target: approved.text,
            admitted: allowed.filter { $0.line != approved.line || $0.text != approved.text }.map(\.text),
            forbidden: english.filter { $0.status == .forbidden }.map(\.text),
            sources: russian,
            note: notes.isEmpty ? nil : notes.joined(separator: "; "),
            caseSensitive: approved.caseSensitive,
            origin: GlossaryOrigin(path: path, line: entryLine)))
    }
}
