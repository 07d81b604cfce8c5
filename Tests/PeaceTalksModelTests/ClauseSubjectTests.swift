import Testing
@testable import PeaceTalksModel

/// Who speaks is the subject of the reporting clause: not a name inside a quote, not the
/// subject of what was said (`X said Y had …`), not a name in another clause or in the
/// first half of `X did … and said`. Made-up sentences; the people and places are invented.
@Suite struct ClauseSubjectTests {
    @Test func aNameInsideTheQuoteIsNotTheSpeaker() {
        let english = """
            Tom Harwell described the meeting as useful.

            “My talks with Marta Kowal were about pressure on Moravia,” he said.
            """
        #expect(speechSpeakers(english, .english) == ["Tom Harwell"])
        let dutch = "‘Het is nu echt aan Piet Smit om het te regelen,’ zei de voorzitter. ‘En ik wil ook zeggen dat Europa moet helpen.’"
        #expect(speechSpeakers(dutch) == [nil, nil])
    }

    @Test func theSubjectBeforeAnEnglishVerbSpeaksNotTheNameAfterIt() {
        let text = """
            Tom Harwell said Moravia had offered to monitor the truce.

            “This can be done, with the help of Europe.”
            """
        #expect(speechSpeakers(text, .english) == ["Tom Harwell"])
        // Dutch puts the subject after the verb when the sentence opens with a time.
        let dutch = """
            Woensdagavond zei Piet Smit dat het plan dood is.

            ‘We stoppen ermee, er is niets meer te bespreken.’
            """
        #expect(speechSpeakers(dutch) == ["Piet Smit"])
    }

    @Test func theClauseThatHoldsThePartialQuoteNamesItsSpeaker() {
        let text = "Tom Harwell has not commented, although Marta Kowal later confirmed she had spoken to him and expected news “soon”."
        #expect(quotes(text, .english).map(\.speakerName) == ["Marta Kowal"])
    }

    @Test func aVerbAfterAndSharesTheSubjectOfItsClause() {
        let english = "Tom Harwell continues to reject the plan and insists Moravia will “never give up its land”."
        #expect(quotes(english, .english).map(\.speakerName) == ["Tom Harwell"])
        let dutch = "Marta Kowal herhaalde de eisen van Moravië en zei: ‘Wij willen alle gevangenen en kinderen terug.’"
        #expect(speechSpeakers(dutch) == ["Marta Kowal"])
    }

    @Test func aQuoteInItsOwnReportingClauseIsNoContinuation() {
        let text = """
            Tom Harwell insists Moravia will “never give up its land,” while few believe him. \
            Spokesman Piet Smit said on Tuesday that the government “has not changed its stance on the war.”
            """
        #expect(quotes(text, .english).map(\.speakerName) == ["Tom Harwell", "Piet Smit"])
    }
}

@Suite struct ClauseJoinerTests {
    @Test func aJoinerWithoutASubjectOfItsOwnGoesOnWithTheSubjectBefore() {
        let dutch = "Gevraagd naar een bestand zei Piet Smit dat hij ervoor is, maar dat het moet leiden tot een “duurzame vrede”."
        #expect(quotes(dutch).map(\.speakerName) == ["Piet Smit"])
        let english = "Marta Kowal said on Sunday that the talks had entered a new phase, while claiming “a great deal of progress” had been made."
        #expect(quotes(english, .english).map(\.speakerName) == ["Marta Kowal"])
    }
}

/// Made-up sentences; the people and places are invented.
@Suite struct SentenceSubjectTests {
    @Test func aPointerBackCoversEveryQuoteOfTheSentenceBefore() {
        let text = "Het “absurde plan” van de premier laat zien dat hij “in paniek is”. Dat heeft minister Kees Maas gezegd."
        #expect(quotes(text).map(\.speakerName) == ["Kees Maas", "Kees Maas"])
    }

    @Test func aDescriptionSeveralFitMeansTheSubjectOfTheSentenceBefore() {
        let intro = "President Tom Harwell van Moravië ontmoette president Piet Smit van Valdonië in Genève."
        #expect(speechSpeakers(intro + " Na afloop sprak Harwell met de pers. ‘Het was een goed gesprek’, zei de president.")
            == ["Tom Harwell"])
        // Two subjects, or none that fits: who is meant is not said.
        #expect(speechSpeakers(intro + " Harwell en Smit spraken met de pers. ‘Het was een goed gesprek’, zei de president.")
            == [nil])
        #expect(speechSpeakers(intro + " Het regende in Genève. ‘Het was een goed gesprek’, zei de president.") == [nil])
    }

    @Test func aNameWithAnAsideBeforeTheVerbAndColonSpeaks() {
        let text = "Tom Harwell, an adviser at the Moravian Security Council, wrote on Telegram: “A full ceasefire is what they keep avoiding.”"
        #expect(speechSpeakers(text, .english) == ["Tom Harwell"])
    }

    @Test func aDatelineIsNotTheSubjectAPronounStandsFor() {
        let text = """
            Kyiv (AP): Moravian President Tom Harwell says he is pleased with the talks.

            Calling it a “good sign,” he said that “the whole world has waited for this for a long time”.
            """
        #expect(quotes(text, .english).map(\.speakerName) == ["Tom Harwell", "Tom Harwell"])
        // A dash after a name in running text is no dateline.
        #expect(SpeakerResolutionProbe.afterDateline("Mark Rutte — de premier — zei niets.") == 0)
        #expect(SpeakerResolutionProbe.afterDateline("KYIV — Tom Harwell said nothing.") == 2)
    }
}

enum SpeakerResolutionProbe {
    /// The token where the sentence starts after its dateline.
    static func afterDateline(_ sentence: String) -> Int {
        let paragraph = Segmenter.segment(sentence, language: .english).paragraphs[0]
        let text = ParagraphText(paragraph)
        return Resolution.afterDateline(text, 0..<text.tokens.count)
    }
}
