import Foundation
import Testing

/// Any article, out of the box: a binary copied out of the checkout, with an empty home,
/// reads news texts it was never tuned on, with the built-in codebook and without noise.
@Suite(.serialized) struct AnyArticleTests {
    static let fixtures = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/AnyArticle")
    static let articles = ["en-talks-stall.txt", "nl-gesprekken-vastgelopen.txt"]

    /// A copy of the binary alone in a folder, a home with nothing in it, and copies of the articles.
    final class Elsewhere {
        let folder: TemporaryFolder
        let binary: String
        let home: String
        let articles: [String]

        init(build: BuildUnderTest = .debug) throws {
            let folder = try TemporaryFolder()
            self.folder = folder
            binary = folder.path("bin/peacetalks")
            try FileManager.default.createDirectory(atPath: folder.path("bin"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: try build.binary(), toPath: binary)
            home = folder.path("home")
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            articles = try AnyArticleTests.articles.map { name in
                try folder.file("articles/" + name, Data(contentsOf: AnyArticleTests.fixtures.appendingPathComponent(name)))
            }
        }

        /// HOME empty and every XDG and peacetalks variable unset, as on a fresh account.
        var environment: [String: String?] {
            [
                "HOME": home, "XDG_CONFIG_HOME": nil, "XDG_CACHE_HOME": nil, "PEACETALKS_CACHE_DIR": nil,
                "PEACETALKS_SEEDS": nil, "PEACETALKS_CACHE": nil, "PEACETALKS_ALL_WARNINGS": nil,
            ]
        }

        func run(_ arguments: [String], binary: String? = nil) throws -> CommandRun {
            try CommandRun.peacetalks(
                arguments, environment: environment, directory: URL(fileURLWithPath: folder.path("bin")),
                executable: binary ?? self.binary)
        }
    }

    static func matches(_ actor: [String: Any], _ names: [String]) -> Bool {
        let spelled = ([actor["name"] as? String ?? ""] + (actor["aliases"] as? [String] ?? [])).map { $0.lowercased() }
        return names.contains { name in spelled.contains { $0.contains(name) } }
    }

    /// The release binary too: that is the one a user installs.
    @Test(arguments: BuildUnderTest.allCases)
    func aCopiedBinaryWithAnEmptyHomeLinksIssuesAndNamesActorsWithoutWarnings(_ build: BuildUnderTest) throws {
        let elsewhere = try Elsewhere(build: build)
        for article in elsewhere.articles {
            let summary = try elsewhere.run(["summary", article])
            #expect(summary.status == 0)
            #expect(summary.stderr.isEmpty, "\(article): \(summary.stderr)")

            let issuesRun = try elsewhere.run(["issues", "--json", article])
            #expect(issuesRun.stderr.isEmpty, "\(article): \(issuesRun.stderr)")
            let issues = try #require(try issuesRun.json() as? [[String: Any]])
            let linked = Set(issues.filter { !(($0["links"] as? [Any]) ?? []).isEmpty }.compactMap { $0["id"] as? String })
            // Each text speaks of land, a ceasefire, guarantees, sanctions and NATO in its own words.
            for issue in ["territory", "ceasefire-sequencing", "security-guarantees", "sanctions", "neutrality"] {
                #expect(linked.contains(issue), "\(article): \(issue) not linked; linked: \(linked.sorted())")
            }

            let actorsRun = try elsewhere.run(["actors", "--json", article])
            #expect(actorsRun.stderr.isEmpty, "\(article): \(actorsRun.stderr)")
            let actors = try #require(try actorsRun.json() as? [[String: Any]])
            let named = actors.filter { ($0["mentionCount"] as? Int ?? 0) > 0 && ($0["discovered"] as? Bool) == false }
            for person in [["putin", "poetin"], ["zelensky", "zelenski"], ["trump"]] {
                #expect(named.contains { Self.matches($0, person) }, "\(article): \(person[0]) not named")
            }
        }
    }

    /// The same article read by the checkout's binary and by the copy gives the same answers.
    @Test func theCopyBehavesAsTheBinaryInTheCheckout() throws {
        let elsewhere = try Elsewhere()
        for article in elsewhere.articles {
            for command in [["summary"], ["issues", "--json"], ["actors", "--json"], ["quotes", "--json"]] {
                let copy = try elsewhere.run(command + [article])
                let checkout = try elsewhere.run(command + [article], binary: Binary.path)
                #expect(copy.status == 0 && checkout.status == 0)
                #expect(copy.stdout == checkout.stdout, "\(command) on \(article)")
                #expect(copy.stderr == checkout.stderr)
            }
        }
    }

    /// From the checkout, beside the seed and its annotations, another article hears nothing of them.
    @Test func anotherArticleOpenedInTheCheckoutPrintsNoWarningAboutTheSeed() throws {
        for name in Self.articles {
            let run = try CommandRun.peacetalks(["summary", Self.fixtures.appendingPathComponent(name).path])
            #expect(run.status == 0)
            #expect(run.stderr.isEmpty, "\(name): \(run.stderr)")
        }
        let both = try CommandRun.peacetalks(["summary", Binary.seedArticle, Self.fixtures.path])
        #expect(both.status == 0)
        #expect(both.stderr.isEmpty, "\(both.stderr)")
    }

    @Test func withNoArticleAndNoSeedTheCommandSaysHowToOpenOne() throws {
        let elsewhere = try Elsewhere()
        let run = try elsewhere.run(["summary"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no article to open"))
        #expect(run.stderr.contains("`peacetalks article.txt`"))
        #expect(run.stdout.isEmpty)
    }

    /// The explorer, too: a message and a non-zero exit, not an empty screen.
    @Test(.enabled(if: TmuxSession.isAvailable)) func withNoArticleAndNoSeedTheExplorerSaysHowToOpenOne() throws {
        let elsewhere = try Elsewhere()
        let session = try TmuxSession(
            binary: elsewhere.binary, environment: ["HOME": elsewhere.home], directory: elsewhere.folder.path("bin"))
        defer { session.close() }
        let status = try session.waitForExitStatus()
        #expect(status == 1)
        let screen = try session.waitFor("the message") { $0.contains("no article to open") }
        #expect(screen.contains("peacetalks article.txt"))
    }

    /// `peacetalks codebook`: the built-in codebook alone from an empty folder; the seed's own
    /// codebook over it in the checkout; a `--codebook` over both.
    @Test func theCodebookCommandSaysWhereEachPartComesFrom() throws {
        let elsewhere = try Elsewhere()
        let alone = try #require(try elsewhere.run(["codebook", "--json"]).json() as? [String: Any])
        #expect(alone["layers"] as? [String] == ["built-in codebook"])
        let builtInIssues = try #require(alone["issues"] as? [[String: Any]])
        #expect(builtInIssues.count >= 6)
        #expect(builtInIssues.allSatisfy { $0["source"] as? String == "built-in codebook" })

        let extra = try elsewhere.folder.file("extra.yaml", """
            version: 1
            actors:
              - id: jan-jansen
                name: Jan Jansen
                kind: person
                side: ukraine
            """)
        let seedCodebook = Binary.packageRoot.appendingPathComponent(
            "seeds/vredesgesprekken-2025-waarom-het-vastloopt.codebook.yaml").path
        let run = try CommandRun.peacetalks(["codebook", "--json", "--codebook", extra])
        #expect(run.status == 0, "\(run.stderr)")
        let layered = try #require(try run.json() as? [String: Any])
        let layers = try #require(layered["layers"] as? [String])
        #expect(layers.first == "built-in codebook")
        #expect(layers.last == extra)
        #expect(layers.contains { $0.hasSuffix("seeds/vredesgesprekken-2025-waarom-het-vastloopt.codebook.yaml") })
        let issues = try #require(layered["issues"] as? [[String: Any]])
        let territory = try #require(issues.first { $0["id"] as? String == "territory" })
        #expect((territory["source"] as? String).map { URL(fileURLWithPath: $0).standardizedFileURL.path } == seedCodebook)
        let actors = try #require(layered["actors"] as? [[String: Any]])
        #expect(actors.first { $0["id"] as? String == "jan-jansen" }?["source"] as? String == extra)

        let table = try CommandRun.peacetalks(["codebook", "--codebook", extra])
        #expect(table.stdout.contains("actor\tjan-jansen\tJan Jansen (person)\tukraine\t\(extra)\n"))
        #expect(table.stdout.hasPrefix("sides\t\t"))
    }

    /// An edited article whose annotations no longer match: each stale anchor is one warning at
    /// its place in the annotation file, the position is kept, and --quiet and --verbose are obeyed.
    @Test func staleAnchorsAreReportedOnceEachAndQuietAndVerboseAreObeyed() throws {
        let elsewhere = try Elsewhere()
        let article = elsewhere.articles[0]
        let anchors = (1...10).map { "      - exact: \"a sentence this article never had, number \($0)\"" }
        let annotations = """
            version: 1
            positions:
              - issue: territory
                actor: ukraine
                summary: Keeps its land.
                anchors:
                  - exact: "Kyiv rejects giving up territory"
            \(anchors.joined(separator: "\n"))
            """
        let sidecar = try elsewhere.folder.file("articles/en-talks-stall.annotations.yaml", annotations)

        let plain = try elsewhere.run(["issues", "--json", article])
        #expect(plain.status == 0)
        let lines = plain.stderr.split(separator: "\n")
        #expect(lines.count == 9, "\(plain.stderr)")
        #expect(lines.first == "peacetalks: \(sidecar):8:9: warning: position ukraine on territory: anchor “a sentence this article never had, number 1” no longer matches en-talks-stall.txt (kept, unanchored)")
        #expect(lines.last == "peacetalks: … and 2 more warnings (--verbose shows all)")
        let issues = try #require(try plain.json() as? [[String: Any]])
        let territory = try #require(issues.first { $0["id"] as? String == "territory" })
        let position = try #require((territory["positions"] as? [[String: Any]])?.first)
        #expect((position["lines"] as? [Int])?.count == 1)
        #expect((position["unanchored"] as? [String])?.count == 10)

        let verbose = try elsewhere.run(["summary", "--verbose", article])
        #expect(verbose.stderr.split(separator: "\n").count == 10, "\(verbose.stderr)")
        for number in 1...10 {
            #expect(verbose.stderr.components(separatedBy: "number \(number)”").count == 2, "anchor \(number) reported once")
        }
        let quiet = try elsewhere.run(["summary", "--quiet", article])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
    }
}

/// The seed reads as it did before its positions moved from its codebook to its annotation file.
@Suite struct SeedExportTests {
    @Test func theSeedsPositionsIssueLinksAndQuotesAreWhatTheyWere() throws {
        let expectedURL = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/seed-expected.json")
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
        let run = try CommandRun.peacetalks(["export", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let json = try #require(try run.json() as? [String: Any])
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
        let issues = try #require(json["issues"] as? [[String: Any]])

        var positions: [NSDictionary] = []
        var links: [String: [Int]] = [:]
        for issue in issues {
            let id = try #require(issue["id"] as? String)
            links[id] = (issue["links"] as? [[String: Any]] ?? []).compactMap { $0["paragraph"] as? Int }
            for position in issue["positions"] as? [[String: Any]] ?? [] {
                positions.append([
                    "issue": id, "actorId": position["actorId"] ?? "", "summary": position["summary"] ?? "",
                    "fragments": position["fragments"] ?? [],
                    "anchors": (position["anchors"] as? [[String: Any]] ?? []).map { ["line": $0["line"], "paragraph": $0["paragraph"]] },
                ] as NSDictionary)
            }
        }
        let expectedPositions = try #require(expected["positions"] as? [[String: Any]]).map { $0 as NSDictionary }
        #expect(positions.count == expectedPositions.count)
        for (found, wanted) in zip(positions, expectedPositions) {
            #expect(found == wanted, "\(found) ≠ \(wanted)")
        }
        #expect(links as NSDictionary == (expected["issueLinks"] as? NSDictionary))

        let quotes = try #require(json["quotes"] as? [[String: Any]]).map { quote in
            ["text": quote["text"] ?? NSNull(), "speaker": quote["speaker"] ?? NSNull(), "kind": quote["kind"] ?? NSNull()] as NSDictionary
        }
        let expectedQuotes = try #require(expected["quotes"] as? [[String: Any]]).map { $0 as NSDictionary }
        #expect(quotes == expectedQuotes)
    }
}
