/// UTF-16 text, told by its byte order mark, or without one by the zero bytes that
/// mostly-Latin text has in every other place.
struct UTF16Text {
    var bigEndian: Bool
    /// 2 with a byte order mark, else 0.
    var bomLength: Int

    var name: String { bigEndian ? "UTF-16BE" : "UTF-16LE" }

    /// Nil unless the bytes are UTF-16: a BOM (FF FE or FE FF), or, without one, at least
    /// half of the characters in the first 8 KB having a zero high byte, hardly any a zero low byte,
    /// valid UTF-16 throughout and hardly any control characters. That is what Dutch or
    /// English text looks like in UTF-16 and what binary data almost never does.
    init?(_ bytes: [UInt8]) {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            self.init(bigEndian: false, bomLength: 2)
            return
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            self.init(bigEndian: true, bomLength: 2)
            return
        }
        let pairs = min(bytes.count, TextDecoding.sniffLength) / 2
        guard pairs >= 4, bytes.count % 2 == 0 else { return nil }
        var evenZero = 0
        var oddZero = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenZero += 1 }
            if bytes[2 * pair + 1] == 0 { oddZero += 1 }
        }
        let bigEndian: Bool
        if oddZero * 2 >= pairs, evenZero * 20 <= pairs {
            bigEndian = false
        } else if evenZero * 2 >= pairs, oddZero * 20 <= pairs {
            bigEndian = true
        } else {
            return nil
        }
        let candidate = UTF16Text(bigEndian: bigEndian, bomLength: 0)
        let units = candidate.units(bytes)
        guard TextDecoding.firstInvalidUTF16(units) == nil else { return nil }
        let sample = units.prefix(TextDecoding.sniffLength / 2)
        let controls = sample.filter { TextDecoding.isControl(UInt32($0)) }.count
        guard controls * 10 <= sample.count else { return nil }
        self = candidate
    }

    private init(bigEndian: Bool, bomLength: Int) {
        self.bigEndian = bigEndian
        self.bomLength = bomLength
    }

    /// The code units after the BOM; an odd last byte is dropped.
    func units(_ bytes: [UInt8]) -> [UInt16] {
        let count = (bytes.count - bomLength) / 2
        var units = [UInt16](repeating: 0, count: count)
        for index in 0..<count {
            let first = UInt16(bytes[bomLength + 2 * index])
            let second = UInt16(bytes[bomLength + 2 * index + 1])
            units[index] = bigEndian ? first << 8 | second : second << 8 | first
        }
        return units
    }

    func byteOffset(ofUnit index: Int) -> Int { bomLength + 2 * index }
}
