/// Reads the translation units of an XLIFF 1.2 (`trans-unit`, `source`, `target`), XLIFF 2.x
/// (`unit`, `segment`, `source`, `target`) or TMX (`tu`, `tuv xml:lang`, `seg`) file with
/// libxml2, locating every piece of text in the file. Inline codes (`ph`, `bpt`, `ept`, `it`,
/// `x`, `sc`, `ec`...) are not prose; the text of `g`, `pc`, `mrk` and `hi` is.
struct BilingualFileReader {
    let bytes: [UInt8]
    let path: String
    let format: InputFormat

    /// Elements whose content is never the unit's prose.
    static let skipped: Set<String> = [
        "alt-trans", "note", "notes", "seg-source", "ph", "bpt", "ept", "it", "sub", "ut", "originalData", "prop",
        "context-group", "count-group", "prop-group", "header", "metadata",
    ]

    func read() throws(InputError) -> BilingualFile {
        var file = BilingualFile(format: format)
        var locator = MarkupTextLocator(raw: bytes)
        var stack: [String] = []
        var skipDepth: Int?
        var side: BilingualFile.Side?
        var sideDepth = 0
        var unitID: String?
        var unitOrdinal = 0
        var unitStart = 0
        var source = ExtractedTextBuilder()
        var target = ExtractedTextBuilder()
        var hasSource = false
        var hasTarget = false
        var sourceLanguage: String?
        var tuvLanguage: String?
        var placement: BilingualFile.NotePlacement?
        func beginSegment() {
            source = ExtractedTextBuilder()
            target = ExtractedTextBuilder()
            hasSource = false
            hasTarget = false
        }
        func endSegment() {
            guard let unitID, hasTarget, !target.isEmpty else { return }
            file.segments.append(.init(unitID: unitID, start: unitStart, source: source, target: target))
        }
        try MarkupParser.parse(bytes, html: false, path: path) { event in
            switch event.kind {
            case .start:
                let tagStart = locator.tagStart(before: event.position)
                locator.element(event)
                stack.append(event.name)
                if event.name == "xliff", let version = event.attribute("version") { file.version = version }
                if event.name == "header", let language = event.attribute("srclang") { sourceLanguage = language }
                guard skipDepth == nil else { return }
                switch event.name {
                case "trans-unit", "unit", "tu":
                    unitOrdinal += 1
                    unitID = event.attribute("id") ?? event.attribute("tuid") ?? String(unitOrdinal)
                    unitStart = tagStart
                    placement = nil
                    if event.name != "unit" { beginSegment() }
                case "segment":
                    beginSegment()
                    unitStart = tagStart
                case let name where (name == "source" || name == "target") && side == nil && stack.dropLast().last != "alt-trans":
                    side = event.name == "source" ? .source : .target
                    sideDepth = stack.count
                    if side == .source { hasSource = true } else { hasTarget = true }
                case "tuv":
                    tuvLanguage = event.attribute("xml:lang") ?? event.attribute("lang")
                case "seg" where side == nil:
                    let isSource = Self.isSourceLanguage(tuvLanguage, declared: sourceLanguage, hasSource: hasSource)
                    if isSource ? hasSource : hasTarget {
                        skipDepth = stack.count // a third language
                        return
                    }
                    side = isSource ? .source : .target
                    sideDepth = stack.count
                    if isSource { hasSource = true } else { hasTarget = true }
                case "cp":
                    if let side, let value = event.attribute("hex").flatMap({ UInt32($0, radix: 16) }), let scalar = Unicode.Scalar(value) {
                        if side == .source { source.insert(String(scalar), at: tagStart) } else { target.insert(String(scalar), at: tagStart) }
                    }
                case "notes" where stack.count >= 2 && stack[stack.count - 2] == "unit":
                    placement = .init(offset: tagStart, kind: .insideNotes)
                case "ignorable":
                    break // white space between segments
                default:
                    if Self.skipped.contains(event.name) { skipDepth = stack.count }
                }
                // XLIFF 2 wants a unit's notes before its first segment or original data.
                if ["segment", "ignorable", "originalData"].contains(event.name), stack.count >= 2, stack[stack.count - 2] == "unit",
                   placement == nil, let unitID {
                    placement = .init(offset: tagStart, kind: .newNotes)
                    file.placements[unitID] = placement
                }
            case .end:
                locator.element(event)
                let depth = stack.count
                if !stack.isEmpty { stack.removeLast() }
                if let skip = skipDepth {
                    if depth <= skip { skipDepth = nil }
                    return
                }
                if side != nil && depth == sideDepth { side = nil }
                let endTag = locator.tagStart(before: event.position)
                switch event.name {
                case "trans-unit", "tu":
                    endSegment()
                    if let unitID { file.placements[unitID] = .init(offset: endTag, kind: event.name == "tu" ? .tmx : .beforeEnd) }
                    unitID = nil
                case "segment":
                    endSegment()
                case "notes" where placement?.kind == .insideNotes:
                    if let unitID { file.placements[unitID] = .init(offset: endTag, kind: .insideNotes) }
                case "unit":
                    unitID = nil
                default:
                    break
                }
            case .text, .rawText:
                let pieces = locator.locate(event.text)
                guard skipDepth == nil, let side else { return }
                if side == .source {
                    source.append(located: pieces, of: event.text, raw: bytes, whitespace: .collapseLineBreaks)
                } else {
                    target.append(located: pieces, of: event.text, raw: bytes, whitespace: .collapseLineBreaks)
                }
            }
        }
        return file
    }

    /// Whether a TMX variant in `language` is the source: the header's `srclang`, else Russian,
    /// else the first variant of the unit.
    static func isSourceLanguage(_ language: String?, declared: String?, hasSource: Bool) -> Bool {
        let language = language?.lowercased() ?? ""
        if let declared = declared?.lowercased(), declared != "*all*", !declared.isEmpty {
            return language == declared || language.hasPrefix(declared + "-") || declared.hasPrefix(language + "-")
        }
        if language.hasPrefix("ru") { return true }
        return !hasSource && !language.hasPrefix("en")
    }
}
