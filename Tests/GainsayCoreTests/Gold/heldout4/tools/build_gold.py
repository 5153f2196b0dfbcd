#!/usr/bin/env python3
"""Builds ../gold.jsonl from the annotations below (written blind: no extractor output seen).
Row: (anchor, speaker names, entity, stance, proposition, via, optional)."""
import json, os

# 610 (sport/media: ESPN panel report refuted)
ESQUIRE = ["Esquire", "Esquire's original report", "The article", "the original article"]
COLLINS = ["Ben Collins", "Collins", "Esquire writer Ben Collins", "Esquire writer"]
WILDHACK = ["John Wildhack", "Wildhack", "ESPN's John Wildhack", "executive vice president of programming and production", "ESPN"]
MCMANUS = ["Jane McManus", "McManus", "ESPN reporter Jane McManus", "ESPN reporter"]
# 82 (religion/media: pope and pets)
FRANCIS = ["Pope Francis", "Francis", "the pope", "pope"]
BENEDETTINI = ["Ciro Benedettini", "Benedettini", "Father Ciro Benedettini", "the Vatican's deputy spokesman", "deputy spokesman", "The spokesman", "spokesman"]
RNS = ["Religion News Service", "It"]
CORRIERE = ["Corriere della Sera", "The article", "the Italian newspaper Corriere della Sera", "its headline"]
NYT = ["The New York Times", "New York Times", "The Times", "Times"]
SLACKMAN = ["Michael Slackman", "Slackman", "managing editor of international news"]
CNN82 = ["CNN"]
# 754 (conflict/aviation: hostage claim after Jordanian airstrike)
IS754 = ["Islamic State group", "Islamic State", "A statement attributed to the Islamic State group", "The statement", "the statement", "ISIS"]
MEEHAN = ["Bernadette Meehan", "Meehan", "the spokeswoman for President Barack Obama's National Security Council", "spokeswoman"]
SCHULTZ = ["Eric Schultz", "Schultz", "White House spokesman Eric Schultz", "White House spokesman"]
MOMANI = ["Mohammed al-Momani", "al-Momani", "Momani", "Jordanian government spokesman", "government spokesman"]
COURIER = ["The Daily Courier", "Daily Courier", "the local paper", "her hometown newspaper", "the same local newspaper", "A 2007 article", "a 2013 article"]
MUELLER = ["Kayla Mueller", "Mueller", "Kayla Jean Mueller", "The 26-year-old"]
OBAMA = ["Barack Obama", "Obama", "President Barack Obama", "President Obama"]
JUDEH = ["Nasser Judeh", "Judeh", "Foreign Minister Nasser Judeh", "Foreign Minister"]
RAQQA_COLL = ["Raqqa is Being Slaughtered Silently", "A collective known as", "The collective", "collective"]
SOHR = ["Syrian Observatory for Human Rights", "The Britain-based Syrian Observatory for Human Rights", "the Observatory", "Observatory"]

# 648 (media hoax: outlets duped by a fake broadcaster site)
FAKESITE = ["fake news site", "The Oct. 19 phony story", "phony story", "the site", "the satire site", "satire site", "cctvnews.cn"]
WAPO = ["The Washington Post", "Washington Post", "the Post", "The Oct. 20 Washington Post story's correction", "the story"]
BBC = ["The BBC", "BBC"]
BUZZFEED = ["BuzzFeed", "Buzzfeed"]
# 572 (viral video said to be staged)
KADALIM = ["Taugan Tan Kadalim", "Kadalim", "a California man", "California man", "a nursing student from Anaheim", "nursing student", "The 26-year-old", "Don"]
LIN = ["Josh Paler Lin", "Lin", "YouTube star Josh Paler Lin", "the Internet prankster", "the prankster"]
GIRLFRIEND = ["Kadalim's girlfriend", "girlfriend", "his girlfriend"]
VOCATIV = ["Vocativ", "us"]
# 983 (crime/sport: attacks on students and a soccer team in Mexico)
BLANCO = ["Iñaky Blanco Cabrera", "Blanco", "Guerrero State Attorney General", "Iñaky Blanco", "Blanco Cabrera"]
AUTH983 = ["Authorities", "authorities"]
AGUIRRE = ["Angel Aguirre", "Aguirre", "Guerrero state Gov. Angel Aguirre", "Gov. Angel Aguirre"]
SANCHEZ = ["Omar Sanchez", "Sanchez", "one of his teammates", "teammate"]

# 956 (conflict/politics: chlorine gas claims in Iraq)
SURVIVORS = ["Survivors of an Iraqi army regiment", "Survivors", "survivors' testimonies", "survivors", "testimonies"]
BADRI = ["Ali al-Badri", "al-Badri", "Badri", "MP Ali al-Badri"]
HASHIMI = ["Hisham al-Hashimi", "al-Hashimi", "Hashimi", "an expert on terrorist groups", "expert"]
DULAIMI = ["Ahmad Saddag al-Dulaimi", "al-Dulaimi", "Dulaimi", "Anbar's police chief", "police chief", "Maj. Gen. Ahmad Saddag al-Dulaimi"]
IRAQMOD = ["Iraqi Ministry of Defense", "the Iraqi Ministry of Defense", "Ministry of Defense", "the ministry", "ministry"]
AM = ["Al-Monitor"]
# 546 (security/politics: rapper suspected in journalist's killing)
FOX = ["Fox News"]
WESTOFF = ["A senior Western intelligence official", "senior Western intelligence official", "intelligence official"]
WELLSRC = ["a well-placed source", "well-placed source", "the source", "source"]
CTSRC = ["A counterterrorism source", "counterterrorism source", "The source", "source"]
MOS = ["The Mail on Sunday", "Mail on Sunday", "The paper", "the paper"]
# 254 (conflict/aviation: airstrike in Mosul, leader death rumour)
IRAQSRC = ["multiple Iraqi sources", "Iraqi sources", "Multiple sources", "sources", "Kurdish intelligence officials", "former Iraqi army officers"]
PENTOFF = ["a Pentagon official", "Pentagon official", "a senior defense official", "senior defense official", "defense official"]
DB = ["The Daily Beast", "Daily Beast"]
SECOFF = ["a senior security official", "senior security official", "the security official", "security official"]
NBC254 = ["NBC News", "NBC", "The article"]
# 14 (military/aviation: airdropped weapons said seized)
KIRBY = ["John Kirby", "Kirby", "Rear Adm. John Kirby", "Pentagon spokesman"]
WARREN = ["Steve Warren", "Warren", "Col. Steve Warren", "Pentagon spokesman"]
USOFF14 = ["U.S. military officials", "U.S. officials", "officials", "military officials"]
# 787 (crime/religion: guru investigated over castrations)
RAHIM = ["Gurmeet Ram Rahim", "Rahim", "Gurmeet Ram Rahim Singh", "the guru", "guru"]
CHAUHAN = ["Hansraj Chauhan", "Chauhan", "Mr Chauhan", "one of his devotees", "devotee"]
NSINGH = ["Navkiran Singh", "Singh", "Mr Singh", "Mr Chauhan's lawyer", "lawyer"]
CBI = ["Central Bureau of Investigation", "CBI", "The Central Bureau of Investigation"]
# 725 (celebrity hoax: actor death hoax)
IMPOSTOR = ["FOX News impostor website", "impostor website", "The fake news site", "fake news site", "the hoaxer", "hoaxer", "Multiple unconfirmed reports"]
LAT = ["Los Angeles Times", "LA Times"]
KLEIN = ["Gregg Klein", "Klein", "Agent Gregg Klein", "agent", "The actor's agent"]
HENRAUX = ["Jean-Pierre Henraux", "Henraux", "Nelson's manager", "manager"]

A = {
"610": [
 ("that suggests the network was planning to host a male-only panel", ESQUIRE, "esquire", "claim", "espn-male-domestic-violence-panel", None, False),
 ("On Monday night, a panel on a two-hour pregame show", ESQUIRE, "esquire", "claim", "espn-male-domestic-violence-panel", None, True),
 ("Several other blogs wrote posts questioning why ESPN", ["Several other blogs", "other blogs", "blogs"], "blogs-610", None, "espn-male-domestic-violence-panel", None, True),
 ("took to Twitter to attempt to clarify what he wrote", COLLINS, "ben-collins", None, "espn-male-domestic-violence-panel", None, True),
 ("There's no special panel on tomorrow's Countdown", COLLINS, "ben-collins", "denial", "espn-male-domestic-violence-panel", None, True),
 ("released a statement refuting Esquire", WILDHACK, "john-wildhack", "denial", "espn-male-domestic-violence-panel", None, False),
 ("there was no panel on domestic violence ever planned", WILDHACK, "john-wildhack", "denial", "espn-male-domestic-violence-panel", None, False),
 ("We will present our normal Monday Night Football pre-game show", WILDHACK, "john-wildhack", None, "espn-male-domestic-violence-panel", None, False),
 ("ESPN is proud of the work it has done covering the issue", WILDHACK, "john-wildhack", "claim", None, None, False),
 ("Much of that work has been informed by several talented female colleagues", WILDHACK, "john-wildhack", "claim", None, None, False),
 ("ESPN published a blog post highlighting reporting on domestic abuse", ["ESPN"], "espn", "claim", None, None, True),
 ("took to Twitter to debunk Esquire", MCMANUS, "jane-mcmanus", "denial", "espn-male-domestic-violence-panel", None, False),
 ("There was never a domestic violence panel planned for MNF tonight", MCMANUS, "jane-mcmanus", "denial", "espn-male-domestic-violence-panel", None, True),
 ("ESPN has featured several women prominently", MCMANUS, "jane-mcmanus", "claim", None, None, True),
 ("It was never meant to be a single-issue discussion", MCMANUS, "jane-mcmanus", "denial", "espn-male-domestic-violence-panel", None, True),
 ("Esquire did not immediately return a request for comment", ["Esquire"], "esquire", "neutral", None, None, False),
],
"82": [
 ("declared there was a place in heaven for the creatures", FRANCIS, "pope-francis", "claim", "francis-said-pets-go-to-heaven", None, False),
 ("His comment was reported this week by many news media outside Italy", ["many news media", "news media", "many news media outside Italy"], "news-media-82", "claim", "francis-said-pets-go-to-heaven", None, False),
 ("once said, reportedly while comforting a child", ["Pope Paul VI", "Paul VI"], "pope-paul-vi", "claim", None, None, False),
 ("There is a fundamental rule in journalism.", BENEDETTINI, "ciro-benedettini", "claim", None, None, False),
 ("That is double-checking, and in this case it was not done", BENEDETTINI, "ciro-benedettini", None, "francis-said-pets-go-to-heaven", None, False),
 ("did not recall the pope saying anything like that", BENEDETTINI, "ciro-benedettini", "denial", "francis-said-pets-go-to-heaven", None, False),
 ("Religion News Service was among the first media to set the record straight", RNS, "religion-news-service", "denial", "francis-said-pets-go-to-heaven", None, False),
 ("the error appeared to have stemmed from a piece in the Italian newspaper", RNS, "religion-news-service", "claim", None, None, False),
 ("The article recounted the pope's words from his general audience", CORRIERE, "corriere-della-sera", "claim", None, None, False),
 ("It cited the remark about animals and attributed it to Paul VI", CORRIERE, "corriere-della-sera", "claim", None, None, False),
 ("acknowledged its mistake, saying in a correction on Friday", NYT, "new-york-times", "denial", "francis-said-pets-go-to-heaven", None, False),
 ("The correction in The Times notes that the specific content and wording were wrong", SLACKMAN, "michael-slackman", "denial", "francis-said-pets-go-to-heaven", ["a spokeswoman for the Times", "spokeswoman for the Times", "The Times", "New York Times"], False),
 ("However, the pope did in fact make comments suggesting heaven is open to animals", SLACKMAN, "michael-slackman", "claim", "francis-said-pets-go-to-heaven", ["a spokeswoman for the Times", "spokeswoman for the Times", "The Times", "New York Times"], False),
 ("the pope referred to heaven saying", FRANCIS, "pope-francis", "claim", None, None, False),
 ("CNN also corrected its story, noting the misattribution", CNN82, "cnn", "denial", "francis-said-pets-go-to-heaven", None, False),
 ("A spokeswoman for CNN had no immediate comment", ["A spokeswoman for CNN", "spokeswoman for CNN", "spokeswoman"], "cnn-spokeswoman", "neutral", None, None, False),
 ("it is clear that he is in spiritual harmony with all of creation", BENEDETTINI, "ciro-benedettini", "claim", None, None, False),
 ("The spokesman said the pope was preparing an encyclical", BENEDETTINI, "ciro-benedettini", "claim", None, None, False),
 ("but also the names of their dogs, Benedettini said", BENEDETTINI, "ciro-benedettini", "claim", None, None, False),
 ("The pope once told priests that a good pastor", FRANCIS, "pope-francis", "claim", None, ["Benedettini"], True),
 ("Recent popes have said different things", ["Recent popes", "popes"], "recent-popes", "claim", None, None, True),
 ("Pope John Paul implied that animals had souls", ["Pope John Paul", "John Paul"], "pope-john-paul", "claim", None, None, False),
 ("when he said only humans were", ["Pope Benedict", "Benedict", "former Pope Benedict"], "pope-benedict", "claim", None, None, False),
],
"754": [
 ("A statement attributed to the Islamic State group claimed that an American female hostage", IS754, "islamic-state", "claim", "mueller-killed-in-jordanian-airstrike", None, False),
 ("Jordan is also attacking targets in Iraq, said Foreign Minister Nasser Judeh", JUDEH, "nasser-judeh", "claim", None, None, False),
 ("The statement identified the woman as Kayla Jean Mueller", IS754, "islamic-state", "claim", "mueller-killed-in-jordanian-airstrike", None, False),
 ("No Islamic State militants were killed in the airstrikes, the statement further claimed", IS754, "islamic-state", "claim", None, None, False),
 ("American officials said they were looking into the report", ["American officials", "officials"], "american-officials", "neutral", "mueller-killed-in-jordanian-airstrike", None, False),
 ("said the White House has", MEEHAN, "bernadette-meehan", "neutral", "mueller-killed-in-jordanian-airstrike", None, False),
 ("We are obviously deeply concerned by these reports", MEEHAN, "bernadette-meehan", "claim", None, None, False),
 ("told reporters travelling with the president to Indiana", SCHULTZ, "eric-schultz", "claim", None, None, False),
 ("He wouldn't say whether the U.S. was aware of the hostage's location", SCHULTZ, "eric-schultz", "neutral", None, None, False),
 ("said Jordan was looking into the claim", MOMANI, "mohammed-al-momani", "neutral", "mueller-killed-in-jordanian-airstrike", None, False),
 ("we think it's illogical and we are highly skeptical about it", MOMANI, "mohammed-al-momani", "denial", "mueller-killed-in-jordanian-airstrike", None, False),
 ("How could they identify a Jordanian warplane", MOMANI, "mohammed-al-momani", None, "mueller-killed-in-jordanian-airstrike", None, False),
 ("What was the American lady doing in a weapons warehouse?", MOMANI, "mohammed-al-momani", None, "mueller-killed-in-jordanian-airstrike", None, False),
 ("It's part of their criminal propaganda.", MOMANI, "mohammed-al-momani", "denial", "mueller-killed-in-jordanian-airstrike", None, False),
 ("They have lied that our pilot is alive and tried to negotiate", MOMANI, "mohammed-al-momani", "claim", None, None, False),
 ("had been working in Turkey assisting Syrian refugees, according to a 2013 article", COURIER, "daily-courier", "claim", None, None, False),
 ("The 26-year-old told the paper that she was drawn to help", MUELLER, "kayla-mueller", "claim", None, ["The Daily Courier", "Daily Courier", "the paper"], False),
 ("For as long as I live, I will not let this suffering be normal,\" she said", MUELLER, "kayla-mueller", "claim", None, ["The Daily Courier", "Daily Courier", "the paper"], False),
 ("It's important to stop and realize what we have", MUELLER, "kayla-mueller", "claim", None, ["The Daily Courier", "Daily Courier", "the paper"], False),
 ("And from that place, start caring and get a lot done", MUELLER, "kayla-mueller", "claim", None, ["The Daily Courier", "Daily Courier", "the paper"], False),
 ("According to the local paper, Mueller had been working", COURIER, "daily-courier", "claim", None, None, False),
 ("A 2007 article about Mueller from the same local newspaper said", COURIER, "daily-courier", "claim", None, None, False),
 ("On Sunday, Obama said the U.S. was", OBAMA, "barack-obama", "claim", None, None, False),
 ("We are in very close contact with the family", OBAMA, "barack-obama", "claim", None, ["NBC's Today Show", "Today Show", "NBC"], False),
 ("Obviously this is something that is heart-breaking for the family", OBAMA, "barack-obama", "claim", None, ["NBC's Today Show", "Today Show", "NBC"], False),
 ("after the Islamic State announced it had killed a captive Jordanian pilot", ["Islamic State", "Islamic State group"], "islamic-state", "claim", None, None, True),
 ("The Syrian government said Thursday that dozens of Jordanian fighter jets", ["The Syrian government", "Syrian government"], "syrian-government", "claim", None, None, False),
 ("It did not say where the attacks occurred.", ["The Syrian government", "Syrian government"], "syrian-government", "neutral", None, None, True),
 ("The Jordanian military said that Jordanian jetfighters carried out", ["The Jordanian military", "Jordanian military"], "jordanian-military", "claim", None, None, False),
 ("It did not elaborate or give a location for the airstrikes", ["The Jordanian military", "Jordanian military"], "jordanian-military", "neutral", None, None, True),
 ("But activists who monitor the Syrian conflict from inside the country said", ["activists", "activists who monitor the Syrian conflict"], "activists-754", "claim", None, None, False),
 ("said the planes targeted multiple Islamic State positions", RAQQA_COLL, "raqqa-is-being-slaughtered-silently", "claim", None, None, False),
 ("The collective said there were no recorded civilian casualties", RAQQA_COLL, "raqqa-is-being-slaughtered-silently", "claim", None, None, False),
 ("said dozens of Islamic State members were killed in coalition airstrikes", SOHR, "syrian-observatory", "claim", None, None, False),
],
"648": [
 ("It lists as good names", FAKESITE, "fake-cctv-site", "claim", None, None, True),
 ("The About Page for the satire site reads", FAKESITE, "fake-cctv-site", "claim", "english-names-story-from-cctv", None, True),
 ("The actual website's homepage says", FAKESITE, "fake-cctv-site", "claim", None, None, True),
 ("but posted a correction to acknowledge it was tricked", WAPO, "washington-post", "denial", "english-names-story-from-cctv", None, False),
 ("An earlier version of this story reported that the original post was from CCTV", WAPO, "washington-post", "denial", "english-names-story-from-cctv", None, False),
 ("It was, in fact, by a satirical news site.", WAPO, "washington-post", "denial", "english-names-story-from-cctv", None, False),
 ("the story characterizes the CCTVnews.cn story as", WAPO, "washington-post", None, "english-names-story-from-cctv", None, False),
 ("iMediaEthics has written to the Post reporter to ask", ["iMediaEthics"], "imediaethics", "neutral", None, None, True),
 ("iMediaEthics asked four other outlets if they would follow suit", ["iMediaEthics"], "imediaethics", "neutral", None, None, True),
 ("BuzzFeed told IMediaEthics by e-mail it would correct", BUZZFEED, "buzzfeed", "claim", None, ["iMediaEthics", "IMediaEthics"], False),
 ("This story was a hoax written by a site which appeared to be", BUZZFEED, "buzzfeed", "denial", "english-names-story-from-cctv", None, False),
 ("And we fell for it.", BUZZFEED, "buzzfeed", None, "english-names-story-from-cctv", None, False),
 ("The original blog post, which was cited by us and other publishers", BUZZFEED, "buzzfeed", None, "english-names-story-from-cctv", None, False),
 ("The fake site used CCTV's logo and embedded tweets", BUZZFEED, "buzzfeed", "claim", None, None, False),
 ("The actual URL of CCTV English is english.cntv.cn", BUZZFEED, "buzzfeed", "claim", None, None, False),
 ("an internet directory search shows that the fake CCTVNews site", BUZZFEED, "buzzfeed", "claim", None, None, False),
 ("The BBC didn't respond to iMediaEthics' inquiry", BBC, "bbc", None, "english-names-story-from-cctv", None, False),
 ("The BBC re-wrote its article to be headlined", BBC, "bbc", None, "english-names-story-from-cctv", None, True),
 ("An earlier version of this story said the post came from the official CCTV website", BBC, "bbc", "denial", "english-names-story-from-cctv", None, False),
 ("The post was actually from a satirical news site.", BBC, "bbc", "denial", "english-names-story-from-cctv", None, False),
],
"572": [
 ("has come forward to claim that the Internet prankster behind it faked", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("YouTube star Josh Paler Lin purports to give a homeless man", LIN, "josh-paler-lin", None, "homeless-video-staged", None, True),
 ("has come forward to say there's no way Thomas could have been secretly filmed", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("The whole thing is bullshit,\" says Taugan Tan Kadalim", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("Thomas knew he was being followed.", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("The 26-year-old says he stopped at the store to buy a lottery ticket", KADALIM, "taugan-tan-kadalim", "claim", None, None, False),
 ("Kadalim says he spotted Lin sitting in the driver's seat", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("says Kadalim, adding that he subscribed to Lin's YouTube channel", KADALIM, "taugan-tan-kadalim", "claim", None, None, False),
 ("I couldn't believe it.", KADALIM, "taugan-tan-kadalim", "claim", None, None, False),
 ("the homeless Samaritan Lin claims was secretly followed", LIN, "josh-paler-lin", None, "homeless-video-staged", None, True),
 ("According to Kadalim, Lin hopped out of the car", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("Several calls to Euclid Liquor & Market to confirm", ["Euclid Liquor & Market", "Euclid Liquor"], "euclid-liquor", "neutral", None, None, False),
 ("That was the last thing I remember seeing,\" Kadalim says", KADALIM, "taugan-tan-kadalim", "claim", None, None, False),
 ("Lin says to his cameraman", LIN, "josh-paler-lin", "claim", None, None, False),
 ("Make sure he doesn't see you", LIN, "josh-paler-lin", "claim", None, None, False),
 ("Kadalim says he immediately fired off a text message", KADALIM, "taugan-tan-kadalim", "claim", None, None, False),
 ("also corroborates the account", GIRLFRIEND, "kadalim-girlfriend", "claim", "homeless-video-staged", None, False),
 ("she tells Vocativ", GIRLFRIEND, "kadalim-girlfriend", "claim", None, ["Vocativ"], False),
 ("Don couldn't wait to watch the video.", GIRLFRIEND, "kadalim-girlfriend", "claim", None, ["Vocativ"], False),
 ("Bro, he drove Thomas to the liquor store", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("every part of that scene was staged", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("he posted a comment to Lin's YouTube channel explaining what he witnessed", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, True),
 ("I'm not frustrated because he's helping a homeless man", KADALIM, "taugan-tan-kadalim", "claim", None, None, False),
 ("I'm frustrated because it's dishonest and exploitive", KADALIM, "taugan-tan-kadalim", "claim", "homeless-video-staged", None, False),
 ("Lin told Vocativ that not a single scene had been staged or scripted", LIN, "josh-paler-lin", "denial", "homeless-video-staged", ["Vocativ"], False),
 ("There is no way we're making any of this up", LIN, "josh-paler-lin", "denial", "homeless-video-staged", ["Vocativ"], False),
 ("This is real.", LIN, "josh-paler-lin", "denial", "homeless-video-staged", ["Vocativ"], False),
 ("Subsequent attempts to reach Lin for further comment", LIN, "josh-paler-lin", "neutral", "homeless-video-staged", None, False),
 ("Lin told us previously that he plucked Thomas from the homeless shelter", LIN, "josh-paler-lin", "claim", None, VOCATIV, False),
 ("he denied repeated requests from Vocativ", LIN, "josh-paler-lin", None, None, None, True),
 ("Lin also informed us that he has at least one more major media event", LIN, "josh-paler-lin", "claim", None, VOCATIV, False),
 ("Lin told us that his lawyers, agent and manager have everything", LIN, "josh-paler-lin", "claim", None, VOCATIV, False),
 ("Lin refused to provide them, claiming they are", LIN, "josh-paler-lin", "claim", None, None, False),
 ("He also declined to let any of them speak with Vocativ", LIN, "josh-paler-lin", "neutral", None, None, True),
],
"983": [
 ("Authorities say three students were among six people killed", AUTH983, "authorities-983", "claim", None, None, False),
 ("Guerrero State Attorney General I", BLANCO, "inaky-blanco", "claim", None, None, False),
 ("The bodies were covered in gasoline and burned before they were buried, he said", BLANCO, "inaky-blanco", "claim", None, None, False),
 ("led them to the grave sites, authorities said", AUTH983, "authorities-983", "claim", None, None, False),
 ("according to a website state government officials have set up", ["a website state government officials have set up", "website", "state government officials", "the website"], "guerrero-state-website", "claim", None, None, False),
 ("Help us find them!\" the website says", ["the website", "website", "a website state government officials have set up"], "guerrero-state-website", "claim", None, None, False),
 ("released a statement Sunday detailing their investigative efforts", ["State officials", "state officials"], "guerrero-state-officials", "claim", None, None, False),
 ("The police have denied attacking anyone", ["The police", "police", "local police officers"], "iguala-police", "denial", "police-attacked-students", ["a government statement", "government statement", "government"], False),
 ("But protesters from the school have said officials aren't doing enough", ["protesters from the school", "protesters"], "ayotzinapa-protesters", "claim", None, None, False),
 ("one post on a Facebook page dedicated to the school said", ["one post on a Facebook page dedicated to the school", "one post on a Facebook page", "Facebook page", "post"], "ayotzinapa-facebook-page", "claim", None, None, False),
 ("Witnesses have accused police of orchestrating and participating", ["Witnesses"], "witnesses-983", "claim", "police-attacked-students", None, False),
 ("one student from the school told CNN en Espa", ["one student from the school", "student"], "ayotzinapa-student", "claim", "police-attacked-students", ["CNN en Español", "CNN"], False),
 ("has defended his government's response and called for calm", AGUIRRE, "angel-aguirre", "claim", None, None, False),
 ("I offer all my solidarity and support,\" he said", AGUIRRE, "angel-aguirre", "claim", None, None, False),
 ("It would be highly condemnable, those who want to take advantage", AGUIRRE, "angel-aguirre", "claim", None, None, False),
 ("in what authorities described as three attacks", AUTH983, "authorities-983", "claim", None, None, False),
 ("described the ambush to CNN en Espa", SANCHEZ, "omar-sanchez", "claim", None, ["CNN en Español", "CNN"], False),
 ("We were just watching a movie and we saw the bullets come in", SANCHEZ, "omar-sanchez", "claim", None, None, False),
 ("And it was then that they started firing at us with machine guns", SANCHEZ, "omar-sanchez", "claim", None, None, False),
 ("It sounded so ugly, the gunshots and my teammates screaming", SANCHEZ, "omar-sanchez", "claim", None, None, False),
 ("A teacher said, 'you have already blinded me", ["A teacher", "teacher"], "chilpancingo-teacher", "claim", None, ["Omar Sanchez", "Sanchez"], True),
 ("The armed men said they weren't going anywhere", ["The armed men", "armed men", "gunmen"], "iguala-gunmen", "claim", None, ["Omar Sanchez", "Sanchez"], True),
 ("the gunmen said, according to Sanchez", ["the gunmen", "gunmen", "armed men"], "iguala-gunmen", "claim", None, ["Omar Sanchez", "Sanchez"], False),
 ("When the teacher refused to open the door, Sanchez said", SANCHEZ, "omar-sanchez", "claim", None, None, False),
 ("State prosecutors first said last week that the violence started", ["State prosecutors", "prosecutors"], "guerrero-prosecutors", "claim", "police-attacked-students", None, False),
 ("Blanco told reporters Saturday", BLANCO, "inaky-blanco", "claim", "police-attacked-students", None, False),
 ("A survey revealed that there were more than 105,000 kidnappings", ["Mexico's National Statistics and Geography Institute", "National Statistics and Geography Institute", "the institute", "institute", "A survey"], "inegi", "claim", None, None, False),
],
"956": [
 ("say the radical group used the gas against the besieged soldiers", SURVIVORS, "saqlawiya-survivors", "claim", "is-used-chlorine-gas", None, False),
 ("the Anbar Operations Command said it opened the road to Saqlawiya", ["the Anbar Operations Command", "Anbar Operations Command"], "anbar-operations-command", "claim", None, None, False),
 ("The biggest surprise in the testimonies was that IS has chlorine gas", SURVIVORS, "saqlawiya-survivors", "claim", "is-used-chlorine-gas", None, True),
 ("during which they blamed Prime Minister Haider al-Abadi", ["The MP in Qadisiyah province", "The MP", "MPs", "members of parliament"], "qadisiyah-mps", "claim", None, None, False),
 ("Three hundred soldiers were killed in Saqlawiya", BADRI, "ali-al-badri", "claim", None, None, False),
 ("citing survivors' testimonies, said", SURVIVORS, "saqlawiya-survivors", "claim", "is-used-chlorine-gas", BADRI, False),
 ("said IS had used chlorine gas in its war against the army for the first time", ["Sabah al-Jouburi", "al-Jouburi", "Jouburi", "a professor at Salahuddin University", "professor"], "sabah-al-jouburi", "claim", "is-used-chlorine-gas", None, False),
 ("Reports previously suggested IS has over the years obtained chemicals", ["Reports"], "reports-956", "claim", None, None, True),
 ("pointed Al-Monitor to", HASHIMI, "hisham-al-hashimi", "claim", None, AM, False),
 ("In early 2014, IS was able to obtain large quantities of chlorine gas", HASHIMI, "hisham-al-hashimi", "claim", None, None, False),
 ("Hashimi said it appeared that IS had not used chlorine gas", HASHIMI, "hisham-al-hashimi", "denial", "is-used-chlorine-gas", None, False),
 ("He said IS knows the gas is not that toxic", HASHIMI, "hisham-al-hashimi", "claim", None, None, False),
 ("It can only be used to induce intimidation.", HASHIMI, "hisham-al-hashimi", "claim", None, None, False),
 ("Experts have not been able to prove its use in the battles", HASHIMI, "hisham-al-hashimi", None, "is-used-chlorine-gas", None, False),
 ("Anbar police also said that chlorine gas had not been used on the soldiers", ["Anbar police", "police"], "anbar-police", "denial", "is-used-chlorine-gas", None, False),
 ("This news is unfounded, and chlorine gas has not been used during the battles at all", DULAIMI, "ahmad-al-dulaimi", "denial", "is-used-chlorine-gas", AM, False),
 ("If it indeed had happened, we would have told all media outlets", DULAIMI, "ahmad-al-dulaimi", "denial", "is-used-chlorine-gas", AM, False),
 ("Terrorist organizations used chlorine gas in some areas close to water treatment plants", IRAQMOD, "iraqi-defense-ministry", "claim", "is-used-chlorine-gas", None, False),
 ("For the gas to have a lethal effect, it should be used in mass quantities", IRAQMOD, "iraqi-defense-ministry", "claim", None, None, False),
 ("Although the ministry asserted that", IRAQMOD, "iraqi-defense-ministry", "claim", None, None, False),
 ("In a statement obtained by Al-Monitor, the ministry advised", IRAQMOD, "iraqi-defense-ministry", "claim", None, AM, False),
],
"546": [
 ("A senior Western intelligence official told Fox News", WESTOFF, "western-intelligence-official", "claim", "bary-is-foley-executioner", FOX, False),
 ("U.S. intelligence officials are not commenting publicly on the reports", ["U.S. intelligence officials", "intelligence officials"], "us-intelligence-officials", "neutral", "bary-is-foley-executioner", None, False),
 ("a well-placed source told Fox News that Bary's Egyptian-born father", WELLSRC, "well-placed-source", "claim", None, FOX, False),
 ("Bary traveled to Syria last year to fight with", WELLSRC, "well-placed-source", "claim", None, None, False),
 ("The Sunday Times and Sunday People identified Bary", ["The Sunday Times and Sunday People", "The Sunday Times", "Sunday Times", "Sunday People"], "sunday-times-and-sunday-people", "claim", "bary-is-foley-executioner", None, False),
 ("The Sunday Times reported that MI5 and MI6", ["The Sunday Times", "Sunday Times"], "sunday-times", "claim", None, None, False),
 ("A counterterrorism source told Fox News that the investigation was moving forward", CTSRC, "counterterrorism-source", "claim", None, FOX, False),
 ("The source also told Fox News that the FBI had opened a crisis file", CTSRC, "counterterrorism-source", "claim", None, FOX, False),
 ("citing British intelligence sources, identified two other suspects", ["British intelligence sources", "intelligence sources"], "british-intelligence-sources", "claim", None, ["The Sunday Mirror", "Sunday Mirror"], False),
 ("The Mail on Sunday reported that the three men known as", MOS, "mail-on-sunday", "claim", None, None, False),
 ("The paper reported that the hostages regarded the group", MOS, "mail-on-sunday", "claim", None, None, False),
 ("At one point, the paper reported", MOS, "mail-on-sunday", "claim", None, None, False),
 ("According to The Mail on Sunday, the", MOS, "mail-on-sunday", "claim", None, None, False),
 ("as one hostage told the paper", ["one hostage", "hostage"], "former-hostage-546", "claim", None, MOS, True),
 ("The New York Times reported last month that Al Qaeda", ["The New York Times", "New York Times"], "new-york-times", "claim", None, None, False),
 ("Similarly, The Mail on Sunday reported that France had paid", MOS, "mail-on-sunday", "claim", None, None, False),
 ("revealed that ISIS had demanded a ransom of $132 million", ["the CEO of GlobalPost", "CEO of GlobalPost", "GlobalPost"], "globalpost-ceo", "claim", None, None, False),
],
"254": [
 ("according to the Iraqi Defense Ministry", ["the Iraqi Defense Ministry", "Iraqi Defense Ministry"], "iraqi-defense-ministry", "claim", None, None, False),
 ("were repeated to The Daily Beast by multiple Iraqi sources", IRAQSRC, "iraqi-sources-254", "claim", "baghdadi-killed", DB, False),
 ("circulated in Turkish and Kurdish media", ["Turkish and Kurdish media", "Turkish media", "Kurdish media"], "turkish-kurdish-media", "claim", "baghdadi-killed", None, True),
 ("But a Pentagon official denied that the ISIS leader was dead", PENTOFF, "pentagon-official", "denial", "baghdadi-killed", None, False),
 ("There is no validity to the rumor that we've killed Baghdadi", PENTOFF, "pentagon-official", "denial", "baghdadi-killed", DB, False),
 ("NBC News reports that a senior security official confirmed", SECOFF, "senior-security-official", "claim", None, ["NBC News", "NBC"], False),
 ("did not specify whether the airstrike was carried out by American or Iraqi forces", ["The Iraqi Defense Ministry announcement", "Iraqi Defense Ministry"], "iraqi-defense-ministry", "neutral", None, None, True),
 ("quotes them as saying that three ISIS leaders were killed", SECOFF, "senior-security-official", "claim", None, NBC254, False),
 ("There have been no public statements yet from U.S. officials", ["U.S. officials"], "us-officials-254", "neutral", None, None, True),
 ("told The Daily Beast Wednesday that Baghdadi had died somewhere in Syria", IRAQSRC, "iraqi-sources-254", "claim", "baghdadi-killed", DB, False),
],
"14": [
 ("U.S. military officials say they are investigating claims", USOFF14, "us-military-officials", "neutral", "is-seized-airdropped-weapons", None, False),
 ("A video uploaded by a media group loyal to the Islamic State showed", ["a media group loyal to the Islamic State", "media group"], "pro-is-media-group", "claim", "is-seized-airdropped-weapons", None, True),
 ("which said the militants had seized at least one cache", ["Britain-based Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "Observatory"], "syrian-observatory", "claim", "is-seized-airdropped-weapons", None, False),
 ("U.S. officials said Tuesday they could not confirm the video's authenticity", USOFF14, "us-military-officials", "neutral", "is-seized-airdropped-weapons", None, False),
 ("\"We just don't know", KIRBY, "john-kirby", "neutral", "is-seized-airdropped-weapons", None, False),
 ("We're still looking at it", KIRBY, "john-kirby", None, "is-seized-airdropped-weapons", None, False),
 ("The Pentagon says 27 bundles were received", ["The Pentagon", "Pentagon"], "pentagon", "claim", None, None, False),
 ("one of those bundles drifted off course", WARREN, "steve-warren", "claim", None, None, False),
 ("But he said \"we subsequently destroyed it with an airstrike", WARREN, "steve-warren", "claim", None, None, False),
 ("Kirby acknowledged the conflicting accounts", KIRBY, "john-kirby", None, "is-seized-airdropped-weapons", None, False),
 ("We're aware that one bundle did not make it into the right hands", KIRBY, "john-kirby", "claim", None, None, False),
 ("All of that doesn't take away from the notion that this video is out there", KIRBY, "john-kirby", None, "is-seized-airdropped-weapons", None, False),
 ("We just don't know.\"", KIRBY, "john-kirby", "neutral", "is-seized-airdropped-weapons", None, False),
 ("Central Command said U.S. military forces conducted four airstrikes", ["U.S. Central Command", "Central Command", "CENTCOM"], "centcom", "claim", None, None, False),
 ("Activists with the Local Coordination Committees and the Observatory said", ["Activists with the Local Coordination Committees and the Observatory", "Activists", "Local Coordination Committees"], "lcc-activists", "claim", None, None, False),
 ("The LCC said Syrian government planes dropped", ["The LCC", "LCC", "Local Coordination Committees"], "lcc", "claim", None, None, False),
],
"787": [
 ("to undergo castrations he said would bring them closer to God", RAHIM, "gurmeet-ram-rahim", "claim", None, None, True),
 ("The Central Bureau of Investigation (CBI) said Rahim is being investigated", CBI, "cbi", "claim", None, None, False),
 ("after a former follower alleged he ordered 400 men", ["a former follower", "former follower"], "hansraj-chauhan", "claim", "rahim-ordered-castrations", None, True),
 ("lodged a complaint in court alleging he was manipulated", CHAUHAN, "hansraj-chauhan", "claim", "rahim-ordered-castrations", None, False),
 ("They were told that only those who get castrated will be able to meet god", NSINGH, "navkiran-singh", "claim", "rahim-ordered-castrations", ["AFP"], False),
 ("We will put all the facts of the case to the court", NSINGH, "navkiran-singh", "claim", None, ["AFP"], False),
 ("Mr Singh said doctors carried out the castrations", NSINGH, "navkiran-singh", "claim", "rahim-ordered-castrations", None, False),
 ("The Times of India reports that Mr Chauhan said", CHAUHAN, "hansraj-chauhan", "claim", "rahim-ordered-castrations", ["The Times of India", "Times of India"], False),
 ("A court-mandated medical examination determined", ["A court-mandated medical examination", "medical examination"], "medical-examination-787", "claim", None, None, True),
 ("yesterday hit back at the accusations", RAHIM, "gurmeet-ram-rahim", "denial", "rahim-ordered-castrations", None, False),
 ("Such allegations disturb me, when I am doing good for humanity", RAHIM, "gurmeet-ram-rahim", None, "rahim-ordered-castrations", None, False),
 ("are going to move the court challenging the allegations", RAHIM, "gurmeet-ram-rahim", "denial", "rahim-ordered-castrations", None, False),
 ("The Dera Sacha Sauda says it is a social welfare and spiritual organisation", ["The Dera Sacha Sauda", "Dera Sacha Sauda"], "dera-sacha-sauda", "claim", None, None, False),
 ("the group describes Rahim as a saint", ["The Dera Sacha Sauda", "Dera Sacha Sauda", "the group"], "dera-sacha-sauda", "claim", None, None, False),
 ("insisting he is only meditating", ["devotees of a dead guru", "devotees"], "dead-guru-devotees", "claim", None, None, False),
 ("They say they offer a pathway to enlightenment", ["many Indians", "Indians", "gurus"], "indians-787", "claim", None, None, True),
],
"725": [
 ("posted a false report stating that the", IMPOSTOR, "fake-fox-news-site", "claim", "judd-nelson-dead", None, False),
 ("writing that the Los Angeles County Department of Medical Examiner-Coroner", IMPOSTOR, "fake-fox-news-site", "claim", "judd-nelson-dead", None, False),
 ("the hoaxer wrote the following untrue tale", IMPOSTOR, "fake-fox-news-site", "claim", "judd-nelson-dead", None, True),
 ("Multiple unconfirmed reports say Nelson was found dead", IMPOSTOR, "fake-fox-news-site", "claim", "judd-nelson-dead", None, False),
 ("multiple occupants of the 31-story West Hollywood high-rise have confirmed", ["multiple occupants of the 31-story West Hollywood high-rise", "multiple occupants", "occupants"], "high-rise-occupants", "claim", "judd-nelson-dead", ["FOX News impostor website", "fake news site", "the hoaxer"], True),
 ("both confirmed that the news of his death was premature", ["The actor's agent and his manager", "agent", "manager"], "nelson-agent-and-manager", "denial", "judd-nelson-dead", None, False),
 ("clutching a copy of today's newspaper in his hands, according to Los Angeles Times", LAT, "los-angeles-times", "claim", None, None, False),
 ("Klein forwarded a copy of the pic to Los Angeles Times", KLEIN, "gregg-klein", None, "judd-nelson-dead", None, True),
 ("Reports of Judd Nelson's death are not accurate", KLEIN, "gregg-klein", "denial", "judd-nelson-dead", LAT, False),
 ("also confirmed that the actor was a victim of a death hoax", HENRAUX, "jean-pierre-henraux", "denial", "judd-nelson-dead", None, False),
 ("As previously reported by The Inquisitr", ["The Inquisitr", "Inquisitr"], "inquisitr", "claim", None, None, False),
],
}

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as out:
    for body, rows in A.items():
        for n, (anchor, speaker, entity, stance, prop, via, opt) in enumerate(rows, 1):
            row = {"id": f"fnc1-{body}-{n:02d}", "article": f"fnc1-{body}", "anchor": anchor,
                   "speaker": speaker, "entity": entity}
            if via:
                row["via"] = via
            row["stance"] = stance
            if prop:
                row["proposition"] = prop
            if opt:
                row["optional"] = True
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
