import Testing
import MTLint
import MTLintWatch

@Suite struct WatchConfigurationTests {
    @Test func readsTheWatchSection() throws {
        let text = #"{ "version": 1, "watch": { "folder": "/srv/w", "settle": 0.5, "workers": 3, "formats": ["json", "text"] } }"#
        let configuration = try ConfigurationFile.parse(Array(text.utf8), path: "c.json")
        #expect(configuration.watch.folder == "/srv/w")
        #expect(configuration.watch.settle == 0.5)
        #expect(configuration.watch.workers == 3)
        #expect(configuration.watch.maxSize == 16 << 20)
        let settings = try WatchSettings(checker: Checker(configuration: configuration), watch: configuration.watch)
        #expect(settings.formats.map(\.name) == ["json", "text"])
    }

    @Test func rejectsUnknownKeysAndBadValues() {
        #expect(throws: InputError.self) {
            try ConfigurationFile.parse(Array(#"{ "version": 1, "watch": { "bogus": 1 } }"#.utf8), path: "c.json")
        }
        #expect(throws: InputError.self) {
            try ConfigurationFile.parse(Array(#"{ "version": 1, "watch": { "workers": 0 } }"#.utf8), path: "c.json")
        }
        #expect(throws: WatchSettings.SettingsError.self) {
            try WatchSettings(checker: Checker(), watch: WatchConfiguration(formats: ["pdf"]))
        }
    }

    @Test func theShippedExampleParses() throws {
        let path = #filePath.split(separator: "/").dropLast(4).joined(separator: "/")
        let configuration = try ConfigurationFile.load(path: "/\(path)/systemd/mtlint.json")
        #expect(configuration.watch.folder == "/var/lib/mtlint")
    }
}
