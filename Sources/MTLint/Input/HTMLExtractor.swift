/// The visible article text of an HTML page, parsed with libxml2's HTML parser: scripts,
/// styles, the head, navigation and other recognizable page chrome, code and hidden elements
/// are left out; block elements become paragraphs; `alt` and `title` texts become paragraphs
/// of their own after the block they appear in; white space collapses as a browser shows it.
struct HTMLExtractor {
    let bytes: [UInt8]
    let path: String

    /// Elements whose whole content is not prose.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "svg", "math", "nav", "iframe", "object",
        "embed", "canvas", "select", "option", "datalist", "textarea", "pre", "code", "kbd", "samp", "var",
    ]
    /// Page chrome unless it is inside the article itself.
    static let chrome: Set<String> = ["header", "footer", "aside", "menu", "form"]
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "search", "menubar", "menu", "complementary"]
    /// Class and id words that mark page chrome.
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "cookie", "cookies",
        "share", "social", "subscribe", "newsletter", "footer", "advert", "advertisement", "ads", "comments",
    ]
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure",
        "figcaption", "table", "tr", "td", "th", "caption", "thead", "tbody", "tfoot", "section", "article", "main",
        "header", "footer", "aside", "address", "hr", "details", "summary", "center", "fieldset", "legend", "body", "html",
        "button", "label", "picture", "video", "audio",
    ]
    static let void: Set<String> = ["br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "param"]

    func extract() throws(InputError) -> (utf8: [UInt8], map: OriginMap) {
        var builder = ExtractedTextBuilder(capacity: bytes.count / 2)
        var locator = MarkupTextLocator(raw: bytes)
        var stack: [String] = []
        var skipDepth: Int? // stack depth at which skipping started
        var articleDepth = 0
        var pending: [(text: [UInt8], at: Int, verbatim: Bool)] = [] // alt/title texts
        func flushPending(at offset: Int) {
            guard !pending.isEmpty else { return }
            for item in pending {
                builder.paragraphBreak(at: item.at)
                if item.verbatim { builder.append(bytes, item.at..<item.at + item.text.count) } else { builder.insert(item.text, at: item.at) }
            }
            pending.removeAll()
            builder.paragraphBreak(at: offset)
        }
        try MarkupParser.parse(bytes, html: true, path: path) { event in
            switch event.kind {
            case .start:
                let tagStart = locator.tagStart(before: event.position)
                locator.element(event)
                let isVoid = Self.void.contains(event.name)
                if !isVoid { stack.append(event.name) }
                guard skipDepth == nil else { return }
                if event.name == "article" || event.name == "main" { articleDepth += 1 }
                if !isVoid && isChrome(event, insideArticle: articleDepth > 0) {
                    skipDepth = stack.count
                    return
                }
                if Self.blocks.contains(event.name) || event.name == "hr" {
                    flushPending(at: tagStart)
                    builder.paragraphBreak(at: tagStart)
                } else if event.name == "br" {
                    builder.lineBreak(at: tagStart)
                }
                for name in ["alt", "title"] {
                    guard let value = event.attribute(name), value.contains(where: { $0.isLetter }) else { continue }
                    let text = Array(Normalizer.nfc(value).utf8)
                    let found = find(text, in: tagStart..<min(event.position, bytes.count))
                    pending.append((text, found ?? tagStart, found != nil))
                }
            case .end:
                locator.element(event)
                guard let index = stack.lastIndex(of: event.name) else { return }
                let depth = index + 1
                stack.removeSubrange(index...)
                if let skip = skipDepth {
                    if depth <= skip { skipDepth = nil }
                    return
                }
                if event.name == "article" || event.name == "main" { articleDepth = max(0, articleDepth - 1) }
                if Self.blocks.contains(event.name) {
                    flushPending(at: event.position)
                    builder.paragraphBreak(at: event.position)
                }
            case .text:
                let pieces = locator.locate(event.text)
                guard skipDepth == nil else { return }
                builder.append(located: pieces, of: event.text, raw: bytes, whitespace: .collapseAll)
            case .rawText:
                _ = locator.locate(event.text)
            }
        }
        flushPending(at: bytes.count)
        return builder.finish(endOffset: bytes.count)
    }

    private func isChrome(_ event: MarkupEvent, insideArticle: Bool) -> Bool {
        if Self.skipped.contains(event.name) { return true }
        if event.attribute("hidden") != nil || event.attribute("aria-hidden") == "true" { return true }
        if let role = event.attribute("role"), Self.chromeRoles.contains(role.lowercased()) { return true }
        if insideArticle { return false }
        if Self.chrome.contains(event.name) { return true }
        let words = ((event.attribute("class") ?? "") + " " + (event.attribute("id") ?? ""))
            .lowercased().split { $0 == " " || $0 == "-" || $0 == "_" }.map(String.init)
        return words.contains { Self.chromeWords.contains($0) }
    }

    private func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        for start in range.lowerBound...(range.upperBound - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return start }
        }
        return nil
    }
}
