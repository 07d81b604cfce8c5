/// A REFI-QDA project (`.qdpx`, QDA-XML 1.0) for ATLAS.ti, NVivo, MAXQDA and QualCoder: a zip
/// of `project.qde` and each article's text under `Sources/`.
///
/// Codes: one per issue with the sides as child codes, and one per actor under “Actors”.
/// Coded segments: confirmed positions and the analyst's tags, as PlainTextSelections whose
/// positions count characters (Unicode scalars) in the source text; each is coded with its
/// issue's side code and the side's actor code. Memos become notes, referred to from the
/// issue's or actor's code, or from a selection on the memo's passage. Each source's text is
/// the article's paragraphs, separated by blank lines, as the analysis read them.
/// Every GUID is derived from what it names, so the same corpus gives the same file.
public enum QDPXExport {
    public static func make(_ corpus: Corpus) -> [UInt8] {
        var zip = StoredZip()
        let (xml, sources) = project(corpus)
        zip.add("project.qde", Array(xml.utf8))
        for (name, text) in sources { zip.add("Sources/" + name, Array(text.utf8)) }
        return zip.finished()
    }

    /// The article's text as the source holds it, and where each paragraph starts in it.
    public static func sourceText(_ document: Document) -> (text: String, starts: [Int]) {
        var starts: [Int] = []
        var offset = 0
        for paragraph in document.paragraphs {
            starts.append(offset)
            offset += paragraph.text.unicodeScalars.count + 2
        }
        return (document.paragraphs.map(\.text).joined(separator: "\n\n"), starts)
    }

    /// `project.qde`, and each source file's name in `Sources/` with its text.
    static func project(_ corpus: Corpus) -> (String, [(String, String)]) {
        let user = guid("user")
        let segments = CodedSegments.collect(corpus, includeSuggestions: false)
        let memos = corpus.annotations.enumerated().flatMap { index, annotations in
            (annotations?.memos ?? []).map { (document: index, memo: $0) }
        }
        var out = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>"]
        out.append(
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"\(attribute(projectName(corpus)))\" origin=\"peacetalks\" "
                + "creatingUserGUID=\"\(user)\">")
        out.append("  <Users><User guid=\"\(user)\" name=\"peacetalks\"/></Users>")
        out.append("  <CodeBook>")
        out.append("    <Codes>")
        let sides = corpus.codebook.sides
        func noteRefs(_ target: MemoTarget, indent: String) -> [String] {
            memos.filter { $0.memo.target == target }.map {
                "\(indent)<NoteRef targetGUID=\"\(noteGUID($0.document, $0.memo))\"/>"
            }
        }
        for issue in corpus.issues {
            out.append("      <Code guid=\"\(guid("issue", issue.id))\" name=\"\(attribute(issue.title))\" isCodable=\"true\">")
            if !issue.description.isEmpty { out.append("        <Description>\(text(issue.description))</Description>") }
            out += noteRefs(.issue(issue.id), indent: "        ")
            for side in sides {
                let name = corpus.codebook.actor(side)?.name ?? side
                out.append(
                    "        <Code guid=\"\(guid("side", issue.id, side))\" name=\"\(attribute(issue.title + ": " + name))\" "
                        + "isCodable=\"true\"/>")
            }
            out.append("      </Code>")
        }
        out.append("      <Code guid=\"\(guid("actors"))\" name=\"Actors\" isCodable=\"false\">")
        var actorIDs = corpus.actors.map(\.id)
        for segment in segments where !actorIDs.contains(segment.actor) { actorIDs.append(segment.actor) }
        for id in actorIDs {
            let name = corpus.actor(id)?.name ?? corpus.codebook.actor(id)?.name ?? id
            let refs = noteRefs(.actor(id), indent: "          ")
            let open = "        <Code guid=\"\(guid("actor", id))\" name=\"\(attribute(name))\" isCodable=\"true\""
            if refs.isEmpty {
                out.append(open + "/>")
            } else {
                out += [open + ">"] + refs + ["        </Code>"]
            }
        }
        out.append("      </Code>")
        out.append("    </Codes>")
        out.append("  </CodeBook>")

        var files: [(String, String)] = []
        let passageMemos = CodedSegments.passageMemos(corpus)
        if !corpus.documents.isEmpty {
            out.append("  <Sources>")
            for document in corpus.documents {
                let (source, starts) = sourceText(document)
                let sourceGUID = guid("source", String(document.id), document.path)
                files.append((sourceGUID + ".txt", source))
                out.append(
                    "    <TextSource guid=\"\(sourceGUID)\" name=\"\(attribute(document.name))\" "
                        + "plainTextPath=\"internal://\(sourceGUID).txt\">")
                for segment in segments where segment.document == document.id {
                    let start = starts[segment.paragraph] + segment.span.start
                    let end = starts[segment.paragraph] + segment.span.end
                    let label = "\(segment.kind.rawValue) \(segment.issue) / \(segment.side)"
                    let key = [String(document.id), String(segment.paragraph), String(start), String(end), label]
                    out.append(
                        "      <PlainTextSelection guid=\"\(guid(["selection"] + key))\" name=\"\(attribute(label))\" "
                            + "startPosition=\"\(start)\" endPosition=\"\(end)\">")
                    out.append(
                        "        <Coding guid=\"\(guid(["coding-side"] + key))\"><CodeRef targetGUID=\"\(guid("side", segment.issue, segment.side))\"/></Coding>")
                    out.append(
                        "        <Coding guid=\"\(guid(["coding-actor"] + key))\"><CodeRef targetGUID=\"\(guid("actor", segment.actor))\"/></Coding>")
                    for memo in segment.memos { out.append("        <NoteRef targetGUID=\"\(noteGUID(document.id, memo))\"/>") }
                    out.append("      </PlainTextSelection>")
                }
                // A memo on a passage no segment covers gets a selection of its own to hang on.
                for (memo, ref) in passageMemos {
                    guard let ref, ref.document == document.id, let span = ref.span,
                        !segments.contains(where: { $0.document == document.id && $0.memos.contains(memo) })
                    else { continue }
                    let start = starts[ref.paragraph] + span.start
                    let end = starts[ref.paragraph] + span.end
                    out.append(
                        "      <PlainTextSelection guid=\"\(guid("memo-selection", String(document.id), memo.id))\" "
                            + "name=\"\(attribute("memo " + memo.id))\" startPosition=\"\(start)\" endPosition=\"\(end)\">")
                    out.append("        <NoteRef targetGUID=\"\(noteGUID(document.id, memo))\"/>")
                    out.append("      </PlainTextSelection>")
                }
                out.append("    </TextSource>")
            }
            out.append("  </Sources>")
        }
        if !memos.isEmpty {
            out.append("  <Notes>")
            for (document, memo) in memos {
                out.append(
                    "    <Note guid=\"\(noteGUID(document, memo))\" name=\"\(attribute(memo.id + " (" + memo.target.kind + ")"))\">")
                out.append("      <PlainTextContent>\(text(memo.text))</PlainTextContent>")
                out.append("    </Note>")
            }
            out.append("  </Notes>")
        }
        out.append("</Project>")
        return (out.joined(separator: "\n") + "\n", files)
    }

    private static func projectName(_ corpus: Corpus) -> String {
        corpus.documents.count == 1 ? corpus.documents[0].displayTitle : "peacetalks: \(corpus.documents.count) articles"
    }

    private static func noteGUID(_ document: Int, _ memo: MemoAnnotation) -> String {
        guid("memo", String(document), memo.id)
    }

    /// A GUID made from the words that name a thing (its hash laid out 8-4-4-4-12).
    static func guid(_ parts: String...) -> String { guid(parts) }

    static func guid(_ parts: [String]) -> String {
        var hash = ContentHash()
        for part in parts { hash.combine(part) }
        let hex = Array(hash.hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
    }

    /// XML text: markup escaped, and characters XML 1.0 cannot hold (most controls) left out.
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An attribute value: as `text`, with line breaks and tabs as character references.
    static func attribute(_ value: String) -> String {
        text(value).replacing("\n", with: "&#10;").replacing("\t", with: "&#9;")
    }
}
