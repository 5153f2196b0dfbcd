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
        (.char("2"), .propositions, .articles), (.char("3"), .speakers, .reader),
        (.char("n"), .nextStatement, .reader), (.char("p"), .previousStatement, .reader),
        (.tab, .focusNext, .reader), (.tab, .focusNext, .propositions), (.tab, .focusNext, .speakers),
        (.backTab, .focusPrevious, .propositions),
        (.enter, .open, .reader), (.enter, .open, .propositions), (.enter, .open, .speakers),
        (.char("]"), .nextSource, .propositions), (.char("["), .previousSource, .propositions),
        (.char("/"), .search, .articles), (.char("/"), .search, .reader), (.char("/"), .search, .speakers),
        (.char("n"), .nextMatch, .articles), (.char("N"), .previousMatch, .propositions),
        (.char("f"), .cycleFilter, .articles), (.char("f"), .cycleFilter, .propositions),
        (.enter, .searchAccept, .search), (.esc, .searchCancel, .search),
    ]

    @Test func everyRequiredKeyDispatches() {
        for (key, action, screen) in Self.required {
            #expect(map.action(for: key, on: screen) == action, "\(key.label) on \(screen)")
        }
    }

    @Test func enterOpensOnEveryBrowsingScreenButHelp() {
        for screen in [ScreenKind.articles, .reader, .propositions, .speakers] {
            #expect(map.action(for: .enter, on: screen) == .open, "\(screen)")
        }
        #expect(map.action(for: .enter, on: .help) == nil)
        #expect(map.action(for: .enter, on: .search) == .searchAccept)
    }

    @Test func nMeansStatementsInTheReaderAndMatchesInLists() {
        #expect(map.action(for: .char("n"), on: .reader) == .nextStatement)
        #expect(map.action(for: .char("p"), on: .reader) == .previousStatement)
        #expect(map.action(for: .char("N"), on: .reader) == .nextMatch)
        #expect(map.action(for: .char("P"), on: .reader) == .previousMatch)
        for screen in [ScreenKind.articles, .propositions, .speakers] {
            #expect(map.action(for: .char("n"), on: screen) == .nextMatch)
            #expect(map.action(for: .char("N"), on: screen) == .previousMatch)
        }
    }

    @Test func typingIntoTheSearchPromptTakesEveryCharacter() {
        for character in "jkqQ?12nN/f " {
            #expect(map.action(for: .char(character), on: .search) == .searchType(character))
        }
        #expect(map.action(for: .esc, on: .search) == .searchCancel)
        #expect(map.action(for: .backspace, on: .search) == .searchDelete)
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
        #expect(map.bindings.allSatisfy { !$0.help.isEmpty })
        // Only the search prompt's "any character" row has no named key.
        #expect(map.bindings.filter { $0.keys.isEmpty }.map(\.screens) == [[.search]])
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
