import Testing

@testable import PeaceTalksModel

@Suite struct FoldedWordsTests {
    @Test func plainWordsAreLowercasedAndSplitAtPunctuation() {
        #expect(FoldedWords.of("Op 24 augustus herhaalde LAVROV: 'neutraliteit!'") == ["op", "24", "augustus", "herhaalde", "lavrov", "neutraliteit"])
    }

    @Test func accentsAndNonLatinLettersAreFolded() {
        #expect(FoldedWords.of("Zelensky’s “geëist” Éénheid — Київ") == ["zelensky", "s", "geeist", "eenheid", "киів"])
    }

    /// Every text gives the words that folding the whole of it gives: texts drawn from pieces
    /// that stress the cut (accents, combining marks after a space, CR LF, ligatures, digits of
    /// other scripts, emoji with joiners).
    @Test func sameWordsAsFoldingTheWholeText() {
        let pieces = [
            "Oekraïne", "VS", " ", ", ", "\r\n", "\u{301}", "e\u{301}", "ﬁnale", "straße", "İstanbul", "٣",
            "½", "👩‍👩‍👧", "‘", "’s", "—", "ÆØÅ", "Київ", "12", "a", "-", "\t", "ǅ", "\u{200B}", "x\u{20DD}",
        ]
        var generator = SplitMix64(seed: 42)
        for _ in 0..<3000 {
            let text = (0..<Int(generator.next() % 9)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(FoldedWords.of(text) == FoldedWords.foldingWholeText(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
