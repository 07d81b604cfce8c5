import PeaceTalksModel
@testable import PeaceTalksTUI

/// Two short articles of our own, read with the built-in codebook: events years apart,
/// and one meeting both report on the same day in similar words (one cluster of two).
enum TimelineFixture {
    static let first = """
        Titel: Onderhandelingen over Oekraïne

        In 2014 bezette Rusland de Krim en begon de oorlog in de Donbas met steun aan separatisten.

        In maart 2022 stelde Rusland in Istanboel een neutraal Oekraïne voor met garantiestaten en zonder NAVO.

        In april 2022 verklaarde Zelensky dat Oekraïne nooit grondgebied zal afstaan aan Rusland.

        Op 15 augustus 2025 ontmoetten Trump en Poetin elkaar in Anchorage voor een lange top over een staakt-het-vuren.

        Op 24 augustus 2025 herhaalde Lavrov dat Oekraïne neutraal moet blijven en geen lid van de NAVO mag worden.
        """

    static let second = """
        Titel: Top in Alaska

        Op 15 augustus 2025 ontmoetten Trump en Poetin elkaar in Anchorage voor een top over een staakt-het-vuren in Oekraïne.

        Sinds juni 2024 eist Poetin dat Oekraïne zich terugtrekt uit Donetsk en Loehansk voordat er onderhandeld wordt.
        """

    static func corpus(twoArticles: Bool = true) throws -> Corpus {
        let codebook = try CodebookLayers.load([.builtIn]).codebook
        var articles = [Article(path: "eerste.txt", text: first, metadata: ArticleMetadata(title: "Onderhandelingen", language: .dutch, date: PartialDate(year: 2025, month: 8, day: 30)))]
        if twoArticles {
            articles.append(Article(path: "tweede.txt", text: second, metadata: ArticleMetadata(title: "Top in Alaska", language: .dutch, date: PartialDate(year: 2025, month: 8, day: 31))))
        }
        return CorpusBuilder.build(articles: articles, codebook: codebook)
    }

    static func app(width: Int, height: Int, twoArticles: Bool = true, monochrome: Bool = false) throws -> ExplorerApp {
        let corpus = try corpus(twoArticles: twoArticles)
        return ExplorerApp(corpus: corpus, options: ExplorerOptions(monochrome: monochrome), size: Size(width: width, height: height), search: Fixture.fakeSearch(corpus))
    }
}
