/// Every model type read field by field, in the order `ArchiveWriter+Corpus` writes them;
/// a value that cannot be right (a span ending before it starts) is an `ArchiveError`.
extension ArchiveReader {
    mutating func span() throws -> TextSpan {
        let start = try int()
        let end = try int()
        guard start <= end else { throw failure("span ends before it starts") }
        return TextSpan(start: start, end: end)
    }

    mutating func date() throws -> PartialDate {
        var date = PartialDate(year: try int(), month: try optionalInt(), day: try optionalInt())
        date.week = try optionalInt()
        return date
    }

    mutating func codebook() throws -> Codebook {
        var codebook = Codebook(
            path: try string(),
            issues: try array { reader in
                Issue(
                    id: try reader.string(), title: try reader.string(), label: try reader.string(),
                    description: try reader.string(), keywords: try reader.strings(), sections: try reader.strings(),
                    weakKeywords: try reader.strings(), excludedPhrases: try reader.strings())
            },
            actors: try array { reader in
                ActorDefinition(
                    id: try reader.string(), name: try reader.string(), kind: try reader.value(of: ActorKind.self),
                    side: try reader.optionalString(), role: try reader.optionalString(), aliases: try reader.strings(),
                    gender: try reader.optional { try $0.value(of: Gender.self) })
            },
            sides: try strings())
        codebook.keyEvents = try array { reader in
            KeyEvent(id: try reader.string(), name: try reader.string(), date: try reader.date(), aliases: try reader.strings())
        }
        return codebook
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
                repeatsQuote: try reader.optionalInt(), issues: try reader.strings(),
                evidence: try reader.array { AttributionEvidence(paragraph: try $0.int(), span: try $0.span()) })
        }
        let events = try array { reader in
            Event(
                date: try reader.date(), document: try reader.int(), paragraph: try reader.int(),
                sentence: try reader.int(), dateSpan: try reader.span(), text: try reader.string(),
                actors: try reader.strings(), issues: try reader.strings(),
                resolution: try reader.value(of: DateResolution.self))
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
                    case 2: return LinkReason.tagged(side: try reader.string())
                    default: throw reader.failure("unknown link reason")
                    }
                },
                spans: try reader.array { try $0.span() })
        }
        var roles: [String: String] = [:]
        for (actor, role) in try array({ (try $0.string(), try $0.string()) }) { roles[actor] = role }
        return Document(
            id: id, path: path, metadata: metadata, language: language, anchor: anchor, paragraphs: paragraphs,
            sections: sections, quotes: quotes, events: events, mentions: mentions, issueLinks: links,
            rolesInText: roles)
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
            },
            unanchored: try strings())
    }

    mutating func diagnostic() throws -> Diagnostic {
        Diagnostic(
            try value(of: Diagnostic.Severity.self), file: try string(), line: try optionalInt(),
            column: try optionalInt(), message: try string())
    }
}
