import CNCurses
import PeaceTalksTUI

/// ncurses key codes to the explorer's keys.
enum CursesKeys {
    /// A code point from `wget_wch` that is not a function key.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26:
            return Unicode.Scalar(value + 96).map { .control(Character($0)) }
        case 0..<32, 0x80..<0xA0: return nil
        default:
            return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// A function key code from `wget_wch` (it returned KEY_CODE_YES).
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
