import Foundation
import Testing
@testable import PeaceTalksModel

/// The built-in domain codebook: it reads cleanly, and sentences written here (not taken
/// from any article) link to the issues and actors a reader would expect.
@Suite struct DomainCodebookTests {
    /// Parsed once: the tests below look up many sentences.
    static let parsed = Result { try CodebookLoader.parse(domainCodebookYAML, path: "built-in domain codebook") }

    static func codebook() throws -> Codebook { try parsed.get() }

    /// A body paragraph split into sentences the way the segmenter splits them.
    static func paragraph(_ text: String, section: Int = 0) -> Paragraph {
        let spans = SentenceSplitter.split(Array(text.unicodeScalars))
        return Paragraph(
            index: 0, line: 1, kind: .body, section: section, text: text, sentences: spans.map(Sentence.init))
    }

    static let untitled = [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<1)]

    /// Issue id → the keywords it was linked by, for one paragraph.
    static func links(_ text: String, codebook: Codebook? = nil) throws -> [String: [String]] {
        let linker = IssueLinker(codebook: try codebook ?? Self.codebook())
        var result: [String: [String]] = [:]
        for link in linker.links(paragraphs: [paragraph(text)], sections: untitled, document: 0) {
            result[link.issue] = link.reasons.compactMap { if case .keyword(let word) = $0 { word } else { nil } }
        }
        return result
    }

    static func issues(_ text: String) throws -> [String] {
        try links(text).keys.sorted()
    }

    static func actors(_ text: String) throws -> [String] {
        var seen: [String] = []
        for mention in ActorDirectory(codebook: try codebook()).mentions(in: text) where !seen.contains(mention.actor) {
            seen.append(mention.actor)
        }
        return seen
    }

    // MARK: The file itself

    @Test func readsWithoutErrorOrWarning() throws {
        let codebook = try Self.codebook()
        #expect(codebook.issues.map(\.id) == [
            "territory", "neutrality", "denazification", "security-guarantees", "ceasefire-sequencing", "sanctions",
        ])
        // Analysing a text with it alone reports nothing.
        let article = Article(path: "note.txt", text: "Poetin en Zelensky spraken over een staakt-het-vuren.")
        let corpus = CorpusBuilder.build(articles: [article], codebook: codebook)
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
    }

    @Test func everyActorHasARoleAnAliasAndAUniqueID() throws {
        let codebook = try Self.codebook()
        #expect(Set(codebook.actors.map(\.id)).count == codebook.actors.count)
        #expect(Set(codebook.issues.map(\.id)).count == codebook.issues.count)
        for actor in codebook.actors {
            #expect(!(actor.role ?? "").isEmpty, "\(actor.id) has no role")
            #expect(!actor.aliases.isEmpty, "\(actor.id) has no alias")
            if actor.kind == .person {
                #expect(actor.gender != nil, "\(actor.id) has no gender")
            } else {
                #expect(actor.gender == nil)
            }
            if let side = actor.side { #expect(codebook.sides.contains(side), "\(actor.id) on side \(side)") }
        }
        // The coverage the task names, by id.
        let ids = Set(codebook.actors.map(\.id))
        for id in [
            "russia", "ukraine", "united-states", "eu", "nato", "united-kingdom", "france", "germany", "turkey",
            "china", "saudi-arabia", "qatar", "united-arab-emirates", "belarus", "kremlin", "united-nations", "osce",
            "g7", "vladimir-poetin", "volodymyr-zelensky", "sergej-lavrov", "dmitry-peskov", "andriy-yermak",
            "steve-witkoff", "mark-rutte", "kaja-kallas", "ursula-von-der-leyen", "jens-stoltenberg",
        ] {
            #expect(ids.contains(id), "missing \(id)")
        }
    }

    @Test func keepsTheSeedsIDs() throws {
        let domain = try Self.codebook()
        let seed = try CodebookFixtures.loadSeedCodebook()
        for issue in seed.issues { #expect(domain.issue(issue.id) != nil, "issue \(issue.id)") }
        // The sides and the people of the talks; the experts one article quotes stay in its own codebook.
        for side in seed.sides { #expect(domain.actor(side) != nil, "side \(side)") }
        for actor in seed.actors where actor.side != nil { #expect(domain.actor(actor.id) != nil, "actor \(actor.id)") }
    }

    // MARK: Issues in Dutch and English

    @Test func dutchSentencesLinkTheirIssues() throws {
        #expect(try Self.issues("Kyiv weigert de Donbas af te staan en wil geen gebiedsruil.") == ["territory"])
        #expect(try Self.issues("Moskou eist dat Oekraïne afziet van het NAVO-lidmaatschap.") == ["neutrality"])
        #expect(try Self.issues("Het Kremlin noemt de regering in Kyiv illegitiem.") == ["denazification"])
        #expect(try Self.issues("Europa wil een vredesmacht sturen als veiligheidsgarantie.") == ["security-guarantees"])
        #expect(try Self.issues("Oekraïne stemde in met een wapenstilstand van dertig dagen.") == ["ceasefire-sequencing"])
        #expect(try Self.issues("Brussel bereidt een nieuw sanctiepakket voor.") == ["sanctions"])
        #expect(try Self.issues("De EU wil de bevroren tegoeden gebruiken voor een herstellening.") == ["sanctions"])
        #expect(try Self.issues("Er kwam een gevechtspauze rond Pasen.") == ["ceasefire-sequencing"])
    }

    @Test func englishSentencesLinkTheirIssues() throws {
        #expect(try Self.issues("Trump floated a land swap that would see Kyiv cede parts of Donetsk.") == ["territory"])
        #expect(try Self.issues("Moscow wants guarantees that Kyiv will never join NATO.") == ["neutrality"])
        #expect(try Self.issues("The Kremlin questions the legitimacy of the government.") == ["denazification"])
        #expect(try Self.issues("A reassurance force of the coalition of the willing would deploy.") == [
            "security-guarantees",
        ])
        #expect(try Self.issues("Both sides agreed to a halt to the fighting on energy sites.") == ["ceasefire-sequencing"])
        #expect(try Self.issues("The G7 lowered the price cap on Russian oil.") == ["sanctions"])
    }

    @Test func broadWordsOfTalksCoverageLinkNothing() throws {
        #expect(try Self.issues("Rusland en Oekraïne spraken in Istanboel over vrede.") == [])
        #expect(try Self.issues("Russia and Ukraine held talks in Istanbul about peace.") == [])
    }

    // MARK: Phrases that must not count

    @Test func inRuilDaarvoorIsNoTerritory() throws {
        #expect(try Self.issues("Oekraïne krijgt in ruil daarvoor veiligheidsgaranties.") == ["security-guarantees"])
        #expect(try Self.issues("Kyiv wil wapens in ruil voor grondstoffen.") == [])
        // A swap of land still is.
        #expect(try Self.links("Een ruil van gebieden is voor Kyiv onbespreekbaar.")["territory"] == ["ruil van gebieden"])
        #expect(try Self.links("Trump stelde een ruil voor.")["territory"] == ["ruil"])
    }

    @Test func inExchangeIsNoTerritory() throws {
        #expect(try Self.issues("In exchange, Kyiv wants security guarantees.") == ["security-guarantees"])
        // Beside a territorial word, the exchange is still not what made the link.
        #expect(try Self.links("Kyiv would give up Crimea in exchange for membership of NATO.")["territory"] == ["Crimea"])
        #expect(try Self.links("Washington proposed a land swap.")["territory"] == ["land swap"])
        let exchange = try Self.links("An exchange of territory is on the table.")
        #expect(exchange["territory"] == ["exchange", "territory"], "\(exchange)")
    }

    @Test func prisonerExchangesAreNoTerritory() throws {
        #expect(try Self.issues("Rusland en Oekraïne ruilen gevangenen uit.") == [])
        #expect(try Self.issues("Beide landen kwamen een ruil van gevangenen overeen.") == [])
        #expect(try Self.issues("The prisoner swap took place on the Belarusian border.") == [])
        #expect(try Self.issues("Kyiv and Moscow agreed an exchange of prisoners.") == [])
    }

    @Test func opHetGebiedVanIsNoTerritory() throws {
        #expect(try Self.issues("Op het gebied van de Krim verandert niets.") == ["territory"])
        #expect(try Self.links("Op het gebied van de Krim verandert niets.")["territory"] == ["Krim"])
        #expect(try Self.issues("Op het gebied van energie werken ze samen.") == [])
    }

    @Test func aPeaceDealAloneIsNoCeasefireQuestion() throws {
        #expect(try Self.issues("Het vredesakkoord werd in Washington besproken.") == [])
        #expect(try Self.issues("De vredesgesprekken in Genève leverden niets op.") == [])
        // With a ceasefire in the same sentence it belongs to the question of what comes first.
        #expect(try Self.links("Kyiv wil eerst een staakt-het-vuren en pas dan een vredesakkoord.")["ceasefire-sequencing"] == [
            "staakt-het-vuren", "vredesakkoord",
        ])
    }

    @Test func peaceTalksAloneAreNoCeasefireQuestion() throws {
        #expect(try Self.issues("The peace talks in Geneva ended without a result.") == [])
        #expect(try Self.issues("A peace deal is not in sight.") == [])
        #expect(try Self.links("Moscow rejects a ceasefire before peace talks.")["ceasefire-sequencing"] == [
            "ceasefire", "peace talks",
        ])
    }

    @Test func verkiezingenAloneIsNoDenazification() throws {
        #expect(try Self.issues("In Oekraïne zijn volgend jaar verkiezingen.") == [])
        #expect(try Self.links("Poetin noemt Zelensky illegitiem en eist verkiezingen.")["denazification"] == [
            "illegitiem", "verkiezingen",
        ])
        #expect(try Self.links("Omdat zijn ambtstermijn is verlopen, wil Moskou verkiezingen.")["denazification"] == [
            "ambtstermijn is verlopen", "verkiezingen",
        ])
    }

    @Test func electionsAloneAreNoDenazification() throws {
        #expect(try Self.issues("After the US presidential election, Trump promised a deal.") == [])
        #expect(try Self.links("Moscow says Zelensky's term has expired and demands elections.")["denazification"] == [
            "term has expired", "elections",
        ])
    }

    @Test func aWeakWordNeedsAKeywordInItsOwnSentence() throws {
        // The keyword is in the paragraph, but in another sentence.
        let text = "Poetin noemt Zelensky illegitiem. In Oekraïne zijn volgend jaar verkiezingen."
        #expect(try Self.links(text)["denazification"] == ["illegitiem"])
        // A sentence or quote looked up alone is one sentence.
        let linker = IssueLinker(codebook: try Self.codebook())
        let lone = Self.paragraph("Er komen verkiezingen.")
        #expect(linker.issueIDs(in: "Er komen verkiezingen.", paragraph: lone, sections: Self.untitled) == [])
        #expect(linker.issueIDs(
            in: "Er komen verkiezingen, want de junta is illegitiem.", paragraph: lone, sections: Self.untitled)
            == ["denazification"])
    }

    @Test func aWeakWordCountsInTheIssuesOwnSection() throws {
        let codebook = try CodebookLoader.parse("""
            version: 1
            issues:
              - id: legitimacy
                title: Legitimacy
                keywords: [illegitiem]
                weak: [verkiezingen]
                sections: [Legitimiteit]
            actors: []
            """, path: "t.yaml")
        let linker = IssueLinker(codebook: codebook)
        let sections = [
            Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<0),
            Section(index: 1, title: "Legitimiteit", headingParagraph: nil, paragraphs: 0..<1),
        ]
        let links = linker.links(
            paragraphs: [Self.paragraph("Er komen verkiezingen.", section: 1)], sections: sections, document: 0)
        #expect(links.first?.reasons == [.section("Legitimiteit"), .keyword("verkiezingen")])
        #expect(links.first?.spans.count == 1)
    }

    // MARK: Actors

    @Test func dutchNamesFindTheirActors() throws {
        #expect(try Self.actors("Poetin sprak met Zelenski en Jermak over Oesjakov.") == [
            "vladimir-poetin", "volodymyr-zelensky", "andriy-yermak", "yuri-ushakov",
        ])
        #expect(try Self.actors("Volgens Peskov en Zacharova heeft Sjojgoe gelijk.") == [
            "dmitry-peskov", "maria-zakharova", "sergei-shoigu",
        ])
        #expect(try Self.actors("Loekasjenko, Medvedjev en Boedanov reageerden; Sjmyhal zweeg.") == [
            "alexander-lukashenko", "dmitry-medvedev", "kyrylo-budanov", "denys-shmyhal",
        ])
        #expect(try Self.actors("Minister Van Weel en Brekelmans spraken met Wit-Rusland.") == [
            "david-van-weel", "ruben-brekelmans", "belarus",
        ])
    }

    @Test func englishNamesFindTheirActors() throws {
        #expect(try Self.actors("Putin told Witkoff and Kushner that Zelenskyy's envoy Umerov was late.") == [
            "vladimir-poetin", "steve-witkoff", "jared-kushner", "volodymyr-zelensky", "rustem-umerov",
        ])
        #expect(try Self.actors("Dmitriev met Rubio in Riyadh; the Kremlin and the UAE welcomed it.") == [
            "kirill-dmitriev", "marco-rubio", "kremlin", "united-arab-emirates",
        ])
        #expect(try Self.actors("Ursula von der Leyen, Kallas and NATO chief Rutte met Erdogan.") == [
            "ursula-von-der-leyen", "kaja-kallas", "nato", "mark-rutte", "recep-tayyip-erdogan",
        ])
    }

    @Test func aSurnameTwoPeopleShareNamesNeither() throws {
        // Boris and Mike Johnson: "Johnson" alone could be either, so it is nobody.
        #expect(try Self.actors("Johnson said so.") == [])
        #expect(try Self.actors("Boris Johnson said so.") == ["boris-johnson"])
    }
}

/// The codebook keys the domain codebook brought: `weak` and `exclude` per issue, `gender` per person.
@Suite struct CodebookWeakExcludeGenderTests {
    static let base = """
        version: 1
        issues:
          - id: territory
            title: Territory
            keywords: [ruil]
            weak: [gebied]
            exclude: [in ruil]
        actors:
          - id: ann-smith
            name: Ann Smith
            kind: person
            gender: f
          - id: russia
            name: Russia
            kind: state
        """

    @Test func newKeysAreRead() throws {
        let codebook = try CodebookLoader.parse(Self.base, path: "t.yaml")
        #expect(codebook.issues.first?.weakKeywords == ["gebied"])
        #expect(codebook.issues.first?.excludedPhrases == ["in ruil"])
        #expect(codebook.actor("ann-smith")?.gender == .female)
        #expect(codebook.actor("russia")?.gender == nil)
    }

    @Test func badValuesNameTheirPlace() {
        let badPhrase = Self.base.replacingOccurrences(of: "exclude: [in ruil]", with: "exclude: [in*ruil]")
        #expect(CodebookFixtures.diagnostic(parsing: badPhrase)?.description
            == "test.yaml:7:15: error: invalid excluded phrase “in*ruil” in issue “territory”: it needs a letter or digit, and “*” only at its end")
        let badWeak = Self.base.replacingOccurrences(of: "weak: [gebied]", with: "weak: [\"-\"]")
        #expect(CodebookFixtures.diagnostic(parsing: badWeak)?.description
            == "test.yaml:6:12: error: invalid weak keyword “-” in issue “territory”: it needs a letter or digit, and “*” only at its end")
        let badGender = Self.base.replacingOccurrences(of: "gender: f", with: "gender: v")
        #expect(CodebookFixtures.diagnostic(parsing: badGender)?.description
            == "test.yaml:12:13: error: invalid gender “v” for actor “ann-smith” (expected m or f)")
        let stateGender = Self.base + "\n    gender: m\n"
        #expect(CodebookFixtures.diagnostic(parsing: stateGender)?.description
            == "test.yaml:16:13: error: actor “russia” has a gender, but only a person can have one")
        let misspelt = Self.base.replacingOccurrences(of: "exclude:", with: "exclud:")
        #expect(CodebookFixtures.diagnostic(parsing: misspelt)?.description
            == "test.yaml:7:5: error: unknown key “exclud” in issue 1 (did you mean “exclude”?)")
    }

    @Test func theArchiveKeepsTheNewKeys() throws {
        let codebook = try CodebookLoader.parse(Self.base, path: "t.yaml")
        let corpus = CorpusBuilder.build(articles: [Article(path: "a.txt", text: "Ann Smith: geen ruil.")], codebook: codebook)
        let decoded = try CorpusArchive.decode(CorpusArchive.encode(corpus))
        #expect(decoded.codebook == corpus.codebook)
        #expect(decoded.codebook.issues.first?.excludedPhrases == ["in ruil"])
        #expect(decoded.codebook.actor("ann-smith")?.gender == .female)
    }
}
