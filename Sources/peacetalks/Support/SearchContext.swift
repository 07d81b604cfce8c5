import PeaceTalksModel

/// `search --context N`: each hit's line with N whole lines of the article around it, as
/// `rg -C N` prints them: `LINE:text` for a hit, `LINE-text` around it, `--` between groups
/// that do not touch (the file name first when several articles are read).
enum SearchContext {
    static func print(_ hits: [ExportSearchHit], lines count: Int, corpus: Corpus, to out: inout StandardOutput) throws {
        var linesOf: [Int: [String]] = [:]
        // Hits grouped per document in reading order; overlapping windows merge.
        let byPlace = Set(hits.map { Place(document: $0.document, line: $0.line) }).sorted()
        var previous: (document: Int, last: Int)?
        var printed = Set<Place>()
        let hitPlaces = Set(byPlace)
        for hit in byPlace {
            if linesOf[hit.document] == nil {
                linesOf[hit.document] = try articleLines(corpus.documents[hit.document].path)
            }
            let lines = linesOf[hit.document] ?? []
            let first = max(1, hit.line - count), last = min(lines.count, hit.line + count)
            if let previous, previous.document != hit.document || first > previous.last + 1 { out.line("--") }
            for number in first...max(first, last) where lines.indices.contains(number - 1) {
                let place = Place(document: hit.document, line: number)
                guard printed.insert(place).inserted else { continue }
                let isHit = hitPlaces.contains(place)
                let prefix = corpus.documents.count > 1 ? corpus.documents[hit.document].name + (isHit ? ":" : "-") : ""
                out.line(Table.plain(prefix + String(number) + (isHit ? ":" : "-")) + Table.plain(lines[number - 1]))
            }
            previous = (hit.document, max(previous?.document == hit.document ? previous?.last ?? 0 : 0, last))
        }
    }

    private struct Place: Hashable, Comparable {
        var document: Int
        var line: Int
        static func < (a: Place, b: Place) -> Bool { (a.document, a.line) < (b.document, b.line) }
    }

    /// The article's lines as the loader decoded them (any encoding it accepts).
    private static func articleLines(_ path: String) throws -> [String] {
        let (article, _) = try ArticleLoader.loadArticle(at: path, sizeLimit: .max)
        return article.text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
    }
}
