import Testing
@testable import GainsayCore

/// Failure classes met on unseen news (sport, politics, aviation), each as a general rule.
/// Every sentence here is made up for the test.
@Suite struct ExtractionUnseenNewsTests {
    @Test func refusalsToSpecifyVerifyOrBeDrawnAreNeutral() throws {
        let a = try #require(statements("Military officials declined to specify which squadrons were grounded.").first)
        #expect(a.speaker == "Military officials")
        #expect(a.stance == .neutral)
        let b = try #require(statements("The coach refused to be drawn on the transfer rumours.").first)
        #expect(b.stance == .neutral)
        let c = try #require(statements("The carrier said it could not independently verify the passenger's account.").first)
        #expect(c.stance == .neutral)
        // Without the refusal, "identify" is no cue.
        #expect(statements("Investigators will identify the cause within a month.").isEmpty)
    }

    @Test func versusAbbreviationDoesNotSplitTheSentence() throws {
        let s = try #require(statements("The Rovers v. United fixture was moved to Sunday, the league said.").first)
        #expect(s.sentence.hasPrefix("The Rovers v. United"))
        #expect(s.speaker == "league")
    }

    @Test func continuedQuotationKeepsTheOutletOfTheQuoteItContinues() throws {
        let list = statements("Winger Paulo Mendes told the Northern Echo on Sunday: \"I am not leaving.\"",
                              "\"The supporters know where my heart is.\"")
        let continued = try #require(statement(list, containing: "supporters know"))
        #expect(continued.speaker.contains("Paulo Mendes"))
        #expect(continued.via.contains { $0.contains("Northern Echo") })
    }
}

/// Bodies named with their acronym, and outlets a statement was sent to.
@Suite struct ExtractionAcronymAndChannelTests {
    @Test func bodyWithAcronymIsOneSpeakerUnderEitherName() throws {
        let list = statements("The National Transport Safety Office (NTSO) said the engine had been serviced in May.",
                              "NTSO said a final report would follow.")
        let first = try #require(statement(list, containing: "serviced"))
        #expect(first.speaker == "National Transport Safety Office (NTSO)")
        let second = try #require(statement(list, containing: "final report"))
        #expect(second.speakerID == first.speakerID)
        // A possessive before the name is not part of it.
        let owned = try #require(statements("Norway's Directorate of Fisheries Control (DFC) said the quota had been exceeded.").first)
        #expect(owned.speaker == "Directorate of Fisheries Control (DFC)")
        // A closing attribution keeps the whole clause before it as its content.
        let closing = try #require(statements("Ferry passengers reported long delays at the terminal, the city's Port Operations Authority (POA) said Monday.").first)
        #expect(closing.speaker == "Port Operations Authority (POA)")
    }

    @Test func parenthesisThatIsNoAcronymOfTheNameIsLeftAlone() throws {
        let s = try #require(statements("Senator Ruth Alder (D) said the vote was delayed.").first)
        #expect(s.speaker == "Ruth Alder")
    }

    @Test func messageOrContactNamesTheOutlet() throws {
        let a = try #require(statements("In a letter to the Lakeside Courier, the ministry said the bridge was safe.").first)
        #expect(a.via.contains("Lakeside Courier"))
        let b = try #require(statements("Reached for comment by The Harbour Times, a spokeswoman for the airline denied the claim.").first)
        #expect(b.via.contains { $0.contains("Harbour Times") })
        #expect(b.stance == .denial)
    }

    @Test func toldOutletStopsBeforeItsAdjunct() throws {
        let s = try #require(statements("Club spokesman Ivo Marek told Bloomberg in an e-mail that the fee was agreed.").first)
        #expect(s.via == ["Bloomberg"])
        #expect(s.content == "the fee was agreed")
    }
}

/// The subject of a reporting verb far before it.
@Suite struct ExtractionLongSubjectTests {
    @Test func speakerNounWithLongPostModifierKeepsTheSentence() throws {
        let a = try #require(statements("Sources close to the inquiry being run in northern Italy also said the valve was faulty.").first)
        #expect(a.speaker == "Sources close to the inquiry")
        let b = try #require(statements("Officials at the regional airport in Valdez said the runway would reopen.").first)
        #expect(b.speaker.hasPrefix("Officials"))
        // A named subject after a preposition is left alone when the clause opens with a name.
        let c = try #require(statements("Police in Valdez said the runway would reopen.").first)
        #expect(c.speaker.contains("Police"))
    }

    @Test func relativeClauseBeforeTheVerbIsSkipped() throws {
        let s = try #require(statements("The pilot, who had flown the route for a decade and was later suspended by the carrier, said the gear had failed twice.").first)
        #expect(s.speaker == "pilot")
    }
}

/// Pronouns that point at a person named only as the subject of a narrated sentence.
@Suite struct ExtractionNarratedAntecedentTests {
    @Test func pronounAfterANarratedNamedPerson() throws {
        let list = statements("Lena Varga, 34, left her bag at the gate after her shift.",
                              "When she returned, she says guards stopped her without reason.")
        let s = try #require(statement(list, containing: "guards stopped"))
        #expect(s.speaker == "Lena Varga")
    }

    @Test func captionLineIsNoAntecedent() {
        let list = statements("AGENCY   Long wait: Queues at the gate",
                              "He said: \"We waited for six hours.\"")
        #expect(!list.contains { $0.speaker.contains("AGENCY") })
    }

    @Test func frontedAsReportedByCarriesTheStatement() throws {
        let list = statements("Rita Holm, 41, wrote a long message on Sunday.",
                              "She said the rumours had hurt her family.",
                              "As reported by the Valley Gazette, writing on her blog, she said: \"I never met him.\"")
        let s = try #require(statement(list, containing: "never met"))
        #expect(s.speaker == "Rita Holm")
        #expect(s.via.contains { $0.contains("Valley Gazette") })
    }
}

/// Closing attributions with an object, and "according to" a person.
@Suite struct ExtractionClosingAndAccordingTests {
    @Test func closingToldReportersTakesTheClauseBefore() throws {
        let a = try #require(statements("Nothing could be further from the truth, the chairman told reporters.").first)
        #expect(a.speaker == "chairman")
        #expect(a.stance == .denial)
        let b = try #require(statements("The transfer is off, Hansen told reporters on Monday.").first)
        #expect(b.content == "The transfer is off")
    }

    @Test func accordingToANamedLawyerIsASecondSpeaker() {
        let list = statements("The passenger says she saw smoke in the cabin, according to her lawyer, Maria Lind.")
        #expect(list.contains { $0.speaker == "passenger" && $0.via.contains("Maria Lind") })
        #expect(list.contains { $0.speaker == "Maria Lind" && $0.cue == "according to" })
    }

    @Test func accordingToAnOutletStaysAChannel() {
        let list = statements("The striker has agreed a new deal, according to the Evening Chronicle.")
        #expect(list.count == 1)
        #expect(list.first?.speaker.contains("Evening Chronicle") == true)
    }
}

/// Descriptions that point back at the body named before.
@Suite struct ExtractionBodyDescriptionTests {
    @Test func theAirlineAndTheClubPointAtTheBodyNamedBefore() throws {
        let air = statements("Nordavia confirmed the order for twelve jets.", "The airline said deliveries would start in 2027.")
        #expect(try #require(statement(air, containing: "deliveries")).speaker == "Nordavia")
        let club = statements("Hartfield Rovers denied the report.", "The club said the manager had not resigned.")
        #expect(try #require(statement(club, containing: "not resigned")).speaker.contains("Hartfield Rovers"))
        // A person named in full is no club.
        let person = statements("Striker Tom Webb said he was fit.", "The club said he would start on Sunday.")
        #expect(try #require(statement(person, containing: "start on Sunday")).speaker == "club")
    }
}

/// Playing positions and cockpit roles are titles, kept out of the name.
@Suite struct ExtractionPositionTitleTests {
    @Test func positionBeforeTheNameIsATitle() throws {
        let a = try #require(statements("Midfielder Carlos Ruiz dismissed the report as nonsense.").first)
        #expect(a.speaker == "Carlos Ruiz")
        let b = try #require(statements("Co-pilot Anna Berg said the warning light came on twice.").first)
        #expect(b.speaker == "Anna Berg")
        let c = try #require(statements("Rovers striker Tom Webb said he was fit.").first)
        #expect(c.speaker == "Tom Webb")
    }
}

/// Report nouns as subjects and channels named in passing.
@Suite struct ExtractionReportSubjectAndQuotedByTests {
    @Test func namedReportNounIsTheSubject() throws {
        let s = try #require(statements("Autopsy reports say the driver died instantly.").first)
        #expect(s.speaker == "Autopsy reports")
        let t = try #require(statements("A Gazette report accused the club of underpaying its staff.").first)
        #expect(t.speaker.contains("Gazette"))
    }

    @Test func aReportInAnOutletClaimsWhatItSaid() throws {
        let a = statements("The chairman denied a report in Gazeta sports daily on Friday that said the coach had quit.")
        #expect(a.contains { $0.speaker == "Gazeta" && $0.stance == .claim && $0.content == "the coach had quit" })
        #expect(a.contains { $0.speaker == "chairman" && $0.stance == .denial })
        let b = statements("The airline denied a story in The Courier that two engines had failed.")
        #expect(b.contains { $0.speaker == "The Courier" && $0.stance == .claim && $0.content == "two engines had failed" })
        // A report in a place or a year names no outlet.
        let c = statements("The minister denied a report in Parliament that the plan was delayed.")
        #expect(c.count == 1)
    }

    @Test func perNamesTheSourceOfASentence() throws {
        let a = try #require(statements("The flight left at 10pm, per flightnews.com.au, with 300 passengers on board.").first)
        #expect(a.speaker == "flightnews.com.au")
        #expect(a.cue == "per")
        #expect(a.content == "The flight left at 10pm")
        let b = try #require(statements("Per the Gazette, the striker has agreed terms.").first)
        #expect(b.speaker == "Gazette")
        #expect(b.content == "the striker has agreed terms")
        #expect(statements("Wages rose 3 per cent in May.").isEmpty)
        #expect(statements("The club must pay, per FIFA rules, a fine.").isEmpty)
    }

    @Test func quotedInAPaperAsSaying() throws {
        let a = try #require(statements("The coach was quoted in the Gazeta sports daily as saying: \"I will be sacked.\"").first)
        #expect(a.speaker == "coach")
        #expect(a.via == ["Gazeta"])
        let b = try #require(statements("The coach was quoted in The Courier as saying he would be sacked.").first)
        #expect(b.via == ["The Courier"])
        // A statement is no outlet.
        let c = try #require(statements("The coach was quoted in the statement as saying he would stay.").first)
        #expect(c.via.isEmpty)
    }

    @Test func quotedByAndCommentsReportedByAreChannels() throws {
        let a = try #require(statements("Ministry spokesman Ivan Petrov, quoted by Interfax, said the flights would resume.").first)
        #expect(a.speaker == "Ivan Petrov")
        #expect(a.via == ["Interfax"])
        let b = try #require(statements("In comments reported by Kyodo, the minister said the reactor was stable.").first)
        #expect(b.via.contains("Kyodo"))
    }
}

/// A trailing clause in which a second speaker rejects what the first said.
@Suite struct ExtractionTrailingAnswerTests {
    @Test func claimTheOtherSideDisputesOrWhichItDenied() {
        let a = statements("The pilots' union said it had not been consulted, a claim the airline disputed.")
        #expect(a.contains { $0.speaker == "airline" && $0.stance == .denial && $0.content.contains("not been consulted") })
        let b = statements("The striker said he had been offered a new deal, which the club denied.")
        #expect(b.contains { $0.speaker == "club" && $0.stance == .denial })
        #expect(b.contains { $0.speaker == "striker" })
        // "which" with an object after the verb is an ordinary relative clause.
        let c = statements("The league said it had fined the club, which the owner denied having known about.")
        #expect(c.contains { $0.speaker == "league" })
    }
}

/// "A said ..., the Post reported, citing B": A speaks through the Post and B.
@Suite struct ExtractionReportedCitingOutletTests {
    @Test func speakerKeepsTheSentenceWhenTheCitedIsAnOutlet() throws {
        let a = try #require(statements("The coach said the player would stay, the Herald reported, citing Sky Sports.").first)
        #expect(a.speaker == "coach")
        #expect(a.via == ["Herald", "Sky Sports"])
        let b = try #require(statements("Analyst Omar Haddad said there was \"credible intelligence\" of a plot, The Daily Beacon reported, citing Al Arabiya television.").first)
        #expect(b.speaker == "Omar Haddad")
        #expect(b.via.first == "Daily Beacon")
    }

    @Test func citedPersonOrSourceStillSpeaks() throws {
        let s = try #require(statements("The deal is done, the Herald reported, citing a club official.").first)
        #expect(s.speaker == "club official")
        #expect(s.via.contains("Herald"))
    }
}

/// Denials with a that-clause, and bodies a business description cannot point at.
@Suite struct ExtractionDenialClauseAndBodyTests {
    @Test func deniedThatAnyTalksIsADenial() throws {
        let s = try #require(statements("The rival bank, however, flatly denied that any talks had taken place.").first)
        #expect(s.stance == .denial)
        // Refusing talks is still a position.
        let r = try #require(statements("The union rejected the demands for talks with the government.").first)
        #expect(r.stance == .claim)
    }

    @Test func theAirlineIsNoSafetyBureau() throws {
        let list = statements("The National Air Safety Bureau (NASB) said the jet landed safely.",
                              "The airline rejected that report.")
        let s = try #require(statement(list, containing: "rejected that report"))
        #expect(!s.speaker.contains("Bureau"))
    }

    @Test func wroteOnSocialMediaThat() throws {
        let s = try #require(statements("The minister herself wrote on social media that the reports were nonsense.").first)
        #expect(s.speaker == "minister")
        #expect(s.stance == .denial)
    }
}

/// Reporting verbs quoted inside a continued quotation are part of what is quoted.
@Suite struct ExtractionQuotedCueTests {
    @Test func cueInsideAContinuedQuotationKeepsTheQuotesSpeaker() throws {
        let list = statements("\"There is no truth in the story,\" a club spokesman said. \"Mateo has not asked to leave and nobody has asked to buy him.\"")
        let s = try #require(statement(list, containing: "nobody has asked"))
        #expect(s.speaker == "club spokesman")
        #expect(s.stance != .neutral)
    }

    @Test func attributedSentenceOutsideQuotesKeepsItsOwnSpeaker() throws {
        let list = statements("\"We are calm,\" the coach said.", "The captain said the squad was ready.")
        #expect(try #require(statement(list, containing: "squad was ready")).speaker == "captain")
    }
}

/// "X, her office said, after a website claimed Y": the answer and the report it answers.
@Suite struct ExtractionAnsweredReportTests {
    @Test func closingAttributionBeforeAnAfterClauseAndTheReportInIt() throws {
        let list = statements("The senator has not resigned, his office said on Monday, after a news website claimed he had stepped down.")
        let office = try #require(list.first { $0.speaker == "his office" })
        #expect(office.content == "The senator has not resigned")
        #expect(office.stance == .denial)
        let site = try #require(list.first { $0.speaker == "news website" })
        #expect(site.stance == .claim)
    }

    @Test func afterClauseWithoutAReportingVerbAddsNoSpeaker() {
        let list = statements("The runway will reopen on Friday, the airport said, after crews repaired the damage.")
        #expect(list.count == 1)
        #expect(list.first?.content == "The runway will reopen on Friday")
    }
}

/// More "X, citing Y" shapes, labels after an appositive, and named manufacturers.
@Suite struct ExtractionCitingShapesTests {
    @Test func labelVerbAfterAnAppositiveIsNoInversion() throws {
        let s = try #require(statements("The sprinter's lawyer, Helen Ward, called the report \"reckless and untrue\".").first)
        #expect(s.speaker == "Helen Ward")
        #expect(s.stance == .denial)
    }

    @Test func quotingIsCiting() throws {
        let s = try #require(statements("The Harbour Mail, quoting an engineer at the airline who asked not to be named, reported that the memo existed.").first)
        #expect(s.speaker.contains("engineer"))
        #expect(s.via.contains { $0.contains("Harbour Mail") })
    }

    @Test func whichQuotedAndWhichSpokeTo() throws {
        let a = try #require(statements("The claims were first aired by the Valley Sentinel, which quoted three voters as saying they had been paid.").first { $0.speaker.contains("voters") })
        #expect(a.via.contains { $0.contains("Valley Sentinel") })
        let b = try #require(statements("According to Reuters, which spoke to two officials at the federation, the athlete has been suspended.").first)
        #expect(b.speaker.contains("officials"))
        #expect(b.via == ["Reuters"])
    }

    @Test func itAfterANamedManufacturer() throws {
        let list = statements("The airline said it was cooperating.", "The manufacturer, Northwind Aerospace, said it was working with the regulator.",
                              "It declined to say how many other aircraft could be affected.")
        #expect(try #require(statement(list, containing: "declined to say")).speaker == "Northwind Aerospace")
    }
}

/// Negations that withhold or describe a state of mind rather than deny.
@Suite struct ExtractionNegatedStateTests {
    @Test func notInformedIsNeutral() throws {
        let s = try #require(statements("The federation's president said he had not been informed of any positive test.").first)
        #expect(s.stance == .neutral)
    }

    @Test func notSurprisedIsAClaim() throws {
        let s = try #require(statements("The rival coach said he was not surprised by the allegations.").first)
        #expect(s.stance == .claim)
        // A denied event stays a denial.
        let d = try #require(statements("The club said the player was not involved in the incident.").first)
        #expect(d.stance == .denial)
    }
}

/// "The allegations were first made by X": who put the claim forward.
@Suite struct ExtractionClaimMadeByTests {
    @Test func allegationsMadeByAnOutlet() {
        let list = statements("The allegations were first made by the Valley Sentinel, which quoted three voters as saying they had been paid.")
        #expect(list.contains { $0.speaker.contains("Valley Sentinel") && $0.stance == .claim })
        #expect(list.contains { $0.speaker.contains("voters") })
    }

    @Test func decisionMadeByABoardIsNoClaim() {
        let list = statements("The decision was made by the board on Monday, the club said.")
        #expect(list.count == 1)
        #expect(list.first?.speaker == "club")
    }
}

/// Passive answers in an appositive, and adverbs before a reported clause.
@Suite struct ExtractionPassiveAnswerTests {
    @Test func statementDisputedByIsASecondSpeaker() {
        let list = statements("The airport operator said there had been no danger to passengers, a statement disputed by the controllers' union.")
        #expect(list.contains { $0.speaker == "airport operator" && $0.via.isEmpty })
        #expect(list.contains { $0.speaker.contains("union") && $0.stance == .denial && $0.content.contains("no danger") })
    }

    @Test func saidOnlyThat() throws {
        let s = try #require(statements("Prime Minister Anton Weber said only that the country does not pay ransoms.").first)
        #expect(s.speaker == "Anton Weber")
        #expect(s.content == "the country does not pay ransoms")
    }
}

/// An appositive chain whose head has a prepositional modifier.
@Suite struct ExtractionModifiedHeadTests {
    @Test func diplomatBasedInACity() throws {
        let s = try #require(statements("A diplomat based in Vienna, speaking on condition of anonymity, told Reuters that a meeting had taken place.").first)
        #expect(s.speaker.hasPrefix("diplomat"))
        #expect(s.via == ["Reuters"])
    }
}

/// Back-references to the body that issued a statement, and pronouns after a narrated person.
@Suite struct ExtractionIssuerAndPronounTests {
    @Test func theStatementSaidIsTheBodyThatIssuedIt() throws {
        let list = statements("The ministry issued a statement on Monday. The statement said the flights would resume on Friday.")
        #expect(try #require(statement(list, containing: "flights would resume")).speaker == "ministry")
    }

    @Test func theClubIsNoUnion() throws {
        let list = statements("The players' union met club officials.", "They said the meeting had been constructive.",
                              "\"We will appeal,\" the club said.")
        #expect(try #require(statement(list, containing: "We will appeal")).speaker == "club")
    }

    @Test func heSaidAfterAQuoteFindsTheNarratedPerson() throws {
        let list = statements("Its lawyer, Tim Ross, said the ban was excessive.",
                              "Defence Secretary Alan Price was asked about the report on Tuesday.",
                              "\"I have seen nothing to suggest that,\" he said.")
        #expect(try #require(statement(list, containing: "seen nothing")).speaker == "Alan Price")
    }
}

/// Second speakers after a quoted clause, and claims named by who made them.
@Suite struct ExtractionSecondSpeakerTests {
    @Test func andAfterAClosingQuoteStartsANewClause() {
        let list = statements("State television said the leader was \"resting,\" and the Harbour Post reported he had undergone surgery.")
        #expect(list.contains { $0.speaker == "State television" })
        #expect(list.contains { $0.speaker == "Harbour Post" && $0.content == "he had undergone surgery" })
    }

    @Test func claimsByTheGovernmentThat() {
        let list = statements("The militia has denied claims by the government that it had agreed to a ceasefire.")
        #expect(list.contains { $0.speaker == "militia" && $0.stance == .denial && $0.via.isEmpty })
        #expect(list.contains { $0.speaker == "government" && $0.stance == .claim })
    }
}

/// Denials in a subordinate or participle clause, and more neutral non-answers.
@Suite struct ExtractionSubordinateDenialTests {
    @Test func addingThatTheReportsAreWrongIsADenial() throws {
        let s = try #require(statements("The club said it had held talks with the winger, adding that reports of a bid were \"wide of the mark\".").first)
        #expect(s.stance == .denial)
        // A plain added claim stays a claim.
        let c = try #require(statements("The club said it had held talks with the winger, adding that a decision would come soon.").first)
        #expect(c.stance == .claim)
    }

    @Test func contraryToReportsBeforeANegatedClause() throws {
        let s = try #require(statements("The ministry said that, contrary to media reports, no troops had crossed the border.").first)
        #expect(s.stance == .denial)
    }

    @Test func yetToConfirmAndNotReturningCallsAreNeutral() throws {
        let a = try #require(statements("Officials have yet to confirm the death toll.").first)
        #expect(a.speaker == "Officials")
        #expect(a.stance == .neutral)
        let b = try #require(statements("The team's doctor did not return calls seeking comment.").first)
        #expect(b.stance == .neutral)
        #expect(statements("The striker returned to training on Monday, the club said.").count == 1)
    }
}

/// A closing attribution that goes on to reject a report, and reports called wrong.
@Suite struct ExtractionRejectingParticipleTests {
    @Test func saidRejectingAReportIsADenial() throws {
        let s = try #require(statements("The club will not leave its ground, the owner said on Sunday, rejecting a report that a move had been agreed.").first)
        #expect(s.speaker == "owner")
        #expect(s.stance == .denial)
    }

    @Test func theStoryIsWrong() throws {
        let s = try #require(statements("\"The story is simply wrong,\" the owner said.").first)
        #expect(s.stance == .denial)
        let c = try #require(statements("\"The referee was wrong,\" the owner said.").first)
        #expect(c.stance == .claim)
    }
}

/// False positives met on the FNC-1 bodies: reduced passives and a sentence-opening "No."
@Suite struct ExtractionReducedPassiveTests {
    @Test func accusedOfIsNoAccusationMade() {
        #expect(statements("Twelve officers were arrested on Sunday, accused of beating two fans.").isEmpty)
        #expect(!statements("The club accused the league of bias.").isEmpty)
    }

    @Test func answeringNoEndsTheSentence() throws {
        let list = statements("Was the plane overweight? No. Several reports state that it was well within its limits.")
        let s = try #require(list.first)
        #expect(s.sentence.hasPrefix("Several reports"))
        // "No. 2" stays one sentence.
        #expect(try #require(statements("Runway No. 2 was closed for repairs, the airport said.").first).sentence == "Runway No. 2 was closed for repairs, the airport said.")
    }
}

/// Limits of the narrated-antecedent and quoted-cue rules.
@Suite struct ExtractionNarratedLimitTests {
    @Test func aModelNameIsNoPersonAntecedent() {
        let list = statements("The pickup, a black Ranger X-200, was seen near the border.",
                              "\"It is ours,\" he told the Coast Gazette.")
        #expect(!list.contains { $0.speaker.contains("X-200") })
    }

    @Test func quotedPassageInItsOwnParagraphKeepsItsSpeaker() {
        let list = statements("According to reports:", "\u{201C}The city police say the artist is a 35-year-old man.\u{201D}")
        #expect(list.contains { $0.speaker == "city police" })
    }
}

/// Channels named by a message that an outlet ran, and subjects before a participle aside.
@Suite struct ExtractionCarriedByTests {
    @Test func remarksCarriedByAndInterviewPublishedBy() throws {
        let a = try #require(statements("In remarks carried by state news agency KNA, the president said the border would reopen.").first)
        #expect(a.via.contains { $0.contains("KNA") })
        let b = try #require(statements("In an interview published by Der Kurier on Saturday, the chancellor said talks were possible.").first)
        #expect(b.via.contains("Der Kurier"))
    }

    @Test func subjectBeforeAQuotedByAsideIsNoInversion() throws {
        let s = try #require(statements("The captain, quoted by the Gazette, said the team \"will fight to the end\".").first)
        #expect(s.speaker == "captain")
        #expect(s.via == ["Gazette"])
        // A clause with its own predicate before ", said X" is still inverted.
        let t = try #require(statements("The group, which has seized land in the north, has been flying the planes, said Rami Azar, who runs the monitor.").first)
        #expect(t.speaker == "Rami Azar")
    }
}

/// "he said, citing witnesses": the person the pronoun names carries the statement.
@Suite struct ExtractionPronounCarrierTests {
    @Test func pronounCarrierResolvesToThePerson() throws {
        let list = statements("Monitor head Rami Azar said the jets had flown twice.",
                              "\"People saw the flights,\" he said, citing witnesses near the base.")
        let s = try #require(statement(list, containing: "People saw"))
        #expect(s.speaker.hasPrefix("witnesses"))
        #expect(s.via.contains("Rami Azar"))
    }
}

/// "he said" after a narrated sentence whose subject is set off by name, or named by surname.
@Suite struct ExtractionNarratedNameTests {
    @Test func appositiveNameOfANarratedSubject() throws {
        let list = statements("Coach Dana Hill said the team had been poor.",
                              "Hill's assistant, Mark Cole, was more critical. \"We gave away two cheap goals,\" he said.")
        #expect(try #require(statement(list, containing: "cheap goals")).speaker == "Mark Cole")
    }

    @Test func surnameOfAPersonNamedBefore() throws {
        let list = statements("Coach Dana Hill said the team had been poor.",
                              "\"It was never a penalty,\" said captain Joe Burns.",
                              "Hill was asked whether he would appeal the red card.",
                              "\"We will look at it on Monday,\" he said.")
        #expect(try #require(statement(list, containing: "look at it on Monday")).speaker == "Dana Hill")
    }
}

/// Club words end a club's name; they do not split a longer name.
@Suite struct ExtractionClubNameTests {
    @Test func clubWordInsideAGroupNameKeepsTheWholeName() throws {
        let s = try #require(statements("Fan group Rovers Unite said in a statement that fans wanted stability.").first)
        #expect(s.speaker == "Rovers Unite")
    }
}

/// Round-five classes: documents an outlet published, sources quoted by an outlet, trades and
/// associations as speakers, and companies that are no public body.
@Suite struct ExtractionPublishedByTests {
    @Test func memoPublishedByANewsSite() {
        let list = statements("The ministry dismissed as \"fabricated\" a memo published by the news site Ledgerway that appeared to show pension cuts.")
        #expect(list.contains { $0.speaker == "ministry" && $0.stance == .denial })
        #expect(list.contains { $0.speaker.contains("Ledgerway") && $0.stance == .claim })
    }

    @Test func officialsQuotedByAnOutlet() throws {
        let s = try #require(statements("According to two officials quoted by the Morning Courier, the cuts had been discussed in March.").first)
        #expect(s.speaker.contains("officials"))
        #expect(s.via.contains("Morning Courier"))
    }

    @Test func mechanicAndAssociationSpeak() {
        let list = statements("A company spokesman said the aircraft had been serviced in August, a claim disputed by a former mechanic.",
                              "The pensioners' association said it was deeply alarmed.")
        #expect(list.contains { $0.speaker == "former mechanic" && $0.stance == .denial })
        #expect(list.contains { $0.speaker == "pensioners' association" })
    }

    @Test func theManufacturerIsNoAccidentBoard() throws {
        let list = statements("The Marine Accident Board said the rotor had separated.", "The manufacturer said it had not been informed of any defect.")
        #expect(try #require(statement(list, containing: "not been informed")).speaker == "manufacturer")
    }
}

/// "We have signed nothing": an event denied through its object.
@Suite struct ExtractionNothingObjectTests {
    @Test func signedNothingIsADenial() throws {
        let s = try #require(statements("\"We have signed nothing,\" the owner said.").first)
        #expect(s.stance == .denial)
        let c = try #require(statements("\"Nothing is decided yet,\" the owner said.").first)
        #expect(c.speaker == "owner")
    }
}

/// Names read after "citing" end before a dangling preposition.
@Suite struct ExtractionDanglingPrepositionTests {
    @Test func citedWitnessesEndBeforeNear() throws {
        let s = try #require(statements("The monitor said the jets flew twice, citing witnesses in the province near the base.").first)
        #expect(!s.speaker.hasSuffix(" near"))
        #expect(s.speaker.hasPrefix("witnesses"))
    }
}

/// Round-six classes: a closing attribution before a participle phrase, irregular participles,
/// and "nothing to add".
@Suite struct ExtractionRoundSixTests {
    @Test func closingAttributionBeforeACallingPhrase() throws {
        let s = try #require(statements("The keeper has not withdrawn from the squad, his agent said on Wednesday, calling reports of an injury \"premature\".").first)
        #expect(s.content == "The keeper has not withdrawn from the squad")
        #expect(s.stance == .denial)
    }

    @Test func nothingToAddIsNeutral() throws {
        let s = try #require(statements("The neighbouring government said it had \"nothing to add\" to the statement.").first)
        #expect(s.stance == .neutral)
    }

    @Test func negatedIrregularParticipleAfterBeIsNoDenial() throws {
        // "was not taken seriously" is a complaint, not a denied event.
        let s = try #require(statements("The union said the warning was not taken seriously.").first)
        #expect(s.stance == .claim)
    }
}

/// Dates between a subject and its verb, names with numbers, and family members as speakers.
@Suite struct ExtractionDateAndNumberTests {
    @Test func dateBetweenSubjectAndVerb() throws {
        let s = try #require(statements("The news site Ridge Today on Aug. 6 said eleven aircraft were missing.").first)
        #expect(s.speaker.contains("Ridge Today"))
        let t = try #require(statements("The ministry on 6 August said the runway was closed.").first)
        #expect(t.speaker == "ministry")
    }

    @Test func nameEndingInANumberSpeaks() throws {
        let list = statements("The site said eleven jets were missing, Harbour Monitor 360 reports, but says the claim is probably not credible.")
        #expect(list.contains { $0.speaker == "site" && $0.via.contains("Harbour Monitor 360") })
    }

    @Test func fianceeSpeaks() throws {
        let s = try #require(statements("His fiancee, Lena Holt, tweeted from his account late on Tuesday, saying he was still in surgery.").first)
        #expect(s.speaker.contains("Lena Holt") || s.speaker.contains("fiancee"))
    }
}

/// "Nobody believes ..." is an opinion; "Nobody was hurt" still denies an event.
@Suite struct ExtractionNobodyOpinionTests {
    @Test func nobodyBelievesIsAClaim() throws {
        let s = try #require(statements("\"Nobody believes the management any more,\" the rider told the newspaper.").first)
        #expect(s.stance == .claim)
        let d = try #require(statements("\"Nobody cancelled anything,\" the manager told the newspaper.").first)
        #expect(d.stance == .denial)
    }
}

/// Governing bodies speak; "had not received any notice" withholds.
@Suite struct ExtractionGoverningBodyTests {
    @Test func governingBodyNotNotifiedIsNeutral() throws {
        let s = try #require(statements("The sport's governing body said it had not received any notice of the team's withdrawal.").first)
        #expect(s.speaker.contains("governing body"))
        #expect(s.stance == .neutral)
        // Money not received is a denied event.
        let d = try #require(statements("The club said it had not received any payment from the agent.").first)
        #expect(d.stance == .denial)
    }
}

/// An inverted attribution naming a spokesman after a body's acronym, carried "as cited by X".
@Suite struct ExtractionInvertedAcronymTests {
    @Test func warnedBodySpokesmanAsCitedBy() throws {
        let s = try #require(statements("Further flooding could follow, warned Coastal Defence Service (CDS) spokesman Omar Nasser, as cited by the Harbour news agency.").first)
        #expect(s.speaker.contains("Omar Nasser"))
        #expect(s.via.contains { $0.contains("Harbour news agency") })
    }
}

/// In a disputed injury or health story, "he is fit/well" answers the report.
@Suite struct ExtractionFitnessDisputeTests {
    @Test func fitInADisputeIsADenial() throws {
        let list = statements("The Evening Star reported that the striker had broken his ankle in training.",
                              "The club denied the report. The manager said the striker was fit and would play on Saturday.")
        #expect(try #require(statement(list, containing: "was fit")).stance == .denial)
        // Without a dispute it is a plain claim.
        let plain = try #require(statements("The manager said the striker was fit and would play on Saturday.").first)
        #expect(plain.stance == .claim)
    }
}

/// Round-eight denial shapes: haste, particle dismissals, gerund objects, passives denied.
@Suite struct ExtractionDenialShapeTests {
    @Test func movedQuicklyToDeny() throws {
        let s = try #require(statements("The club moved quickly to deny the rumours, insisting the player was not for sale.").first)
        #expect(s.speaker == "club")
        #expect(s.stance == .denial)
    }

    @Test func brushedOffAndLaughedOff() throws {
        let s = try #require(statements("The senator brushed off the allegations as \"politically motivated\".").first)
        #expect(s.stance == .denial)
    }

    @Test func deniedEverMeeting() throws {
        let s = try #require(statements("The minister denied ever meeting the businessman.").first)
        #expect(s.stance == .denial)
        // Refusing a meeting is still a position.
        let r = try #require(statements("The minister rejected the demands for a meeting with the rebels.").first)
        #expect(r.stance == .claim)
    }

    @Test func passiveEventDeniedAndQuotedNoContact() throws {
        let a = try #require(statements("The embassy said the ambassador \"has not been recalled and remains in post\".").first)
        #expect(a.stance == .denial)
        let b = try #require(statements("The agency said there had been \"no contact whatsoever\" with the rebels.").first)
        #expect(b.stance == .denial)
        // A feeling after "not been" is no denied event.
        let c = try #require(statements("The coach said he had not been surprised by the result.").first)
        #expect(c.stance == .claim)
    }

    @Test func theAirlineIsNoDescribedPerson() throws {
        let list = statements("\"I have never failed a test,\" the sprinter said.", "The airline said the flight would leave on time.")
        #expect(try #require(statement(list, containing: "leave on time")).speaker == "airline")
    }
}
