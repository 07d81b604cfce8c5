import Foundation
import Testing
import TestSupport

/// The stored first screen (`*.frame` in the cache) on the real binary in tmux: a warm start
/// shows the same first screen the explorer drew, and a key typed as soon as it shows is
/// handled by the explorer built behind it.
@Suite("Stored first screen in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerFirstScreenTmuxTests {
    /// The issues list with the status line: the explorer's first screen on the seed.
    static func isFirstScreen(_ screen: String) -> Bool {
        screen.contains("q quit") && screen.contains("passages")
    }

    static func frames(in cache: String) -> [String] {
        let folder = cache + "/peacetalks"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".frame") }.map { folder + "/" + $0 }
    }

    @Test func aWarmStartShowsTheSameFirstScreenAndTakesAKeyTypedAtOnce() throws {
        let folder = try TemporaryFolder()
        // A cache of its own (the first start analyses), and no codebook of the developer's.
        let environment = ["PEACETALKS_CACHE_DIR": folder.path("cache"), "XDG_CONFIG_HOME": folder.path("config")]

        // First start: analysed, drawn, and its first screen stored for the next.
        let first = try TmuxSession(environment: environment)
        defer { first.close() }
        let drawn = try first.waitFor("the first screen", timeout: 120, Self.isFirstScreen)
        first.send("q")
        #expect(try first.waitForExitStatus() == 0)
        let stored = Self.frames(in: folder.path("cache"))
        #expect(stored.count == 1)
        let before = try FileManager.default.attributesOfItem(atPath: try #require(stored.first))

        // Second start: the same screen, and the stored one was the explorer's own (not written again).
        let second = try TmuxSession(environment: environment)
        defer { second.close() }
        let again = try second.waitFor("the first screen", Self.isFirstScreen)
        #expect(again == drawn)
        second.send("q")
        #expect(try second.waitForExitStatus() == 0)
        let after = try FileManager.default.attributesOfItem(atPath: try #require(stored.first))
        #expect(after[.systemFileNumber] as? NSNumber == before[.systemFileNumber] as? NSNumber)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)

        // Third start: 2 (the actors) typed the moment the first screen shows, without waiting for it to settle.
        let third = try TmuxSession(environment: environment)
        defer { third.close() }
        let deadline = Date().addingTimeInterval(20)
        while !Self.isFirstScreen(third.capture()), Date() < deadline { usleep(5_000) }
        third.send("2")
        try third.waitFor("the actors list") { screen in
            screen.contains("mentions") && screen.split(separator: "\n").first?.hasSuffix("Actors") == true
        }
        third.send("q")
        #expect(try third.waitForExitStatus() == 0)
    }
}
