import Testing
import PeaceTalksModel

/// The prompt shows a query written back in its own syntax; parsing that text must give the same
/// search, or the prompt would show one search and run another.
@Suite struct SearchQuerySyntaxTests {
    @Test(arguments: [
        // A line break before a combining mark: written back, the mark follows a space and forms one
        // character with it, which must not hide the space that separates the words.
        "n\"a\n\u{313}b\"",
        "\"die eis\u{2028}\u{301}x\" rest",
        "a \u{313}b",
        "\"x\u{0}\u{3}vzedeg\n\u{313}\"",
        "\"open\r\n\u{308}ended",
        "@spreker\u{85}\u{301} #grond",
    ])
    func queryWrittenBackParsesToTheSameQuery(typed: String) {
        let query = SearchQuery(parsing: typed)
        #expect(SearchQuery(parsing: query.text) == query, "\(typed.debugDescription) -> \(query.text.debugDescription)")
    }
}
