import Foundation

/// Words of a text, lowercased and without accents, split at anything that is not a letter or
/// a digit: the words event clustering compares.
///
/// Folding the whole text through Foundation and splitting it into `Character`s was most of
/// clustering a big folder's events (perf, 10,000 articles). A text is cut at its ASCII
/// punctuation and spaces, which stay separators when folded; a piece of plain ASCII is only
/// lowercased, and only a piece with other scalars goes through Foundation as before.
enum FoldedWords {
    static func of(_ text: String) -> [String] {
        var words: [String] = []
        var text = text
        text.withUTF8 { appendWords(of: $0, to: &words) }
        return words
    }

    /// The reference: the whole text folded by Foundation and split into characters.
    static func foldingWholeText(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }
            .map(String.init)
    }

    private static func appendWords(of bytes: UnsafeBufferPointer<UInt8>, to words: inout [String]) {
        var start = 0
        var plain = true
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : 0x20
            if byte >= 0x80 {
                plain = false
            } else if !isASCIILetterOrDigit(byte) {
                if start < index {
                    let piece = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    if plain {
                        words.append(String(unsafeUninitializedCapacity: piece.count) { buffer in
                            for (at, unit) in piece.enumerated() { buffer[at] = lowercased(unit) }
                            return piece.count
                        })
                    } else {
                        words += foldingWholeText(String(decoding: piece, as: UTF8.self))
                    }
                }
                start = index + 1
                plain = true
            }
        }
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
