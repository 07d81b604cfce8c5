import Testing
@testable import PeaceTalksModel

/// Attribution the way news writes it (issue 10): one test per pattern, Dutch and English.
/// Every sentence here is made up for the test; the names are invented.
@Suite struct SpeakerPatternTests {
    func speakers(_ text: String, _ language: Language = .dutch, people: KnownPeople = KnownPeople()) -> [String?] {
        quotes(text, language, people: people).filter { $0.kind == .speech }.map(\.speakerName)
    }

    func quotes(_ text: String, _ language: Language, people: KnownPeople) -> [RawQuote] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language, people: people)
    }

    // MARK: Pronouns

    @Test func dutchPronounTakesTheSubjectOfTheSentenceBefore() throws {
        let text = "Secretaris-generaal Jens Lindqvist sprak dinsdag met de ministers. ‘We blijven praten’, zei hij."
        let quote = try #require(quotes(text, .dutch, people: KnownPeople()).first)
        #expect(quote.speakerName == "Jens Lindqvist")
        #expect(quote.rule == .pronoun)
        let words = quote.evidence.map { Segmenter.segment(text, language: .dutch).paragraphs[$0.paragraph].text.scalarSlice($0.span) }
        #expect(words.contains("zei hij"))
        #expect(words.contains("Jens Lindqvist"))
    }

    @Test func englishPronounTakesTheLastNamedSpeaker() {
        let text = """
            “The door is open,” said Marta Kowalska, the Polish spokeswoman. Talks resumed in the afternoon.
            “It is a trap,” she said.
            """
        #expect(speakers(text, .english) == ["Marta Kowalska", "Marta Kowalska"])
    }

    @Test func pronounNeverCrossesAGenderTheTextGives() {
        let dutch = "Woordvoerster Anna Smit-Bakker kwam te laat. ‘Het is een valstrik’, zei hij."
        #expect(speakers(dutch) == [nil])
        let english = "Mr. Tom Harwell arrived late. “It is a trap,” she said."
        #expect(speakers(english, .english) == [nil])
        let fits = "Mrs. Helen Marsh arrived late. “It is a trap,” she said."
        #expect(speakers(fits, .english) == ["Helen Marsh"])
    }

    @Test func pronounUsesTheCodebookGender() {
        let people = KnownPeople(people: [KnownPeople.Person(name: "Kaja Tamm", gender: .female)])
        let dutch = "Minister Kaja Tamm sprak in Tallinn. ‘Wij geven niet op’, zei hij."
        #expect(speakers(dutch, people: people) == [nil])
        let fits = "Minister Kaja Tamm sprak in Tallinn. ‘Wij geven niet op’, zei ze."
        #expect(speakers(fits, people: people) == ["Kaja Tamm"])
        let english = "Kaja Tamm spoke in Tallinn. “We will not give up,” he said."
        #expect(speakers(english, .english, people: people) == [nil])
    }

    @Test func pluralOrFirstPersonPronounNamesNoOne() {
        #expect(speakers("Jan Peeters sprak met de pers. ‘Wij wachten af’, zeiden ze.") == [nil])
        #expect(speakers("Tom Harwell met the press. “We wait,” they said.", .english) == [nil])
    }

    @Test func pronounWithoutAPersonBeforeStaysUnattributed() {
        #expect(speakers("Het regende in Kyiv. ‘We blijven praten’, zei hij.") == [nil])
        #expect(speakers("It rained in Kyiv all day. “We keep talking,” he said.", .english) == [nil])
    }

    @Test func pronounBeforeColonAfterANamedSpeaker() {
        let text = "‘Er is geen akkoord’, zei Pieter Jansen. Hij voegde eraan toe: ‘Misschien volgende week.’"
        #expect(speakers(text) == ["Pieter Jansen", "Pieter Jansen"])
        let english = "“There is no deal,” said Peter Jensen. He added: “Maybe next week.”"
        #expect(speakers(english, .english) == ["Peter Jensen", "Peter Jensen"])
    }

    // MARK: Surnames of titled people

    @Test func surnameOfAPersonIntroducedWithACompoundTitle() {
        let text = """
            Minister van Buitenlandse Zaken Andrij Sybenko landde maandag in Brussel.
            Het bezoek was lang voorbereid.
            ‘Wij blijven praten’, zei Sybenko na afloop.
            """
        #expect(speakers(text) == ["Andrij Sybenko"])
        let english = """
            US Special Envoy for Ukraine Keith Kellerman landed in Kyiv on Monday.
            The visit had been planned for weeks.
            “We keep talking,” Kellerman said afterwards.
            """
        #expect(speakers(english, .english) == ["Keith Kellerman"])
        let capitalised = """
            NATO Secretary-General Lars Holmgren visited Kyiv on Monday.
            “We stand with you,” Holmgren said afterwards.
            """
        #expect(speakers(capitalised, .english) == ["Lars Holmgren"])
        let compound = "Defensieminister Karel Verbeek bezocht de frontlinie. ‘Wij blijven steunen’, zei Verbeek."
        #expect(speakers(compound) == ["Karel Verbeek"])
    }

    // MARK: Role and name after the verb

    @Test func roleAndNameAfterTheVerb() {
        #expect(speakers("‘Wij gaan door’, zegt premier Taras Bondar op Telegram.") == ["Taras Bondar"])
        #expect(speakers("‘Het is te vroeg’, zegt oud-ambassadeur en onderhandelaar Piet de Vries.") == ["Piet de Vries"])
        #expect(speakers("“It is too early,” said former ambassador and negotiator John Reid.", .english) == ["John Reid"])
    }

    // MARK: Particles

    @Test func surnamesWithParticles() {
        #expect(speakers("Van der Linden: ‘Dit akkoord houdt geen stand.’") == ["Van der Linden"])
        let dutch = "Els de Jong leidt de delegatie. ‘Wij tekenen niet’, zegt De Jong."
        #expect(speakers(dutch) == ["Els de Jong"])
        let english = "Ursula von der Lind spoke first. Von der Lind: “Europe will pay its share.”"
        #expect(speakers(english, .english) == ["Ursula von der Lind"])
    }

    // MARK: Role descriptions

    @Test func roleDescriptionResolvesToThePersonIntroducedWithIt() {
        let dutch = """
            Marc Dubreuil, een Franse diplomaat, volgt de gesprekken.
            ‘Niemand wil als eerste toegeven’, aldus de diplomaat.
            ‘Het wordt een lange winter’, zei de Fransman.
            """
        #expect(speakers(dutch) == ["Marc Dubreuil", "Marc Dubreuil"])
        let english = """
            The talks are led by Sarah Whitfield, a veteran negotiator.
            “Nobody wants to blink first,” the negotiator said.
            """
        #expect(speakers(english, .english) == ["Sarah Whitfield"])
    }

    @Test func roleDescriptionWithTwoCandidatesNamesNoOne() {
        let text = """
            Minister Jan Peeters en minister Karel Verbeek reisden samen.
            ‘Wij zijn eensgezind’, zei de minister.
            """
        #expect(speakers(text) == [nil])
    }

    // MARK: Separable and split verbs

    @Test func separableAndSplitVerbs() {
        let introduced = "Premier Taras Bondar en minister Oleh Marenko waren er ook. "
        #expect(speakers("‘De deur staat open’, legde Marenko maandag uit.") == ["Marenko"])
        #expect(speakers("Oleh Marenko was er. ‘Wij wijken niet’, probeerde Marenko duidelijk te maken.") == ["Oleh Marenko"])
        #expect(speakers(introduced + "‘Wij staan achter u’, sprak Bondar zijn steun uit.") == ["Taras Bondar"])
        #expect(speakers("Taras Bondar, de premier, was er. ‘Wij staan achter u’, sprak de premier zijn steun uit.") == ["Taras Bondar"])
        #expect(speakers("“The door is open,” Marenko went on to explain.", .english) == ["Marenko"])
    }

    // MARK: Colon after another subject

    /// The colon follows a clause whose speech cue is `volgens`/`according to`: the quote is
    /// the analyst's reading, not the words of the sentence's subject.
    @Test func colonAfterAnotherSubjectGoesToTheSourceOrNoOne() {
        let named = "Jeroen Bakker, analist bij Clingendael, volgt het. Poetin maakte volgens de analist een rekenfout: ‘Hij onderschatte het Westen.’"
        #expect(speakers(named) == ["Jeroen Bakker"])
        #expect(speakers("Poetin maakte volgens de analist een rekenfout: ‘Hij onderschatte het Westen.’") == [nil])
        let english = "Putin, according to the analyst, made a miscalculation: “He underestimated the West.”"
        #expect(speakers(english, .english) == [nil])
    }

    // MARK: Partial quotes

    @Test func partialQuoteInReportedSpeechIsSpeech() {
        let dutch = quotes("Moskou wil dat Oekraïne ‘neutraal’ blijft, zei Igor Sorokin.", .dutch, people: KnownPeople())
        #expect(dutch.map(\.kind) == [.speech])
        #expect(dutch.map(\.speakerName) == ["Igor Sorokin"])
        let english = quotes("Moscow wants Ukraine to stay “neutral”, Igor Sorokin said.", .english, people: KnownPeople())
        #expect(english.map(\.kind) == [.speech])
        #expect(english.map(\.speakerName) == ["Igor Sorokin"])
        let before = quotes("Igor Sorokin zei dat Oekraïne ‘neutraal’ moet blijven.", .dutch, people: KnownPeople())
        #expect(before.map(\.speakerName) == ["Igor Sorokin"])
    }

    @Test func scareQuotesWithoutASpeechFrameStayTerms() {
        let dutch = quotes("Moskou wil dat Oekraïne ‘neutraal’ blijft.", .dutch, people: KnownPeople())
        #expect(dutch.map(\.kind) == [.term])
        let english = quotes("Moscow wants Ukraine to stay “neutral” forever.", .english, people: KnownPeople())
        #expect(english.map(\.kind) == [.term])
        let naming = quotes("Zij noemde het een ‘ruildeal’, zei Igor Sorokin.", .dutch, people: KnownPeople())
        #expect(naming.map(\.kind) == [.term])
    }

    // MARK: Odd marks and breaks

    @Test func twoApostrophesOpenAQuote() {
        #expect(speakers("''Wij blijven hier,\" zei Anna Kovalenko.") == ["Anna Kovalenko"])
        #expect(speakers("''We stay here,'' said Anna Kovalenko.", .english) == ["Anna Kovalenko"])
        #expect(quotes("''Wij blijven hier,\" zei Anna Kovalenko.", .dutch, people: KnownPeople()).first?.text == "Wij blijven hier")
    }

    @Test func quoteBrokenByASingleLineBreak() throws {
        let text = """
            Het overleg duurde tot laat.
            ‘Wij willen vrede, maar niet
            tegen elke prijs’, zei Anna Kovalenko.
            """
        let quote = try #require(quotes(text, .dutch, people: KnownPeople()).first)
        #expect(quote.text == "Wij willen vrede, maar niet tegen elke prijs")
        #expect(quote.speakerName == "Anna Kovalenko")
        let english = """
            The meeting ran late.
            “We want peace, but not
            at any price,” said Anna Kovalenko.
            """
        #expect(speakers(english, .english) == ["Anna Kovalenko"])
    }

    @Test func quoteRunningOverTwoParagraphs() {
        let text = """
            Het overleg duurde tot laat.

            ‘Wij willen vrede. Maar niet tegen elke prijs.

            ‘Oekraïne beslist zelf over zijn grenzen’, zei Anna Kovalenko.
            """
        #expect(speakers(text) == ["Anna Kovalenko", "Anna Kovalenko"])
        let english = """
            The meeting ran late.

            “We want peace. But not at any price.

            “Ukraine decides on its own borders,” said Anna Kovalenko.
            """
        #expect(speakers(english, .english) == ["Anna Kovalenko", "Anna Kovalenko"])
    }

    // MARK: Previous sentence

    @Test func previousSentenceWithReportedSpeech() {
        let dutch = "Eerder had Marenko al verklaard dat Kyiv geen concessies doet. „Geen meter grond geven wij op.”"
        #expect(speakers(dutch) == ["Marenko"])
        let english = "Earlier, Marenko had repeatedly stated that Kyiv would make no concessions. “Not one metre of land.”"
        #expect(speakers(english, .english) == ["Marenko"])
        let herhaalde = "Marenko herhaalde dat Kyiv geen concessies doet. „Geen meter grond geven wij op.”"
        #expect(speakers(herhaalde) == ["Marenko"])
    }

    // MARK: Name boundaries

    @Test func aNameStopsWhereAnInstitutionStarts() {
        #expect(speakers("‘Wij sturen geen troepen’, zegt Joost Hermans van Buitenlandse Zaken.") == ["Joost Hermans"])
        #expect(speakers("“We send no troops,” said Joost Hermans of the Foreign Office.", .english) == ["Joost Hermans"])
        let envoy = "“We keep talking,” said US Special Envoy for Ukraine Keith Kellerman."
        #expect(speakers(envoy, .english) == ["Keith Kellerman"])
        #expect(speakers("‘Wij sturen geen troepen’, zegt Jan van der Berg.") == ["Jan van der Berg"])
    }
}

/// Roles as the text writes them (issue 10, item 3).
@Suite struct RoleInTextTests {
    func roles(_ text: String, _ language: Language = .dutch) -> [String: String] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.rolesInText(structure.paragraphs)
    }

    @Test func roleInApposition() {
        #expect(roles("Karel Verbeek, de minister van Defensie, bezocht Kyiv.")["Karel Verbeek"] == "minister van Defensie")
        #expect(roles("Dmitri Volkov, the Kremlin spokesman, said nothing.", .english)["Dmitri Volkov"] == "Kremlin spokesman")
    }

    @Test func roleBeforeTheName() {
        #expect(roles("Defensieminister Karel Verbeek bezocht Kyiv.")["Karel Verbeek"] == "Defensieminister")
        #expect(roles("Het kabinet en oud-ambassadeur Piet de Vries zwegen.")["Piet de Vries"] == "oud-ambassadeur")
        #expect(roles("Kremlin spokesman Dmitri Volkov said nothing.", .english)["Dmitri Volkov"] == "Kremlin spokesman")
    }
}
