import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// The key table and the help agree: every key that does something in some mode is named in
/// the help, and every key the help names does something somewhere.
@Suite struct KeyTableTests {
    /// The keys the backend reports: specials, F1–F12, Ctrl-A to Ctrl-Z, printable ASCII.
    static let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab, .delete]
        + (1...12).map(Key.function) + "abcdefghijklmnopqrstuvwxyz".map(Key.control)
        + (32...126).compactMap { Unicode.Scalar($0).map { Key.character(Character($0)) } }

    /// Help lines that describe no key of their own.
    static let notes: Set<String> = ["@name", "#issue", "typing", "mouse", "Shift-drag"]

    /// A state in every mode, and in the panes and views that change what keys do.
    static func states() -> [(String, ExplorerState)] {
        func reached(_ keys: Key...) -> ExplorerState {
            var app = CorpusFixture.app(width: 120, height: 40)
            for key in keys { app.press(key) }
            return app.state
        }
        return [
            ("issues", reached()), ("timeline", reached(.character("3"))), ("compare", reached(.character("c"))),
            ("reader", reached(.enter)), ("search", reached(.character("/"))), ("help", reached(.character("?"))),
            ("picker", reached(.character("3"), .character("f"))), ("speaker", reached(.character("4"), .character("f"))),
            ("why", reached(.character("4"), .character("w"))),
            ("memo", reached(.enter, .character("m"))),
        ]
    }

    /// How the help writes a key: `↓`, `PgDn`, `Ctrl-N`, `Space`, `F1`.
    static func helpName(_ key: Key) -> String { Keymap.name(key) }

    /// The names in the key column (the first 26 columns) of the help's lines.
    static func namesInHelp() -> Set<String> {
        var names = Set<String>()
        for line in Keymap.helpLines where line.hasPrefix("  ") {
            let column = String(line.dropFirst(2).prefix(26))
            for name in column.split(separator: " ") { names.insert(String(name)) }
        }
        return names.subtracting(notes)
    }

    static func typesText(_ actions: [Action]) -> Bool {
        guard actions.count == 1 else { return false }
        switch actions[0] {
        case .searchInsert, .pickerInsert, .speakerInsert, .memoInsert: return true
        default: return false
        }
    }

    @Test func everyBoundKeyIsInTheHelp() {
        let names = Self.namesInHelp()
        for (place, state) in Self.states() {
            for key in Self.keys {
                let actions = Keymap.actions(for: .key(key), in: state)
                guard !actions.isEmpty, !Self.typesText(actions) else { continue }
                #expect(names.contains(Self.helpName(key)), "\(place): \(Self.helpName(key)) does \(actions) but the help does not name it")
            }
        }
    }

    @Test func theHelpNamesOnlyBoundKeys() {
        let states = Self.states()
        for name in Self.namesInHelp().sorted() {
            guard let key = Self.keys.first(where: { Self.helpName($0) == name }) else {
                Issue.record("the help names \(name), which is no key")
                continue
            }
            let bound = states.contains { !Self.typesText(Keymap.actions(for: .key(key), in: $0.1)) && !Keymap.actions(for: .key(key), in: $0.1).isEmpty }
            #expect(bound, "the help names \(name), which does nothing anywhere")
        }
    }
}
