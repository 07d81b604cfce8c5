/// Ids for people the text introduces: `Dmitry Peskov` → `dmitry-peskov`.
enum Slug {
    static func make(_ name: String) -> String {
        let words = WordTokens.tokens(in: name).map { token in
            String(String.UnicodeScalarView(token.lower.filter { $0.isASCII && $0 != "'" }))
        }
        let slug = words.filter { !$0.isEmpty }.joined(separator: "-")
        return slug.isEmpty ? "person" : slug
    }
}
