import Testing
@testable import PeaceTalksModel

@Test func partialDatePrintsAtWrittenPrecision() {
    #expect(PartialDate(year: 2024, month: 6).iso == "2024-06")
    #expect(PartialDate(year: 2024, month: 5, day: 20).iso == "2024-05-20")
    #expect(PartialDate(year: 2014).iso == "2014")
}
