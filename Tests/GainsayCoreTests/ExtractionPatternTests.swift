import Testing
@testable import GainsayCore

/// One test per attribution pattern, on sentences written for the tests.
@Suite struct ExtractionPatternTests {
    @Test func speakerSaidThat() throws {
        let s = try #require(statements("The mayor of Springfield, Ellen Brand, said that the bridge would reopen in May.").first)
        #expect(s.speaker == "Ellen Brand")
        #expect(s.cue == "said")
        #expect(s.stance == .claim)
        #expect(s.content.hasPrefix("the bridge would reopen"))
    }

    @Test func quoteThenSpeakerSaid() throws {
        let s = try #require(statements("“We will appeal the ruling,” the club’s lawyer said on Monday.").first)
        #expect(s.speaker.contains("lawyer"))
        #expect(s.content == "We will appeal the ruling")
    }

    @Test func quoteThenSaidSpeaker() throws {
        let s = try #require(statements("\"The engine failed twice before landing,\" said Tomas Reyes, the airline's safety chief.").first)
        #expect(s.speaker.contains("Tomas Reyes"))
    }

    @Test func accordingToAtStartAndEnd() throws {
        let front = try #require(statements("According to the Harbor Gazette, the port will close for a week.").first)
        #expect(front.speaker.contains("Harbor Gazette"))
        #expect(front.cue == "according to")
        let end = try #require(statements("The striker will miss three matches, according to club officials.").first)
        #expect(end.speaker == "club officials")
        #expect(end.content.hasPrefix("The striker will miss"))
    }

    @Test func citingChainPutsOutletInVia() throws {
        let s = try #require(statements("The Daily Courier, citing two airport employees, reported that the runway was closed.").first)
        #expect(s.speaker == "two airport employees")
        #expect(s.via.count == 1 && s.via[0].contains("Daily Courier"))
        let t = try #require(statements("According to Reuters, citing people familiar with the talks, the merger is off.").first)
        #expect(t.speaker.contains("people familiar"))
        #expect(t.via == ["Reuters"])
    }

    @Test func asReportedByAndInCommentsReportedBy() throws {
        let list = statements("The coach insisted that the team was ready, as reported by AFP.",
                              "\"Nobody is leaving,\" Harlan Voss said, in comments reported by Interfax.")
        let first = try #require(statement(list, containing: "coach insisted"))
        #expect(first.speaker.contains("coach"))
        #expect(first.via == ["AFP"])
        let second = try #require(statement(list, containing: "Nobody is leaving"))
        #expect(second.speaker == "Harlan Voss")
        #expect(second.via == ["Interfax"])
    }

    @Test func toldTheNewsAgencyAddsTheAgency() throws {
        let list = statements("According to Bloomberg, the deal collapsed on Friday. Union sources told the news agency that the vote was postponed.")
        let s = try #require(statement(list, containing: "Union sources told"))
        #expect(s.speaker == "Union sources")
        #expect(s.via.contains("Bloomberg"))
    }

    @Test func fromThePerspectiveOf() throws {
        let s = try #require(statements("From the perspective of regional analysts, the sanctions have failed.").first)
        #expect(s.speaker.contains("regional analysts"))
    }

    @Test func pronounResolvesToPreviousSpeaker() throws {
        let list = statements("Finance Minister Olga Brandt said the budget was balanced. She also stressed that taxes would not rise.")
        let s = try #require(statement(list, containing: "She also stressed"))
        #expect(s.speaker == "Olga Brandt")
        #expect(s.speakerID == list[0].speakerID)
        #expect(!s.speakerID.contains("minister"))
    }

    @Test func descriptionsResolveToAntecedents() throws {
        let list = statements(
            "The Northern Tribune reported that the senator had resigned.",
            "According to the newspaper, the resignation followed an audit.",
            "President Alma Ruiz said that the audit was routine. The head of state added that no funds were missing.")
        let tribune = try #require(statement(list, containing: "According to the newspaper"))
        #expect(tribune.speaker == "The Northern Tribune")
        let head = try #require(statement(list, containing: "The head of state added"))
        #expect(head.speaker == "Alma Ruiz")
    }

    @Test func twoSpeakersInOneSentence() {
        let list = statements("The airline said the flight was delayed by weather, while the union insisted that staff shortages were to blame.")
        #expect(list.count == 2)
        #expect(Set(list.map(\.speaker)).count == 2)
    }

    @Test func continuedQuoteKeepsSpeaker() throws {
        let list = statements("\"We played badly,\" the goalkeeper said. \"The second half was a disaster. We have to improve.\"")
        #expect(list.count >= 2)
        #expect(list.allSatisfy { $0.speaker == list[0].speaker })
    }

    @Test func questionInQuoteKeepsItsAttribution() throws {
        let list = statements("\"Why would we sign now?\" the negotiator asked.")
        let s = try #require(list.first)
        #expect(s.speaker.contains("negotiator"))
        #expect(s.stance == .neutral)
    }

    @Test func narrationIsNotAStatement() {
        #expect(statements("Heavy rain continued through the night. The match was postponed.").isEmpty)
        #expect(statements("The United States imposed new tariffs on steel.").isEmpty)
    }

    @Test func offsetsPointAtTheSentence() {
        let article = Article(id: "o", title: "T", paragraphs: ["Résumé: the café opened. “Prices will fall,” Zoë Ärnström said.", "Later, officials said that the café was closed."])
        let result = CorpusAnalysis.analyze([article], jobs: 1)
        #expect(result.statements.count == 2)
        let scalars = Array(article.text.unicodeScalars)
        for s in result.statements {
            let slice = String(String.UnicodeScalarView(scalars[s.start..<s.end]))
            #expect(slice == s.sentence)
        }
    }
}

@Suite struct StanceTests {
    @Test func denialVerbs() {
        #expect(statements("The ministry denied the report.").first?.stance == .denial)
        #expect(statements("The senator dismissed the allegations as nonsense.").first?.stance == .denial)
    }

    @Test func negationInsideAClaimStaysAClaim() {
        #expect(statements("The analyst notes that the new rules do not change the market much.").first?.stance == .claim)
    }

    @Test func contentDenials() {
        #expect(statements("The club said that there were no talks with any buyer.").first?.stance == .denial)
        #expect(statements("The agent said that the player had not met the coach.").first?.stance == .denial)
        #expect(statements("A spokesman said the rumors were baseless.").first?.stance == .denial)
    }

    @Test func partialDenial() {
        #expect(statements("Officials said that the only contacts were about fuel deliveries.").first?.stance == .denial)
    }

    @Test func neutralCues() {
        #expect(statements("The company declined to comment on the merger.").first?.stance == .neutral)
        #expect(statements("The ministry has not confirmed the figures.").first?.stance == .neutral)
    }

    @Test func refusingADemandIsAPosition() {
        #expect(statements("The government rejected the union's demands for a pay rise.").first?.stance == .claim)
    }
}

@Suite struct SentenceSplittingTests {
    func sentences(_ text: String) -> [String] {
        let view = TextView(text)
        return SentenceSplitter.split(view.tokens, bytes: view.bytes).map { view.text($0) }
    }

    @Test func abbreviationsInitialsAndDecimals() {
        #expect(sentences("Mr. Lee met Gen. Ortiz in the U.S. capital. Prices rose 3.5 percent.").count == 2)
        #expect(sentences("J. R. Miller arrived. He left.").count == 2)
    }

    @Test func quotesAndHeadings() {
        #expect(sentences("“It is over.” The minister left.").count == 2)
        #expect(sentences("Breaking news\nThe vote failed.").count == 2)
    }

    @Test func longTextWithoutPunctuationIsCut() {
        let text = Array(repeating: "word", count: 5000).joined(separator: " ")
        #expect(sentences(text).count >= 5000 / SentenceSplitter.maxTokens)
    }
}

@Suite struct SpeakerLinkingTests {
    @Test func transliterationVariantsJoin() {
        let a = Article(id: "a", title: "A", paragraphs: ["Spokeswoman Yulia Kharitonova said that the plant was safe."])
        let b = Article(id: "b", title: "B", paragraphs: ["Julia Charitonova said that inspectors had left."])
        let result = CorpusAnalysis.analyze([a, b], jobs: 1)
        #expect(result.statements.count == 2)
        #expect(result.statements[0].speakerID == result.statements[1].speakerID)
    }

    @Test func differentPeopleStayApart() {
        let result = analyze(["Anna Berg said that the line would open.", "Peter Holm said that the line was late."])
        #expect(Set(result.statements.map(\.speakerID)).count == 2)
    }

    @Test func capitalsJoinTheirCountry() {
        let result = analyze(["Paris denied the report.", "France said that it would respond."])
        #expect(result.statements.count == 2)
        #expect(result.statements[0].speakerID == result.statements[1].speakerID)
    }

    @Test func phoneticKeys() {
        #expect(Names.surnamesMatch("Zelensky", "Zelenskyy"))
        #expect(!Names.surnamesMatch("Smith", "Jones"))
    }
}

@Suite struct PropositionTests {
    @Test func denialLinksToTheReportItRejects() throws {
        let claim = Article(id: "c", title: "C", paragraphs: ["The Evening Standard reported that the stadium deal with the Harbor Group was signed in secret."])
        let denial = Article(id: "d", title: "D", paragraphs: ["The Harbor Group said that the stadium deal was never signed. Its chairman denied the report."])
        let result = CorpusAnalysis.analyze([claim, denial], jobs: 1)
        #expect(result.statements.count == 3)
        let ids = Set(result.statements.compactMap(\.proposition))
        #expect(ids.count == 1)
        let p = try #require(result.propositions.first)
        #expect(p.claims == 1 && p.denials == 2 && p.sources == 2)
        #expect(!p.label.isEmpty)
    }

    @Test func genericWordsDoNotJoin() {
        let a = Article(id: "a", title: "A", paragraphs: ["Officials said that attacks on the power grid continued overnight."])
        let b = Article(id: "b", title: "B", paragraphs: ["The mayor said that talks on the school budget would resume in June."])
        let result = CorpusAnalysis.analyze([a, b], jobs: 1)
        #expect(result.statements.count == 2)
        #expect(result.statements[0].proposition != result.statements[1].proposition)
    }
}

/// Patterns common in sport, politics and aviation news.
@Suite struct NewsPatternTests {
    @Test func accordingToOutletWhichCitedSources() throws {
        let s = try #require(statements("According to the Harbour Times, which cited two people familiar with the bid, the offer was 40 million.").first)
        #expect(s.speaker.contains("two people familiar"))
        #expect(s.via.count == 1 && s.via[0].contains("Harbour Times"))
    }

    @Test func quotationRunningIntoItsAttribution() {
        let list = statements("\"There is no merger. There never was,\" the chief executive, Rita Olsen, told reporters.")
        #expect(list.count == 2)
        #expect(list.allSatisfy { $0.speaker == "Rita Olsen" })
        #expect(list.first?.stance == .denial)
    }

    @Test func timeBetweenSubjectAndVerb() throws {
        let s = try #require(statements("Senator Dana Whitfield on Thursday denied reports that she would resign.").first)
        #expect(s.speaker == "Dana Whitfield")
        #expect(s.stance == .denial)
    }

    @Test func closingOutletAttributionCarriesTheInnerSpeaker() throws {
        let s = try #require(statements("The union has said it will strike next month, the news agency Ritzau reported.").first)
        #expect(s.speaker.contains("union"))
        #expect(s.via == ["Ritzau"])
        #expect(s.stance == .claim)
    }

    @Test func theCompanyResolvesToTheNamedFirm() {
        let list = statements("Airbus said that the wing was safe. In a statement, the company said it was cooperating with investigators.")
        #expect(list.count == 2)
        #expect(list[1].speakerID == list[0].speakerID)
    }

    @Test func refusalIsAPositionNotADenial() {
        #expect(statements("The minister said the government will not negotiate with the strikers.").first?.stance == .claim)
    }
}

@Suite struct ContinuationAndNounCueTests {
    @Test func quoteParagraphContinuesThePreviousSpeaker() {
        let list = statements("Coach Dana Reyes said the club would appeal.", "\"We will fight this. It is unfair to the players.\"")
        #expect(list.count == 3)
        #expect(list.allSatisfy { $0.speaker == "Dana Reyes" })
    }

    @Test func quoteLeftOpenAtParagraphEndIsNotCarried() {
        let list = statements("Coach Dana Reyes said the club would appeal.", "\"Over the season we lost many players.")
        #expect(list.count == 1)
    }

    @Test func denialNounWithItsSpeaker() throws {
        let s = try #require(statements("The denial by the transport ministry came on Friday.").first)
        #expect(s.speaker.contains("transport ministry"))
        #expect(s.stance == .denial)
    }

    @Test func citingInsideAnAccordingToChain() throws {
        let s = try #require(statements("Local police, citing witnesses, said the driver fled, according to the Evening Courier.").first)
        #expect(s.speaker == "witnesses")
        #expect(s.via.first?.contains("Evening Courier") == true)
    }
}

@Suite struct StanceEdgeTests {
    @Test func onlyAsAQuantityIsAClaim() {
        #expect(statements("Organisers said only 200 people attended the rally.").first?.stance == .claim)
    }

    @Test func falseAsAModifierIsNotADenial() {
        #expect(statements("The coach said the team had made a false start in the first half.").first?.stance == .claim)
        #expect(statements("The hospital said it was aware of erroneous reports about a patient.").first?.stance == .denial)
        #expect(statements("The editor said the report was false.").first?.stance == .denial)
    }
}

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let view = TextView(text)
        return view.tokens.indices.map { view.word($0) }
    }

    @Test func apostrophesAndPossessives() {
        #expect(words("It isn’t true") == ["It", "isn’t", "true"])
        #expect(words("Russia’s envoy") == ["Russia", "’s", "envoy"])
        #expect(words("the players' union") == ["the", "players", "'", "union"])
        #expect(words("O’Brien said") == ["O’Brien", "said"])
    }

    @Test func domainsDecimalsAndQuotes() {
        #expect(words("ESPN.com reported 3.5 percent") == ["ESPN.com", "reported", "3.5", "percent"])
        let view = TextView("“Yes,” he said")
        #expect(view.tokens.first?.kind == .openQuote)
        #expect(view.tokens[2].kind == .punct && view.tokens[3].kind == .closeQuote)
    }
}

@Suite struct ViaPatternTests {
    @Test func outletCitedSourcesWhoSaid() throws {
        let s = try #require(statements("The Harbour Ledger, a local news website, cited two officials who said the runway would close.").first)
        #expect(s.speaker == "two officials")
        #expect(s.via.first?.contains("Harbour Ledger") == true)
    }

    @Test func possessiveSourcesCarryTheirOutlet() throws {
        let s = try #require(statements("The Ledger's sources say the coach will be fired.").first)
        #expect(s.via == ["Ledger"])
    }
}
