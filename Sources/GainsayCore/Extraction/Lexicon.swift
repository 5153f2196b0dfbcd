/// General knowledge of how news attributes speech: reporting verbs, titles, roles, outlets,
/// capitals and denial markers. Nothing here names a particular story.
enum Lexicon {
    static func hashes(_ words: String) -> WordSet {
        // (An ASCII list, as all of them are, is split and hashed on its bytes in one pass: the
        // split by characters walked grapheme clusters, most of the word lists' one-time cost.)
        if let hashes = asciiWords(words, { wordHash($0) }) { return WordSet(hashes) }
        return WordSet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { wordHash(String($0)) })
    }
    static func set(_ words: String) -> Set<String> {
        if let strings = asciiWords(words, { String(decoding: $0, as: UTF8.self) }) { return Set(strings) }
        return Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
    /// `make` of each word of an ASCII list split at spaces and line breaks, read on its bytes;
    /// nil when the list holds a non-ASCII byte or a carriage return, where characters and
    /// bytes may split differently (the callers split those by characters).
    private static func asciiWords<T>(_ words: String, _ make: (UnsafeBufferPointer<UInt8>) -> T) -> [T]? {
        var words = words
        return words.withUTF8 { all -> [T]? in
            var out: [T] = []
            var start = -1
            for i in 0..<all.count {
                let b = all[i]
                if b >= 0x80 || b == 13 { return nil }
                if b == 32 || b == 10 {
                    if start >= 0 { out.append(make(UnsafeBufferPointer(rebasing: all[start..<i]))) }
                    start = -1
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { out.append(make(UnsafeBufferPointer(rebasing: all[start..<all.count]))) }
            return out
        }
    }

    static let abbreviations = hashes("""
    mr mrs ms dr gen lt col sgt capt cpt maj gov sen rep st jr sr prof inc corp co ltd vs v etc no
    jan feb mar apr jun jul aug sep sept oct nov dec adm cmdr hon rev pres supt det insp ft mt vol
    fig approx dept est univ assn bros messrs mme mlle coun cllr
    """)

    /// Reporting verbs in their finite and participle forms: the cue of a statement.
    static let reportingVerbWords = set("""
    say says said saying state states stated stating tell tells told telling report reports reported reporting
    claim claims claimed claiming deny denies denied denying dismiss dismisses dismissed dismissing
    reject rejects rejected rejecting confirm confirms confirmed confirming emphasize emphasizes
    emphasized emphasizing emphasise emphasises emphasised emphasising stress stresses stressed stressing
    insist insists insisted insisting assert asserts asserted asserting note notes noted noting
    suggest suggests suggested suggesting mention mentions mentioned mentioning advise advises advised
    advising highlight highlights highlighted highlighting agree agrees agreed agreeing ask asks asked
    question questions questioned questioning accuse accuses accused accusing label labels labelled
    labeled add adds added adding explain explains explained explaining warn warns warned warning
    argue argues argued arguing announce announces announced announcing acknowledge acknowledges
    acknowledged acknowledging admit admits admitted admitting reveal reveals revealed revealing
    write writes wrote writing declare declares declared declaring caution cautions cautioned
    cautioning allege alleges alleged alleging maintain maintains maintained maintaining contend
    contends contended refute refutes refuted refuting disputed disputes dispute rebuffed rebuts rebutted
    predict predicts predicted predicting estimate estimates estimated believe believes believed
    think thinks thought tweeted tweets posted wrote remarked remarks observed observes replied replies
    responded responds disclosed discloses indicated indicates signalled signaled hinted hints
    promised promises pledged pledges vowed vows urged urges demanded
    expressed expresses expressing reiterated reiterates reiterating conceded concedes repeated
    countered counters recalled recalls described describes informed informs assured assures
    defended defends recanted recants retracted speculated speculates found finds posted shot ruled
    comment commented respond responded concluded concludes testified raised cast declined issued released
    speculate complain complains complained complaining downplayed downplays downplaying continued
    specify identify verify drawn return returned brushed laughed mused muses quipped joked
    called calls branded brands dubbed dubs hit hits pushed pushes slammed slams discuss elaborate
    calling branding describing dubbing labelling labeling terming adamant insistent emphatic
    fear fears feared imply implies implied recounted recounts point points pointed verify verified
    published publishes penned
    commenting debunk debunks debunking debunked specify identified identifies
    laughed laughs brushed brushes scotch scotches scotched quash quashes quashed poured rubbish rubbished rubbishes rubbishing
    recounted recounts blamed blames played plays distanced distances distance dispelled dispels threw throws belied belies
    clarified clarifies made makes making blasted blasts went goes
    reaffirm reaffirms reaffirmed reaffirming termed terms read reads
    shoot shoots shooting play playing laugh laughing brush brushing
    shrugged shrugs waved waves scoffed scoffs contradicted contradicts denounced denounces
    knocked knocks knock knocking
    """)
    /// Cues that count only when declined or negated ("declined to comment", "did not respond").
    static let onlyNegatedVerbs = hashes("comment commented commenting respond responded verify verified return returned")
    /// Nouns that cue a denial with its speaker ("the denial by X").
    static let denialNounCues = hashes("denial denials rebuttal rejection dismissal")
    /// Verbs that need a particle ("shot down", "ruled out").
    static let particleVerbs: [UInt64: [UInt64]] = [
        wordHash("shot"): [wordHash("down")], wordHash("ruled"): [wordHash("out")],
        // "raised doubts", "cast doubt": a denial; "declined comment": neutral.
        wordHash("raised"): [wordHash("doubts"), wordHash("doubt")], wordHash("cast"): [wordHash("doubt"), wordHash("doubts")],
        wordHash("declined"): [wordHash("comment")], wordHash("issued"): [wordHash("a")], wordHash("released"): [wordHash("a")],
        // "made it clear that".
        wordHash("made"): [wordHash("it")], wordHash("makes"): [wordHash("it")], wordHash("making"): [wordHash("it")],
        // "hit back at claims", "pushed back on the report": a rebuttal.
        wordHash("hit"): [wordHash("back"), wordHash("out")], wordHash("hits"): [wordHash("back"), wordHash("out")],
        wordHash("pushed"): [wordHash("back")], wordHash("pushes"): [wordHash("back")],
        // "pointed out that", "critics point out".
        wordHash("point"): [wordHash("out")], wordHash("points"): [wordHash("out")], wordHash("pointed"): [wordHash("out")],
        // "laughed off suggestions", "brushed aside the claims", "poured cold water on".
        wordHash("laughed"): [wordHash("off")], wordHash("laughs"): [wordHash("off")],
        wordHash("brushed"): [wordHash("off"), wordHash("aside")], wordHash("brushes"): [wordHash("off"), wordHash("aside")],
        wordHash("poured"): [wordHash("cold")], wordHash("threw"): [wordHash("cold")], wordHash("throws"): [wordHash("cold")],
        // "played down reports of a takeover", "distanced himself from the claims".
        wordHash("played"): [wordHash("down")], wordHash("plays"): [wordHash("down")],
        // Base and progressive forms, after "to" or "is": "quick to shoot down", "moved to play
        // down", "is brushing aside".
        wordHash("shoot"): [wordHash("down")], wordHash("shoots"): [wordHash("down")], wordHash("shooting"): [wordHash("down")],
        // "knocked down fresh speculation".
        wordHash("knocked"): [wordHash("down")], wordHash("knocks"): [wordHash("down")], wordHash("knock"): [wordHash("down")], wordHash("knocking"): [wordHash("down")],
        wordHash("play"): [wordHash("down")], wordHash("playing"): [wordHash("down")],
        wordHash("laugh"): [wordHash("off")], wordHash("laughing"): [wordHash("off")],
        wordHash("brush"): [wordHash("off"), wordHash("aside")], wordHash("brushing"): [wordHash("off"), wordHash("aside")],
        wordHash("distanced"): Lexicon.reflexives, wordHash("distances"): Lexicon.reflexives, wordHash("distance"): Lexicon.reflexives,
        // "shrugged off the report", "waved away the rumours", "scoffed at the suggestion".
        wordHash("shrugged"): [wordHash("off")], wordHash("shrugs"): [wordHash("off")],
        wordHash("waved"): [wordHash("away"), wordHash("off")], wordHash("waves"): [wordHash("away"), wordHash("off")],
        wordHash("scoffed"): [wordHash("at")], wordHash("scoffs"): [wordHash("at")],
        // ", the statement went on": a quotation continued.
        wordHash("went"): [wordHash("on")], wordHash("goes"): [wordHash("on")],
    ]
    static let reflexives = ["himself", "herself", "itself", "themselves", "ourselves", "myself"].map { wordHash($0) }
    /// Verbs that decline to speak.
    static let declineVerbs = hashes("declined refused")
    static let reportingVerbs = WordSet(reportingVerbWords.map { wordHash($0) })

    /// Verbs that are themselves a denial of what follows.
    static let denialVerbs = hashes("""
    deny denies denied denying dismiss dismisses dismissed dismissing reject rejects rejected rejecting
    refute refutes refuted refuting dispute disputes disputed disputing rebuffed rebuts rebutted debunked
    hit hits pushed pushes debunk debunks debunking
    laughed laughs brushed brushes scotch scotches scotched quash quashes quashed poured rubbish rubbished rubbishes rubbishing
    recanted recants retracted shot ruled raised cast played plays distanced distances distance dispelled dispels threw throws belied belies
    shoot shoots shooting play playing laugh laughing brush brushing
    shrugged shrugs waved waves scoffed scoffs contradicted contradicts denounced denounces
    knocked knocks knock knocking
    """)
    /// Verbs whose object must be a proposition for a statement ("rejected the claims", not "rejected talks").
    static let rejectVerbs = hashes("reject rejects rejected rejecting dismiss dismisses dismissed dismissing rebuffed contradicted contradicts denounced denounces")
    static let propositionNouns = hashes("""
    report reports information claim claims allegation allegations accusation accusations rumor rumors
    rumour rumours story stories suggestion suggestions speculation speculations assertion assertions
    notion idea existence charge charges reporting statement statements account accounts version
    theory theories talk news article articles suggestion criticism concerns assumption assumptions
    """)
    /// Objects that make rejecting a position rather than a denial ("rejected the demands").
    static let demandNouns = hashes("""
    demand demands proposal proposals offer offers call calls request requests plan plans idea ideas
    ultimatum ultimatums conditions condition deal deals invitation invitations suggestion suggestions
    bid bids appeal appeals resignation resolution motion bill criticism attempt attempts approach approaches overture overtures advances
    """)
    /// Engagements one can refuse ("ruled out future talks"): a position, not a denial.
    static let refusalNouns = hashes("talks negotiations dialogue cooperation meeting meetings contacts")
    /// Verbs whose speaker asks rather than asserts.
    static let questionVerbs = hashes("ask asks asked asking wonder wonders wondered question questions questioned questioning")
    /// Participles that may be a cue only when followed by "that" or a quotation.
    static let weakVerbs = hashes("""
    believe believes believed think thinks thought estimate estimates estimated predict predicts predicted
    question questions questioned questioning label labels labelled labeled describe describes described
    promise promises promised pledge pledges pledged vow vows vowed urge urges urged demanded hint hints hinted
    maintain maintains maintained agree agrees agreed agreeing expressed expresses expressing recall recalls recalled
    repeated observe observes observed indicate indicates indicated inform informs informed assure assures assured
    note notes noted noting add adds added adding found finds speculated speculates posted concluded concludes
    write writes writing wrote tweeted tweets speculate continued called calls branded brands dubbed dubs identified identifies
    fear fears feared imply implies implied point points pointed published publishes penned mused muses quipped joked
    """)
    /// Nouns after "expressing" that make a cue ("expressing concern that").
    static let expressNouns = hashes("concern concerns doubt doubts hope hopes confidence skepticism scepticism fear fears belief regret surprise")

    /// Words skipped between a subject and its verb ("Russia has repeatedly stated").
    static let auxiliaries = hashes("""
    has have had did does do will would may might could can should shall also later earlier then
    repeatedly categorically officially publicly firmly flatly strongly further again once already now
    previously clearly recently reportedly often frequently allegedly initially subsequently finally
    emphatically explicitly openly privately angrily bluntly quickly swiftly immediately separately
    both all alone himself herself themselves itself too however meanwhile still just even yet
    consistently vehemently adamantly personally directly specifically independently first
    """)
    static let beForms = hashes("is are was were be been being")
    static let negations = hashes("not n't never no cannot can't won't didn't don't doesn't hasn't haven't hadn't wasn't weren't isn't aren't couldn't wouldn't nothing nobody none neither nor")

    /// Words that end a noun phrase when scanning left from a verb.
    static let clauseWords = hashes("""
    that which who whom whose when where while whereas because although though if unless since
    but and or so yet as after before until than then however meanwhile despite though thus
    therefore moreover also is are was were be been has have had did does do will would
    to in on at for from with by about into over under against between during through without
    what why how whether not this it according despite following amid currently recently ultimately
    further yesterday today tomorrow last next earlier later here there
    """)
    /// Lower-case nouns that modify a head inside a speaker phrase ("the US news organization").
    static let modifierNouns = hashes("news media wire press intelligence security defense defence foreign state government health energy")
    /// Words after a speaker's head that keep the phrase going ("people familiar with ...").
    static let postModifiers = hashes("familiar close with for at from in briefed knowledgeable")
    static let timeWords = hashes("""
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
    evening night week month year january february march april may june july august september october
    november december earlier later recently last next time moment day
    """)
    static let adjunctNouns = hashes("statement interview telephone phone email e-mail emailed message letter social media online conference press briefing news release radio television tv meeting speech post blog recent separate written website")
    /// Reporting-verb spellings that are also nouns inside a phrase ("state television").
    static let nounLikeVerbs = hashes("state states report reports claim claims question questions comment note notes label labels post posts")
    /// Verbs whose object follows them, so the phrase after them is not an inverted speaker.
    static let objectVerbs = hashes("tell tells told telling inform informs informed assure assures assured ask asks asked accuse accuses accused urge urges urged")
    static let citeVerbs = hashes("cited cites citing quoted quotes quoting")
    static let futureModals = hashes("will would shall")
    static let personPronounSubjects = hashes("he she they we i")
    static let statementNouns = hashes("statement statements communique release letter note")
    static let degreeAdverbs = hashes("absolutely completely totally entirely simply just utterly patently clearly wholly unequivocally categorically necessarily quite very almost nearly virtually highly extremely greatly grossly vastly wildly hugely plain emphatically")
    static let firstPersonPronouns = hashes("we i")
    static let tellVerbs = hashes("told tell tells telling informed assured")
    static let expressVerbs = hashes("express expresses expressed expressing")
    static let locativePrepositions = hashes("in at near across around inside outside")
    static let participleOnlyCues = hashes("reported confirmed found posted cited")
    static let sourceNouns = hashes("source sources reporter reporters correspondent correspondents journalist journalists")
    static let openingConjunctions = hashes("but and so yet however meanwhile still also then now whereas")
    /// Heads of descriptions that stand for an organisation ("the company", "the airline").
    static let organisationNouns = hashes("company firm airline carrier club team manufacturer maker group ministry department party federation league union bank operator embassy consulate association presidency palace campaign")
    static let prepositions = hashes("of in on at for from with into over under against between during through without about than")
    static let determiners = hashes("the a an this that these those its his her their our one some several many two three four")
    static let pronouns = hashes("he she they it we i him her them you")
    static let personPronouns = hashes("he she him her")

    /// Nouns that can head a speaker: people, roles, groups, organisations, outlets.
    /// People, roles and bodies that are both speakers (`speakerNouns`) and roles of a person
    /// (`personRoleNouns`): one list, so the two cannot drift apart.
    static let sharedRoleWords = """
    goalkeeper goalkeepers striker strikers defender defenders midfielder midfielders forward winger
    golfer golfers driver drivers rider riders champion champions cyclist runner swimmer boxer fighter
    batsman batsmen bowler bowlers cricketer cricketers footballer footballers sprinter sprinters
    jockey jockeys quarterback quarterbacks wicketkeeper all-rounder gymnast gymnasts skier skiers
    passenger passengers survivor survivors eyewitness eyewitnesses victim victims mother father wife
    husband son daughter brother sister student students teacher teachers nurse nurses firefighter
    firefighters soldier soldiers trooper troopers sheriff candidate candidates voter voters citizen
    citizens councillor councilor councilman councilwoman official's spokesman's consultant consultants
    specialist specialists physician physicians surgeon surgeons expert's coroner paramedic paramedics
    detective detectives inspector chancellor counsel negotiator owner chairperson visitor visitors
    co-founder cofounder anchor host rheumatologist site outlet families parents relatives
    fiancee fiance fiancée girlfriend boyfriend widow widower cousin uncle aunt nephew niece grandmother grandfather
    panel tribunal court jury inquiry watchdog regulator prosecutors hospital clinic school university
    airport museum charity foundation institute station
    """
    static let speakerNouns = hashes("""
    official officials spokesman spokeswoman spokesperson spokespeople representative representatives rep reps
    minister ministers president presidents chairman chairwoman chair deputy deputies senator senators
    lawmaker lawmakers legislator legislators expert experts analyst analysts observer observers source
    sources diplomat diplomats ambassador ambassadors leader leaders head chief chiefs director
    directors secretary secretaries adviser advisers advisor advisors aide aides lawyer lawyers attorney
    attorneys prosecutor prosecutors judge judges police officer officers investigator investigators
    witness witnesses resident residents journalist journalists reporter reporters correspondent
    correspondents editor editors commentator commentators critic critics scientist scientists
    researcher researchers professor professors economist economists doctor doctors coach coaches
    manager managers player players captain captains pilot pilots crew airline airlines carrier
    regulator regulators authority authorities agency agencies ministry ministries government governments
    administration cabinet kremlin office department committee commission council parliament congress
    senate military army navy army spokesperson company companies firm firms club clubs team teams
    federation league union party parties group groups organization organisation organizations
    organisations side sides country countries state states nation nations media press newspaper
    newspapers publication publications outlet outlets paper report reports article articles
    statement statements broadcaster network channel magazine website blog study survey poll data
    documents document letter memo people person man woman men women officials ceo executive executives
    founder owner owners member members general commander commanders colonel admiral governor mayor
    premier king queen prince monarch pope envoy negotiator negotiators mediator mediators insider
    insiders activist activists campaigner campaigners union unions spokesmen spokeswomen community
    agent agents fan fans teammate teammates referee referees athlete athletes boss bosses star
    partner partners family relatives friend friends colleague colleagues staff employee employees
    presidency palace campaign businessman businesswoman businessmen businesswomen publicist publicists
    worker workers worker union board investors investor bank banks regime leadership delegation
    inspector inspectors engineer engineers controller controllers operator operators manufacturer
    narratives narrative
    """ + " " + sharedRoleWords + " " + """
    embassy consulate congressman congresswoman
    vice-president vice-chairman vice-chairwoman vice-captain vice-chancellor co-founder co-owner co-chairman co-chair
    ex-president ex-minister ex-coach ex-manager ex-captain
    devotee devotees follower followers disciple disciples worshippers supporter supporters
    publicist publicists neighbour neighbours neighbor neighbors priest priests pastor pastors imam imams
    rabbi rabbis bishop bishops cleric clerics nun nuns monk monks
    militia militias rebel rebels militant militants insurgents protesters demonstrators troops guerrillas
    association associations mechanic mechanics technician technicians body bodies
    principal principals camp camps entourage organisers organizers promoter promoters management
    """)
    /// Heads that stand for an outlet or a report ("the publication", "the report").
    static let outletNouns = hashes("""
    newspaper publication outlet paper agency magazine broadcaster network channel website daily tabloid
    service wire journal site blog station television
    """)
    static let reportNouns = hashes("report reports article articles story stories publication piece investigation")
    static let personRoleNouns = hashes("""
    congressman congresswoman publicist official spokesman spokeswoman spokesperson representative minister president chairman chairwoman
    deputy senator lawmaker legislator expert analyst observer diplomat ambassador leader head chief
    director secretary adviser advisor aide lawyer attorney prosecutor judge officer investigator witness
    resident journalist reporter correspondent editor commentator critic scientist researcher professor
    economist doctor coach manager player captain pilot ceo executive founder owner member general
    commander colonel admiral governor mayor premier king queen prince monarch pope envoy negotiator
    mediator insider activist campaigner agent teammate referee athlete boss star mechanic technician principal promoter
    vice-president vice-chairman vice-chairwoman vice-captain vice-chancellor co-founder co-owner co-chairman co-chair
    ex-president ex-minister ex-coach ex-manager ex-captain
    """ + " " + sharedRoleWords)
    static let pluralGroupNouns = hashes("""
    sources officials experts analysts observers diplomats leaders lawmakers critics residents witnesses
    authorities investigators journalists reporters sides people members officers police media
    commentators scientists researchers economists players fans insiders activists
    passengers pilots workers employees staff supporters families relatives parents students teachers
    doctors nurses lawyers executives shareholders investors voters citizens survivors eyewitnesses
    victims neighbours neighbors friends colleagues mechanics engineers candidates councillors
    militias rebels militants insurgents protesters demonstrators troops guerrillas
    """)

    /// Titles: kept out of the speaker's name and id.
    static let titles = set("""
    president minister prime foreign defense defence interior finance deputy secretary general
    spokesman spokeswoman spokesperson chairman chairwoman chair senator governor mayor ambassador
    chancellor king queen prince princess sheikh emir sultan pope cardinal bishop rev reverend dr
    mr mrs ms miss sir lord lady professor prof gen lt col colonel major captain capt sgt admiral
    commander chief head director ceo executive coach manager judge justice attorney rep representative
    congressman congresswoman senator speaker leader vice first lady secretary-general state assistant
    official officer press envoy special adviser advisor president-elect sheriff detective inspector constable
    superintendent marshal commissioner councilman councilwoman councillor councilor coun cllr assemblyman assemblywoman
    striker midfielder goalkeeper defender winger skipper keeper pilot co-pilot copilot
    analyst expert economist researcher scientist
    blogger columnist commentator pundit correspondent reporter journalist editor activist campaigner
    lawyer publicist agent trainer referee umpire
    """)
    /// Words that mark an organisation inside a capitalised run.
    static let organisationWords = set("""
    ministry ministry's affairs committee commission council department office agency government
    parliament duma senate congress house court union federation party service services forces
    force army navy police bank corporation company group institute university foundation association
    organization organisation administration authority board bureau directorate secretariat inspectorate centre center
    fc afc airlines airways
    aerospace holdings industries motors partners securities systems technologies
    """)
    /// Words that end a body's name or head it before "for", "in", "at" ("Syrian Observatory
    /// for Human Rights", "Central Command", "Human Rights Watch"), but that also open names
    /// ("Mission Control", "Network Rail"): unlike `organisationWords`, no name starts after them.
    static let bodyNameWords = set("observatory mission command unit alliance coalition network watch trust fund")
    static let bodyWordsH = WordSet.union([organisationWordsH], extra: bodyNameWords.map { wordHash($0) })

    /// Known news outlets and wires (general knowledge).
    static let outletNames = set("""
    reuters ap afp bloomberg tass interfax ria xinhua bbc cnn nbc cbs abc fox msnbc npr pbs
    dpa ansa efe kyodo yonhap anadolu itar-tass sputnik rt politico axios aljazeera cnbc
    forbes mashable espn wsj buzzfeed vice vox slate salon wired engadget techcrunch gizmodo breitbart
    huffpost tmz variety deadline usatoday newsweek
    """)
    /// Final words of outlet names ("The Washington Post", "Financial Times").
    static let outletNameWords = set("""
    post times journal news agency herald guardian telegraph tribune gazette press daily magazine
    wire radio tv television broadcasting broadcaster pravda izvestia kommersant vedomosti observer
    independent mirror express mail standard chronicle globe star sun inquirer review economist
    bulletin dispatch monitor today politico insider week weekly world network channel sport sports
    courier ledger examiner enquirer sentinel courant advertiser argus mercury messenger telegram bugle digest
    """)

    static let titlesH = WordSet(titles.map { wordHash($0) })
    static let organisationWordsH = WordSet(organisationWords.map { wordHash($0) })
    static let outletNamesH = WordSet(outletNames.map { wordHash($0) })
    static let outletNameWordsH = WordSet(outletNameWords.map { wordHash($0) })
    static let nationalityH = WordSet(nationalityAdjectives.map { wordHash($0) })

    /// Country names and their adjectives, and capitals that stand for their governments.
    static let countryByCapital: [String: String] = [
        "moscow": "russia", "kyiv": "ukraine", "kiev": "ukraine", "washington": "united-states",
        "beijing": "china", "london": "united-kingdom", "paris": "france", "berlin": "germany",
        "tehran": "iran", "ankara": "turkey", "tokyo": "japan", "seoul": "south-korea",
        "pyongyang": "north-korea", "jerusalem": "israel", "damascus": "syria", "baghdad": "iraq",
        "riyadh": "saudi-arabia", "doha": "qatar", "cairo": "egypt", "minsk": "belarus",
        "warsaw": "poland", "rome": "italy", "madrid": "spain", "ottawa": "canada", "canberra": "australia",
        "new delhi": "india", "delhi": "india", "islamabad": "pakistan", "kabul": "afghanistan",
        "brussels": "european-union", "budapest": "hungary", "vienna": "austria", "bern": "switzerland",
        "stockholm": "sweden", "oslo": "norway", "helsinki": "finland", "copenhagen": "denmark",
        "athens": "greece", "tbilisi": "georgia", "yerevan": "armenia", "baku": "azerbaijan",
        "taipei": "taiwan", "hanoi": "vietnam", "manila": "philippines", "jakarta": "indonesia",
        "caracas": "venezuela", "havana": "cuba", "mexico city": "mexico", "brasilia": "brazil",
        "buenos aires": "argentina", "pretoria": "south-africa", "abuja": "nigeria", "nairobi": "kenya",
        "beirut": "lebanon", "amman": "jordan", "abu dhabi": "united-arab-emirates", "chisinau": "moldova",
        "vilnius": "lithuania", "riga": "latvia", "tallinn": "estonia", "bucharest": "romania",
        "sofia": "bulgaria", "belgrade": "serbia", "prague": "czech-republic", "bratislava": "slovakia",
        "dublin": "ireland", "lisbon": "portugal", "amsterdam": "netherlands", "the hague": "netherlands",
    ]
    static let countryByNationality: [String: String] = [
        "russian": "russia", "ukrainian": "ukraine", "chinese": "china", "french": "france", "german": "germany",
        "iranian": "iran", "turkish": "turkey", "japanese": "japan", "israeli": "israel", "syrian": "syria",
        "iraqi": "iraq", "qatari": "qatar", "egyptian": "egypt", "belarusian": "belarus", "polish": "poland",
        "italian": "italy", "spanish": "spain", "canadian": "canada", "australian": "australia", "indian": "india",
        "pakistani": "pakistan", "afghan": "afghanistan", "hungarian": "hungary", "british": "united-kingdom",
        "american": "united-states", "us": "united-states", "u.s": "united-states", "saudi": "saudi-arabia",
        "palestinian": "palestine", "lebanese": "lebanon", "nigerian": "nigeria", "mexican": "mexico",
        "brazilian": "brazil", "venezuelan": "venezuela", "cuban": "cuba", "greek": "greece", "dutch": "netherlands",
        "swedish": "sweden", "norwegian": "norway", "finnish": "finland", "danish": "denmark", "korean": "korea",
    ]
    static let countries = set("""
    russia ukraine china france germany iran turkey japan israel syria iraq qatar egypt belarus poland
    italy spain canada australia india pakistan afghanistan hungary austria switzerland sweden norway
    finland denmark greece georgia armenia azerbaijan taiwan vietnam philippines indonesia venezuela
    cuba mexico brazil argentina nigeria kenya lebanon jordan moldova lithuania latvia estonia romania
    bulgaria serbia slovakia ireland portugal netherlands belgium america britain england scotland
    wales korea yemen libya sudan ethiopia somalia saudi kazakhstan uzbekistan algeria tunisia morocco
    """)
    static let nationalityAdjectives = set("""
    russian ukrainian chinese french german iranian turkish japanese israeli syrian iraqi qatari
    egyptian belarusian polish italian spanish canadian australian indian pakistani afghan hungarian
    austrian swiss swedish norwegian finnish danish greek georgian armenian taiwanese american british
    english scottish welsh korean european western eastern saudi palestinian lebanese brazilian
    mexican venezuelan cuban nigerian kenyan dutch belgian irish portuguese us u.s. uk international
    arab arabic jordanian algerian tunisian libyan moroccan yemeni sudanese emirati kuwaiti bahraini omani
    kurdish persian somali ethiopian south-korean thai vietnamese filipino indonesian malaysian chilean
    argentine argentinian colombian peruvian scots romanian bulgarian serbian croatian czech slovak
    lithuanian latvian estonian moldovan kazakh uzbek azerbaijani local regional foreign
    catholic muslim christian jewish protestant orthodox shia sunni
    """)

    /// Markers in the content that reject a proposition.
    static let falsityWords = hashes("""
    unfounded baseless false untrue fake fabricated fabrication fabrications
    absurd nonsense groundless misinformation disinformation hoax erroneous
    sceptical skeptical doubtful inaccurate
    fiction fantasy inaccurate incorrect erroneous ridiculous invented misleading
    bollocks garbage tosh hogwash balderdash baloney codswallop poppycock drivel twaddle cobblers bunkum
    slanderous defamatory libellous libelous scurrilous nonexistent non-existent fictitious frivolous meritless
    falsehood falsehoods confabulation confabulations absurdity absurdities concoction concoctions bullshit
    """)
    /// Verbs of something happening or being done: "did not engage", "had not discussed".
    static let eventVerbs = hashes("""
    engage engaged engaging discuss discussed discussing hold held holding meet met meeting negotiate
    negotiated negotiating talk talked talking happen happened occur occurred exist existed
    sign signed plan planned deploy deployed conduct conducted cancel canceled cancelled send sent participate
    participated attend attended agree agreed reach reached carry carried receive received
    pay paid offer offered order ordered approve approved visit visited launch launched attack attacked
    kill killed fire fired join joined sell sold buy bought crash crashed contact contacted
    speak spoke spoken split quit
    """)
    /// "no plans", "no evidence", "found no violations": a denial after "no".
    static let denialNounsAfterNo = hashes("plans plan intention intentions evidence truth basis indication sign signs record knowledge wrongdoing violation violations irregularities impropriety")
    static let confirmWords = hashes("confirm confirmed confirmation confirming verify verified verification announce announced")
    static let truthPredicates = hashes("true accurate correct factual credible")
    static let truthWords = hashes("true accurate correct factual the real")
    /// Phrases of a neutral cue.
    static let neutralWords = hashes("comment respond responded comment. reply replied confirm confirmed")
}
