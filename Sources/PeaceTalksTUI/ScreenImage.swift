/// A `Screen` as bytes, for the explorer's stored first screen (`AnalysisCache.storeFrame`):
/// the size, the cursor, then runs of equal cells (a count, the width, the colours, the
/// attributes and the grapheme's UTF-8). Reading checks everything a backend relies on (each
/// cell's width, a wide grapheme followed by its continuation, colours that exist) and gives
/// nil for anything else, so a damaged or foreign image is never drawn.
extension Screen {
    private static let magic = Array("screen1".utf8)

    public var image: [UInt8] {
        var bytes = Self.magic
        Self.append(size.width, to: &bytes)
        Self.append(size.height, to: &bytes)
        if let cursor {
            bytes.append(1)
            Self.append(cursor.row, to: &bytes)
            Self.append(cursor.column, to: &bytes)
        } else {
            bytes.append(0)
        }
        var index = 0
        while index < cells.count {
            let cell = cells[index]
            var run = 1
            while index + run < cells.count, cells[index + run] == cell { run += 1 }
            Self.append(run, to: &bytes)
            bytes.append(UInt8(clamping: cell.width))
            let style = cell.style
            bytes.append(UInt8((style.foreground.rawValue + 1) << 4 | (style.background.rawValue + 1)))
            bytes.append((style.bold ? 1 : 0) | (style.underline ? 2 : 0) | (style.reverse ? 4 : 0) | (style.dim ? 8 : 0))
            let utf8 = Array(cell.grapheme.utf8)
            Self.append(utf8.count, to: &bytes)
            bytes += utf8
            index += run
        }
        return bytes
    }

    /// The screen `image` made, or nil when `bytes` are not one.
    public init?(image bytes: [UInt8]) {
        var reader = ImageReader(bytes: bytes)
        guard bytes.starts(with: Self.magic) else { return nil }
        reader.offset = Self.magic.count
        guard let width = reader.number(), let height = reader.number(), width <= 1000, height <= 1000,
              let hasCursor = reader.byte(), hasCursor <= 1
        else { return nil }
        var cursor: (row: Int, column: Int)?
        if hasCursor == 1 {
            guard let row = reader.number(), let column = reader.number() else { return nil }
            cursor = (row, column)
        }
        var cells: [Cell] = []
        cells.reserveCapacity(width * height)
        while cells.count < width * height {
            guard let run = reader.number(), run > 0, run <= width * height - cells.count,
                  let cellWidth = reader.byte(), cellWidth <= 2,
                  let colours = reader.byte(), let foreground = Color(rawValue: Int(colours >> 4) - 1),
                  let background = Color(rawValue: Int(colours & 15) - 1),
                  let attributes = reader.byte(), attributes < 16,
                  let length = reader.number(), let utf8 = reader.bytes(length),
                  let grapheme = Self.grapheme(utf8)
            else { return nil }
            let style = Style(
                foreground: foreground, background: background, bold: attributes & 1 != 0,
                underline: attributes & 2 != 0, reverse: attributes & 4 != 0, dim: attributes & 8 != 0)
            let cell = Cell(grapheme: grapheme, width: Int(cellWidth), style: style)
            for _ in 0..<run { cells.append(cell) }
        }
        guard reader.offset == bytes.count else { return nil }
        // A wide grapheme is followed by its continuation on the same row, and only there.
        for (index, cell) in cells.enumerated() {
            let column = index % width
            if cell.width == 2, column == width - 1 || cells[index + 1].width != 0 { return nil }
            if cell.width == 0, column == 0 || cells[index - 1].width != 2 { return nil }
        }
        self.init(size: Size(width: width, height: height), cells: cells)
        self.cursor = cursor
    }

    /// Most cells hold one ASCII character: made without the general UTF-8 check.
    private static func grapheme(_ utf8: ArraySlice<UInt8>) -> String? {
        if utf8.count == 1, let byte = utf8.first, byte < 0x80 { return String(Character(Unicode.Scalar(byte))) }
        return String(validating: utf8, as: UTF8.self)
    }

    private static func append(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt64(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

private struct ImageReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func number() -> Int? {
        var value = 0
        var shift = 0
        while let next = byte() {
            value |= Int(next & 0x7F) << shift
            if next & 0x80 == 0 { return value }
            shift += 7
            if shift > 28 { return nil }
        }
        return nil
    }

    mutating func bytes(_ count: Int) -> ArraySlice<UInt8>? {
        guard count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}
