/// Links paragraphs to the codebook's issues, by section and by keyword.
public struct IssueLinker: Sendable {
    public let codebook: Codebook

    public init(codebook: Codebook) {
        self.codebook = codebook
    }

    // STUB
    public func links(paragraphs: [Paragraph], sections: [Section], document: Int) -> [IssueLink] { [] }

    // STUB: ids of the issues a piece of text (a quote, a sentence) touches.
    public func issueIDs(in text: String, paragraph: Paragraph, sections: [Section]) -> [String] { [] }
}
