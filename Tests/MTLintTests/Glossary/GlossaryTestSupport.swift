import Foundation
@testable import MTLint

/// Paths and helpers shared by the glossary tests.
enum GlossaryTestSupport {
    static let packageRoot = TestPaths.repository

    static func fixture(_ name: String) -> String {
        TestPaths.fixture("Glossary/\(name)")
    }

    static func tsv(_ text: String, path: String = "test.tsv") throws -> [GlossaryConcept] {
        try GlossaryTSVReader.read(Array(text.utf8), path: path)
    }

    static func tbx(_ text: String, path: String = "test.tbx") throws -> [GlossaryConcept] {
        try GlossaryTBXReader.read(Array(text.utf8), path: path)
    }

    /// The error a read throws, or nil.
    static func error(_ body: () throws -> Any) -> GlossaryError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? GlossaryError
        }
    }
}
