import Foundation
import Testing
@testable import PeaceTalksModel

/// The seed article, read relative to this file so the tests run from any directory.
func seedText() throws -> String {
    try String(contentsOf: Repository.seedArticle, encoding: .utf8)
}

private func sentences(_ text: String) -> [String] {
    let structure = Segmenter.segment(text, language: .dutch)
    guard let paragraph = structure.paragraphs.first else { return [] }
    return paragraph.sentences.map { paragraph.text.scalarSlice($0.span) }
}

@Suite struct SegmentationParagraphTests {
    @Test func oneParagraphPerLine() {
        let structure = Segmenter.segment("Eerste regel.\nTweede regel.\n\n", language: .dutch)
        #expect(structure.paragraphs.map(\.text) == ["Eerste regel.", "Tweede regel."])
        #expect(structure.paragraphs.map(\.line) == [1, 2])
    }

    @Test func blankLinesSeparateBlocksAndLinesJoin() {
        let text = "Titel\n\nEen alinea die\nover twee regels loopt.\n\n\nNog een alinea."
        let structure = Segmenter.segment(text, language: .dutch)
        #expect(structure.paragraphs.map(\.text) == [
            "Titel", "Een alinea die over twee regels loopt.", "Nog een alinea.",
        ])
        #expect(structure.paragraphs.map(\.line) == [1, 3, 7])
    }

    @Test func crlfAndSurroundingWhitespace() {
        let structure = Segmenter.segment("  Eerste.  \r\nTweede.\r\n", language: .dutch)
        #expect(structure.paragraphs.map(\.text) == ["Eerste.", "Tweede."])
        #expect(structure.paragraphs.map(\.line) == [1, 2])
    }

    /// Lines end at `\n`, `\r\n` or a lone `\r`, mixed in one text (the split reads the text
    /// a line at a time); a `\r` before `\r\n` is a line of its own.
    @Test func mixedLineEndingsKeepTheirLines() {
        let structure = Segmenter.segment("Een.\rTwee.\r\n\r\nDrie.\n\rVier.\r\r\nVijf.", language: .dutch)
        #expect(structure.paragraphs.map(\.text) == ["Een. Twee.", "Drie.", "Vier.", "Vijf."])
        #expect(structure.paragraphs.map(\.line) == [1, 4, 6, 8])
        let lines = Segmenter.segment("Een.\rTwee.\r\nDrie.\n\nVier.\r", language: .dutch)
        #expect(lines.paragraphs.map(\.text) == ["Een. Twee. Drie.", "Vier."])
        #expect(lines.paragraphs.map(\.line) == [1, 5])
    }

    @Test func emptyTextHasNoParagraphs() {
        let structure = Segmenter.segment("\n \n", language: .dutch)
        #expect(structure.paragraphs.isEmpty)
        #expect(structure.sections.count == 1)
    }

    @Test func headingsOpenSections() {
        let text = """
            Een lede met genoeg woorden om geen kop te zijn, zegt iedereen.
            Tweede alinea van het begin.
            Nieuwe kop
            Tekst onder de kop.
            Waarom dit?
            Meer tekst.
            """
        let structure = Segmenter.segment(text, language: .dutch)
        #expect(structure.paragraphs.map(\.kind) == [.lede, .body, .heading, .body, .heading, .body])
        #expect(structure.sections.map(\.title) == [nil, "Nieuwe kop", "Waarom dit?"])
        #expect(structure.sections.map(\.paragraphs) == [0..<2, 2..<4, 4..<6])
        #expect(structure.paragraphs.map(\.section) == [0, 0, 1, 1, 2, 2])
    }

    @Test func notHeadings() {
        let text = """
            Lede.
            Ends with a colon:
            ‘Quoted line’
            A short line
            Last short line
            """
        let kinds = Segmenter.segment(text, language: .english).paragraphs.map(\.kind)
        // The colon, the quote mark, and a short line followed by another short line.
        #expect(kinds == [.lede, .body, .body, .body, .body])
    }
}

@Suite struct SegmentationSentenceTests {
    @Test func splitsOnPointsQuestionsAndExclamations() {
        #expect(sentences("Het regent. Waarom nu? Kom binnen! Goed.") == [
            "Het regent.", "Waarom nu?", "Kom binnen!", "Goed.",
        ])
    }

    @Test func numbersDoNotSplit() {
        #expect(sentences("Het leger telde 196.600 soldaten. Artikel 42.7 geldt, ook 3.5 procent.") == [
            "Het leger telde 196.600 soldaten.", "Artikel 42.7 geldt, ook 3.5 procent.",
        ])
    }

    @Test func abbreviationsDoNotSplit() {
        let dutch = "Er zijn o.a. drones, bijv. Shaheds. Dat is d.w.z. veel. Volgens prof. Jansen en dr. De Vries ca. 20."
        #expect(sentences(dutch) == [
            "Er zijn o.a. drones, bijv. Shaheds.", "Dat is d.w.z. veel.",
            "Volgens prof. Jansen en dr. De Vries ca. 20.",
        ])
        let english = "Mr. Smith met Mrs. Jones and Dr. Lee in the U.S. Senate. Tanks, jets etc. Were sent, e.g. Abrams vs. T-72s."
        #expect(sentences(english) == [
            "Mr. Smith met Mrs. Jones and Dr. Lee in the U.S. Senate.",
            "Tanks, jets etc. Were sent, e.g. Abrams vs. T-72s.",
        ])
    }

    @Test func initialsDoNotSplit() {
        #expect(sentences("J. Smith spoke. He left.") == ["J. Smith spoke.", "He left."])
    }

    @Test func quoteEndsAfterTheClosingMark() {
        let text = "Het Kremlin zei: ‘De operatie gaat verder.’ Het lijkt niet bepaald vrede"
        #expect(sentences(text) == [
            "Het Kremlin zei: ‘De operatie gaat verder.’", "Het lijkt niet bepaald vrede",
        ])
    }

    @Test func quoteThatContinuesIsOneSentence() {
        let text = "‘Die eis is waanzinnig’, zegt Sjevel. ‘Rusland probeert het al jaren. Het lukt niet.’ Daarna zweeg ze."
        #expect(sentences(text) == [
            "‘Die eis is waanzinnig’, zegt Sjevel.", "‘Rusland probeert het al jaren. Het lukt niet.’",
            "Daarna zweeg ze.",
        ])
    }

    @Test func questionInsideQuoteFollowedByLowercaseDoesNotSplit() {
        #expect(sentences("“Why now?” she asked. Nobody knew.") == ["“Why now?” she asked.", "Nobody knew."])
    }

    @Test func sentenceSpansAreTrimmedScalarOffsets() throws {
        let structure = Segmenter.segment("Oekraïne wacht.  Zelensky’s plan faalt.", language: .dutch)
        let paragraph = try #require(structure.paragraphs.first)
        #expect(paragraph.sentences.map(\.span) == [
            TextSpan(start: 0, end: 15), TextSpan(start: 17, end: 39),
        ])
    }
}

@Suite struct SegmentationPullQuoteTests {
    @Test func editedRepeatIsAPullQuote() {
        let text = """
            Lede van het stuk.
            Tekst die niets met de rest te maken heeft, over weer en wind.
            ‘Waarom zou Rusland zich tegen Oekraïens EU-lidmaatschap uitspreken? Het heeft toch tijd genoeg om het te saboteren.’
            ‘Bovendien is de toetreding anders’, zegt Oksana Sjevel. ‘Waarom zou Rusland zich daartegen uitspreken? Het heeft toch tijd genoeg om Oekraïens EU-lidmaatschap te saboteren.’
            """
        let paragraphs = Segmenter.segment(text, language: .dutch).paragraphs
        #expect(paragraphs.map(\.kind) == [.lede, .body, .pullquote, .body])
        #expect(paragraphs[2].repeatsParagraph == 3)
    }

    @Test func shortUnrelatedParagraphIsNotAPullQuote() {
        let text = """
            Lede van het stuk.
            De onderhandelingen in Genève liepen vast op de kwestie van de grenzen.
            Morgen spreken de ministers opnieuw met elkaar.
            """
        let paragraphs = Segmenter.segment(text, language: .dutch).paragraphs
        #expect(!paragraphs.contains { $0.kind == .pullquote })
    }

    @Test func ledeIsNeverAPullQuote() {
        let text = """
            ‘The enemy will not pass through this line of defence.’
            “The enemy will not pass through this line of defence,” said the general, pointing at the map.
            """
        let paragraphs = Segmenter.segment(text, language: .english).paragraphs
        #expect(paragraphs.map(\.kind) == [.lede, .body])
    }
}

@Suite struct SegmentationSeedTests {
    @Test func seedHeadingsLedeAndPullQuotes() throws {
        let structure = Segmenter.segment(try seedText(), language: .dutch)
        let paragraphs = structure.paragraphs
        #expect(paragraphs.count == 42)
        #expect(paragraphs.map(\.line) == Array(1...42))
        #expect(paragraphs.first?.kind == .lede)
        #expect(paragraphs.filter { $0.kind == .heading }.map(\.line) == [5, 10, 15, 20, 26, 31, 38])
        let pulls = paragraphs.filter { $0.kind == .pullquote }
        #expect(pulls.map(\.line) == [7, 13, 24, 36])
        #expect(pulls.compactMap { $0.repeatsParagraph.map { paragraphs[$0].line } } == [6, 14, 25, 37])
        #expect(structure.sections.map(\.title) == [
            nil, "Geen nieuwe sancties", "Vrede of staakt-het-vuren?", "Grondgebied", "Neutraliteit",
            "Denazificatie", "Veiligheidsgaranties", "Koreaans scenario",
        ])
        #expect(structure.sections[0].paragraphs == 0..<4)
        #expect(paragraphs[4].section == 1 && paragraphs[3].section == 0)
    }

    @Test func seedSentences() throws {
        let paragraphs = Segmenter.segment(try seedText(), language: .dutch).paragraphs
        let line3 = paragraphs[2].sentences.map { paragraphs[2].text.scalarSlice($0.span) }
        #expect(line3.count == 4)
        #expect(line3.last == "Het lijkt niet bepaald een manier om je bereidheid voor vredesgesprekken te tonen")
        #expect(line3[2].hasSuffix("gaat verder.’"))
        let line35 = paragraphs[34].sentences.map { paragraphs[34].text.scalarSlice($0.span) }
        #expect(line35.count == 5)
        #expect(line35[2].contains("196.600 soldaten"))
        let line23 = paragraphs[22].sentences.map { paragraphs[22].text.scalarSlice($0.span) }
        #expect(line23[2].hasPrefix("Artikel 42.7 van het Verdrag"))
    }
}
