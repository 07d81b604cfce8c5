import Foundation

/// Tells text from binary data and decodes UTF-8 or UTF-16, saying where it goes wrong.
enum TextDecoding {
    /// How much of the start of a file the binary check looks at.
    static let sniffLength = 8 * 1024

    /// The text, and a warning where invalid UTF-8 or UTF-16 was read past with U+FFFD (an
    /// article); for a kind that does not read past it (a YAML file) the same message is an error.
    /// An empty article is refused; an empty YAML file is left to its parser.
    static func decode(_ bytes: [UInt8], path: String, as kind: TextFileKind = .article) throws -> (String, Diagnostic?) {
        if let utf16 = UTF16Text(bytes) { return try decodeUTF16(bytes, as: utf16, path: path, kind: kind) }
        if let offset = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: offset, in: bytes)
            throw Diagnostic.error(
                "is not a text \(kind.noun) (NUL byte at byte \(offset))", file: path, line: line, column: column)
        }
        if let offset = binaryOffset(bytes) {
            throw Diagnostic.error("is not a text \(kind.noun) (binary data at byte \(offset))", file: path)
        }
        // Validating first is the fast path: only a file with a bad byte is scanned for where.
        let valid = String(validating: bytes, as: UTF8.self)
        var text = valid ?? String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        try refuseEmpty(text, isEmpty: bytes.isEmpty, path: path, kind: kind)
        guard valid == nil, let bad = firstInvalidUTF8(bytes) else { return (text, nil) }
        let (line, column) = position(of: bad, in: bytes)
        return (text, try invalid("invalid UTF-8 (first bad byte at offset \(bad))", path, line, column, kind))
    }

    /// The warning for text read past a bad byte, or the same words as an error for a kind that refuses it.
    private static func invalid(
        _ problem: String, _ path: String, _ line: Int?, _ column: Int?, _ kind: TextFileKind
    ) throws -> Diagnostic {
        guard kind.readsPastInvalidUTF8 else {
            throw Diagnostic.error(problem + "; a \(kind.noun) must be valid text", file: path, line: line, column: column)
        }
        return Diagnostic.warning(
            problem + "; read with U+FFFD replacement characters", file: path, line: line, column: column)
    }

    private static func refuseEmpty(_ text: String, isEmpty: Bool, path: String, kind: TextFileKind) throws {
        if kind == .article, text.allSatisfy(\.isWhitespace) {
            throw Diagnostic.error(isEmpty ? "is empty" : "is empty (only whitespace)", file: path)
        }
    }

    private static func decodeUTF16(
        _ bytes: [UInt8], as form: UTF16Text, path: String, kind: TextFileKind
    ) throws -> (String, Diagnostic?) {
        let units = form.units(bytes)
        if let index = units.firstIndex(of: 0) {
            throw Diagnostic.error(
                "is not a text \(kind.noun) (NUL character at byte \(form.byteOffset(ofUnit: index)), in UTF-16 text)",
                file: path)
        }
        let valid = String(validating: units, as: UTF16.self)
        let text = valid ?? String(decoding: units, as: UTF16.self)
        try refuseEmpty(text, isEmpty: units.isEmpty, path: path, kind: kind)
        guard valid == nil || bytes.count % 2 == 1 else { return (text, nil) }
        let bad = firstInvalidUTF16(units).map(form.byteOffset(ofUnit:)) ?? bytes.count - 1
        return (text, try invalid("invalid \(form.name) (first bad byte at offset \(bad))", path, nil, nil, kind))
    }

    /// Index of the first unpaired surrogate.
    static func firstInvalidUTF16(_ units: [UInt16]) -> Int? {
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit) {
                guard index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) else { return index }
                index += 2
            } else if UTF16.isTrailSurrogate(unit) {
                return index
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The offset of the first control byte when control bytes make up more than a tenth of
    /// the first 8 KB; nil for text. (A NUL anywhere is refused before this.)
    static func binaryOffset(_ bytes: [UInt8]) -> Int? {
        let sample = bytes.prefix(sniffLength)
        var controls = 0
        var firstControl: Int?
        for (offset, byte) in sample.enumerated() where isControl(UInt32(byte)) {
            controls += 1
            if firstControl == nil { firstControl = offset }
        }
        return controls * 10 > sample.count ? firstControl : nil
    }

    static func isControl(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D && value != 0x0C) || value == 0x7F
    }

    /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            for step in 1..<length {
                let at = index + step
                guard at < count else { return index }
                let byte = bytes[at]
                let (min, max) = step == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if byte < min || byte > max { return index }
            }
            index += length
        }
        return nil
    }

    /// 1-based line, and 1-based column in characters, of byte `offset`; the bytes before it are valid UTF-8.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let prefix = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self)
        return (line, prefix.count + 1)
    }
}
