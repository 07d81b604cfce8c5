import Testing
@testable import PeaceTalksTUI

@Suite struct LoadingViewTests {
    @Test func boxWithCountBarAndHint() {
        let screen = LoadingView.render(size: Size(width: 80, height: 24), done: 5, total: 20, message: "article-00005.txt", monochrome: false)
        let lines = screen.lines
        #expect(lines[0].hasPrefix(" peacetalks │ Loading"))
        #expect(screen.text.contains("Loading articles"))
        #expect(screen.text.contains("5/20 · 25%"))
        #expect(screen.text.contains("article-00005.txt"))
        #expect(lines[23].hasPrefix(" Ctrl-C or q cancels"))
        guard let barLine = lines.first(where: { $0.contains("█") }) else {
            Issue.record("no bar")
            return
        }
        // A quarter of the bar is full, the rest shaded.
        let full = barLine.filter { $0 == "█" }.count
        let cells = barLine.filter { "█▏▎▍▌▋▊▉░".contains($0) }.count
        #expect(cells == 58)
        #expect(full == 14 || full == 15)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 80 })
        print(screen.text)
    }

    @Test func barsAreExactlyTheirWidth() {
        for width in [1, 7, 40, 58] {
            for (done, total) in [(0, 0), (0, 10), (1, 3), (3, 3), (7, 9), (50, 10), (-4, 10), (5, -1)] {
                let bar = LoadingView.bar(done: done, total: total, width: width)
                #expect(DisplayWidth.of(bar) == width, "\(done)/\(total) at \(width): \(bar)")
            }
        }
        #expect(LoadingView.bar(done: 10, total: 10, width: 4) == "████")
        #expect(LoadingView.bar(done: 0, total: 10, width: 4) == "░░░░")
        #expect(LoadingView.bar(done: 1, total: 8, width: 4) == "▌░░░")
    }

    @Test func everySizeDownToOneByOne() {
        for width in [1, 2, 10, 39, 40, 41, 120] {
            for height in [1, 2, 11, 12, 40] {
                let screen = LoadingView.render(size: Size(width: width, height: height), done: 3, total: 7, message: "語 long message " + String(repeating: "x", count: 200), monochrome: true)
                #expect(screen.lines.count == height)
                #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == width })
                if width < 40 || height < 12 {
                    #expect(screen.lines.filter { !$0.allSatisfy(\.isWhitespace) }.count == 1)
                }
            }
        }
        let small = LoadingView.render(size: Size(width: 30, height: 5), done: 3, total: 7, message: "", monochrome: false)
        #expect(small.lines[2] == "     Loading articles 3/7     ")
        let zero = LoadingView.render(size: Size(width: 0, height: 0), done: 0, total: 0, message: "", monochrome: false)
        #expect(zero.lines.isEmpty)
    }

    @Test func monochromeUsesNoColours() {
        let screen = LoadingView.render(size: Size(width: 60, height: 16), done: 1, total: 2, message: "x", monochrome: true)
        for row in 0..<16 {
            #expect(screen.styles(row: row).allSatisfy { $0.foreground == .default && $0.background == .default })
        }
    }
}
