/// Suggests the known word nearest to a misspelt one.
public enum DidYouMean {
    /// The candidate within a small edit distance of `word`, if one is close enough to be a typo.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        // Long strings and long lists cost too much for a hint.
        guard target.count <= 64, candidates.count <= 2_000 else { return nil }
        let limit = target.count <= 3 ? 1 : (target.count < 9 ? 2 : 3)
        var best: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            guard abs(other.count - target.count) <= limit, other.count <= 64 else { continue }
            let distance = editDistance(target, other)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
