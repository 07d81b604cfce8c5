import Foundation
import Testing
@testable import PeaceTalksTUI

/// Whole-screen comparisons, in the spirit of ratatui's `assert_buffer_lines`: a frame is
/// stored as text under `Screens/` (its rows, then each cell's style as a letter, a legend
/// of the letters, and the cursor), and a test fails with a row-by-row diff when the frame
/// drawn differs. `PEACETALKS_RECORD_SCREENS=1 swift test --filter WholeScreenTests`
/// writes the frames anew, on purpose; a frame never recorded fails.
enum ScreenRecord {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Screens")

    static var recording: Bool { ProcessInfo.processInfo.environment["PEACETALKS_RECORD_SCREENS"] == "1" }

    /// The frame as stored: rows of text, rows of style letters, the legend, the cursor.
    static func text(of screen: Screen) -> String {
        var letters: [Style: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var styleRows: [String] = []
        for row in 0..<screen.size.height {
            var line = ""
            for column in 0..<screen.size.width where screen[row, column].width > 0 {
                let style = screen[row, column].style
                if letters[style] == nil {
                    let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
                    letters[style] = letter
                    legend.append("\(letter) \(describe(style))")
                }
                // A wide grapheme is one letter per column, so the rows line up with the text.
                line += String(repeating: String(letters[style]!), count: screen[row, column].width)
            }
            styleRows.append(line)
        }
        let cursor = screen.cursor.map { "\($0.row),\($0.column)" } ?? "none"
        return (["size \(screen.size.width)x\(screen.size.height) cursor \(cursor)"]
            + screen.lines.map { "|" + $0 + "|" }
            + ["-- styles"] + styleRows
            + ["-- legend"] + legend).joined(separator: "\n") + "\n"
    }

    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if style.foreground != .default { parts.append("fg=\(style.foreground)") }
        if style.background != .default { parts.append("bg=\(style.background)") }
        if style.bold { parts.append("bold") }
        if style.underline { parts.append("underline") }
        if style.reverse { parts.append("reverse") }
        if style.dim { parts.append("dim") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    /// Compares the screen with `Screens/<name>.txt`, or writes it there when recording.
    static func check(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = text(of: screen)
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do {
                try Data(actual.utf8).write(to: file, options: .atomic)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: file), let expected = String(data: data, encoding: .utf8) else {
            let message = "no recorded screen \(file.lastPathComponent): record it with PEACETALKS_RECORD_SCREENS=1\n" + actual
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let message = "screen \(name) differs from \(file.lastPathComponent) (- recorded, + drawn):\n" + diff(expected, actual)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, by line number, recorded above drawn.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = old.indices.contains(index) ? String(old[index]) : nil
            let b = new.indices.contains(index) ? String(new[index]) : nil
            if a == b { continue }
            let number = String(index).padding(toLength: 4, withPad: " ", startingAt: 0)
            if let a { out.append("- \(number)\(a)") }
            if let b { out.append("+ \(number)\(b)") }
        }
        return out.joined(separator: "\n")
    }
}
