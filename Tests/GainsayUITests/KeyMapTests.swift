import Testing
@testable import GainsayUI

@Suite struct KeyMapTests {
    let map = KeyMap.standard

    /// The key table, stated independently of `KeyMap.standard`.
    static let required: [(Key, Action, ScreenKind)] = [
        (.char("j"), .moveDown, .articles), (.down, .moveDown, .reader),
        (.char("k"), .moveUp, .articles), (.up, .moveUp, .help),
        (.char("g"), .top, .reader), (.home, .top, .articles),
        (.char("G"), .bottom, .reader), (.end, .bottom, .articles),
        (.pageDown, .pageDown, .reader), (.ctrl("d"), .pageDown, .articles),
        (.pageUp, .pageUp, .reader), (.ctrl("u"), .pageUp, .articles),
        (.enter, .open, .articles),
        (.char("q"), .back, .reader), (.char("q"), .back, .articles), (.esc, .close, .help),
        (.char("Q"), .quit, .reader), (.char("Q"), .quit, .help),
        (.char("?"), .help, .articles), (.char("1"), .home, .reader),
    ]

    @Test func everyRequiredKeyDispatches() {
        for (key, action, screen) in Self.required {
            #expect(map.action(for: key, on: screen) == action, "\(key.label) on \(screen)")
        }
    }

    @Test func enterOpensOnlyOnTheList() {
        #expect(map.action(for: .enter, on: .articles) == .open)
        #expect(map.action(for: .enter, on: .reader) == nil)
    }

    @Test func unboundKeysDoNothing() {
        #expect(map.action(for: .char("z"), on: .articles) == nil)
        #expect(map.action(for: .function(5), on: .reader) == nil)
    }

    @Test func terminalEventsMapDirectly() {
        #expect(map.action(for: .resize(cols: 50, rows: 14), on: .help) == .resize(cols: 50, rows: 14))
        #expect(map.action(for: .mouse(MouseEvent(.wheelDown, x: 0, y: 0)), on: .reader) == .scroll(lines: Layout.wheelLines))
        #expect(map.action(for: .mouse(MouseEvent(.press, x: 3, y: 4)), on: .articles) == .click(x: 3, y: 4))
    }

    @Test func noKeyIsBoundTwiceOnOneScreen() {
        for screen in ScreenKind.allCases {
            var seen = Set<Key>()
            for binding in map.bindings(on: screen) {
                for key in binding.keys {
                    #expect(seen.insert(key).inserted, "\(key.label) bound twice on \(screen)")
                }
            }
        }
    }

    @Test func everyBindingHasHelpText() {
        #expect(map.bindings.allSatisfy { !$0.help.isEmpty && !$0.keys.isEmpty })
    }

    @Test func helpLinesComeFromTheTable() {
        let lines = HelpLines.build(map, width: 100).map(\.text)
        for binding in map.bindings {
            #expect(lines.contains { $0.hasPrefix(binding.keyLabel + " ") && $0.contains(binding.help) }, "\(binding.help)")
        }
    }

    @Test func aCustomTableChangesDispatchAndHelp() {
        let custom = KeyMap(bindings: [KeyBinding(.quit, keys: [.char("x")], help: "Leave now")])
        #expect(custom.action(for: .char("x"), on: .reader) == .quit)
        #expect(custom.action(for: .char("Q"), on: .reader) == nil)
        #expect(HelpLines.build(custom, width: 80).contains { $0.text.contains("Leave now") })
    }
}

@Suite struct KeyDecodingTests {
    @Test func controlCodesBecomeNamedKeys() {
        #expect(Key(characterCode: 13) == .enter)
        #expect(Key(characterCode: 10) == .enter)
        #expect(Key(characterCode: 9) == .tab)
        #expect(Key(characterCode: 27) == .esc)
        #expect(Key(characterCode: 127) == .backspace)
        #expect(Key(characterCode: 4) == .ctrl("d"))
        #expect(Key(characterCode: 21) == .ctrl("u"))
    }

    @Test func printableCodesBecomeCharacters() {
        #expect(Key(characterCode: 0x6A) == .char("j"))
        #expect(Key(characterCode: 0x51) == .char("Q"))
        #expect(Key(characterCode: 0x3F) == .char("?"))
        #expect(Key(characterCode: 0x65E5) == .char("日"))
    }

    @Test func otherControlsAndInvalidCodesAreNotCharacters() {
        #expect(Key(characterCode: 0) == .unknown(0))
        #expect(Key(characterCode: 0x9B) == .unknown(0x9B))
        #expect(Key(characterCode: 0xD800) == nil)
    }

    @Test func decodedCtrlDPagesDown() {
        var state = seedState()
        state.press(.enter)
        if let key = Key(characterCode: 4) { state.press(key) }
        #expect(state.readerTop == PagerGeometry(cols: 80, rows: 24).bodyHeight - 1)
    }
}
