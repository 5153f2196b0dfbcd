#!/usr/bin/env python3
"""Builds ../gold.jsonl from the annotations below (written blind: no extractor output seen).
Row: (anchor, speaker names, entity, stance, proposition, via, optional)."""
import json, os

# 962
ABD = ["Yasir Abdulla", "Abdulla", "Mr Abdulla", "Mr Abdullah", "A British fighter", "British fighter",
       "Security guard Yasir Abdulla", "The father of four", "father of four", "he", "He"]
SUN = ["The Sun", "Sun", "the newspaper"]
THOMAS = ["Gordon Thomas", "Thomas", "Mr Thomas", "Investigative journalist Gordon Thomas", "a book", "book", "Gideon's Spies"]
MLAD = ["Nickolay Mladenov", "Mladenov", "UN envoy Nickolay Mladenov", "UN envoy", "He"]
UNAMI = ["UN Assistance Mission in Iraq", "the UN Assistance Mission in Iraq", "UN", "the UN"]
# 2081
POST = ["The Washington Post", "Washington Post", "The Post", "Post"]
TIME = ["TIME", "TIME magazine", "Time", "It"]
INDY = ["The Independent", "Independent"]
OBAMA = ["Barack Obama", "Obama", "President Barack Obama", "the U.S. president", "U.S. president", "Obama's letter"]
PUTIN = ["Vladimir Putin", "Putin", "Russian President Vladimir Putin"]
WH = ["The White House", "White House"]
KREMLIN = ["The Kremlin", "Kremlin", "a Kremlin report", "Kremlin report"]
US = ["the United States", "United States", "an administration report"]
# 1436
USERS = ["Users on Twitter and Facebook", "Users", "users"]
BREIT = ["Breitbart", "Breitbart Texas", "conservative news website Breitbart", "an article", "The article"]
ELB = ["Taher El-badawi", "Dr. Taher El-badawi", "El-badawi", "He", "he"]
TRIB = ["Islamic Tribunal", "the Islamic Tribunal", "The Islamic Tribunal", "Islamic Tribunal's website", "the Islamic Tribunal's website"]
CHRIS = ["Brett Christensen", "Christensen", "Hoax-Slayer's Brett Christensen", "Hoax-Slayer"]
# 2441
GOVIN = ["the government", "government", "the urban development ministry", "urban development ministry", "ministry", "it"]
MODI = ["Narendra Modi", "Modi", "Prime Minister Narendra Modi", "Prime Minister"]
# 1929
FAKEREP = ["A report", "report", "hoax report", "A hoax report", "The fake death report", "fake death report",
           "The death hoax report", "The hoax", "hoax", "website", "fake website", "ProcesoMX"]
# 1549
WNDR = ["World News Daily Report", "World News Daily", "WNDR", "the site"]
ONEAL = ["Father John Micheal O'Neal", "John Micheal O'Neal", "O'Neal", "Father O'Neal"]
MEEHAN = ["Bridget Mary Meehan", "Meehan", "Catholic Blogger Bridget Mary Meehan", "Catholic Blogger", "she", "she"]
DONILON = ["Terrence Donilon", "Donilon", "a spokesman for Archbishop Sean P. O'Malley", "spokesman", "he"]
# 1940
NR = ["nationalreport.net", "National Report", "website nationalreport.net", "A hoax report", "The website", "website",
      "They", "they", "The article", "the article"]
MENSCH = ["Louise Mensch", "Mensch", "Former Tory MP Louise Mensch", "Tory MP", "She"]
BROOKS = ["Jo Brooks", "Brooks", "Banksy's PR Jo Brooks", "Banksy's PR"]
# 1559
CULKREPS = ["reps for the actor", "reps", "Culkin's reps", "they"]
PATT = ["James Patterson", "Det. James Patterson", "Patterson"]
# 355
LEF = ["Brian LeFevre", "LeFevre", "Pizza House delivery manager Brian LeFevre", "delivery manager", "Le", "he"]
MCVEY = ["Stacey McVey", "McVey", "team leader of Keller Williams Greater Cleveland West", "team leader", "she"]
# 588
CAM = ["David Cameron", "Cameron", "UK Prime Minister David Cameron", "Prime Minister", "the prime minister",
       "the grim-faced premier", "premier", "He", "he"]
FCO = ["Foreign Office", "the Foreign Office"]
FCOSP = ["a spokesman for the Foreign Office", "spokesman for the Foreign Office", "Foreign Office spokesman", "spokesman", "Foreign Office"]
HAMM = ["Philip Hammond", "Hammond", "Foreign Secretary Philip Hammond", "Foreign Secretary"]
DSSP = ["a spokesman for Cameron's Downing Street office", "spokesman", "Downing Street spokesman", "Downing Street", "Cameron's Downing Street office"]
ACTED = ["ACTED", "it", "the French NGO ACTED"]
MIKE = ["Mike Haines", "His brother, Mike Haines", "brother", "Haines"]
# 2447
NDIARIO = ["Nuevo Diario", "the newspaper", "a local newspaper", "local newspaper", "An Argentinian newspaper",
           "Argentinian newspaper", "the Santiago del Estero newspaper", "newspaper"]
# 553
NELREPS = ["the guitarist's reps", "reps", "Willie Nelson's reps", "they"]
FBPAGE = ["'R.I.P. Willie Nelson' Facebook page", "R.I.P. Willie Nelson Facebook page", "Facebook page", "the 'About' page", "About page"]

A = {
"962": [
 ("claims the terror group fed a murdered kidnap victim", ABD, "yasir-abdulla", "claim", "isis-fed-mother-her-son", None, False),
 ("It has been reported that the 36-year-old bought", ["It has been reported", "reports"], "unnamed-reports", "claim", None, None, True),
 ("who he said was killed after he beheaded a Kurd", ABD, "yasir-abdulla", "claim", None, None, False),
 ("told The Sun how an elderly Kurdish woman", ABD, "yasir-abdulla", "claim", "isis-fed-mother-her-son", SUN, False),
 ("The father of four told the newspaper", ABD, "yasir-abdulla", "claim", "isis-fed-mother-her-son", SUN, False),
 ("The ISIS men told her to sit down because", ABD, "yasir-abdulla", "claim", "isis-fed-mother-her-son", SUN, False),
 ("They brought her cups of tea and fed her a meal", ABD, "yasir-abdulla", "claim", "isis-fed-mother-her-son", SUN, False),
 ("But they had killed him and chopped him up", ABD, "yasir-abdulla", "claim", "isis-fed-mother-her-son", SUN, False),
 ("Mr Abdulla revealed how ISIS are terrorising locals", ABD, "yasir-abdulla", "claim", None, None, False),
 ("He also told of how the terror group kill prisoners", ABD, "yasir-abdulla", "claim", None, None, False),
 ("saying he wants to finish the job in defeating ISIS", ABD, "yasir-abdulla", "claim", None, None, False),
 ("prime minister called on tribal fighters to abandon the jihadis", ["Haider al-Abadi", "al-Abadi", "Iraq's prime minister", "prime minister"], "haider-al-abadi", "claim", None, None, True),
 ("Haider al-Abadi offered no timeline for an attack", ["Haider al-Abadi", "al-Abadi", "Iraq's prime minister", "prime minister"], "haider-al-abadi", "neutral", None, None, True),
 ("Mr Abdulla said Islamists threaten to kidnap locals", ABD, "yasir-abdulla", "claim", None, None, False),
 ("digitally-altered eBay photos and even pornography, a book claims", THOMAS, "gordon-thomas", "claim", "isis-hidden-messages", None, False),
 ("Investigative journalist Gordon Thomas said Al Qaeda has used", THOMAS, "gordon-thomas", "claim", "isis-hidden-messages", None, False),
 ("Mossad believes ISIS militants are doing the same", ["Mossad", "Israeli intelligence service Mossad"], "mossad", "claim", "isis-hidden-messages", ["Gordon Thomas", "Thomas", "Mr Thomas"], False),
 ("doing the same, according to Mr Thomas", THOMAS, "gordon-thomas", "claim", "isis-hidden-messages", None, True),
 ("One intelligence source told him messages are often hidden", ["One intelligence source", "intelligence source", "source"], "intelligence-source", "claim", "isis-hidden-messages", ["Gordon Thomas", "Thomas", "Mr Thomas"], False),
 ("state-run media has warned that the city", ["state-run media", "Iraqi state-run media"], "iraqi-state-media", "claim", None, None, False),
 ("according to the the UN Assistance Mission in Iraq", UNAMI, "unami", "claim", None, None, False),
 ("UN envoy Nickolay Mladenov blamed the deaths", MLAD, "nickolay-mladenov", "claim", None, None, False),
 ("Daily terrorist attacks perpetrated by ISIS continue", MLAD, "nickolay-mladenov", "claim", None, None, False),
 ("There also concerning reports of a number of revenge killings", MLAD, "nickolay-mladenov", "claim", None, None, False),
 ("and 23,126 wounded, according to the UN", UNAMI, "unami", "claim", None, None, False),
 ("A British fighter has told how a Kurdish mother", ABD, "yasir-abdulla", "claim", "isis-fed-mother-her-son", None, False),
 ("Yasir Abdulla also says that ISIS fighters", ABD, "yasir-abdulla", "claim", None, None, False),
],
"2081": [
 ("The Post issued a correction, saying that", POST, "washington-post", "denial", "bird-soiled-putin", None, False),
 ("The video appears to have been a hoax", POST, "washington-post", "denial", "bird-soiled-putin", None, False),
 ("TIME wrote:", TIME, "time-magazine", None, "bird-soiled-putin", None, False),
 ("It later updated the post, saying that", TIME, "time-magazine", "denial", "bird-soiled-putin", None, False),
 ("The Independent reveals this video to have been falsely doctored", INDY, "the-independent", "denial", "bird-soiled-putin", ["TIME", "Time"], False),
 ("President Barack Obama pressed Russian President Vladimir Putin Friday", OBAMA, "barack-obama", "claim", None, None, True),
 ("Putin countered by calling U.S. and European economic sanctions", PUTIN, "vladimir-putin", "claim", None, None, False),
 ("Obama later conceded that pressure", OBAMA, "barack-obama", "claim", None, None, False),
 ("also raised concerns that Russia violated a key Cold War era", OBAMA, "barack-obama", "claim", "russia-violated-missile-treaty", WH, False),
 ("nuclear weapons treaty, the White House said", WH, "white-house", "claim", "russia-violated-missile-treaty", None, False),
 ("the United States said Russia violated a 1987 treaty", US, "united-states", "claim", "russia-violated-missile-treaty", None, False),
 ("Putin in the call said the sanctions seriously damage", PUTIN, "vladimir-putin", "claim", None, KREMLIN, False),
 ("according to a Kremlin report on the call", KREMLIN, "kremlin", "claim", None, None, True),
 ("since Obama\u2019s letter claiming a breach in the missile treaty", OBAMA, "barack-obama", "claim", "russia-violated-missile-treaty", None, True),
 ("Obama told reporters later", OBAMA, "barack-obama", "claim", None, None, False),
 ("The Kremlin said both Obama and Putin underscored the urgency", KREMLIN, "kremlin", "claim", None, None, False),
],
"1436": [
 ("Users on Twitter and Facebook this week are saying", USERS, "social-media-users", "claim", "texas-under-sharia-law", None, False),
 ("Breitbart published an article that says", BREIT, "breitbart", "claim", None, None, False),
 ("ATTORNEY CLAIMS", ["ATTORNEY", "attorney"], "tribunal-attorney", "claim", None, ["Breitbart"], True),
 ("He said the tribunal operates under Sharia law", ELB, "taher-el-badawi", "claim", None, ["Breitbart Texas", "Breitbart"], False),
 ("El-badawi said their organization is", ELB, "taher-el-badawi", "claim", None, ["Breitbart Texas", "Breitbart"], False),
 ("The four Islamic attorneys call themselves", ["The four Islamic attorneys", "Islamic attorneys", "attorneys"], "tribunal-attorneys", "claim", None, ["Breitbart Texas", "Breitbart"], True),
 ("El-badawi said the tribunal follows Sharia law to resolve civil disputes", ELB, "taher-el-badawi", "claim", None, ["Breitbart Texas", "Breitbart"], False),
 ("He said they also resolve workplace disputes", ELB, "taher-el-badawi", "claim", None, ["Breitbart Texas", "Breitbart"], False),
 ("In matters of divorce, El-badawi said that", ELB, "taher-el-badawi", "claim", None, ["Breitbart Texas", "Breitbart"], False),
 ("He compared their divorce, known as", ELB, "taher-el-badawi", "claim", None, ["Breitbart Texas", "Breitbart"], False),
 ("According to the Islamic Tribunal\u2019s website, it appears to deal mainly with divorce", TRIB, "islamic-tribunal", "claim", None, None, False),
 ("people apparently thought the organization was trying", ["people"], "people", "claim", "texas-under-sharia-law", None, True),
 ("never said it was trying to overrule existing federal", TRIB, "islamic-tribunal", None, "texas-under-sharia-law", None, True),
 ("Facebook said it would attempt to clean up its news feed", ["Facebook"], "facebook", "claim", None, None, False),
 ("Brett Christensen told Epoch Times that regarding the Facebook change", CHRIS, "brett-christensen", "claim", None, ["Epoch Times"], False),
 ("Facebook is not actually going to delete the fake-news posts", CHRIS, "brett-christensen", "claim", None, ["Epoch Times"], False),
 ("It will just slow their distribution", CHRIS, "brett-christensen", "claim", None, ["Epoch Times"], False),
 ("A lot of people believe and share the stories", CHRIS, "brett-christensen", "claim", None, ["Epoch Times"], False),
 ("despite the false news annotation that Facebook is promising", CHRIS, "brett-christensen", "claim", None, ["Epoch Times"], False),
],
"2441": [
 ("the urban development ministry said", GOVIN, "indian-government", "claim", None, None, False),
 ("the government said in a statement on Thursday", GOVIN, "indian-government", "claim", None, None, False),
 ("to remove him, the government said", GOVIN, "indian-government", "claim", None, None, False),
 ("ordered his dismissal in order to", GOVIN, "indian-government", "claim", None, None, False),
 ("rated India\u2019s bureaucracy as the worst", ["Political and Economic Risk consultancy", "Political and Economic Risk Consultancy", "A 2012 survey", "survey"], "perc", "claim", None, None, False),
 ("Prime Minister Narendra Modi has said he was shocked", MODI, "narendra-modi", "claim", None, None, False),
 ("golf course has reportedly been largely deserted", ["reportedly", "reports"], "unnamed-reports", "claim", None, None, True),
],
"1929": [
 ("A report claiming that popular", FAKEREP, "fake-news-site", "claim", "cesar-millan-died", None, False),
 ("website that claimed to be the popular Spanish news agency", FAKEREP, "fake-news-site", "claim", None, None, True),
 ("The fake death report stated:", FAKEREP, "fake-news-site", "claim", "cesar-millan-died", None, False),
 ("he died this morning in Santa Clarita hospital in California", FAKEREP, "fake-news-site", "claim", "cesar-millan-died", None, False),
 ("the medical reports indicate that he suffered", ["the medical reports", "medical reports"], "medical-reports", "claim", "cesar-millan-died", ["The fake death report", "fake death report", "The hoax"], True),
 ("death notice issued by the grieving family stated that", FAKEREP + ["the grieving family", "grieving family"], "fake-news-site", "claim", "cesar-millan-died", None, False),
 ("where she said to the media", ["Jahira Dar", "his wife Jahira Dar", "his wife", "she"], "jahira-dar", "claim", "cesar-millan-died", ["hoax", "The hoax"], True),
 ("The report, however, was soon rubbished by many", ["many"], "many-people", "denial", "cesar-millan-died", None, False),
 ("A Mexican news source, Monitor National, stated that", ["Monitor National", "A Mexican news source", "Mexican news source"], "monitor-national", "denial", "cesar-millan-died", None, False),
 ("An admirer, Susanne Nilsson", ["Susanne Nilsson", "Nilsson", "An admirer", "admirer"], "susanne-nilsson", "neutral", "cesar-millan-died", None, False),
 ("Please comfirm that this News are fake", ["Susanne Nilsson", "Nilsson", "An admirer", "admirer"], "susanne-nilsson", "neutral", "cesar-millan-died", None, False),
 ("posted: \"RIP to Cesar Millan", ["Invisible Man", "@CHADinAMSTERDAM"], "invisible-man", "claim", "cesar-millan-died", None, False),
 ("Dude always came across as good folks", ["Invisible Man", "@CHADinAMSTERDAM"], "invisible-man", "claim", None, None, False),
 ("Kerem Soyyilmaz", ["Kerem Soyyilmaz", "Soyyilmaz", "@keremsoyyilmaz"], "kerem-soyyilmaz", "claim", "cesar-millan-died", None, False),
 ("Another fan, Aimee", ["Aimee", "Another fan", "fan", "@AmyL618"], "aimee", "neutral", "cesar-millan-died", None, False),
 ("Someone please tell me @cesarmillan is okay", ["Aimee", "Another fan", "fan", "@AmyL618"], "aimee", "neutral", "cesar-millan-died", None, True),
 ("I love him and he changed my life", ["Aimee", "Another fan", "fan", "@AmyL618"], "aimee", "claim", None, None, False),
],
"1549": [
 ("re-started his heart, World News Daily Report says", WNDR, "wndr", "claim", "priest-died-met-female-god", None, False),
 ("O'Neal says he went to heaven and met God", ONEAL, "john-oneal", "claim", "priest-died-met-female-god", ["World News Daily Report"], False),
 ("recovered perfectly, World News Daily Report says", WNDR, "wndr", "claim", "priest-died-met-female-god", None, False),
 ("Catholic Blogger Bridget Mary Meehan wrote", MEEHAN, "bridget-mary-meehan", "claim", "priest-died-met-female-god", None, False),
 ("The declarations of the cleric caused quite a stir", MEEHAN, "bridget-mary-meehan", "claim", "archbishop-disavowed-priest", None, False),
 ("Father O'Neal says that he will continue dedicating", ONEAL, "john-oneal", "claim", None, ["Bridget Mary Meehan", "Meehan"], False),
 ("Despite the disapproval of his superiors", MEEHAN, "bridget-mary-meehan", "claim", None, None, True),
 ("Then she wonders", MEEHAN, "bridget-mary-meehan", "neutral", None, None, False),
 ("Why is Cardinal O'Malley and the Boston Archdiocese so upset", MEEHAN, "bridget-mary-meehan", "neutral", None, None, False),
 ("You would think he'd be inspired", MEEHAN, "bridget-mary-meehan", "claim", None, None, False),
 ("he is afraid that if God is a woman", MEEHAN, "bridget-mary-meehan", "claim", None, None, False),
 ("says the story is a hoax", DONILON, "terrence-donilon", "denial", "priest-died-met-female-god", None, False),
 ("We do not have a priest of this name", DONILON, "terrence-donilon", "denial", "priest-died-met-female-god", ["Metro.co.uk", "Metro"], False),
 ("I believe this could be a hoax story", DONILON, "terrence-donilon", "denial", "priest-died-met-female-god", ["Metro.co.uk", "Metro"], False),
 ("it's never been verified that O'Malley ever issued", ["About.com"], "about-com", None, "archbishop-disavowed-priest", None, True),
 ("not in the public records, About.com reports", ["About.com"], "about-com", None, "archbishop-disavowed-priest", None, False),
 ("makes no bones about the fact that it's a satire site", WNDR, "wndr", "claim", None, None, True),
 ("WNDR assumes however all responsibility", WNDR, "wndr", None, None, None, True),
 ("she offered up this fantasyland reply", MEEHAN, "bridget-mary-meehan", None, "priest-died-met-female-god", None, False),
 ("According to a recent media update, this story is false", ["a recent media update", "media update"], "media-update", "denial", "priest-died-met-female-god", ["Bridget Mary Meehan", "Meehan"], False),
 ("but I believe if it hasn't yet happened, it truly will", MEEHAN, "bridget-mary-meehan", "claim", None, None, False),
 ("Someone once said", ["Someone"], "someone", "claim", None, ["Bridget Mary Meehan", "Meehan"], True),
],
"1940": [
 ("A hoax report filed by website nationalreport.net claimed", NR, "national-report", "claim", "banksy-arrested", None, False),
 ("said a man named Paul Horner from Liverpool had been nicked", NR, "national-report", "claim", "banksy-arrested", None, False),
 ("They even had the cheek to say both the BBC", NR, "national-report", "claim", "banksy-arrested", None, False),
 ("To complete the tale they quoted", NR + ["Lyndon Edwards", "Edwards", "London police chief"], "national-report", "claim", "banksy-arrested", None, True),
 ("The false report claiming Banksy had been arrested", NR + ["The false report", "false report"], "national-report", "claim", "banksy-arrested", None, True),
 ("Former Tory MP Louise Mensch", MENSCH, "louise-mensch", None, "banksy-arrested", None, False),
 ("There are so many criminals out there, Banksy", MENSCH, "louise-mensch", None, "banksy-arrested", None, False),
 ("She did later apologise after being duped", MENSCH, "louise-mensch", None, "banksy-arrested", None, True),
 ("The article claims Banksy is from Liverpool", NR, "national-report", "claim", "banksy-arrested", None, False),
 ("The article suggests Banksy was nicked in Watford", NR, "national-report", "claim", "banksy-arrested", None, False),
 ("has tweeted saying it is a hoax", BROOKS, "jo-brooks", "denial", "banksy-arrested", None, False),
],
"1559": [
 ("According to the latest Macaulay Culkin death hoax", ["the latest Macaulay Culkin death hoax", "death hoax", "hoax"], "culkin-hoax-report", "claim", "culkin-dead", None, True),
 ("According to the unconfirmed and unsubstantiated reports", ["the unconfirmed and unsubstantiated reports", "reports"], "culkin-hoax-report", "claim", "culkin-dead", None, True),
 ("At least one occupant of the Manhattan apartment confirmed", ["At least one occupant of the Manhattan apartment", "occupant"], "apartment-occupant", "claim", "culkin-dead", None, True),
 ("police have not confirmed the man", ["police"], "manhattan-police", "neutral", "culkin-dead", None, True),
 ("allegedly of the Manhattan Police Department, said", PATT, "james-patterson", "claim", "culkin-dead", None, False),
 ("The apartment was exceptionally clean and we found no signs", PATT, "james-patterson", "claim", "culkin-dead", None, False),
 ("was also reported dead back in April", ["reports"], "unnamed-reports", "claim", "culkin-dead-april", None, True),
 ("Though reps for the actor denied the April reports", CULKREPS, "culkin-reps", "denial", "culkin-dead-april", None, False),
 ("they have not yet spoken out on the latest hoax", CULKREPS, "culkin-reps", "neutral", "culkin-dead", None, True),
],
"355": [
 ("Brian LeFevre said he received a call Thursday morning", LEF, "brian-lefevre", "claim", None, None, False),
 ("from a man who said they wanted one pizza", ["a man", "man"], "caller", "claim", None, ["Brian LeFevre", "LeFevre"], True),
 ("They said they wanted it at 2:20 p.m. on the dot", LEF, "brian-lefevre", "claim", None, None, False),
 ("I gave it to our delivery driver", LEF, "brian-lefevre", "claim", None, None, False),
 ("LeFevre said his driver was escorted to a conference room", LEF, "brian-lefevre", "claim", None, None, False),
 ("LeFevre said the driver, who identifies himself as Rob", LEF, "brian-lefevre", "claim", None, None, False),
 ("When he came back, LeFevre said", LEF, "brian-lefevre", "claim", None, None, False),
 ("He was clearly pretty ecstatic about something", LEF, "brian-lefevre", "claim", None, None, False),
 ("I just had a life-changing delivery", ["Rob", "the driver", "He"], "rob-driver", "claim", None, ["Brian LeFevre", "LeFevre"], True),
 ("He was kind of blown away", LEF, "brian-lefevre", "claim", None, None, False),
 ("LeFevre said he's never seen a driver earn such a large tip", LEF, "brian-lefevre", "claim", None, None, False),
 ("that's a pretty good day's work", LEF, "brian-lefevre", "claim", None, None, False),
 ("It's nice to be appreciated", LEF, "brian-lefevre", "claim", None, None, False),
 ("said that at the company's annual conference", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("Our company as a whole is very interested", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("It's really important as businesses that we give back", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("We believe a group of people can come together", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("People in the service industry, I think they're pretty under-appreciated", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("It's a lot of fun to do something like this", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("McVey said when the driver realized what was going on", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("He was a little stunned", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("Everyone was excited and you could kind of feel the energy", MCVEY, "stacey-mcvey", "claim", None, None, False),
 ("This is the first time we've done anything over the top", MCVEY, "stacey-mcvey", "claim", None, None, False),
],
"588": [
 ("David Cameron denounced the Islamic State (IS) jihadist organisation", CAM, "david-cameron", "claim", None, None, False),
 ("after the Foreign Office said a video showing the murder", FCO, "foreign-office", "claim", "haines-video-genuine", None, False),
 ("a spokesman for the Foreign Office told AFP", FCOSP, "foreign-office-spokesman", "claim", "haines-video-genuine", ["AFP"], False),
 ("Cameron condemned IS, which has conquered vast swathes", CAM, "david-cameron", "claim", None, None, False),
 ("the grim-faced premier said in a televised statement", CAM, "david-cameron", "claim", None, None, False),
 ("Step by step we must drive back, dismantle", CAM, "david-cameron", "claim", None, None, False),
 ("We will do so in a calm, deliberate way", CAM, "david-cameron", "claim", None, None, False),
 ("We will not do so on our own, but by working closely", CAM, "david-cameron", "claim", None, None, False),
 ("US President Barack Obama said after the killing", ["Barack Obama", "Obama", "US President Barack Obama", "President Obama", "he"], "barack-obama", "claim", None, None, False),
 ("We will work with the United Kingdom and a broad coalition", ["Barack Obama", "Obama", "US President Barack Obama", "he"], "barack-obama", "claim", None, None, False),
 ("Cameron described 44-year-old Haines as a", CAM, "david-cameron", "claim", None, None, False),
 ("are not Muslims, they are monsters", CAM, "david-cameron", "claim", None, None, False),
 ("Cameron repeated his support for US air strikes", CAM, "david-cameron", "claim", None, None, False),
 ("Cameron made no commitment to Britain joining the air strikes", CAM, "david-cameron", "neutral", None, None, True),
 ("it has faced accusations of confusion over its strategy", ["accusations", "critics"], "critics", "claim", None, None, True),
 ("Foreign Secretary Philip Hammond said Britain would not take part", HAMM, "philip-hammond", "claim", "uk-rules-out-syria-strikes", None, False),
 ("insisted the prime minister was not ruling anything out", DSSP, "downing-street-spokesman", "denial", "uk-rules-out-syria-strikes", None, False),
 ("a hooded militant blames Cameron for joining forces", ["a hooded militant", "hooded militant", "militant"], "hooded-militant", "claim", None, None, False),
 ("In a statement, ACTED said it was", ACTED, "acted", "claim", None, None, False),
 ("David was a new member of the ACTED team", ACTED, "acted", "claim", None, None, False),
 ("David was appreciated by the ACTED team", ACTED, "acted", "claim", None, None, False),
 ("The horrible assassination of David, an aid worker", ACTED, "acted", "claim", None, None, False),
 ("This barbaric crime must not remain unpunished", ACTED, "acted", "claim", None, None, False),
 ("His brother, Mike Haines, said he had also worked", MIKE, "mike-haines", "claim", None, None, False),
 ("is for myself and family the most important element", MIKE, "mike-haines", "claim", None, None, False),
 ("He was and is loved by all his family", MIKE, "mike-haines", "claim", None, None, False),
],
"2447": [
 ("a college student, a local newspaper found", NDIARIO, "nuevo-diario", "denial", "teacher-sandoval-sex-tape", None, False),
 ("An Argentinian newspaper debunked the racy story", NDIARIO, "nuevo-diario", "denial", "teacher-sandoval-sex-tape", None, False),
 ("not a teacher and her pupil, Nuevo Diario reported", NDIARIO, "nuevo-diario", "denial", "teacher-sandoval-sex-tape", None, False),
 ("The scandalous story maintained the boy filmed her", ["The scandalous story", "story", "The story"], "viral-story", "claim", "teacher-sandoval-sex-tape", None, False),
 ("when English wire services reported it", ["English wire services", "wire services"], "english-wire-services", "claim", "teacher-sandoval-sex-tape", None, False),
 ("the Santiago del Estero newspaper found", NDIARIO, "nuevo-diario", "denial", "teacher-sandoval-sex-tape", None, False),
 ("Corrientes, the newspaper reported", NDIARIO, "nuevo-diario", "denial", "teacher-sandoval-sex-tape", None, False),
 ("She does have a teaching degree, but was not employed", NDIARIO, "nuevo-diario", "denial", "teacher-sandoval-sex-tape", None, True),
 ("The newspaper tracked down the man in the video", NDIARIO, "nuevo-diario", "denial", "teacher-sandoval-sex-tape", None, True),
 ("identified by a friend", ["a friend", "friend"], "friend", "claim", None, ["Nuevo Diario", "the newspaper"], True),
],
"553": [
 ("report has now been confirmed as a complete hoax", ["unnamed"], "unnamed", "denial", "willie-nelson-dead", None, True),
 ("our beloved guitarist Willie Nelson passed away", FBPAGE, "rip-facebook-page", "claim", "willie-nelson-dead", None, False),
 ("expressing their sadness that the talented 81-year-old", ["Hundreds of fans", "fans"], "fans", "claim", "willie-nelson-dead", None, True),
 ("others were immediately skeptical of the report", ["others", "some trusting fans"], "skeptical-fans", None, "willie-nelson-dead", None, True),
 ("Some pointed out that the news had not been carried", ["Some", "some fans", "others"], "skeptical-fans", "denial", "willie-nelson-dead", None, False),
 ("A recent poll conducted for the Celebrity Post shows", ["A recent poll", "poll", "Celebrity Post"], "celebrity-post-poll", "claim", None, None, True),
 ("reps officially confirmed that Willie Nelson is not dead", NELREPS, "nelson-reps", "denial", "willie-nelson-dead", None, False),
 ("He joins the long list of celebrities", NELREPS, "nelson-reps", "denial", "willie-nelson-dead", None, False),
 ("stop believing what you see on the Internet", NELREPS, "nelson-reps", "denial", "willie-nelson-dead", None, False),
 ("Some fans have expressed anger at the fake report", ["Some fans", "fans"], "angry-fans", "claim", None, None, False),
 ("Others say this shows his extreme popularity", ["Others"], "other-fans", "claim", None, None, False),
],
}

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as out:
    for body, rows in A.items():
        for n, (anchor, speaker, entity, stance, prop, via, opt) in enumerate(rows, 1):
            row = {"id": f"fnc1-{body}-{n:02d}", "article": f"fnc1-{body}", "anchor": anchor,
                   "speaker": list(dict.fromkeys(speaker)), "entity": entity}
            if via:
                row["via"] = via
            row["stance"] = stance
            if prop:
                row["proposition"] = prop
            if opt:
                row["optional"] = True
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
