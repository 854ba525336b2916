import Foundation
import Glibc
import Testing
@testable import MTLint

/// A document's text bytes behave as the array they replace, whether they hold an array or
/// a file mapping.
@Suite struct TextBytesTests {
    private static let sample = Array("Line one.\nВторая строка, café.\n\nLast".utf8)

    /// Every way the checks read the bytes gives what the array gives.
    private func expectSameAsArray(_ bytes: TextBytes, _ array: [UInt8]) {
        #expect(bytes.count == array.count)
        #expect(bytes.isEmpty == array.isEmpty)
        #expect(bytes.startIndex == 0 && bytes.endIndex == array.count)
        #expect(bytes.indices == 0..<array.count)
        #expect(Array(bytes) == array)
        #expect(bytes.bytes == array)
        #expect(Array(bytes.reversed()) == Array(array.reversed()))
        for index in array.indices { #expect(bytes[index] == array[index]) }
        #expect(bytes.withUnsafeBufferPointer { Array($0) } == array)
        #expect(bytes.withContiguousStorageIfAvailable { Array($0) } == array)
        #expect(bytes.withBytes { Array(UnsafeBufferPointer(start: $0, count: Int($1))) } == array)
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: array, as: UTF8.self))
        for start in stride(from: 0, through: array.count, by: 3) {
            for end in stride(from: start, through: array.count, by: 5) {
                let slice = bytes[start..<end]
                // Slices keep the indices of the whole, as array slices do.
                #expect(slice.startIndex == start && slice.endIndex == end)
                #expect(Array(slice) == Array(array[start..<end]))
                #expect(slice.first == array[start..<end].first)
            }
        }
    }

    @Test func arrayBytesReadAsTheArray() {
        let bytes = TextBytes(Self.sample)
        #expect(!bytes.isMapped)
        expectSameAsArray(bytes, Self.sample)
        expectSameAsArray(TextBytes(), [])
        expectSameAsArray([0x61, 0x0A], [0x61, 0x0A])
        #expect(TextBytes(Self.sample) == TextBytes(Self.sample))
        #expect(TextBytes(Self.sample) != TextBytes(Array(Self.sample.dropLast())))
    }

    @Test func mappedBytesReadAsTheFile() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.txt").path
        try Data(Self.sample).write(to: URL(fileURLWithPath: path))
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        let mapping = try #require(FileMapping(descriptor: descriptor, count: Self.sample.count))
        // The mapping outlives the descriptor it was made from.
        close(descriptor)
        let bytes = TextBytes(mapping)
        #expect(bytes.isMapped)
        expectSameAsArray(bytes, Self.sample)
        #expect(bytes == TextBytes(Self.sample))
    }

    @Test func outOfRangeSubscriptIsCaught() async {
        await #expect(processExitsWith: .failure) {
            _ = TextBytes([1, 2, 3])[3]
        }
    }

    @Test func normalizationKeepsNFCBytesAndRewritesTheRest() {
        let nfc = TextBytes(Array("café Москва".utf8))
        #expect(Normalizer.nfc(nfc) == nfc)
        let decomposed = Array("cafe\u{301} Москва".utf8)
        let normalized = Normalizer.nfc(TextBytes(decomposed))
        #expect(Array(normalized) == Normalizer.nfc(decomposed))
        #expect(Array(normalized) == Array("café Москва".utf8))
    }
}
