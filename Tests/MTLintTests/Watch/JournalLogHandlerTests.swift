import Testing
@testable import MTLintWatch

@Suite struct JournalLogHandlerTests {
    @Test func prioritiesFollowSyslog() {
        #expect(JournalLogHandler.priority(.error) == 3)
        #expect(JournalLogHandler.priority(.warning) == 4)
        #expect(JournalLogHandler.priority(.info) == 6)
        #expect(JournalLogHandler.priority(.debug) == 7)
    }

    @Test func oneEventIsOneLine() {
        #expect(JournalLogHandler.oneLine("a\nb\r\tc\u{1B}") == "a\\nb\\r\\tc\\x1B")
        #expect(JournalLogHandler.oneLine("plain Новости") == "plain Новости")
    }
}
