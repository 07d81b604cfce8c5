import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct ReanchoringTests {
    func paragraphs(_ texts: [String]) -> [Paragraph] {
        texts.enumerated().map { index, text in
            let sentences = SentenceSplitter.split(Array(text.unicodeScalars)).map { Sentence(span: $0) }
            return Paragraph(index: index, line: index * 2 + 1, kind: .body, section: 0, text: text, sentences: sentences)
        }
    }

    @Test func exactTextAndRepeatsToldApartByContext() throws {
        let doc = paragraphs(["Kyiv says no. Moscow says no.", "Then Kyiv says no again."])
        let second = TextQuoteSelector(exact: "says no", prefix: "Moscow ", suffix: ".")
        let match = try #require(TextAnchoring.locate(second, in: doc, document: 0))
        #expect(match.method == .exact)
        #expect(match.ref == PassageRef(document: 0, paragraph: 0, span: TextSpan(start: 21, end: 28)))
        let third = TextQuoteSelector(exact: "says no", prefix: "Then Kyiv ", suffix: " again")
        #expect(TextAnchoring.locate(third, in: doc, document: 0)?.ref.paragraph == 1)
    }

    @Test func changedWordsBetweenTheSameContextAnchorByPrefixAndSuffix() throws {
        let before = paragraphs(["Russia demands a withdrawal from Donetsk before any ceasefire."])
        let selector = TextAnchoring.selector(for: TextSpan(start: 7, end: 40), in: before[0])
        #expect(selector.exact == "demands a withdrawal from Donetsk")
        let after = paragraphs(["Russia insists on a full withdrawal from Donetsk before any ceasefire."])
        let match = try #require(TextAnchoring.locate(selector, in: after, document: 0))
        #expect(match.method == .prefixSuffix)
        #expect(after[0].text.scalarSlice(try #require(match.ref.span)) == "insists on a full withdrawal from Donetsk")
    }

    @Test func aReworkedSentenceAnchorsFuzzily() throws {
        let selector = TextQuoteSelector(
            exact: "Ukraine rejects any withdrawal from its territory and proposes to freeze the front line.",
            prefix: "ceasefire. ", suffix: " Kyiv")
        let doc = paragraphs([
            "Talks resumed in Geneva.",
            "Ukraine firmly rejects any withdrawal from its own territory and proposes instead to freeze the front line. Officials agreed.",
        ])
        let match = try #require(TextAnchoring.locate(selector, in: doc, document: 0))
        #expect(match.method == .fuzzy)
        #expect(match.ref.paragraph == 1)
        #expect(doc[1].text.scalarSlice(try #require(match.ref.span)).hasPrefix("Ukraine firmly rejects"))
    }

    @Test func aPassageThatIsGoneIsAnOrphanListedAndKeptInTheFile() throws {
        let folder = try WorkbenchFolder()
        let article = try folder.write("talks.txt", workbenchArticle)
        let codebook = try WorkbenchFolder.codebook()
        var session = try AnnotationSession(article: article, codebook: codebook)
        try session.apply(.addTag(TagAnnotation(
            id: "tag-1", issue: "territory", side: "russia",
            anchor: TextQuoteSelector(exact: "Russia demands that Ukraine withdraw from the Donetsk region"))))
        // The article is rewritten: the tagged sentence is gone.
        _ = try folder.write("talks.txt", "Markets rallied on Friday.\n\nKyiv is prepared to discuss security guarantees.\n")
        let corpus = try WorkbenchFolder.corpus(article)
        let annotations = try #require(corpus.annotations.first ?? nil)
        let orphans = AnnotationOverlay.orphans(annotations, in: corpus.documents[0])
        #expect(orphans.map(\.kind) == ["tag"])
        #expect(orphans.first?.exact == "Russia demands that Ukraine withdraw from the Donetsk region")
        // Not linked anywhere, not dropped: another edit keeps it in the file.
        #expect(!corpus.documents[0].issueLinks.contains { $0.reasons.contains(.tagged(side: "russia")) })
        var again = try AnnotationSession(article: article, codebook: codebook)
        try again.apply(.setMemo(id: "memo-1", MemoAnnotation(id: "memo-1", target: .issue("territory"), text: "x")))
        let back = try #require(try AnnotationLoader.load(forArticle: article, codebook: codebook))
        #expect(back.tags.map(\.id) == ["tag-1"])
    }
}

extension ReanchoringTests {
    @Test func aPassageAtTheStartOfItsParagraphKeepsItsPlaceByItsSuffix() throws {
        let before = paragraphs(["Russia demands that Ukraine withdraw from the Donetsk region before any ceasefire."])
        let selector = TextAnchoring.selector(for: TextSpan(start: 0, end: 36), in: before[0])
        #expect(selector.prefix.isEmpty)
        let after = paragraphs(["Talks resumed.", "Moscow insists that Ukraine withdraw from the Donetsk region before any ceasefire."])
        let match = try #require(TextAnchoring.locate(selector, in: after, document: 0))
        #expect(match.method == .prefixSuffix)
        #expect(after[1].text.scalarSlice(try #require(match.ref.span)) == "Moscow insists that Ukraine withdraw")
    }
}
