/// The prose of a Markdown file, line by line: front matter, fenced and indented code blocks,
/// HTML comments, link reference definitions, thematic breaks and table delimiter rows are
/// left out; headings, list items and table cells become paragraphs or lines of their own;
/// inline markup is handled by ``MarkdownInlineScanner``. CommonMark's block structure is
/// followed where it matters for prose; Markdown that only renders differently (nested
/// containers, lazy continuation) still yields the same words.
struct MarkdownExtractor {
    let bytes: [UInt8]

    private struct Fence {
        let marker: UInt8
        let length: Int
    }

    func extract() -> (utf8: [UInt8], map: OriginMap) {
        let lines = LineTable(bytes)
        var builder = ExtractedTextBuilder(capacity: bytes.count)
        var inline = MarkdownInlineScanner(bytes: bytes)
        var fence: Fence?
        var rawBlockEnd: String? // "</script>" while inside an HTML script, style or pre block
        var inParagraph = false
        var listContentIndent: Int?
        var first = frontMatterEnd(lines)
        while first < lines.count {
            let lineIndex = first
            first += 1
            let line = lines.range(ofLine: lineIndex)
            if inline.inComment {
                inline.scan(line, into: &builder)
                continue
            }
            var (indent, start) = indentation(line)
            if let end = rawBlockEnd {
                if String(decoding: bytes[line], as: UTF8.self).lowercased().contains(end) { rawBlockEnd = nil }
                continue
            }
            if let end = rawBlockOpening(start, line.upperBound) {
                // CommonMark's HTML block of the first kind: its content is never prose.
                builder.paragraphBreak(at: line.lowerBound)
                inParagraph = false
                if !String(decoding: bytes[line], as: UTF8.self).lowercased().contains(end) { rawBlockEnd = end }
                continue
            }
            if let open = fence {
                if indent < 4, fenceRun(start, line.upperBound).map({ $0.marker == open.marker && $0.length >= open.length
                    && isBlank(start + $0.length, line.upperBound) }) == true {
                    fence = nil
                }
                continue
            }
            if start == line.upperBound {
                builder.paragraphBreak(at: line.lowerBound)
                inParagraph = false
                continue
            }
            let continuesList = listContentIndent.map { indent >= $0 } ?? false
            if indent >= 4 && !inParagraph && !continuesList { continue } // indented code
            if !continuesList && !inParagraph { listContentIndent = nil }
            // Block quote markers are dropped; what they quote is prose.
            while start < line.upperBound, bytes[start] == UInt8(ascii: ">") {
                start += 1
                if start < line.upperBound, bytes[start] == 0x20 { start += 1 }
                (indent, start) = (indent, indentation(start..<line.upperBound).1)
            }
            if let run = fenceRun(start, line.upperBound), run.length >= 3,
               run.marker == UInt8(ascii: "~") || !bytes[(start + run.length)..<line.upperBound].contains(UInt8(ascii: "`")) {
                fence = run
                builder.paragraphBreak(at: line.lowerBound)
                inParagraph = false
                continue
            }
            if let level = atxLevel(start, line.upperBound) {
                builder.paragraphBreak(at: line.lowerBound)
                inline.scan(start + level..<trimClosingHashes(start + level, line.upperBound), into: &builder)
                builder.paragraphBreak(at: line.upperBound)
                inParagraph = false
                continue
            }
            if isRule(start, line.upperBound) || (inParagraph && isSetextUnderline(start, line.upperBound)) {
                // A setext underline ends its heading; a thematic break ends whatever came before.
                builder.paragraphBreak(at: line.lowerBound)
                inParagraph = false
                continue
            }
            if !inParagraph && (isReferenceDefinition(start, line.upperBound) || isTableDelimiter(start, line.upperBound)) { continue }
            if let content = listItemContent(start, line.upperBound) {
                builder.paragraphBreak(at: line.lowerBound)
                listContentIndent = indent + (content - start)
                inline.scan(content..<line.upperBound, into: &builder)
                inParagraph = true
                continue
            }
            if inParagraph { builder.lineBreak(at: line.lowerBound) }
            let isTableRow = bytes[start] == UInt8(ascii: "|")
            inline.scan(start..<line.upperBound, into: &builder, tableRow: isTableRow)
            inParagraph = !isTableRow
            if isTableRow { builder.lineBreak(at: line.upperBound) }
        }
        return builder.finish(endOffset: bytes.count)
    }

    /// The first line after YAML (`---`) or TOML (`+++`) front matter; 0 without any.
    private func frontMatterEnd(_ lines: LineTable) -> Int {
        guard lines.count > 1 else { return 0 }
        let opening = String(decoding: bytes[lines.range(ofLine: 0)], as: UTF8.self).trimmingTrailingSpaces
        guard opening == "---" || opening == "+++" else { return 0 }
        for index in 1..<lines.count {
            let text = String(decoding: bytes[lines.range(ofLine: index)], as: UTF8.self).trimmingTrailingSpaces
            if text == opening || (opening == "---" && text == "...") { return index + 1 }
        }
        return 0
    }

    /// The closing tag of a `<script>`, `<style>`, `<pre>` or `<textarea>` block opening here.
    private func rawBlockOpening(_ start: Int, _ end: Int) -> String? {
        let head = String(decoding: bytes[start..<min(end, start + 12)], as: UTF8.self).lowercased()
        for name in ["script", "style", "pre", "textarea"] where head.hasPrefix("<" + name) {
            let next = head.dropFirst(name.count + 1).first
            if next == nil || next == ">" || next == " " || next == "\t" { return "</\(name)>" }
        }
        return nil
    }

    /// Columns of indentation (a tab reaches the next multiple of 4) and where content starts.
    private func indentation(_ range: Range<Int>) -> (Int, Int) {
        var column = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == 0x20 { column += 1 } else if bytes[index] == 0x09 { column += 4 - column % 4 } else { break }
            index += 1
        }
        return (column, index)
    }

    private func isBlank(_ start: Int, _ end: Int) -> Bool {
        start >= end || bytes[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private func fenceRun(_ start: Int, _ end: Int) -> Fence? {
        guard start < end, bytes[start] == UInt8(ascii: "`") || bytes[start] == UInt8(ascii: "~") else { return nil }
        var index = start
        while index < end, bytes[index] == bytes[start] { index += 1 }
        return index - start >= 3 ? Fence(marker: bytes[start], length: index - start) : nil
    }

    /// The length of `#...# ` opening an ATX heading (including the space), if it is one.
    private func atxLevel(_ start: Int, _ end: Int) -> Int? {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6, index == end || bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        return index < end ? level + 1 : level
    }

    private func trimClosingHashes(_ start: Int, _ end: Int) -> Int {
        var index = end
        while index > start, bytes[index - 1] == 0x20 { index -= 1 }
        var hashes = index
        while hashes > start, bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        return hashes < index && (hashes == start || bytes[hashes - 1] == 0x20) ? hashes : end
    }

    private func isRule(_ start: Int, _ end: Int) -> Bool {
        let marks = bytes[start..<end].filter { $0 != 0x20 && $0 != 0x09 }
        guard marks.count >= 3, let first = marks.first, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_")].contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private func isSetextUnderline(_ start: Int, _ end: Int) -> Bool {
        let marks = bytes[start..<end].filter { $0 != 0x20 && $0 != 0x09 }
        return !marks.isEmpty && (marks.allSatisfy { $0 == UInt8(ascii: "=") } || marks.allSatisfy { $0 == UInt8(ascii: "-") })
    }

    /// `[label]: destination`, which defines a link and renders as nothing.
    private func isReferenceDefinition(_ start: Int, _ end: Int) -> Bool {
        guard bytes[start] == UInt8(ascii: "["), let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "]")),
              close + 1 < end, bytes[close + 1] == UInt8(ascii: ":") else { return false }
        return close > start + 1
    }

    private func isTableDelimiter(_ start: Int, _ end: Int) -> Bool {
        let slice = bytes[start..<end]
        return slice.contains(UInt8(ascii: "-")) && slice.contains(UInt8(ascii: "|"))
            && slice.allSatisfy { [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09].contains($0) }
    }

    /// Where a list item's content starts (after `- `, `* `, `+ `, `1. `, `1) ` and a task box).
    private func listItemContent(_ start: Int, _ end: Int) -> Int? {
        var index = start
        if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[index]) {
            index += 1
        } else {
            while index < end, index - start < 9, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > start, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
            index += 1
        }
        guard index < end, bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        if index + 3 <= end, bytes[index] == UInt8(ascii: "["), bytes[index + 2] == UInt8(ascii: "]"),
           [0x20, UInt8(ascii: "x"), UInt8(ascii: "X")].contains(bytes[index + 1]) {
            index += 3
            while index < end, bytes[index] == 0x20 { index += 1 }
        }
        return index
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " || result.last == "\t" { result.removeLast() }
        return result
    }
}
