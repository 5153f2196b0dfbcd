/// The word lists of the longest rule functions, each function's in one box made once per
/// process. A rule function read its lists into locals at the top of every call, one lazily
/// initialised static each, and each such read goes through swift_once: dozens of calls per
/// statement. Reading them from one box costs one swift_once and a load per list. The boxes
/// hold the very values of the statics they name, so the rules read the same lists. (A list
/// newly read by one of these rules may as well be read from its static, `Self.x`, beside the
/// box's; only the hot per-call blocks need the box.)

extension DismissalMarkers {
    /// The word lists `rejects` reads, read into one box once per process.
    final class RejectsLists: Sendable {
        static let shared = RejectsLists()
        let asReportedVerbs = DismissalMarkers.asReportedVerbs, atWord = DismissalMarkers.atWord, bareAnswerWords = DismissalMarkers.bareAnswerWords
        let believeWord = DismissalMarkers.believeWord, concoctVerbs = DismissalMarkers.concoctVerbs, correctingParticiples = DismissalMarkers.correctingParticiples
        let dismissivePairs = DismissalMarkers.dismissivePairs, dispelVerbs = DismissalMarkers.dispelVerbs, doneForms = DismissalMarkers.doneForms
        let farWord = DismissalMarkers.farWord, fullWord = DismissalMarkers.fullWord, gotWord = DismissalMarkers.gotWord
        let happenWords = DismissalMarkers.happenWords, hardWords = DismissalMarkers.hardWords, hedgeWords = DismissalMarkers.hedgeWords
        let inaccuracies = DismissalMarkers.inaccuracies, knewWords = DismissalMarkers.knewWords, markWord = DismissalMarkers.markWord
        let meansWord = DismissalMarkers.meansWord, mentionForms = DismissalMarkers.mentionForms, misrepresentVerbs = DismissalMarkers.misrepresentVerbs
        let momentWords = DismissalMarkers.momentWords, nearWord = DismissalMarkers.nearWord, newsVerbs = DismissalMarkers.newsVerbs
        let nowhereWord = DismissalMarkers.nowhereWord, offWord = DismissalMarkers.offWord, placeWord = DismissalMarkers.placeWord
        let pointerWords = DismissalMarkers.pointerWords, hideWord = DismissalMarkers.hideWord, relativeWords = DismissalMarkers.relativeWords, retractedVerbs = DismissalMarkers.retractedVerbs
        let saltMeasures = DismissalMarkers.saltMeasures, saltWord = DismissalMarkers.saltWord, spreadVerbs = DismissalMarkers.spreadVerbs
        let strongWords = DismissalMarkers.strongWords, takeWord = DismissalMarkers.takeWord, truthWord = DismissalMarkers.truthWord
        let wayWord = DismissalMarkers.wayWord, firstPerson = DisputeStance.firstPerson, haveForms = DisputeStance.haveForms
        let beForms = Lexicon.beForms, degreeAdverbs = Lexicon.degreeAdverbs, falsityWords = Lexicon.falsityWords
        let firstPersonPronouns = Lexicon.firstPersonPronouns, reportingVerbs = Lexicon.reportingVerbs, truthWords = Lexicon.truthWords
        let stanceCuesContrary = StanceCues.contrary, rumourWords = StanceCues.rumourWords, stanceCuesWrong = StanceCues.wrong
        let errorNouns = StanceMarkers.errorNouns, everWord = StanceMarkers.everWord, propagandaNouns = StanceMarkers.propagandaNouns
        let reportSubjects = StanceMarkers.reportSubjects, reportVerdicts = StanceMarkers.reportVerdicts, sayForms = StanceMarkers.sayForms
        let somethingWord = DismissalMarkers.somethingWord, consideringWords = DismissalMarkers.consideringWords, takingWord = DismissalMarkers.takingWord
        let takeVerbs = StanceCues.takeVerbs, riddledWords = DismissalMarkers.riddledWords, misleadVerbs = DismissalMarkers.misleadVerbs
        let dignifyWords = DismissalMarkers.dignifyWords, resemblanceWord = DismissalMarkers.resemblanceWord, realityWords = DismissalMarkers.realityWords
        let plantedVerbs = DismissalMarkers.plantedVerbs, swayedWords = DismissalMarkers.swayedWords, be = CueWords.be
        let workWord = DismissalMarkers.workWord, fictionWords = DismissalMarkers.fictionWords, outWord = DismissalMarkers.outWord
        let contextWord = DismissalMarkers.contextWord, dismissiveFirsts = DismissalMarkers.dismissiveFirsts
        let whereWord = DismissalMarkers.whereWord, deniedParticiples = DismissalMarkers.deniedParticiples
        let seriouslyWord = DismissalMarkers.seriouslyWord, takenWord = DismissalMarkers.takenWord
        let surpriseWords = SurpriseAtReport.surpriseWords
        /// The words on which a rule of `rejects`' one pass over the words can hold (besides a
        /// negation): every rule of that pass tests its word against one of these first, so a
        /// word that is neither is passed over at once. A rule added to that pass adds its word here.
        let positionKeys = WordSet.union(
            [DismissalMarkers.deniedParticiples, DismissalMarkers.dismissiveFirsts, DismissalMarkers.riddledWords, DismissalMarkers.dignifyWords,
             DismissalMarkers.misrepresentVerbs, DismissalMarkers.saltMeasures, DismissalMarkers.strongWords, Lexicon.beForms, DismissalMarkers.dispelVerbs,
             DismissalMarkers.hardWords, DismissalMarkers.swayedWords, DismissalMarkers.spreadVerbs, SurpriseAtReport.surpriseWords],
            extra: [DismissalMarkers.seriouslyWord, W.such, DismissalMarkers.somethingWord, W.no, DismissalMarkers.farWord, DismissalMarkers.nowhereWord,
                    DismissalMarkers.offWord, DismissalMarkers.fullWord, W.to, DismissalMarkers.gotWord, W.nothing, StanceCues.wrong, StanceMarkers.everWord,
                    W.there, DismissalMarkers.whereWord, StanceCues.contrary, W.as, DismissalMarkers.workWord, DismissalMarkers.outWord])
    }
}

extension StanceCues {
    /// The word lists `withholds` reads, read into one box once per process.
    final class WithholdsLists: Sendable {
        static let shared = WithholdsLists()
        let able = StanceCues.able, addVerbs = StanceCues.addVerbs, aware = StanceCues.aware, withholdingAddVerbs = StanceCues.withholdingAddVerbs
        let certain = StanceCues.certain, checkVerbs = StanceCues.checkVerbs, early = StanceCues.early
        let have = StanceCues.have, informedWords = StanceCues.informedWords, knowledge = StanceCues.knowledge
        let noticeNouns = StanceCues.noticeNouns, possible = StanceCues.possible, reach = StanceCues.reach
        let reached = StanceCues.reached, reachedObjects = StanceCues.reachedObjects, received = StanceCues.received
        let say = StanceCues.say, sure = StanceCues.sure, tellVerbs = StanceCues.tellVerbs
        let toWord = StanceCues.toWord, too = StanceCues.too, unable = StanceCues.unable
        let undeterminedVerbs = StanceCues.undeterminedVerbs, whWords = StanceCues.whWords, withheldNouns = StanceCues.withheldNouns
        let yet = StanceCues.yet, futureModals = Lexicon.futureModals
    }
}

extension StanceCues {
    /// The word lists `rejectsReport` reads, read into one box once per process.
    final class RejectsReportLists: Sendable {
        static let shared = RejectsReportLists()
        let allWord = StanceCues.allWord, atWord = StanceCues.atWord, certainly = StanceCues.certainly
        let doubtPredicates = StanceCues.doubtPredicates, evidenceNouns = StanceCues.evidenceNouns, falsely = StanceCues.falsely
        let foundWords = StanceCues.foundWords, groundNouns = StanceCues.groundNouns, guessNouns = StanceCues.guessNouns
        let indicateVerbs = StanceCues.indicateVerbs, lieNouns = StanceCues.lieNouns, mark = StanceCues.mark
        let merelyWords = StanceCues.merelyWords, modalWords = StanceCues.modalWords, negatedSupport = StanceCues.negatedSupport
        let part = StanceCues.part, place = StanceCues.place, reportedAdjectives = StanceCues.reportedAdjectives
        let retractionWords = StanceCues.retractionWords, rumourWords = StanceCues.rumourWords, takeVerbs = StanceCues.takeVerbs
        let toWord = StanceCues.toWord, wide = StanceCues.wide, without = StanceCues.without
        let wontForms = StanceCues.wontForms, beForms = Lexicon.beForms, degreeAdverbs = Lexicon.degreeAdverbs
        let determiners = Lexicon.determiners
        /// The words on which a rule of `rejectsReport`'s pass over the words can hold (besides a
        /// negation): each rule of that pass tests its word against one of these, so a word that
        /// is neither is passed over at once. A rule added to that pass adds its word here.
        let positionKeys = WordSet.union(
            [StanceCues.retractionWords, StanceCues.merelyWords, StanceCues.doubtPredicates, StanceCues.lieNouns, StanceCues.rumourWords],
            extra: [StanceCues.falsely, StanceCues.without, StanceCues.wide, W.nothing, W.no, W.only])
    }
}

extension StanceMarkers {
    /// The word lists `withholds` reads, read into one box once per process.
    final class WithholdsLists: Sendable {
        static let shared = WithholdsLists()
        let aboutWord = StanceMarkers.aboutWord, allWord = StanceMarkers.allWord, answerNouns = StanceMarkers.answerNouns
        let answeredVerbs = StanceMarkers.answeredVerbs, beWord = StanceMarkers.beWord, doNegations = StanceMarkers.doNegations
        let forNowWords = StanceMarkers.forNowWords, goingWord = StanceMarkers.goingWord, inquiryObjects = StanceMarkers.inquiryObjects
        let inquiryVerbs = StanceMarkers.inquiryVerbs, into = StanceMarkers.into, intoVerbs = StanceMarkers.intoVerbs
        let issueVerbs = StanceMarkers.issueVerbs, judgeWord = StanceMarkers.judgeWord, knowWords = StanceMarkers.knowWords
        let lookWords = StanceMarkers.lookWords, noOneWords = StanceMarkers.noOneWords, openVerbs = StanceMarkers.openVerbs
        let policyVerbs = StanceMarkers.policyVerbs, presentDo = StanceMarkers.presentDo, refuseToTellVerbs = StanceMarkers.refuseToTellVerbs
        let sayWord = StanceMarkers.sayWord, seeForms = StanceMarkers.seeForms, talkWord = StanceMarkers.talkWord
        let tellingForms = StanceMarkers.tellingForms, unaware = StanceMarkers.unaware, beForms = Lexicon.beForms
        let firstPersonPronouns = Lexicon.firstPersonPronouns, futureModals = Lexicon.futureModals, whWords = StanceCues.whWords
    }
}

extension StanceMarkers {
    /// The word lists `rejects` reads, read into one box once per process.
    final class RejectsLists: Sendable {
        static let shared = RejectsLists()
        let actually = StanceMarkers.actually, correctionWords = StanceMarkers.correctionWords, disownedObjects = StanceMarkers.disownedObjects
        let doubtVerdicts = StanceMarkers.doubtVerdicts, earlier = StanceMarkers.earlier, errorNouns = StanceMarkers.errorNouns
        let everWord = StanceMarkers.everWord, fact = StanceMarkers.fact, ownDeterminers = StanceMarkers.ownDeterminers
        let propagandaNouns = StanceMarkers.propagandaNouns, recallVerbs = StanceMarkers.recallVerbs, reportSubjects = StanceMarkers.reportSubjects
        let sayForms = StanceMarkers.sayForms, spoofWords = StanceMarkers.spoofWords, version = StanceMarkers.version
        let degreeAdverbs = Lexicon.degreeAdverbs
        /// The words on which a rule of `rejects`' pass over the words can hold (besides a
        /// negation): each rule of that pass tests its word against one of these, so a word that
        /// is neither is passed over at once. A rule added to that pass adds its word here.
        let positionKeys = WordSet.union(
            [StanceMarkers.correctionWords, StanceMarkers.errorNouns, StanceMarkers.spoofWords, StanceMarkers.reportSubjects,
             StanceMarkers.propagandaNouns, StanceMarkers.doubtVerdicts],
            extra: [StanceMarkers.earlier, StanceMarkers.actually, StanceMarkers.fact, W.never])
    }
}

extension DisputeStance {
    /// The word lists `opposition` reads, read into one box once per process.
    final class OppositionLists: Sendable {
        static let shared = OppositionLists()
        let am = DisputeStance.am, any = DisputeStance.any, beContractions = DisputeStance.beContractions
        let been = DisputeStance.been, charge = DisputeStance.charge, commentWord = DisputeStance.commentWord
        let comparisonWords = DisputeStance.comparisonWords, deathWords = DisputeStance.deathWords, dissociationNouns = DisputeStance.dissociationNouns
        let doAuxiliaries = DisputeStance.doAuxiliaries, doWord = DisputeStance.doWord, evidenceNouns = DisputeStance.evidenceNouns
        let firstPerson = DisputeStance.firstPerson, fullWords = DisputeStance.fullWords, good = DisputeStance.good
        let haveForms = DisputeStance.haveForms, health = DisputeStance.health, here = DisputeStance.here
        let instead = DisputeStance.instead, involved = DisputeStance.involved, modals = DisputeStance.modals
        let normally = DisputeStance.normally, notFactVerbs = DisputeStance.notFactVerbs, ordinaryWords = DisputeStance.ordinaryWords
        let ownWords = DisputeStance.ownWords, please = DisputeStance.please, pointerSubjects = DisputeStance.pointerSubjects
        let postWords = DisputeStance.postWords, purely = DisputeStance.purely, reason = DisputeStance.reason
        let remainWords = DisputeStance.remainWords, respond = DisputeStance.respond, safely = DisputeStance.safely
        let scalarAfterNegation = DisputeStance.scalarAfterNegation, still = DisputeStance.still, supportNouns = DisputeStance.supportNouns
        let time = DisputeStance.time, wellBeingWords = DisputeStance.wellBeingWords, yet = DisputeStance.yet
        let you = DisputeStance.you, whatsoever = DisputeStance.whatsoever, danger = DisputeStance.danger
        let beForms = Lexicon.beForms, degreeAdverbs = Lexicon.degreeAdverbs, determiners = Lexicon.determiners
        let prepositions = Lexicon.prepositions, authenticWords = StanceMarkers.authenticWords
    }
}

extension StanceClassifier {
    /// The word lists `contentDenies` reads, read into one box once per process.
    final class ContentDeniesLists: Sendable {
        static let shared = ContentDeniesLists()
        let auxiliaries = Lexicon.auxiliaries, beForms = Lexicon.beForms, denialNounsAfterNo = Lexicon.denialNounsAfterNo
        let denialVerbs = Lexicon.denialVerbs, eventVerbs = Lexicon.eventVerbs, falsityWords = Lexicon.falsityWords
        let firstPersonPronouns = Lexicon.firstPersonPronouns, futureModals = Lexicon.futureModals, negations = Lexicon.negations
        let propositionNouns = Lexicon.propositionNouns, rejectVerbs = Lexicon.rejectVerbs, truthPredicates = Lexicon.truthPredicates
        let truthWords = Lexicon.truthWords, stanceClassifierBeen = StanceClassifier.been, focusWords = StanceClassifier.focusWords
        let irregularParticiples = StanceClassifier.irregularParticiples, passiveEvents = StanceClassifier.passiveEvents, stateOfMind = StanceClassifier.stateOfMind
        let reportHeads = StanceCues.reportHeads, stanceCuesStory = StanceCues.story, stanceCuesWrong = StanceCues.wrong
    }
}

extension AttributionFinder {
    /// The word lists `nonAnswer` reads, read into one box once per process.
    final class NonAnswerLists: Sendable {
        static let shared = NonAnswerLists()
        let auxiliaries = Lexicon.auxiliaries, determiners = Lexicon.determiners, answerVerbs = AttributionFinder.answerVerbs
        let attemptNouns = AttributionFinder.attemptNouns, commentQualifiers = AttributionFinder.commentQualifiers, failureWords = AttributionFinder.failureWords
        let haveForms = AttributionFinder.haveForms, personObjects = AttributionFinder.personObjects, provideVerbs = AttributionFinder.provideVerbs
        let purposeWords = AttributionFinder.purposeWords, requestNouns = AttributionFinder.requestNouns, telling = AttributionFinder.telling
        let verifyVerbs = AttributionFinder.verifyVerbs, wishVerbs = AttributionFinder.wishVerbs, responseNouns = AttributionFinder.responseNouns
        let triggers = AttributionFinder.triggers
    }
}

extension DismissalMarkers {
    /// The word lists `subjectDenies` reads, read into one box once per process.
    final class SubjectDeniesLists: Sendable {
        static let shared = SubjectDeniesLists()
        let modals = DisputeStance.modals, denialVerbs = Lexicon.denialVerbs, haveForms = DisputeStance.haveForms
        let sinceWord = DismissalMarkers.sinceWord, determiners = Lexicon.determiners, reportingVerbs = Lexicon.reportingVerbs, volitionVerbs = DismissalMarkers.volitionVerbs
        let firstPersonPronouns = Lexicon.firstPersonPronouns, objectPronouns = CueWords.objectPronouns
        let auxiliaries = Lexicon.auxiliaries, beForms = Lexicon.beForms, negations = Lexicon.negations
        let prepositions = Lexicon.prepositions, timeWords = Lexicon.timeWords
    }
}
