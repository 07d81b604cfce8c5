import Testing
@testable import PeaceTalksModel

/// Quotes of a short text, segmented as the pipeline does.
func quotes(_ text: String, _ language: Language = .dutch) -> [RawQuote] {
    let structure = Segmenter.segment(text, language: language)
    return QuoteExtractor.extract(from: structure.paragraphs, language: language)
}

/// The speakers of a short text's speech quotes (nil: speech with no one named).
func speechSpeakers(_ text: String, _ language: Language = .dutch) -> [String?] {
    quotes(text, language).filter { $0.kind == .speech }.map(\.speakerName)
}

@Suite struct QuoteMarkTests {
    @Test func everyMarkDutchAndEnglishNewsUse() {
        let text = """
            Hij zei ‘een’ en “twee” en „drie” en „vier“ en "vijf" en «zes» en »zeven« en 'acht'.
            """
        #expect(quotes(text).map(\.text) == ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht"])
    }

    @Test func spanIsTheContentWithoutMarksInScalars() throws {
        let text = "Oekraïne’s ‘ruildeal’ bleef uit."
        let quote = try #require(quotes(text).first)
        #expect(quote.span == TextSpan(start: 12, end: 20))
        #expect(text.scalarSlice(quote.span) == "ruildeal")
    }

    @Test func apostrophesInsideWordsAreNotMarks() {
        let text = "Zelensky’s plan is zo’n idee dat nazi’s en ’s avonds ook 't Hooft niet begrijpen, don't."
        #expect(quotes(text).isEmpty)
    }

    @Test func apostropheInsideAQuoteDoesNotCloseIt() {
        let found = quotes("Ze schreef: ‘Zelensky’s termijn is voorbij, zo’n leider is niet legitiem.’")
        #expect(found.map(\.text) == ["Zelensky’s termijn is voorbij, zo’n leider is niet legitiem."])
    }

    @Test func unclosedQuoteIsDropped() {
        let found = quotes("Hij zei ‘dit gaat nooit dicht en ‘dit wel’ klaar.")
        #expect(found.map(\.text) == ["dit wel"])
    }

    @Test func hostileUnbalancedMarksStayLinearAndSafe() {
        let marks = String(repeating: "‘a “b „c «d ", count: 25_000) + String(repeating: "’ ", count: 1_000)
        let found = quotes(marks)
        #expect(found.count <= 1_000)
        let only = quotes(String(repeating: "’", count: 100_000))
        #expect(only.isEmpty)
    }

    @Test func nestedQuotesReturnTheOuterOne() {
        let found = quotes("“He called it a ‘swap deal’ yesterday,” said Marco Rubio.", .english)
        #expect(found.map(\.text) == ["He called it a ‘swap deal’ yesterday"])
        #expect(found.first?.speakerName == "Marco Rubio")
    }
}

@Suite struct QuoteTermTests {
    @Test func scareQuotesAreTermsWithoutSpeaker() {
        let text = """
            Trump droomde van een ‘ruildeal’ waarbij niemand won. Men spreekt van een ‘stalen stekelvarken’, zegt Jan de Vries. Verdedigen ‘met alle mogelijke middelen’ moet.
            """
        let found = quotes(text)
        #expect(found.map(\.text) == ["ruildeal", "stalen stekelvarken", "met alle mogelijke middelen"])
        #expect(found.allSatisfy { $0.kind == .term && $0.speakerName == nil && $0.rule == nil })
    }

    @Test func englishScareQuote() {
        let found = quotes("Talk of \"boots on the ground\" faded, officials said.", .english)
        #expect(found.first?.kind == .term)
        #expect(found.first?.speakerName == nil)
    }

    @Test func shortAttributedQuoteIsSpeech() {
        let found = quotes("‘Waanzinnig’, zegt Oksana Sjevel.")
        #expect(found.first?.kind == .speech)
        #expect(found.first?.speakerName == "Oksana Sjevel")
    }

    @Test func fullSentenceWithoutSpeakerIsSpeechWithNoSpeaker() {
        let found = quotes("Lede zonder bron. ‘Dit wordt een lange winter voor iedereen.’")
        #expect(found.first?.kind == .speech)
        #expect(found.first?.speakerName == nil)
        #expect(found.first?.rule == nil)
    }
}

@Suite struct QuoteAttributionTests {
    @Test func speechVerbAfterWithRole() throws {
        let text = "‘De sancties werken niet’, stelt Intigam Mamedov, onderzoeker aan de Northumbria University. Meer tekst."
        let quote = try #require(quotes(text).first)
        #expect(quote.speakerName == "Intigam Mamedov")
        #expect(quote.speakerRole == "onderzoeker aan de Northumbria University")
        #expect(quote.rule == .speechVerbAfter)
    }

    @Test func dutchSpeechVerbs() {
        for verb in ["zegt", "zei", "benadrukt", "verklaarde", "waarschuwt", "aldus", "antwoordt", "zucht"] {
            let found = quotes("‘Het is voorbij’, \(verb) Oksana Sjevel.")
            #expect(found.first?.speakerName == "Oksana Sjevel", "\(verb)")
        }
    }

    @Test func separableVerbNeedsItsParticle() {
        #expect(quotes("‘Het is voorbij’, legt Oksana Sjevel uit.").first?.speakerName == "Oksana Sjevel")
        #expect(quotes("‘Het is voorbij’, voegt Oksana Sjevel eraan toe.").first?.speakerName == "Oksana Sjevel")
        #expect(quotes("‘Het is voorbij’, legt Oksana Sjevel neer.").first?.speakerName == nil)
    }

    @Test func englishVerbBeforeAndAfterName() throws {
        let text = """
            “The talks are over,” said Dmitry Peskov, the Kremlin spokesman.
            "We will not give up territory," Zelensky said.
            "There is no deal yet," according to Marco Rubio.
            """
        let found = quotes(text, .english)
        #expect(found.map(\.text) == ["The talks are over", "We will not give up territory", "There is no deal yet"])
        #expect(found.map(\.speakerName) == ["Dmitry Peskov", "Zelensky", "Marco Rubio"])
        #expect(found.first?.speakerRole == "the Kremlin spokesman")
        #expect(found.allSatisfy { $0.rule == .speechVerbAfter })
    }

    @Test func englishAppositionRole() throws {
        let text = """
            Anna Petrova, a professor at Oxford, studies the war.
            “Nobody wants to move first,” Petrova says.
            """
        let quote = try #require(quotes(text, .english).first)
        #expect(quote.speakerName == "Anna Petrova")
        #expect(quote.speakerRole == "a professor at Oxford")
    }

    @Test func speakerBeforeColon() throws {
        let dutch = "Na de aanval op Kiev communiceerde het Kremlin droogweg: ‘De doelen zijn vernietigd.’ Daarna niets."
        let quote = try #require(quotes(dutch).first)
        #expect(quote.speakerName == "het Kremlin")
        #expect(quote.rule == .speakerBeforeColon)

        let english = "Dmitry Peskov spoke first. Peskov told reporters: “No deal.”"
        let second = try #require(quotes(english, .english).first)
        #expect(second.speakerName == "Dmitry Peskov")
        #expect(second.rule == .speakerBeforeColon)
    }

    @Test func colonWithoutSpeechVerbGivesNoSpeaker() {
        let found = quotes("Ter vergelijking: ‘Het leger telt een miljoen manschappen.’")
        #expect(found.first?.speakerName == nil)
    }

    @Test func continuationAfterAttributedQuote() {
        let text = "‘Die eis is waanzinnig’, zegt Oksana Sjevel. ‘Rusland probeert het al sinds 2014.’"
        let found = quotes(text)
        #expect(found.map(\.speakerName) == ["Oksana Sjevel", "Oksana Sjevel"])
        #expect(found.map(\.rule) == [.speechVerbAfter, .continuation])
    }

    @Test func previousSentenceNamesTheSpeaker() {
        let text = "De eisen zijn hoog, benadrukt Intigam Mamedov. ‘Poetin kan alleen een overwinning aanvaarden.’"
        let found = quotes(text)
        #expect(found.first?.speakerName == "Intigam Mamedov")
        #expect(found.first?.rule == .previousSentence)
    }

    @Test func previousSentenceAcrossParagraphs() {
        let text = """
            Intigam Mamedov volgt het conflict al jaren. De eisen zijn hoog, benadrukt Mamedov.
            ‘Poetin kan alleen een overwinning aanvaarden.’
            """
        let found = quotes(text)
        #expect(found.first?.speakerName == "Intigam Mamedov")
        #expect(found.first?.rule == .previousSentence)
    }

    @Test func englishPreviousSentenceAndArticleNames() {
        let text = "Zelensky said on Monday that talks had failed. “We tried everything we could.”"
        #expect(quotes(text, .english).first?.speakerName == "Zelensky")
        #expect(quotes(text, .english).first?.rule == .previousSentence)
        #expect(quotes("“No comment,” the Kremlin said.", .english).first?.speakerName == "the Kremlin")
    }

    @Test func volgensNamesTheSpeaker() {
        let before = "Volgens Sergej Lavrov is het simpel. ‘Oekraïne moet neutraal blijven, anders geen vrede.’"
        #expect(quotes(before).first?.speakerName == "Sergej Lavrov")
        #expect(quotes("‘Oekraïne moet neutraal blijven’, volgens Sergej Lavrov.").first?.speakerName == "Sergej Lavrov")
    }

    @Test func shortQuoteMidSentenceStaysATermDespiteALaterVerb() {
        let found = quotes("Trump noemde het een ‘ruildeal’, zei Marco Rubio later.")
        #expect(found.first?.kind == .term)
        #expect(found.first?.speakerName == nil)
    }

    @Test func onceSaidQuotesSomeoneAbsent() {
        let found = quotes("As Churchill once said, “Never give in.”", .english)
        #expect(found.first?.speakerName == "Churchill")
        #expect(found.first?.rule == .quoteOfQuote)
        #expect(found.first?.citedByName == nil)
    }

    @Test func quoteOfQuote() throws {
        let text = """
            Kurt Volker, die gezant was, haalde er zelfs het oude citaat van Winston Churchill bij: ‘Je kunt op Amerikanen rekenen.’
            """
        let quote = try #require(quotes(text).first)
        #expect(quote.speakerName == "Winston Churchill")
        #expect(quote.citedByName == "Kurt Volker")
        #expect(quote.rule == .quoteOfQuote)

        let english = "Boris Johnson ended by quoting Winston Churchill: “Never give in.”"
        let second = try #require(quotes(english, .english).first)
        #expect(second.speakerName == "Winston Churchill")
        #expect(second.citedByName == "Boris Johnson")
    }

    @Test func surnameResolvesToFullNameWithRole() {
        let text = """
            ‘Rusland heeft geen ruil voorgesteld’, benadrukt Oksana Sjevel, professor aan Tufts University.
            Daarna ging het over iets anders.
            ‘Die eis is waanzinnig’, zegt Sjevel.
            """
        let found = quotes(text)
        #expect(found.map(\.speakerName) == ["Oksana Sjevel", "Oksana Sjevel"])
        #expect(found.last?.speakerRole == "professor aan Tufts University")
    }

    @Test func pronounAttributionIsSpeechWithoutGuessing() {
        let found = quotes("Trump is ontevreden. ‘Dit is een slechte deal’, zegt hij.")
        #expect(found.first?.kind == .speech)
        #expect(found.first?.speakerName == nil)
    }

    @Test func neverGuessesASpeaker() {
        let text = "Oksana Sjevel was er ook. Het weer was slecht. ‘Niemand weet hoe het verder moet met de oorlog.’"
        #expect(quotes(text).first?.speakerName == nil)
    }

    @Test func honorificsAndTitlesAreSkipped() {
        #expect(quotes("\"We are ready,\" said Mr. Peskov.", .english).first?.speakerName == "Peskov")
        let text = "‘Wij zijn klaar’, zegt de Russische president Vladimir Poetin."
        #expect(quotes(text).first?.speakerName == "Vladimir Poetin")
    }

    @Test func guillemetsAndLowQuotes() {
        let found = quotes("«Nous ne céderons pas», a dit Macron. „Wij geven niets op”, zegt Oksana Sjevel.")
        #expect(found.map(\.text) == ["Nous ne céderons pas", "Wij geven niets op"])
        #expect(found.last?.speakerName == "Oksana Sjevel")
    }
}

@Suite struct QuoteRepeatTests {
    @Test func pullQuoteTakesTheSpeakerOfTheQuoteItRepeats() throws {
        let text = """
            Een lede over de oorlog en de vrede.
            ‘Waarom zou Rusland zich tegen Oekraïens EU-lidmaatschap uitspreken? Het heeft toch tijd genoeg om het te saboteren.’
            ‘Bovendien is de toetreding anders’, zegt Oksana Sjevel. ‘Waarom zou Rusland zich daartegen uitspreken? Het heeft toch tijd genoeg om Oekraïens EU-lidmaatschap te saboteren.’
            """
        let found = quotes(text)
        let pull = try #require(found.first)
        #expect(pull.speakerName == "Oksana Sjevel")
        #expect(pull.rule == .pullQuote)
        #expect(pull.repeatsQuote == 2)
        #expect(found[2].repeatsQuote == nil)
    }

    @Test func unattributedQuoteRepeatingALaterOneTakesItsSpeaker() throws {
        let text = """
            Waarom is er geen vrede? ‘Vanuit Russisch perspectief houdt het gewoon geen steek om nu te onderhandelen.’
            Over iets heel anders gaat deze alinea, met weer en wind en regen.
            ‘De Russen winnen’, benadrukt Janis Berzins. ‘Vanuit Russisch perspectief houdt dat gewoon geen steek.’
            """
        let found = quotes(text)
        let lede = try #require(found.first)
        #expect(lede.speakerName == "Janis Berzins")
        #expect(lede.rule == .pullQuote)
        #expect(lede.repeatsQuote == 2)
    }

    @Test func unrelatedUnattributedQuoteStaysWithoutSpeaker() {
        let text = """
            ‘De winter wordt lang en koud voor iedereen in het land.’
            ‘De Russen winnen op het slagveld’, benadrukt Janis Berzins.
            """
        #expect(quotes(text).first?.speakerName == nil)
    }
}

@Suite struct QuoteSeedTests {
    let found: [RawQuote]
    let paragraphs: [Paragraph]

    init() throws {
        let structure = Segmenter.segment(try seedText(), language: .dutch)
        paragraphs = structure.paragraphs
        found = QuoteExtractor.extract(from: structure.paragraphs, language: .dutch)
    }

    func onLine(_ line: Int) -> [RawQuote] { found.filter { $0.paragraph + 1 == line } }

    func quote(_ prefix: String) throws -> RawQuote {
        try #require(found.first { $0.text.hasPrefix(prefix) })
    }

    @Test func dieEisIsWaanzinnigIsSjevels() throws {
        let quote = try quote("Die eis is waanzinnig")
        #expect(quote.paragraph + 1 == 18)
        #expect(quote.speakerName == "Oksana Sjevel")
        #expect(quote.speakerRole == "professor internationale relaties aan Tufts University")
    }

    @Test func mamedovOnLineSixAndHisPullQuote() {
        let six = onLine(6)
        #expect(six.map(\.speakerName) == ["Intigam Mamedov", "Intigam Mamedov"])
        #expect(six.map(\.rule) == [.speechVerbAfter, .continuation])
        #expect(six.first?.speakerRole == "onderzoeker aan de Northumbria University")
        let seven = onLine(7)
        #expect(seven.count == 1)
        #expect(seven.first?.speakerName == "Intigam Mamedov")
        #expect(seven.first?.rule == .pullQuote)
        let repeated = seven.first?.repeatsQuote.map { found[$0] }
        #expect(repeated?.paragraph == 5 && repeated?.text == six.first?.text)
    }

    @Test func kremlinBeforeColon() {
        #expect(onLine(3).map(\.speakerName) == ["het Kremlin"])
        #expect(onLine(3).first?.rule == .speakerBeforeColon)
        #expect(onLine(3).first?.text.hasSuffix("gaat verder.") == true)
    }

    @Test func berzinsOnLineNine() {
        #expect(onLine(9).map(\.speakerName) == ["Janis Berzins", "Janis Berzins"])
        #expect(onLine(9).first?.speakerRole == "expert Russische oorlogsdoctrine aan de Defensieacademie van Riga")
    }

    @Test func mamedovByPreviousSentence() {
        #expect(onLine(39).map(\.speakerName) == ["Intigam Mamedov"])
        #expect(onLine(39).first?.rule == .previousSentence)
    }

    @Test func churchillCitedByVolker() {
        let quote = onLine(42).first
        #expect(quote?.speakerName == "Winston Churchill")
        #expect(quote?.citedByName == "Kurt Volker")
        #expect(quote?.rule == .quoteOfQuote)
    }

    @Test func termsHaveNoSpeaker() {
        let terms = found.filter { $0.kind == .term }
        #expect(Set(terms.map(\.text)) == [
            "Oekraïense volgorde", "Russische volgorde", "ruildeal", "volksrepublieken", "met alle mogelijke middelen",
            "demilitarisatie", "denazificatie", "garantorstaten", "boots on the ground", "demilitarisering",
            "Groot Israël", "stalen stekelvarken",
        ])
        #expect(terms.allSatisfy { $0.speakerName == nil })
        #expect(onLine(37).prefix(2).map(\.kind) == [.term, .term])
    }

    @Test func ledeQuoteRepeatsBerzins() throws {
        let lede = try #require(onLine(1).first)
        #expect(lede.speakerName == "Janis Berzins")
        #expect(lede.rule == .pullQuote)
        let original = try #require(lede.repeatsQuote.map { found[$0] })
        #expect(original.paragraph + 1 == 9)
    }

    @Test func pullQuotesOnLines24And36() throws {
        let pull24 = try #require(onLine(24).first)
        #expect(pull24.speakerName == "Oksana Sjevel")
        #expect(pull24.repeatsQuote.map { found[$0].paragraph + 1 } == 25)
        let pull36 = try #require(onLine(36).first)
        #expect(pull36.speakerName == "Janis Berzins")
        #expect(pull36.repeatsQuote.map { found[$0].paragraph + 1 } == 37)
    }

    @Test func everySpeechQuoteOnTheSeedHasItsSpeaker() {
        let speech = found.filter { $0.kind == .speech }
        // 23 full quotes, and Lavrov's ‘denazificatie’ and ‘demilitarisatie’ on line 27: fragments
        // of his reported speech (`herhaalde … Sergej Lavrov dat … de ‘denazificatie’ …`).
        #expect(speech.count == 25)
        #expect(speech.filter { $0.rule == .partialQuote }.map(\.speakerName) == ["Sergej Lavrov", "Sergej Lavrov"])
        #expect(speech.allSatisfy { $0.speakerName != nil })
        #expect(found.filter { $0.repeatsQuote != nil }.map { $0.paragraph + 1 } == [1, 7, 24, 36])
    }

    @Test func apostrophesNeverOpenOrClose() {
        for quote in found {
            #expect(!quote.text.hasPrefix("s ") && !quote.text.hasPrefix("n "))
        }
        #expect(found.allSatisfy { paragraphs[$0.paragraph].text.scalarSlice($0.span) == $0.text })
        #expect(!found.contains { $0.text.contains("Zelensky’s") || $0.text.contains("nazi’s genoemd") })
    }
}

@Suite struct QuoteHostileInputTests {
    @Test func longSentenceFullOfColonQuotesFinishes() {
        let text = String(repeating: "en dus zei Jan Smit weer: ‘alpha beta gamma delta.’ ", count: 5_000)
        let found = quotes(text)
        #expect(found.count == 5_000)
        #expect(found.last?.speakerName == "Jan Smit")
    }

    @Test func manyUnattributedRepeatsFinish() {
        let line = "‘Alpha beta gamma delta epsilon zeta eta theta.’"
        let text = Array(repeating: line, count: 3_000).joined(separator: "\n")
        let found = quotes(text)
        #expect(found.count == 3_000)
        #expect(found.allSatisfy { $0.speakerName == nil })
    }

    @Test func emptyAndOddInputDoesNotCrash() {
        #expect(quotes("").isEmpty)
        #expect(quotes("‘’ “” \"\" ' ' « »").isEmpty)
        #expect(QuoteExtractor.extract(
            from: [Paragraph(index: 0, line: 1, kind: .lede, section: 0, text: "‘Ja.’", sentences: [
                Sentence(span: TextSpan(start: 3, end: 99)),
            ])], language: .dutch).count == 1)
    }
}
