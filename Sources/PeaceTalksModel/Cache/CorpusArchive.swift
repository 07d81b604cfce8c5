import Foundation

/// A whole analysed corpus as bytes, so a later run can skip the extraction. Every field of
/// every model type is written in a fixed order; `CorpusArchiveTests` checks that a round
/// trip gives back an equal corpus, which fails when a field is added here but not written.
public enum CorpusArchive {
    /// Bump whenever the layout below changes: an old archive then reads as a mismatch.
    static let formatVersion: UInt8 = 1
    static let magic = Array("peacetalks-corpus".utf8)

    public static func encode(_ corpus: Corpus) -> [UInt8] {
        // The text dominates; the rest is a few bytes per quote, event, mention and link.
        let textBytes = corpus.documents.reduce(0) { total, document in
            total + document.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        }
        var writer = ArchiveWriter(reservingCapacity: textBytes + textBytes / 2 + 4_096)
        writer.raw(magic)
        writer.raw([formatVersion])
        let digestOffset = writer.bytes.count
        writer.raw(repeatElement(0, count: digestLength))
        writer.codebook(corpus.codebook)
        writer.array(corpus.documents) { $0.document($1) }
        writer.array(corpus.actors) { $0.actor($1) }
        writer.array(corpus.positions) { $0.position($1) }
        writer.array(corpus.diagnostics) { $0.diagnostic($1) }
        let contentsStart = digestOffset + digestLength
        let sum = writer.bytes.withUnsafeBytes { Self.digest(of: UnsafeRawBufferPointer(rebasing: $0[contentsStart...])) }
        writer.patch(at: digestOffset, with: sum)
        return writer.bytes
    }

    /// 32 hexadecimal digits over everything after the header: an entry damaged on disk is
    /// refused as a whole, rather than read as a corpus with wrong offsets.
    static func digest(of contents: UnsafeRawBufferPointer) -> [UInt8] {
        var hash = ContentHash()
        hash.combine(bytes: contents)
        return Array(hash.hex.utf8)
    }

    static let digestLength = 32

    public static func decode(_ bytes: [UInt8]) throws -> Corpus {
        try bytes.withUnsafeBytes(decode)
    }

    public static func decode(_ data: Data) throws -> Corpus {
        try data.withUnsafeBytes(decode)
    }

    static func decode(_ buffer: UnsafeRawBufferPointer) throws -> Corpus {
        guard buffer.count >= magic.count, buffer.prefix(magic.count).elementsEqual(magic) else {
            throw ArchiveError(offset: 0, reason: "not a peacetalks corpus archive")
        }
        var reader = ArchiveReader(buffer, from: magic.count)
        let version = try reader.byte()
        guard version == formatVersion else {
            throw reader.failure("archive format \(version), this build reads \(formatVersion)")
        }
        let stored = try reader.raw(count: digestLength)
        let contents = UnsafeRawBufferPointer(rebasing: buffer[reader.offset...])
        guard stored.elementsEqual(digest(of: contents)) else { throw reader.failure("the archive is damaged (digest mismatch)") }
        let corpus = Corpus(
            codebook: try reader.codebook(),
            documents: try reader.array { try $0.document() },
            actors: try reader.array { try $0.actor() },
            positions: try reader.array { try $0.position() },
            diagnostics: try reader.array { try $0.diagnostic() })
        guard reader.isAtEnd else { throw reader.failure("unexpected data after the corpus") }
        return corpus
    }
}

// MARK: Writing

extension ArchiveWriter {
    mutating func span(_ span: TextSpan) {
        int(span.start)
        int(span.end)
    }

    mutating func date(_ date: PartialDate) {
        int(date.year)
        optionalInt(date.month)
        optionalInt(date.day)
    }

    mutating func codebook(_ codebook: Codebook) {
        string(codebook.path)
        array(codebook.issues) { writer, issue in
            writer.string(issue.id)
            writer.string(issue.title)
            writer.string(issue.label)
            writer.string(issue.description)
            writer.strings(issue.keywords)
            writer.strings(issue.sections)
        }
        array(codebook.actors) { writer, actor in
            writer.string(actor.id)
            writer.string(actor.name)
            writer.string(actor.kind.rawValue)
            writer.optionalString(actor.side)
            writer.optionalString(actor.role)
            writer.strings(actor.aliases)
        }
        array(codebook.positions) { writer, position in
            writer.string(position.issue)
            writer.string(position.actor)
            writer.string(position.summary)
            writer.strings(position.anchors)
            writer.optionalInt(position.line)
            writer.optionalInt(position.column)
        }
        strings(codebook.sides)
    }

    mutating func document(_ document: Document) {
        int(document.id)
        string(document.path)
        optionalString(document.metadata.title)
        optionalString(document.metadata.language?.rawValue)
        optional(document.metadata.date) { $0.date($1) }
        optionalString(document.metadata.source)
        string(document.language.rawValue)
        int(document.anchor.year)
        optional(document.anchor.published) { $0.date($1) }
        string(document.anchor.source.rawValue)
        array(document.paragraphs) { writer, paragraph in
            writer.int(paragraph.index)
            writer.int(paragraph.line)
            writer.string(paragraph.kind.rawValue)
            writer.int(paragraph.section)
            writer.string(paragraph.text)
            writer.array(paragraph.sentences) { $0.span($1.span) }
            writer.optionalInt(paragraph.repeatsParagraph)
        }
        array(document.sections) { writer, section in
            writer.int(section.index)
            writer.optionalString(section.title)
            writer.optionalInt(section.headingParagraph)
            writer.int(section.paragraphs.lowerBound)
            writer.int(section.paragraphs.upperBound)
        }
        array(document.quotes) { writer, quote in
            writer.int(quote.document)
            writer.int(quote.paragraph)
            writer.span(quote.span)
            writer.string(quote.text)
            writer.string(quote.kind.rawValue)
            writer.optionalString(quote.speaker)
            writer.optionalString(quote.citedBy)
            writer.optionalString(quote.rule?.rawValue)
            writer.optionalInt(quote.repeatsQuote)
            writer.strings(quote.issues)
        }
        array(document.events) { writer, event in
            writer.date(event.date)
            writer.int(event.document)
            writer.int(event.paragraph)
            writer.int(event.sentence)
            writer.span(event.dateSpan)
            writer.string(event.text)
            writer.strings(event.actors)
            writer.strings(event.issues)
        }
        array(document.mentions) { writer, mention in
            writer.string(mention.actor)
            writer.int(mention.document)
            writer.int(mention.paragraph)
            writer.span(mention.span)
        }
        array(document.issueLinks) { writer, link in
            writer.string(link.issue)
            writer.int(link.document)
            writer.int(link.paragraph)
            writer.array(link.reasons) { writer, reason in
                switch reason {
                case .section(let heading):
                    writer.int(0)
                    writer.string(heading)
                case .keyword(let word):
                    writer.int(1)
                    writer.string(word)
                }
            }
            writer.array(link.spans) { $0.span($1) }
        }
    }

    mutating func actor(_ actor: Actor) {
        string(actor.id)
        string(actor.name)
        string(actor.kind.rawValue)
        optionalString(actor.side)
        optionalString(actor.role)
        strings(actor.aliases)
        bool(actor.discovered)
    }

    mutating func position(_ position: Position) {
        string(position.issue)
        string(position.actor)
        string(position.summary)
        strings(position.fragments)
        array(position.anchors) { writer, anchor in
            writer.int(anchor.document)
            writer.int(anchor.paragraph)
            writer.optional(anchor.span) { $0.span($1) }
        }
    }

    mutating func diagnostic(_ diagnostic: Diagnostic) {
        string(diagnostic.severity.rawValue)
        string(diagnostic.file)
        optionalInt(diagnostic.line)
        optionalInt(diagnostic.column)
        string(diagnostic.message)
    }
}

// MARK: Reading

extension ArchiveReader {
    mutating func span() throws -> TextSpan {
        let start = try int()
        let end = try int()
        guard start <= end else { throw failure("span ends before it starts") }
        return TextSpan(start: start, end: end)
    }

    mutating func date() throws -> PartialDate {
        PartialDate(year: try int(), month: try optionalInt(), day: try optionalInt())
    }

    mutating func codebook() throws -> Codebook {
        Codebook(
            path: try string(),
            issues: try array { reader in
                Issue(
                    id: try reader.string(), title: try reader.string(), label: try reader.string(),
                    description: try reader.string(), keywords: try reader.strings(), sections: try reader.strings())
            },
            actors: try array { reader in
                ActorDefinition(
                    id: try reader.string(), name: try reader.string(), kind: try reader.value(of: ActorKind.self),
                    side: try reader.optionalString(), role: try reader.optionalString(), aliases: try reader.strings())
            },
            positions: try array { reader in
                PositionDefinition(
                    issue: try reader.string(), actor: try reader.string(), summary: try reader.string(),
                    anchors: try reader.strings(), line: try reader.optionalInt(), column: try reader.optionalInt())
            },
            sides: try strings())
    }

    mutating func document() throws -> Document {
        let id = try int()
        let path = try string()
        let metadata = ArticleMetadata(
            title: try optionalString(), language: try optional { try $0.value(of: Language.self) },
            date: try optional { try $0.date() }, source: try optionalString())
        let language = try value(of: Language.self)
        let anchor = DateAnchor(
            year: try int(), published: try optional { try $0.date() }, source: try value(of: DateAnchor.Source.self))
        let paragraphs = try array { reader in
            Paragraph(
                index: try reader.int(), line: try reader.int(), kind: try reader.value(of: ParagraphKind.self),
                section: try reader.int(), text: try reader.string(),
                sentences: try reader.array { Sentence(span: try $0.span()) },
                repeatsParagraph: try reader.optionalInt())
        }
        let sections = try array { reader in
            let index = try reader.int()
            let title = try reader.optionalString()
            let heading = try reader.optionalInt()
            let lower = try reader.int()
            let upper = try reader.int()
            guard lower <= upper else { throw reader.failure("section range ends before it starts") }
            return Section(index: index, title: title, headingParagraph: heading, paragraphs: lower..<upper)
        }
        let quotes = try array { reader in
            Quote(
                document: try reader.int(), paragraph: try reader.int(), span: try reader.span(),
                text: try reader.string(), kind: try reader.value(of: QuoteKind.self),
                speaker: try reader.optionalString(), citedBy: try reader.optionalString(),
                rule: try reader.optional { try $0.value(of: AttributionRule.self) },
                repeatsQuote: try reader.optionalInt(), issues: try reader.strings())
        }
        let events = try array { reader in
            Event(
                date: try reader.date(), document: try reader.int(), paragraph: try reader.int(),
                sentence: try reader.int(), dateSpan: try reader.span(), text: try reader.string(),
                actors: try reader.strings(), issues: try reader.strings())
        }
        let mentions = try array { reader in
            Mention(actor: try reader.string(), document: try reader.int(), paragraph: try reader.int(), span: try reader.span())
        }
        let links = try array { reader in
            IssueLink(
                issue: try reader.string(), document: try reader.int(), paragraph: try reader.int(),
                reasons: try reader.array { reader in
                    switch try reader.int() {
                    case 0: return LinkReason.section(try reader.string())
                    case 1: return LinkReason.keyword(try reader.string())
                    default: throw reader.failure("unknown link reason")
                    }
                },
                spans: try reader.array { try $0.span() })
        }
        return Document(
            id: id, path: path, metadata: metadata, language: language, anchor: anchor, paragraphs: paragraphs,
            sections: sections, quotes: quotes, events: events, mentions: mentions, issueLinks: links)
    }

    mutating func actor() throws -> Actor {
        Actor(
            id: try string(), name: try string(), kind: try value(of: ActorKind.self), side: try optionalString(),
            role: try optionalString(), aliases: try strings(), discovered: try bool())
    }

    mutating func position() throws -> Position {
        Position(
            issue: try string(), actor: try string(), summary: try string(), fragments: try strings(),
            anchors: try array { reader in
                PassageRef(document: try reader.int(), paragraph: try reader.int(), span: try reader.optional { try $0.span() })
            })
    }

    mutating func diagnostic() throws -> Diagnostic {
        Diagnostic(
            try value(of: Diagnostic.Severity.self), file: try string(), line: try optionalInt(),
            column: try optionalInt(), message: try string())
    }
}
