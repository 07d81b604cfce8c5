import Testing
@testable import PeaceTalksTUI

/// A screen as bytes for the explorer's stored first screen: what is read back is the screen
/// that was drawn, cell for cell (graphemes, widths, styles, cursor); bytes that are not a
/// whole, consistent screen give nothing, so the backend never draws them.
@Suite struct ScreenImageTests {
    @Test func theExplorersScreensComeBackCellForCell() throws {
        for (width, height) in [(120, 40), (80, 24)] {
            var app = CorpusFixture.app(width: width, height: height)
            for keys in [[Key](), [.character("2")], [.character("l")]] {
                for key in keys { app.press(key) }
                let screen = app.screen
                let back = try #require(Screen(image: screen.image))
                #expect(back == screen)
                #expect(back.lines == screen.lines)
            }
        }
    }

    @Test func wideGraphemesStylesAndTheCursorSurvive() throws {
        var screen = Screen(size: Size(width: 6, height: 2))
        screen[0, 0] = Cell(grapheme: "界", width: 2, style: Style(foreground: .cyan, bold: true))
        screen[0, 1] = Cell(grapheme: "", width: 0, style: Style(foreground: .cyan, bold: true))
        screen[0, 2] = Cell(grapheme: "é", width: 1, style: Style(background: .blue, reverse: true))
        screen[1, 5] = Cell(grapheme: "👍🏽", width: 1, style: Style(underline: true, dim: true))
        screen.cursor = (1, 3)
        let back = try #require(Screen(image: screen.image))
        #expect(back == screen)
        #expect(back.cursor?.row == 1 && back.cursor?.column == 3)
    }

    @Test func bytesThatAreNotAWholeScreenGiveNothing() {
        let image = CorpusFixture.app(width: 80, height: 24).screen.image
        #expect(Screen(image: []) == nil)
        #expect(Screen(image: Array(image.dropLast())) == nil)
        #expect(Screen(image: image + [0]) == nil)
        #expect(Screen(image: Array("screen2".utf8) + image.dropFirst(7)) == nil)
        // A wide grapheme must be followed by its continuation on the same row.
        var wide = Screen(size: Size(width: 3, height: 1))
        wide[0, 2] = Cell(grapheme: "界", width: 2, style: .plain)
        #expect(Screen(image: wide.image) == nil)
        // A colour that does not exist.
        var coloured = Screen(size: Size(width: 1, height: 1))
        coloured[0, 0] = Cell(grapheme: "x", width: 1, style: Style(foreground: .red))
        var bytes = coloured.image
        let colours = bytes.count - 4
        #expect(bytes[colours] >> 4 == 2)
        bytes[colours] = 0xF0
        #expect(Screen(image: bytes) == nil)
    }
}
