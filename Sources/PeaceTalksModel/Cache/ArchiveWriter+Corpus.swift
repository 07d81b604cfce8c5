/// Every model type written field by field, in the order `ArchiveReader+Corpus` reads them.
extension ArchiveWriter {
    mutating func span(_ span: TextSpan) {
        int(span.start)
        int(span.end)
    }

    mutating func date(_ date: PartialDate) {
        int(date.year)
        optionalInt(date.month)
        optionalInt(date.day)
        optionalInt(date.week)
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
            writer.strings(issue.weakKeywords)
            writer.strings(issue.excludedPhrases)
        }
        array(codebook.actors) { writer, actor in
            writer.string(actor.id)
            writer.string(actor.name)
            writer.string(actor.kind.rawValue)
            writer.optionalString(actor.side)
            writer.optionalString(actor.role)
            writer.strings(actor.aliases)
            writer.optionalString(actor.gender?.rawValue)
        }
        strings(codebook.sides)
        array(codebook.keyEvents) { writer, event in
            writer.string(event.id)
            writer.string(event.name)
            writer.date(event.date)
            writer.strings(event.aliases)
        }
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
            writer.array(quote.evidence) { writer, evidence in
                writer.int(evidence.paragraph)
                writer.span(evidence.span)
            }
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
            writer.string(event.resolution.rawValue)
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
                case .tagged(let side):
                    writer.int(2)
                    writer.string(side)
                }
            }
            writer.array(link.spans) { $0.span($1) }
        }
        array(document.rolesInText.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            writer.string(entry.value)
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
        strings(position.unanchored)
    }

    mutating func diagnostic(_ diagnostic: Diagnostic) {
        string(diagnostic.severity.rawValue)
        string(diagnostic.file)
        optionalInt(diagnostic.line)
        optionalInt(diagnostic.column)
        string(diagnostic.message)
    }
}
