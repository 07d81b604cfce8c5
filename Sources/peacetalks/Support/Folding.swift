/// Case- and accent-insensitive comparison for names typed on the command line
/// (`--speaker sjevel` finds `Sjevel`, `zelenski` finds `Zelenski`, `oekraine` finds `Oekraïne`).
enum Folding {
    static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let plain = latin[scalar] {
                out += plain
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func matches(_ query: String, _ candidate: String) -> Bool {
        fold(candidate).contains(fold(query))
    }

    private static let latin: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
            ("‘’‚‛`´", "'"), ("“”„‟«»", "\""),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()
}
