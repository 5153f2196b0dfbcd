import CNcursesw
import GainsayUI

/// Turns what `get_wch` returned into a `Key`.
enum KeyDecoder {
    /// `status` is OK (a character) or KEY_CODE_YES (a function key); `code` the value read.
    static func key(status: Int32, code: Int32) -> Key? {
        if status == gainsay_key_code_yes() { return functionKey(code) }
        guard status == gainsay_ok(), code >= 0 else { return nil }
        return Key(characterCode: UInt32(code))
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case gainsay_key_resize(): return .resize(cols: Int(gainsay_cols()), rows: Int(gainsay_lines()))
        case gainsay_key_mouse(): return mouse()
        case KEY_F0 + 1...KEY_F0 + 63: return .function(Int(code - KEY_F0))
        default: return .unknown(Int(code))
        }
    }

    private static func mouse() -> Key? {
        var x: Int32 = 0, y: Int32 = 0
        var state: mmask_t = 0
        guard gainsay_get_mouse(&x, &y, &state) == gainsay_ok() else { return nil }
        if state & gainsay_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y))) }
        let wheelDown = gainsay_button5_pressed()
        if wheelDown != 0 && state & wheelDown != 0 { return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y))) }
        if state & (gainsay_button1_pressed() | gainsay_button1_clicked()) != 0 {
            return .mouse(MouseEvent(.press, x: Int(x), y: Int(y)))
        }
        return nil
    }
}
