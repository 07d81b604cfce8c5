/// How a date expression became a calendar date.
public enum DateResolution: String, Hashable, Sendable, Codable, CaseIterable {
    /// Written in full (`20 mei 2024`, `in 2022`).
    case written
    /// A day or month without a year, placed in the year nearest the publication date.
    case publicationYear
    /// A day or month without a year, given the year written in the same sentence.
    case sentenceYear
    /// A day or month without a year, given the year written in the same paragraph.
    case paragraphYear
    /// A relative expression (`gisteren`, `on Friday`, `vorige week`) counted from the publication date.
    case relative
}

/// A dated expression found in the text, with its sentence.
public struct DateMatch: Hashable, Sendable {
    public var date: PartialDate
    /// Where the date expression lies in the paragraph's text.
    public var span: TextSpan
    public var resolution: DateResolution

    public init(date: PartialDate, span: TextSpan, resolution: DateResolution = .written) {
        self.date = date
        self.span = span
        self.resolution = resolution
    }
}

/// A dated event on the timeline: a date, the sentence that gives it, and what it touches.
public struct Event: Hashable, Sendable {
    public var date: PartialDate
    public var document: Int
    public var paragraph: Int
    /// Index into the paragraph's sentences.
    public var sentence: Int
    /// The date expression as written.
    public var dateSpan: TextSpan
    /// The sentence's text.
    public var text: String
    /// Actor ids named in the sentence.
    public var actors: [String]
    /// Issue ids the sentence touches.
    public var issues: [String]
    public var resolution: DateResolution

    public init(
        date: PartialDate, document: Int, paragraph: Int, sentence: Int, dateSpan: TextSpan,
        text: String, actors: [String], issues: [String], resolution: DateResolution = .written
    ) {
        self.resolution = resolution
        self.date = date
        self.document = document
        self.paragraph = paragraph
        self.sentence = sentence
        self.dateSpan = dateSpan
        self.text = text
        self.actors = actors
        self.issues = issues
    }
}
