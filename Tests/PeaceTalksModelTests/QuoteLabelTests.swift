import Testing
@testable import PeaceTalksModel

/// Made-up sentences.
@Suite struct QuoteLabelTests {
    @Test func aPageLabelBeforeAColonNamesNoOne() {
        for text in ["Quote: “We will come back next week.”", "Citaat: ‘We komen volgende week terug.’"] {
            let structure = Segmenter.segment(text, language: text.hasPrefix("Quote") ? .english : .dutch)
            let found = QuoteExtractor.extract(from: structure.paragraphs, language: .english, people: KnownPeople())
            #expect(found.count == 1)
            #expect(found.first?.speakerName == nil, "\(text)")
        }
        let named = Segmenter.segment("Van der Linden: ‘We komen terug.’", language: .dutch)
        #expect(QuoteExtractor.extract(from: named.paragraphs, language: .dutch, people: KnownPeople()).first?.speakerName == "Van der Linden")
    }
}
