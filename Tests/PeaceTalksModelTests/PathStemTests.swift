import Testing
@testable import PeaceTalksModel

/// Sidecar names come from the article's name with its extension replaced, as they did
/// through `URL.pathExtension`, without asking the file system.
struct PathStemTests {
    @Test(arguments: [
        ("news/talks.txt", "news/talks.meta.yaml"),
        ("news/talks.2025.md", "news/talks.2025.meta.yaml"),
        ("news/talks", "news/talks.meta.yaml"),
        ("news/.hidden", "news/.hidden.meta.yaml"),
        ("news/talks.", "news/talks..meta.yaml"),
        ("news.d/talks", "news.d/talks.meta.yaml"),
        ("talks..txt", "talks..meta.yaml"),
    ])
    func sidecarNamesReplaceOnlyTheLastComponentsExtension(article: String, sidecar: String) {
        #expect(MetadataLoader.sidecarPath(forArticle: article) == sidecar)
    }

    @Test func annotationAndCodebookSidecarsFollowTheSameRule() {
        #expect(AnnotationLoader.sidecarPath(forArticle: "a/b.txt") == "a/b.annotations.yaml")
        #expect(CodebookLayers.articleCodebookPath(forArticle: "a.b/c") == "a.b/c.codebook.yaml")
    }
}
