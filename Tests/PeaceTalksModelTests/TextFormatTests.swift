import Foundation
import Testing
@testable import PeaceTalksModel

/// UTF-16 is read, with or without a byte order mark; a NUL anywhere is refused with its offset.
@Suite struct TextFormatTests {
    static let text = "Zelensky zei op 18 augustus: ‘Wij willen vrede.’\nDe Europese leiders waren in Washington.\n"

    func loaded(_ bytes: [UInt8]) throws -> (String, [Diagnostic]) {
        let folder = try TempFolder()
        let path = try folder.write("article.txt", bytes)
        let (articles, warnings) = try ArticleLoader.load(paths: [path])
        return (articles.first?.text ?? "", warnings)
    }

    func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: [false, true]) func utf16WithAByteOrderMark(bigEndian: Bool) throws {
        let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let (text, warnings) = try loaded(bom + utf16(Self.text, bigEndian: bigEndian))
        #expect(text == Self.text)
        #expect(warnings.isEmpty)
    }

    @Test(arguments: [false, true]) func utf16WithoutAByteOrderMark(bigEndian: Bool) throws {
        let (text, warnings) = try loaded(utf16(Self.text, bigEndian: bigEndian))
        #expect(text == Self.text)
        #expect(warnings.isEmpty)
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let (text, _) = try loaded([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))
        #expect(text == Self.text)
    }

    @Test func binaryWithZerosIsNotTakenForUTF16() throws {
        // Little-endian 16-bit numbers: zero high bytes, like UTF-16, but control characters.
        let numbers: [UInt8] = (0..<2000).flatMap { number -> [UInt8] in [UInt8(number % 31), 0] }
        let folder = try TempFolder()
        let path = try folder.write("numbers.txt", numbers)
        #expect(loadError([path])?.message.hasPrefix("is not a text article") == true)
    }

    @Test func nulAfterTheFirstEightKilobytesIsRefusedWithItsOffset() throws {
        let line = Array("Een regel tekst over de vredesgesprekken.\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 10_000 { bytes += line }
        let offset = bytes.count
        bytes += [0x00] + line
        let folder = try TempFolder()
        let path = try folder.write("late-nul.txt", bytes)
        let error = try #require(loadError([path]))
        #expect(error.file == path)
        #expect(error.message == "is not a text article (NUL byte at byte \(offset))")
        #expect(error.line == offset / line.count + 1)
    }

    @Test func nulInUTF16IsRefusedToo() throws {
        let folder = try TempFolder()
        let path = try folder.write("nul16.txt", [0xFF, 0xFE] + utf16("Tekst\u{0}meer", bigEndian: false))
        #expect(loadError([path])?.message.contains("NUL character at byte 12") == true)
    }
}
