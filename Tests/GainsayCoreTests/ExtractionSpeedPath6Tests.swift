import Foundation
import Testing
@testable import GainsayCore

/// The sixth round of speed work: each shortcut held against the plain code it stands in for.
@Suite struct ExtractionSpeedPath6Tests {
    @Test func personKeyTestMatchesHasPrefix() {
        for key in ["person:", "person:putin", "person:\u{301}x", "person:é", "person", "persona:x", "Person:x", "country:russia",
                    "desc:the-expert", "", "p", "person:Jan Roe", "outlet:person:x"] {
            #expect(SpeakerLinker.isPersonKey(key) == key.hasPrefix("person:"), "\(key)")
        }
    }
}
