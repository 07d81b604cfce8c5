import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// The components' own updates, on their values alone: no explorer, no corpus.
@Suite struct ComponentStateTests {
    @Test func aTallEntryScrollsLineByLineBeforeTheNextIsSelected() {
        // Entry 0 covers lines 0..<10 in a 4-line window scrolled to 0: ↓ scrolls.
        #expect(EntryStep(.down, lines: 0..<10, index: 0, count: 3, scroll: 0, height: 4) == .scroll(1))
        // Its last line shows: ↓ selects the next entry.
        #expect(EntryStep(.down, lines: 0..<10, index: 0, count: 3, scroll: 6, height: 4) == .select(1))
        // The last entry, shown whole: nothing further down.
        #expect(EntryStep(.down, lines: 20..<22, index: 2, count: 3, scroll: 18, height: 4) == .end)
        // Scrolled into an entry's middle: ↑ scrolls back first, then selects the previous one.
        #expect(EntryStep(.up, lines: 10..<20, index: 1, count: 3, scroll: 12, height: 4) == .scroll(-1))
        #expect(EntryStep(.up, lines: 10..<20, index: 1, count: 3, scroll: 10, height: 4) == .select(0))
        #expect(EntryStep(.up, lines: 0..<2, index: 0, count: 3, scroll: 0, height: 4) == .end)
    }

    @Test func compareNeverShowsOneSideInBothColumns() {
        var compare = CompareState(left: 0, right: 1, entry: 5)
        compare.switchSide(.compareLeftNext, count: 3)
        #expect(compare.left == 2, "left passes over the right column's side")
        #expect(compare.entry == 0, "a new side starts at its first entry")
        compare.switchSide(.compareLeftNext, count: 3)
        #expect(compare.left == 0, "and wraps round")
        compare.switchSide(.compareRightPrevious, count: 3)
        #expect(compare.right == 2, "right passes over the left column's side backwards too")
        for action in [Action.compareLeftPrevious, .compareLeftNext, .compareRightPrevious, .compareRightNext] {
            var sides = CompareState(left: 0, right: 1)
            for _ in 0..<7 {
                sides.switchSide(action, count: 4)
                #expect(sides.left != sides.right, "\(action) put one side in both columns")
            }
        }
    }

    @Test func listMovesPassOverHeadingsAndStayAtTheEnds() {
        // Rows 0 and 3 are headings. Like the timeline: the nearest selectable row, looking the
        // move's way first, then the other way.
        let headings: Set<Int> = [0, 3]
        func selectable(_ near: Int, _ direction: Int) -> Int {
            for step in [direction, -direction] {
                var index = near
                while (0..<6).contains(index) {
                    if !headings.contains(index) { return index }
                    index += step
                }
            }
            return near
        }
        #expect(ListState(selected: 2).landing(.down, count: 6, height: 10, selectable: selectable) == 4)
        #expect(ListState(selected: 4).landing(.up, count: 6, height: 10, selectable: selectable) == 2)
        #expect(ListState(selected: 1).landing(.up, count: 6, height: 10, selectable: selectable) == 1, "above the first row there is only a heading")
        #expect(ListState(selected: 5).landing(.down, count: 6, height: 10, selectable: selectable) == 5)
    }

    @Test func theHelpListsTheSectionsInTheirOrder() {
        let titles = Keymap.helpLines.filter { !$0.isEmpty && !$0.hasPrefix(" ") }
        #expect(titles == Keymap.table.filter { $0.bindings.contains { $0.help != nil } }.map(\.title))
        #expect(titles.first == "Moving" && titles.last == "Anywhere")
        #expect(titles.firstIndex(of: "In the search prompt").map { $0 > titles.firstIndex(of: "Other")! } == true,
                "the browsing sections come before those of the prompts and overlays")
    }
}
