/// How reports name check families, and which family a finding belongs to. The CSS class of a
/// family is `fam-` plus its key; a check id the registry does not know is in family `other`.
enum FamilyStyle {
    /// Families in the order reports list them, with `other` last.
    static let keys: [String] = CheckFamily.allCases.map(\.rawValue) + ["other"]

    /// The family key of a finding's check id.
    static func key(ofCheck id: String) -> String {
        CheckRegistry.check(withID: id)?.description.family.rawValue ?? contractFamilies[id] ?? "other"
    }

    /// Families of the contract's fixed check ids, for reports written by a build with checks
    /// this one lacks (a dashboard regenerated from older or newer JSON reports).
    private static let contractFamilies: [String: String] = [
        "leftover-russian": "leftover", "leftover-cyrillic": "leftover", "mixed-script": "script",
        "repeated-word": "repetition", "repeated-phrase": "repetition", "repeated-sentence": "repetition",
        "glossary-forbidden": "terminology", "term-inconsistent": "terminology", "glossary-missing": "source",
    ]

    /// The heading an editor sees for a family.
    static func title(_ key: String) -> String {
        switch key {
        case CheckFamily.leftover.rawValue: "Leftover Russian"
        case CheckFamily.script.rawValue: "Look-alike letters"
        case CheckFamily.repetition.rawValue: "Repetition"
        case CheckFamily.terminology.rawValue: "Terminology"
        case CheckFamily.source.rawValue: "Source"
        case CheckFamily.encoding.rawValue: "Encoding"
        default: "Other"
        }
    }

    /// Counts of findings per family key, in `keys` order, only families with findings.
    static func counts(_ findings: [Finding]) -> [(key: String, count: Int)] {
        var counts: [String: Int] = [:]
        for finding in findings { counts[key(ofCheck: finding.check), default: 0] += 1 }
        return keys.compactMap { key in counts[key].map { (key, $0) } }
    }
}
