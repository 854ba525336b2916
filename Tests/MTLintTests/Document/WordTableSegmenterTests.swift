import Testing
@testable import MTLint

/// The segmenter writes words in place into the room of the array it makes, and past the
/// room into an overflow appended after it: where the room ends must not change the words.
@Suite struct WordTableSegmenterTests {
    /// The words of `text` with room for `capacity` of them.
    private func words(_ text: String, capacity: Int) -> [Word] {
        Array(text.utf8).withUnsafeBufferPointer { WordSegmenter.segmentation(of: $0, capacity: capacity).words }
    }

    /// Texts whose words come from every path: ASCII stretches (the C scan), chunks with
    /// quotes and dashes, Cyrillic chunks and ICU, with words taken back when a chunk turns
    /// out not to be ASCII or Cyrillic.
    static let texts: [String] = [
        "It's 3.5 km from the U.S. embassy, e.g. near St. Petersburg's 1,000-year-old walls.",
        "The “quoted” word — and the dash – here, café’s menu, naïve coöperation.",
        "Москва и Mоscow, 105х195 and 50°С; Київ. «Да» — sure, “ok” 日本語のテキスト and 1a 2b.",
        "snake_case __init__ _1_ 1__ a one two three four five six seven eight nine ten ab'c 1;2",
    ]

    /// Every room from none to more than the words, for each text: the words with ample room.
    @Test(arguments: texts)
    func everyRoomGivesTheSameWords(_ text: String) {
        let ample = words(text, capacity: text.utf8.count + 1)
        #expect(!ample.isEmpty)
        for capacity in 0...ample.count + 2 {
            #expect(words(text, capacity: capacity) == ample, "room for \(capacity)")
        }
    }

    /// A long ASCII stretch, whose scan writes 64-byte blocks' words without a test for room
    /// while 64 words fit, then word by word: rooms ending at every offset around where it
    /// switches, and in the middle of the overflow's batches.
    @Test func roomsEndingAnywhereInALongStretchGiveTheSameWords() {
        let pieces = ["word", "12", "3.5", "U.S.", "it's", "a_", "_", " ", " ", "  ", ", ", ".\n", "\t"]
        var generator = SplitMix64(seed: 2048)
        let text = (0..<12_000).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        let ample = words(text, capacity: text.utf8.count + 1)
        #expect(ample.count > 2 * 1024)
        let capacities = Array(0...70) + Array(ample.count - 70...ample.count + 1) + [100, 1023, 1024, 1025, ample.count / 2]
        for capacity in capacities {
            #expect(words(text, capacity: capacity) == ample, "room for \(capacity)")
        }
    }

    /// A room of megabytes is brought in a piece at a time ahead of the words written (1 MB,
    /// 131,072 words): rooms ending anywhere around the pieces' ends give the words of a text
    /// segmented with no room at all, and so does the default room.
    @Test func roomsBroughtInPieceByPieceGiveTheSameWords() {
        let spellings = ["word", "12", "U.S.", "it's", "Москва", "a"], gaps = [" ", " ", ", ", ".\n", " — "]
        var generator = SplitMix64(seed: 4096)
        let text = (0..<300_000).map { _ in
            spellings[Int(generator.next() % UInt64(spellings.count))] + gaps[Int(generator.next() % UInt64(gaps.count))]
        }.joined()
        let unroomed = words(text, capacity: 0)
        let piece = (1 << 20) / MemoryLayout<Word>.stride
        #expect(unroomed.count > 2 * piece + 1)
        for capacity in [piece - 1, piece + 1, 2 * piece + 1, unroomed.count, WordSegmenter.capacityEstimate(text.utf8.count)] {
            #expect(words(text, capacity: capacity) == unroomed, "room for \(capacity)")
        }
    }

    /// The estimate holds the words of English text (some 6 bytes a word), so that they are
    /// written once, never copied to a larger table.
    @Test func theEstimateHoldsEnglishWords() throws {
        let bytes = try InputFile.read(path: TestPaths.seedArticle.path)
        let count = bytes.withUnsafeBufferPointer { WordSegmenter.segmentation(of: $0, capacity: 0).words.count }
        #expect(count > 100)
        #expect(WordSegmenter.capacityEstimate(bytes.count) >= count * 6 / 5)
    }
}
