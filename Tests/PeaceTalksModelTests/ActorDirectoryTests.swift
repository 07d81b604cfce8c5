import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct ActorDirectoryTests {
    static func seedDirectory() throws -> ActorDirectory {
        ActorDirectory(codebook: try CodebookFixtures.loadSeedCodebookAlone())
    }

    static func named(_ directory: ActorDirectory, _ text: String) -> [(String, String)] {
        directory.mentions(in: text).map { ($0.actor, text.scalarSlice($0.span)) }
    }

    @Test func inflectionsPossessivesAndDemonymsMapToTheirActor() throws {
        let directory = try Self.seedDirectory()
        let text = "Poetins houding, Trumps plannen en Zelensky’s ambtstermijn: de Russische aanval, "
            + "het Kremlin en Oekraïense steden."
        let found = Self.named(directory, text)
        #expect(found.map(\.0) == ["vladimir-poetin", "donald-trump", "volodymyr-zelensky", "russia", "kremlin", "ukraine"])
        #expect(found.map(\.1) == ["Poetins", "Trumps", "Zelensky’s", "Russische", "het Kremlin", "Oekraïense"])
    }

    @Test func longestMatchWinsAndMentionsNeverOverlap() throws {
        let directory = try Self.seedDirectory()
        let found = Self.named(directory, "Vladimir Poetin sprak met de Europese leiders over de Europese Unie.")
        #expect(found.map(\.0) == ["vladimir-poetin", "europe", "eu"])
        #expect(found.map(\.1) == ["Vladimir Poetin", "Europese leiders", "Europese Unie"])
    }

    @Test func wholeWordsOnly() throws {
        let directory = try Self.seedDirectory()
        // `Ruslandgezinde` is not `Rusland`, `trump` is a card, `Trumpet` is not Trump.
        #expect(directory.mentions(in: "een Ruslandgezinde regering speelt een trump, geen Trumpet").isEmpty)
    }

    @Test func capitalsInAnAliasMustBeCapitalsInTheText() throws {
        let directory = try Self.seedDirectory()
        #expect(Self.named(directory, "Het Kremlin zweeg.").map(\.0) == ["kremlin"])
        #expect(directory.mentions(in: "navo en eu zonder hoofdletters").isEmpty)
        #expect(Self.named(directory, "NAVO-landen en EU-lidmaatschap").map(\.0) == ["nato", "eu"])
    }

    @Test func trailingStarMatchesAnyEnding() throws {
        let directory = try Self.seedDirectory()
        #expect(Self.named(directory, "Oekraïners en Amerikaanse wapens").map(\.0) == ["ukraine", "united-states"])
    }

    @Test func accentsAreOptional() throws {
        let directory = try Self.seedDirectory()
        #expect(Self.named(directory, "Oekraine en Jānis Bērziņš, of Janis Berzins").map(\.0) == [
            "ukraine", "janis-berzins", "janis-berzins",
        ])
    }

    @Test func spansCountUnicodeScalars() throws {
        let directory = try Self.seedDirectory()
        let text = "Zo’n aanval op Oekraïne."
        let mention = try #require(directory.mentions(in: text).first)
        #expect(mention.span == TextSpan(start: 15, end: 23))
    }

    @Test func resolvesFullNamesSurnamesAndInflectedForms() throws {
        let directory = try Self.seedDirectory()
        #expect(directory.resolve(name: "Oksana Sjevel") == "oksana-sjevel")
        #expect(directory.resolve(name: "Sjevel") == "oksana-sjevel")
        #expect(directory.resolve(name: "Poetins") == "vladimir-poetin")
        #expect(directory.resolve(name: "het Kremlin") == "kremlin")
        #expect(directory.resolve(name: "kremlin") == "kremlin")
        #expect(directory.resolve(name: "Russisch buitenlandminister Sergej Lavrov") == "sergej-lavrov")
        #expect(directory.resolve(name: "Winston Churchill") == "winston-churchill")
        #expect(directory.resolve(name: "Dmitry Peskov") == nil)
        #expect(directory.resolve(name: "") == nil)
    }

    @Test func surnameOfACodebookPersonIsAnAliasUnlessShared() throws {
        let codebook = Codebook(
            path: "t", issues: [],
            actors: [
                ActorDefinition(id: "ann-smith", name: "Ann Smith", kind: .person, side: nil, role: nil, aliases: []),
                ActorDefinition(id: "bob-smith", name: "Bob Smith", kind: .person, side: nil, role: nil, aliases: []),
                ActorDefinition(id: "carl-jones", name: "Carl Jones", kind: .person, side: nil, role: nil, aliases: []),
            ], sides: [])
        let directory = ActorDirectory(codebook: codebook)
        #expect(directory.resolve(name: "Jones") == "carl-jones")
        #expect(directory.resolve(name: "Smith") == nil)
        #expect(directory.resolve(name: "Bob Smith") == "bob-smith")
    }

    // MARK: Discovery

    static func paragraphs(_ texts: [String]) -> [Paragraph] {
        texts.enumerated().map { index, text in
            Paragraph(
                index: index, line: index + 1, kind: index == 0 ? .lede : .body, section: 0, text: text,
                sentences: [Sentence(span: TextSpan(start: 0, end: text.unicodeScalars.count))])
        }
    }

    @Test func discoversAnEnglishSpokesmanByApposition() throws {
        var directory = try Self.seedDirectory()
        let text = "“We see no progress,” said Dmitry Peskov, the Kremlin spokesman, on Monday. "
            + "Later Peskov added that Moscow would wait."
        directory.discover(in: Self.paragraphs([text]), quotes: [], language: .english)
        let peskov = try #require(directory.actors.first { $0.id == "dmitry-peskov" })
        #expect(peskov.name == "Dmitry Peskov")
        #expect(peskov.kind == .person)
        #expect(peskov.role == "Kremlin spokesman")
        #expect(peskov.discovered)
        #expect(directory.resolve(name: "Peskov") == "dmitry-peskov")
        let found = Self.named(directory, text).map(\.0)
        #expect(found == ["dmitry-peskov", "kremlin", "dmitry-peskov", "russia"])
        // Nothing else in the sentence is taken for a person.
        #expect(directory.actors.filter(\.discovered).count == 1)
    }

    @Test func discoversDutchPeopleByAppositionAndTitle() throws {
        var directory = try Self.seedDirectory()
        let texts = [
            "Volgens Anna Vermeulen, onderzoeker aan de Universiteit Gent, is een akkoord ver weg.",
            "Dat bevestigde Duits defensieminister Boris Pistorius dinsdag. De Russen reageerden niet.",
            "Ook Kurt Volker, die tijdens Trumps eerste ambtstermijn zijn gezant was, twijfelt.",
        ]
        directory.discover(in: Self.paragraphs(texts), quotes: [], language: .dutch)
        let discovered = directory.actors.filter(\.discovered)
        #expect(discovered.map(\.id) == ["anna-vermeulen", "boris-pistorius"])
        #expect(discovered.first?.role == "onderzoeker aan de Universiteit Gent")
        #expect(discovered.last?.role == "Duits defensieminister")
        #expect(directory.resolve(name: "Vermeulen") == "anna-vermeulen")
        #expect(directory.resolve(name: "Pistorius") == "boris-pistorius")
    }

    @Test func discoversQuoteSpeakersAndThoseWhoCiteThem() throws {
        var directory = try Self.seedDirectory()
        let text = "‘Het is te vroeg’, zegt Marta Kos. Jan Peeters haalde een citaat aan: ‘Vrede.’"
        let quotes = [
            RawQuote(
                paragraph: 0, span: TextSpan(start: 1, end: 16), text: "Het is te vroeg", kind: .speech,
                speakerName: "Marta Kos", speakerRole: "Europees commissaris", rule: .speechVerbAfter),
            RawQuote(
                paragraph: 0, span: TextSpan(start: 70, end: 75), text: "Vrede.", kind: .speech,
                speakerName: "Winston Churchill", citedByName: "Jan Peeters", rule: .quoteOfQuote),
            RawQuote(paragraph: 0, span: TextSpan(start: 0, end: 1), text: "ruildeal", kind: .term),
        ]
        directory.discover(in: Self.paragraphs([text]), quotes: quotes, language: .dutch)
        let discovered = directory.actors.filter(\.discovered)
        #expect(discovered.map(\.name) == ["Marta Kos", "Jan Peeters"])
        #expect(discovered.first?.role == "Europees commissaris")
        #expect(discovered.last?.role == nil)
        #expect(directory.resolve(name: "Kos") == "marta-kos")
    }

    @Test func knownPeopleAreNotDiscoveredAgainButGetARoleIfTheyLackOne() throws {
        let codebook = Codebook(
            path: "t", issues: [],
            actors: [
                ActorDefinition(
                    id: "intigam-mamedov", name: "Intigam Mamedov", kind: .person, side: nil, role: nil, aliases: [])
            ], sides: [])
        var directory = ActorDirectory(codebook: codebook)
        let text = "‘Citaat’, stelt Intigam Mamedov, onderzoeker aan de Northumbria University. Mamedov zwijgt."
        directory.discover(in: Self.paragraphs([text]), quotes: [], language: .dutch)
        #expect(directory.actors.count == 1)
        #expect(directory.actors.first?.role == "onderzoeker aan de Northumbria University")
    }

    @Test func ordinaryCapitalisedWordsAreNotPeople() throws {
        var directory = try Self.seedDirectory()
        let texts = [
            "Noord- en Zuid-Korea hebben nooit vrede gesloten, en toch gaat het goed.",
            "China, India, de BRICS-landen: ze kijken mee.",
            "In Europese kringen wordt gesproken, zegt men.",
            "President Poetin, de leider van Rusland, zweeg.",
            "On Monday, officials met in Geneva.",
            "Donetsk, Loehansk, Cherson en Zaporizja blijven bezet.",
        ]
        var paragraphs = Self.paragraphs(texts)
        paragraphs.append(Paragraph(
            index: paragraphs.count, line: 9, kind: .heading, section: 0, text: "Koreaans Scenario, minister Jan Jansen",
            sentences: []))
        directory.discover(in: paragraphs, quotes: [], language: .dutch)
        #expect(directory.actors.filter(\.discovered).isEmpty)
    }

    @Test func discoveryOnTheSeedAddsNobodyTheCodebookKnows() throws {
        var directory = try Self.seedDirectory()
        let text = try CodebookFixtures.loadSeedText()
        let structure = Segmenter.segment(text, language: .dutch)
        directory.discover(in: structure.paragraphs, quotes: [], language: .dutch)
        #expect(directory.actors.filter(\.discovered).map(\.name) == [])
        let mentions = structure.paragraphs.flatMap { directory.mentions(in: $0.text) }.map(\.actor)
        for id in ["donald-trump", "vladimir-poetin", "volodymyr-zelensky", "kremlin", "sergej-lavrov",
            "pete-hegseth", "joe-biden", "elon-musk", "kurt-volker", "winston-churchill", "intigam-mamedov",
            "oksana-sjevel", "janis-berzins", "china", "nato", "eu", "europe", "united-states"]
        {
            #expect(mentions.contains(id), "no mention of \(id)")
        }
    }

    @Test func hostileInputStaysLinear() throws {
        let directory = try Self.seedDirectory()
        let text = String(repeating: "Poetin Vladimir ", count: 5_000)
        #expect(directory.mentions(in: text).count == 5_000)
        var growing = directory
        let names = String(repeating: "Aaa Bbb, minister van ", count: 2_000)
        growing.discover(in: Self.paragraphs([names]), quotes: [], language: .dutch)
        #expect(growing.actors.count >= directory.actors.count)
    }
}
