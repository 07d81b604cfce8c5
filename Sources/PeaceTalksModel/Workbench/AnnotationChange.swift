/// One edit of a document's annotations. Each is applied to the file as it is on disk at that
/// moment, so two editors' changes add up instead of overwriting each other, and each has an
/// inverse that undoes it.
public enum AnnotationChange: Hashable, Sendable {
    case addTag(TagAnnotation)
    case removeTag(id: String)
    /// Confirm or reject a suggestion; a nil verdict withdraws the decision.
    case decide(SuggestionKey, SuggestionVerdict?, stance: String)
    /// Reassign a quote's speaker; a nil actor withdraws the correction.
    case setSpeaker(quote: TextQuoteSelector, actor: String?)
    /// Write, replace or (with nil) remove the memo with this id.
    case setMemo(id: String, MemoAnnotation?)

    /// The annotations with the change made, and the change that undoes it.
    func applied(to annotations: DocumentAnnotations) throws -> (DocumentAnnotations, AnnotationChange) {
        var result = annotations
        switch self {
        case .addTag(var tag):
            let used = Set(annotations.tags.map(\.id))
            if used.contains(tag.id) { tag.id = Self.freshID(prefix: "tag", used: used) }
            result.tags.append(tag)
            return (result, .removeTag(id: tag.id))
        case .removeTag(let id):
            guard let index = annotations.tags.firstIndex(where: { $0.id == id }) else {
                throw Diagnostic.error("no tag “\(id)” to remove", file: annotations.path)
            }
            let old = result.tags.remove(at: index)
            return (result, .addTag(old))
        case .decide(let key, let verdict, let stance):
            let index = annotations.decisions.firstIndex { $0.key.matches(key) }
            let previous = index.map { annotations.decisions[$0] }
            if let index { result.decisions.remove(at: index) }
            if let verdict {
                let decision = SuggestionDecision(key: key, verdict: verdict, stance: stance)
                if let index { result.decisions.insert(decision, at: index) } else { result.decisions.append(decision) }
            }
            return (result, .decide(key, previous?.verdict, stance: previous?.stance ?? stance))
        case .setSpeaker(let quote, let actor):
            let index = annotations.speakers.firstIndex { Self.same($0.quote, quote) }
            let previous = index.map { annotations.speakers[$0].actor }
            if let index { result.speakers.remove(at: index) }
            if let actor {
                let correction = SpeakerCorrection(quote: quote, actor: actor)
                if let index { result.speakers.insert(correction, at: index) } else { result.speakers.append(correction) }
            }
            return (result, .setSpeaker(quote: quote, actor: previous))
        case .setMemo(let id, let memo):
            let index = annotations.memos.firstIndex { $0.id == id }
            let previous = index.map { annotations.memos[$0] }
            if let index { result.memos.remove(at: index) }
            if var memo {
                memo.id = id
                if let index { result.memos.insert(memo, at: index) } else { result.memos.append(memo) }
            }
            return (result, .setMemo(id: id, previous))
        }
    }

    /// The issue and actor ids the change names, for checking against the codebook.
    var referencedIDs: (issues: [String], actors: [String]) {
        switch self {
        case .addTag(let tag): return ([tag.issue], [tag.side])
        case .removeTag: return ([], [])
        case .decide(let key, _, _): return ([key.issue], [key.side])
        case .setSpeaker(_, let actor): return ([], actor.map { [$0] } ?? [])
        case .setMemo(_, let memo):
            switch memo?.target {
            case .issue(let id): return ([id], [])
            case .actor(let id): return ([], [id])
            case .passage, nil: return ([], [])
            }
        }
    }

    static func same(_ a: TextQuoteSelector, _ b: TextQuoteSelector) -> Bool {
        a.exact == b.exact && a.prefix == b.prefix && a.suffix == b.suffix
    }

    /// `prefix-N` with the smallest N not in use.
    static func freshID(prefix: String, used: Set<String>) -> String {
        var number = used.count + 1
        while used.contains("\(prefix)-\(number)") { number += 1 }
        return "\(prefix)-\(number)"
    }
}
