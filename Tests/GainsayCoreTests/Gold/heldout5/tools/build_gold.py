#!/usr/bin/env python3
"""Builds ../gold.jsonl from the annotations below (written blind: no extractor output seen).
Row: (anchor, speaker names, entity, stance, proposition, via, optional).
Anchors are matched after folding quotes, case and white space, so straight quotes stand for
curly ones."""
import json, os

# --- 1293 (conflict/aviation: ISIS says a hostage died in a Jordanian airstrike)
ISIS = ["ISIS", "Islamic State", "ISIL", "the militants"]
FLASH = ["Flashpoint Intelligence", "Flashpoint", "NBC News partners Flashpoint Intelligence"]
NBC = ["NBC News", "NBC"]
DEFOFF = ["Defense officials", "U.S. defense officials", "officials"]
STATE = ["State Department", "the State Department"]
MEEHAN = ["Bernadette Meehan", "Meehan", "spokeswoman for the National Security Council", "National Security Council"]
FAMILY = ["Mueller's family", "her family", "family", "a representative of her family", "the family representatives",
          "family representatives", "the statement", "statement"]
JORDAN = ["Jordan"]
MOUMANI = ["Mohammad Al Moumani", "Al Moumani", "Moumani", "a spokesman for the information ministry", "spokesman"]
HARF = ["Marie Harf", "Harf", "State Department spokeswoman"]
SRDEF = ["senior defense official", "One senior defense official", "the official", "defense official"]
OBAMA = ["Barack Obama", "Obama", "President Barack Obama", "President Obama"]
LOCALPAPER = ["her local paper", "local paper", "an article on the event in her local paper"]
KAYLA = ["Kayla Mueller", "Mueller", "Kayla"]
HENIN = ["Nicolas Henin", "Henin", "former ISIS hostage"]
# --- 2137 / 1699 (sport media: the all-male domestic-violence panel report)
COLLINS = ["Ben Collins", "Collins", "Esquire", "Esquire Magazine", "Esquire.com", "news editor", "his post",
           "the lead", "the column"]
ESPN = ["ESPN", "the network", "The network", "ESPN PR", "Bristol"]
WILDHACK = ["John Wildhack", "Wildhack", "a rare public statement", "statement"]
MCMANUS = ["Jane McManus", "McManus"]
FEMORG = ["feminist organization", "one feminist organization", "UltraViolet"]
ULTRA = ["UltraViolet", "feminist organization UltraViolet", "feminist organization"]
CHAUDHARY = ["Nita Chaudhary", "Chaudhary", "co-founder of UltraViolet", "UltraViolet"]
# --- 2370 (religion/media: the misattributed papal remark about pets)
FRANCIS = ["Pope Francis", "Francis", "the pope", "pope"]
MEDIA = ["many news media", "news media", "many news media outside Italy"]
PAULVI = ["Pope Paul VI", "Paul VI"]
BENED = ["Ciro Benedettini", "Benedettini", "Father Ciro Benedettini", "the Vatican's deputy spokesman",
         "deputy spokesman", "The spokesman", "spokesman"]
RNS = ["Religion News Service", "RNS"]
CORRIERE = ["Corriere della Sera", "The article", "the Italian newspaper Corriere della Sera", "its headline"]
NYT = ["The New York Times", "New York Times"]
NYTSPOKE = ["A spokeswoman for the New York Times", "spokeswoman for the New York Times", "spokeswoman"]
CNN = ["CNN"]
CNNSPOKE = ["A spokeswoman for CNN", "spokeswoman for CNN", "spokeswoman"]
# --- 1880 (science: a spider under the skin doubted by experts)
PERTHSCI = ["Perth scientists", "scientists"]
THOMAS = ["Dylan Thomas", "Thomas", "Mr Thomas"]
FRAMENAU = ["Volker Framenau", "Framenau", "Dr Volker Framenau", "Dr Framenau", "Arachnologist"]
HARVEY = ["Mark Harvey", "Harvey", "Dr Mark Harvey", "Dr Harvey"]
# --- 1971 (viral video said to be staged)
LIN = ["Josh Paler Lin", "Lin", "Paler Lin", "the YouTube personality", "YouTube personality"]
KEVIN = ["Kevin Nickel", "Kevin", "Nickel", "The homeless man's brother", "the homeless man's brother", "brother",
         "His brother", "Thomas' brother"]
KADALIM = ["Taugan Kadalim", "Kadalim", "eyewitness", "an eyewitness to the filming", "The eyewitness",
           "The eyewitness to the filming"]
BUTLER = ["Stacey Butler", "Butler", "CBS2's Stacey Butler", "CBS2"]
CRITICS = ["Critics", "critics"]
# --- 2217 (city politics: marijuana summonses instead of arrests)
DEBLASIO = ["Bill de Blasio", "de Blasio", "Mayor de Blasio", "the mayor", "mayor"]
BRATTON = ["Bill Bratton", "Bratton", "Police Commissioner Bill Bratton", "Commissioner Bratton", "the commissioner",
           "commissioner"]
SOURCES17 = ["Sources", "sources", "the sources"]
ELECTED = ["an elected official familiar with the issue", "elected official", "an elected official"]
LESRC = ["law-enforcement sources", "Law-enforcement sources", "sources"]
THOMPSON = ["Ken Thompson", "Thompson", "Brooklyn DA Ken Thompson", "Brooklyn district attorney"]
POST = ["the Post", "Post", "a Post report", "New York Post", "the article"]
# --- 1939 (security: the militant in the videos named)
WAPO = ["The Washington Post", "Washington Post", "The Post", "Post"]
BBC = ["BBC", "the BBC"]
QURESHI = ["Asim Qureshi", "Qureshi", "Mr Qureshi", "research director at the rights group, CAGE", "CAGE"]
FRIEND1 = ["One of Emwazi's friends", "Emwazi's friends", "friend", "friends"]
FRIEND2 = ["One friend", "the friend", "friend"]
EMWAZI = ["Mohammed Emwazi", "Emwazi", "Jihadi John"]
# --- 1253 (military/aviation: airdropped weapons seen with militants)
DOD = ["United States Department of Defense", "Department of Defense", "Pentagon", "Defense Department"]
KIRBY = ["John Kirby", "Kirby", "Rear Admiral John Kirby", "Pentagon spokesperson", "Pentagon spokesperson Rear Admiral John Kirby"]
SOHR = ["Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights", "Syrian Observatory"]
CENTCOM = ["United States Central Command", "Central Command", "CENTCOM", "a statement by the United States Central Command"]
XELIL = ["Redur Xelil", "Xelil", "a spokesperson for the YPG", "YPG"]
# --- 1369 (conflict: a reported chemical attack)
ABDULLAH = ["Asya Abdullah", "Abdullah", "co-chair of the Democratic Union Party", "PYD"]
DOCTORS = ["doctors", "doctors on the scene", "a doctor", "doctor"]
MOUSSA = ["Jenan Moussa", "Moussa", "Al Aan TV reporter Jenan Moussa", "Al Aan TV reporter"]
DRAHMED = ["Dr. Ahmed", "Ahmed", "one of four remaining doctors inside Kobani", "doctor", "doctors"]
CIVIROGLU = ["Mutlu Civiroglu", "Civiroglu", "Kurdish affairs analyst Mutlu Civiroglu"]
NISAN = ["Nisan Ahmed", "Ahmed", "Kurdish health minister Nisan Ahmed", "Kurdish health minister", "health minister"]
# --- 2278 (celebrity: an actor's death hoax)
NELSON = ["Judd Nelson", "Nelson", "Actor Judd Nelson", "the actor"]
FOXES = ["Foxnews.es", "The fake story", "fake story", "a hoax website"]
KLEIN = ["Gregg Klein", "Klein", "his agent", "agent"]
HENRAUX = ["Jean-Pierre Henraux", "Henraux", "Nelson's longtime manager", "longtime manager", "manager"]
LATIMES = ["the Times", "Times", "L.A. Times", "Los Angeles Times"]
# --- 2218 (media business: a writer's leave from a startup)
FLSRC = ["a source close to First Look", "source close to First Look", "a source", "source"]
FLEXEC = ["First Look executives", "executives", "First Look"]
TAIBBI = ["Matt Taibbi", "Taibbi", "Matt"]
SOURCES18 = ["Sources", "sources"]
TEMPLE = ["John Temple", "Temple", "president for audience and products"]
OMIDYAR = ["Pierre Omidyar", "Omidyar", "the billionaire", "billionaire"]

P_MUELLER = "mueller-killed-in-jordanian-airstrike"
P_PANEL = "espn-all-male-dv-panel"
P_POPE = "francis-said-pets-go-to-heaven"
P_SPIDER = "spider-burrowed-under-skin"
P_VIDEO = "homeless-video-staged"
P_ORDER = "de-blasio-ordered-policy"
P_BUST = "nypd-stopped-buy-and-bust"
P_KELLY = "unwritten-policy-under-kelly"
P_JJ = "jihadi-john-is-emwazi"
P_DROP = "isis-seized-airdropped-weapons"
P_CHEM = "isis-chemical-attack-kobani"
P_JUDD = "judd-nelson-died"
P_TAIBBI = "taibbi-on-leave-after-disagreements"

A = {
"1293": [
 ("ISIS claimed Friday that a 26-year-old female American hostage", ISIS, "isis", "claim", P_MUELLER, FLASH + NBC, False),
 ("according to NBC News partners Flashpoint Intelligence", FLASH, "flashpoint-intelligence", "claim", P_MUELLER, None, True),
 ("Defense officials told NBC News that", DEFOFF, "us-defense-officials", "neutral", P_MUELLER, NBC, False),
 ("the State Department said it could not confirm reports", STATE, "state-department", "neutral", P_MUELLER, None, False),
 ("We are obviously deeply concerned by these reports", MEEHAN, "bernadette-meehan", "claim", None, None, False),
 ("We have not at this time seen any evidence that corroborates", MEEHAN, "bernadette-meehan", "neutral", P_MUELLER, None, False),
 ("Her family previously had requested Mueller's name", FAMILY, "mueller-family", None, None, None, True),
 ("According to a statement released by a representative of her family", FAMILY, "mueller-family", "claim", None, None, False),
 ("Kayla has devoted her career to helping those in need", FAMILY, "mueller-family", "claim", None, None, False),
 ("ISIS stated that Mueller was buried in the rubble", ISIS, "isis", "claim", P_MUELLER, None, False),
 ("Jordan disputed the ISIS claim", JORDAN, "jordan", "denial", P_MUELLER, None, False),
 ("ISIS is being illogical and they're lying", MOUMANI, "mohammad-al-moumani", "denial", P_MUELLER, NBC, False),
 ("How do they know it's a Jordanian aircraft?", MOUMANI, "mohammad-al-moumani", None, P_MUELLER, None, False),
 ("What was a woman doing in their training center", MOUMANI, "mohammad-al-moumani", None, P_MUELLER, None, False),
 ("Because those are what we're targeting", MOUMANI, "mohammad-al-moumani", "claim", None, None, False),
 ("State Department spokeswoman Marie Harf said", HARF, "marie-harf", "neutral", P_MUELLER, None, False),
 ("Obviously people are looking into them, but cannot confirm them", HARF, "marie-harf", "neutral", P_MUELLER, None, False),
 ("We're just not going to get into specifics", HARF, "marie-harf", "neutral", None, None, False),
 ("One senior defense official told NBC News", SRDEF, "senior-defense-official", "claim", None, NBC, False),
 ("The official also said that if, in fact, the American woman has been killed", SRDEF, "senior-defense-official", None, P_MUELLER, None, False),
 ("Recently, President Barack Obama has said", OBAMA, "barack-obama", "claim", None, None, False),
 ("Mueller's family previously had requested that her name", FAMILY, "mueller-family", None, None, None, True),
 ("writing letters and placing calls to members of Congress, according to her local paper", LOCALPAPER, "local-paper", "claim", None, None, False),
 ("according to the statement issued on behalf of her family", FAMILY, "mueller-family", "claim", None, None, False),
 ("It said she returned home to Arizona in 2011", FAMILY, "mueller-family", "claim", None, None, False),
 ("according to the family representatives, Mueller instead went", FAMILY, "mueller-family", "claim", None, None, False),
 ("Mueller spoke of her experiences in Syria at her local Kiwanis club", KAYLA, "kayla-mueller", "claim", None, None, False),
 ("All I can do is cry with them, because I don't know", KAYLA, "kayla-mueller", "claim", None, LOCALPAPER, False),
 ("For as long as I live, I will not let this suffering be normal", KAYLA, "kayla-mueller", "claim", None, None, False),
 ("(I will not let this be) something we just accept", KAYLA, "kayla-mueller", "claim", None, None, True),
 ("Kayla found this work heartbreaking but compelling", FAMILY, "mueller-family", "claim", None, None, False),
 ("ISIS first made contact with Mueller's family in May 2014", FAMILY, "mueller-family", "claim", None, None, False),
 ("former ISIS hostage Nicolas Henin posted on Twitter", HENIN, "nicolas-henin", "claim", None, None, False),
 ("I was full of hope she could have a way out", HENIN, "nicolas-henin", "claim", None, None, False),
],
"2137": [
 ("Esquire Magazine posted a blistering piece bashing ESPN", COLLINS, "ben-collins", "claim", None, None, True),
 ("It was entitled", COLLINS, "ben-collins", "claim", None, None, True),
 ("the lead produced some exclusive details about coverage plans", COLLINS, "ben-collins", "claim", P_PANEL, None, True),
 ("Namely, the network would be having a domestic violence panel", COLLINS, "ben-collins", "claim", P_PANEL, None, True),
 ("On Monday night, a panel on a two-hour pregame show", COLLINS, "ben-collins", "claim", P_PANEL, None, False),
 ("This panel will discuss, once again, the appropriate penalty", COLLINS, "ben-collins", "claim", P_PANEL, None, False),
 ("The panel for that discussion will include the following people", COLLINS, "ben-collins", "claim", P_PANEL, None, True),
 ("When the show has updates from the field", COLLINS, "ben-collins", "claim", None, None, True),
 ("These people are not allowed at the table", COLLINS, "ben-collins", "claim", None, None, True),
 ("one feminist organization even putting the network on blast", FEMORG, "ultraviolet", "claim", P_PANEL, None, True),
 ("The network has explicitly and publicly called the Esquire story false", ESPN, "espn", "denial", P_PANEL, None, False),
 ("McManus defended the network on Twitter", MCMANUS, "jane-mcmanus", "claim", None, None, True),
 ("they also highlighted women's contributions", ESPN, "espn", "claim", None, None, False),
 ("also disputed the Esquire report", WILDHACK, "john-wildhack", "denial", P_PANEL, None, False),
 ("Contrary to published reports in Esquire, there was no panel", WILDHACK, "john-wildhack", "denial", P_PANEL, None, False),
 ("We will present our normal Monday Night Football pre-game show, with Suzy Kolber hosting.", WILDHACK, "john-wildhack", "denial", P_PANEL, None, False),
 ("ESPN is proud of the work it has done covering the issue", WILDHACK, "john-wildhack", "claim", None, None, False),
 ("Much of that work has been informed by several talented female colleagues", WILDHACK, "john-wildhack", "claim", None, None, False),
 ("Collins explained his position in greater detail", COLLINS, "ben-collins", None, None, None, True),
 ("what Collins actually wrote in his article", COLLINS, "ben-collins", "claim", P_PANEL, None, False),
 ("\"Up to 11 men, all between the ages", COLLINS, "ben-collins", "claim", P_PANEL, None, False),
],
"1699": [
 ("Ben Collins wrote a blog post in which some awkward phrasing", COLLINS, "ben-collins", "claim", P_PANEL, None, False),
 ("On Monday night, a panel on a two-hour pregame show", COLLINS, "ben-collins", "claim", P_PANEL, None, False),
 ("This panel will discuss, once again, the appropriate penalty", COLLINS, "ben-collins", "claim", P_PANEL, None, False),
 ("The panel for that discussion will include the following people", COLLINS, "ben-collins", "claim", P_PANEL, None, True),
 ("Up to 11 men, all between the ages", COLLINS, "ben-collins", "claim", P_PANEL, None, True),
 ("When the show has updates from the field", COLLINS, "ben-collins", "claim", None, None, True),
 ("These people are not allowed at the table", COLLINS, "ben-collins", "claim", None, None, True),
 ("feminist organization UltraViolet blasted this press release", ULTRA, "ultraviolet", "claim", P_PANEL, None, True),
 ("UltraViolet Calls on ESPN to Include Women", ULTRA, "ultraviolet", None, None, None, True),
 ("Statement from Nita Chaudhary, co-founder of UltraViolet", CHAUDHARY, "nita-chaudhary", None, P_PANEL, None, True),
 ("By having a roundtable on domestic violence and not including any women", CHAUDHARY, "nita-chaudhary", "claim", P_PANEL, None, False),
 ("ESPN must be getting their PR advice from their buddies", CHAUDHARY, "nita-chaudhary", "claim", None, None, False),
 ("Both the NFL and ESPN seem to greatly misunderstand the problem", CHAUDHARY, "nita-chaudhary", "claim", None, None, False),
 ("we strongly believe that they should also include the voices of women", CHAUDHARY, "nita-chaudhary", "claim", None, None, True),
 ("With nearly 45% of NFL fans and viewers being women", CHAUDHARY, "nita-chaudhary", "claim", None, None, True),
 ("We reached out to ESPN PR, who told us that talk of the special panel", ESPN, "espn", "denial", P_PANEL, None, False),
 ("Contrary to published reports in Esquire, there was no panel", ESPN, "espn", "denial", P_PANEL, None, False),
 ("We will present our normal Monday Night Football pre-game show, with Suzy Kolber hosting and Lisa Salters reporting", ESPN, "espn", "denial", P_PANEL, None, False),
 ("ESPN is proud of the work it has done covering the issue", ESPN, "espn", "claim", None, None, False),
 ("Much of that work has been informed by several talented female colleagues", ESPN, "espn", "claim", None, None, False),
],
"2370": [
 ("declared there was a place in heaven for the creatures", FRANCIS, "pope-francis", "claim", P_POPE, None, False),
 ("His comment was reported this week by many news media outside Italy", MEDIA, "news-media", "claim", P_POPE, None, False),
 ("Vatican sparks controversy by saying gay couples", ["Vatican", "The Vatican"], "vatican", "claim", None, None, True),
 ("Pope Paul VI, who died in 1978, once said", PAULVI, "pope-paul-vi", "claim", None, None, False),
 ("'There is a fundamental rule in journalism", BENED, "ciro-benedettini", "claim", None, None, True),
 ("in this case it was not done.'", BENED, "ciro-benedettini", None, P_POPE, None, True),
 ("\"There is a fundamental rule in journalism", BENED, "ciro-benedettini", "claim", None, None, False),
 ("in this case it was not done,\" the Vatican's deputy spokesman", BENED, "ciro-benedettini", None, P_POPE, None, False),
 ("The spokesman said he received a number of calls on the story", BENED, "ciro-benedettini", None, P_POPE, None, False),
 ("Religion News Service was among the first media to put the record straight", RNS, "religion-news-service", "denial", P_POPE, None, False),
 ("It said in an article published late on Friday that the error appeared", RNS, "religion-news-service", "claim", None, None, False),
 ("The article recounted the pope's words from his general audience", CORRIERE, "corriere-della-sera", "claim", None, None, False),
 ("It cited the remark about animals and attributed it to Paul VI", CORRIERE, "corriere-della-sera", None, P_POPE, None, False),
 ("acknowledged its mistake, saying in a correction on Friday", NYT, "new-york-times", "denial", P_POPE, None, False),
 ("A spokeswoman for the New York Times did not immediately have any comment", NYTSPOKE, "nyt-spokeswoman", "neutral", P_POPE, None, False),
 ("On its website, CNN also corrected its story", CNN, "cnn", "denial", P_POPE, None, False),
 ("A spokeswoman for CNN had no immediate comment", CNNSPOKE, "cnn-spokeswoman", "neutral", P_POPE, None, False),
 ("but Benedettini said that from the general tone of his speeches", BENED, "ciro-benedettini", "claim", None, None, False),
 ("The spokesman said the pope was preparing an encyclical", BENED, "ciro-benedettini", "claim", None, None, False),
 ("The pope once told priests that a good pastor", FRANCIS, "pope-francis", "claim", None, None, True),
 ("the names of their dogs, Benedettini said", BENED, "ciro-benedettini", "claim", None, None, False),
 ("Recent popes have said different things", ["Recent popes", "popes"], "recent-popes", "claim", None, None, True),
 ("In 1990, Pope John Paul implied that animals had souls", ["Pope John Paul", "John Paul"], "pope-john-paul", "claim", None, None, False),
 ("former Pope Benedict upset some animal lovers when he said", ["Pope Benedict", "Benedict", "former Pope Benedict"], "pope-benedict", "claim", None, None, False),
],
"1880": [
 ("Perth scientists have cast doubt over claims that a spider burrowed", PERTHSCI, "perth-scientists", "denial", P_SPIDER, None, False),
 ("a really burning sensation like a searing feeling", THOMAS, "dylan-thomas", "claim", P_SPIDER, None, True),
 ("Dylan Thomas says he had a spider crawl underneath his skin", THOMAS, "dylan-thomas", "claim", P_SPIDER, None, True),
 ("Mr Thomas said a specialist dermatologist later used tweezers", THOMAS, "dylan-thomas", "claim", P_SPIDER, None, False),
 ("Arachnologist Dr Volker Framenau said whatever the creature was", FRAMENAU, "volker-framenau", "denial", P_SPIDER, None, False),
 ("If you look at a spider, the fangs, the mouth parts they have", FRAMENAU, "volker-framenau", "denial", P_SPIDER, None, False),
 ("They can't get through skin,\" he said", FRAMENAU, "volker-framenau", "denial", P_SPIDER, None, False),
 ("We thought it may have been something like a mite", FRAMENAU, "volker-framenau", None, P_SPIDER, None, False),
 ("I can't think of any spider which could do this to a person", FRAMENAU, "volker-framenau", "denial", P_SPIDER, None, False),
 ("Dr Mark Harvey from the Western Australian Museum agreed", HARVEY, "mark-harvey", "denial", P_SPIDER, None, False),
 ("I must confess I was amazed because I've never heard of a spider", HARVEY, "mark-harvey", None, P_SPIDER, None, False),
 ("Spiders need air to breathe, they have spiracles", HARVEY, "mark-harvey", "claim", None, None, False),
 ("Being under the skin of somebody, I would have thought they wouldn't have enough air", HARVEY, "mark-harvey", "denial", P_SPIDER, None, False),
 ("Even if it was a mite, I've never seen anything like this", HARVEY, "mark-harvey", "claim", None, None, False),
 ("Even if it was an insect, I've never heard of an insect crawling", HARVEY, "mark-harvey", "claim", None, None, False),
 ("Dr Harvey said spiders were widely feared in the community", HARVEY, "mark-harvey", "claim", None, None, False),
 ("We hear about people going on holidays and having spiders lay eggs", HARVEY, "mark-harvey", "claim", None, None, False),
 ("burst out when they return from their holiday in the tropics", HARVEY, "mark-harvey", "claim", None, None, False),
 ("None of those are true, they're just made up stories", HARVEY, "mark-harvey", "denial", None, None, False),
 ("They're not actually able to dig through the skin", HARVEY, "mark-harvey", "denial", P_SPIDER, None, False),
 ("Some can burrow into soil, but they have to remove soil particles", HARVEY, "mark-harvey", "claim", None, None, False),
 ("Something which is true, according to Dr Harvey", HARVEY, "mark-harvey", "claim", None, None, False),
 ("We all have mites living on our faces", HARVEY, "mark-harvey", "claim", None, None, False),
 ("They're follicle mites, but they're absolutely miniscule", HARVEY, "mark-harvey", "claim", None, None, False),
 ("We transmit them to our children when we have kids", HARVEY, "mark-harvey", "claim", None, None, False),
 ("They live in the bases of hair follicles on our faces", HARVEY, "mark-harvey", "claim", None, None, False),
 ("Those mites are so small, you can't see them", HARVEY, "mark-harvey", "claim", None, None, False),
 ("Dr Framenau said that much of the confusion could be eliminated", FRAMENAU, "volker-framenau", "claim", None, None, False),
 ("It would be great if they collected it or took a photo of it", FRAMENAU, "volker-framenau", "claim", None, None, False),
 ("If you have been bitten by something, the best thing you can do", FRAMENAU, "volker-framenau", "claim", None, None, False),
 ("Dylan Thomas has been contacted for comment", THOMAS, "dylan-thomas", "neutral", P_SPIDER, None, True),
],
"1971": [
 ("is telling everyone within earshot that the heartwarming viral video is real", LIN, "josh-paler-lin", "denial", P_VIDEO, None, False),
 ("The homeless man's brother, however, said that his brother is being scammed", KEVIN, "kevin-nickel", "claim", P_VIDEO, None, False),
 ("an eyewitness to the filming also believes the entire thing is a hoax", KADALIM, "taugan-kadalim", "claim", P_VIDEO, None, False),
 ("The eyewitness told CBS2's Stacey Butler that he saw Thomas in Lin's car", KADALIM, "taugan-kadalim", "claim", P_VIDEO, BUTLER, False),
 ("when Lin purported the man didn't know he was being filmed", LIN, "josh-paler-lin", None, P_VIDEO, None, True),
 ("Lin can be heard telling his shooter", LIN, "josh-paler-lin", None, None, None, True),
 ("The homeless man's brother also spoke to Butler", KEVIN, "kevin-nickel", None, None, BUTLER, True),
 ("because he said he assumed he was going to buy alcohol", LIN, "josh-paler-lin", "claim", None, None, False),
 ("Lin insists none of the videos were staged or scripted", LIN, "josh-paler-lin", "denial", P_VIDEO, None, False),
 ("it's already estimated that Lin made $52,000", ["it's already estimated", "estimates"], "estimate-1971", "claim", None, None, True),
 ("the Indiegogo fundraising page he said he set up for Thomas", LIN, "josh-paler-lin", "claim", None, None, False),
 ("Critics have already pointed out that Thomas would have had to have walked", CRITICS, "critics-1971", "claim", P_VIDEO, None, False),
 ("They also point out that a homeless and begging Thomas", CRITICS, "critics-1971", "claim", P_VIDEO, None, False),
 ("The eyewitness to the filming told Butler he knew Lin", KADALIM, "taugan-kadalim", "claim", P_VIDEO, BUTLER, False),
 ("I was there,\" says Taugan Kadalim", KADALIM, "taugan-kadalim", "claim", P_VIDEO, None, False),
 ("They drove him there [to the liquor store.]", KADALIM, "taugan-kadalim", "claim", P_VIDEO, None, False),
 ("Kadalim believes Thomas, 56, is really homeless but that the entire video was staged", KADALIM, "taugan-kadalim", "claim", P_VIDEO, None, False),
 ("I think the manner in how they portrayed the entire video is deceitful", KADALIM, "taugan-kadalim", "claim", P_VIDEO, None, False),
 ("Thomas' brother, Kevin Nickel, reached out to CBS2", KEVIN, "kevin-nickel", None, None, ["CBS2"], True),
 ("This isn't right,\" he said", KEVIN, "kevin-nickel", "claim", P_VIDEO, None, False),
 ("Butler reported", BUTLER, "stacey-butler", "claim", None, None, False),
 ("he says his brother's real name is Kenny Nickel", KEVIN, "kevin-nickel", "claim", None, BUTLER, False),
 ("He said his brother is an alcoholic and lived with their parents", KEVIN, "kevin-nickel", "claim", None, BUTLER, False),
 ("He said his brother was arrested for public intoxication", KEVIN, "kevin-nickel", "claim", None, None, False),
 ("Butler was unable to confirm his arrest record", BUTLER, "stacey-butler", "neutral", None, None, False),
 ("His brother also says Kenny is actually not broke", KEVIN, "kevin-nickel", "claim", None, None, False),
 ("He is due $150,000 from his parents' estate", KEVIN, "kevin-nickel", "claim", None, None, True),
 ("He's sitting on money,\" Kevin said", KEVIN, "kevin-nickel", "claim", None, None, False),
 ("But this is a scam.", KEVIN, "kevin-nickel", "claim", P_VIDEO, None, False),
 ("This money needs to go to people who really need it", KEVIN, "kevin-nickel", "claim", None, None, False),
 ("Kevin fears his brother is being manipulated", KEVIN, "kevin-nickel", "claim", None, None, False),
],
"2217": [
 ("Mayor de Blasio and Police Commissioner Bill Bratton announced Monday", DEBLASIO + BRATTON + ["Mayor de Blasio and Police Commissioner Bill Bratton"], "de-blasio-and-bratton", "claim", None, None, False),
 ("who earlier this year vowed NYPD practices wouldn't change", BRATTON, "bill-bratton", "claim", None, None, False),
 ("Sources said the new policy was ordered by de Blasio", SOURCES17, "sources-2217", "claim", P_ORDER, None, False),
 ("It began with the mayor, as his initiative", ELECTED, "elected-official", "claim", P_ORDER, None, False),
 ("It was something very dear to the mayor that had to happen", ELECTED, "elected-official", "claim", P_ORDER, None, False),
 ("Bratton, the sources noted, did not resist", SOURCES17, "sources-2217", "claim", P_ORDER, None, False),
 ("The NYPD declined to comment", ["NYPD", "The NYPD"], "nypd", "neutral", P_ORDER, None, False),
 ("City Hall credited both men with the idea", ["City Hall"], "city-hall", None, P_ORDER, None, False),
 ("This is a joint policy initiative, developed and implemented by Commissioner Bratton", ["a de Blasio spokesman", "de Blasio spokesman", "spokesman"], "de-blasio-spokesman", None, P_ORDER, None, False),
 ("Bratton said he and other police officials had been working on the change", BRATTON, "bill-bratton", "claim", None, None, False),
 ("To give you, the public, a sense of what 25 grams of marijuana would look like", BRATTON, "bill-bratton", "claim", None, None, False),
 ("It's not a large amount", BRATTON, "bill-bratton", "claim", None, None, False),
 ("Chief Thomas Purtell of the NYPD's Organized Crime Control Bureau put the value", ["Thomas Purtell", "Purtell", "Chief Thomas Purtell"], "thomas-purtell", "claim", None, None, False),
 ("The new policy covers only marijuana that appears to be for", BRATTON, "bill-bratton", "claim", None, None, True),
 ("Anyone caught smoking in public will still be subject to arrest", BRATTON, "bill-bratton", "claim", None, None, False),
 ("Bratton said the policy would be put into writing", BRATTON, "bill-bratton", "claim", None, None, False),
 ("law-enforcement sources said an unwritten version of the policy", LESRC, "law-enforcement-sources", "claim", P_KELLY, None, False),
 ("If you saw someone smoking a joint, you would bring them back", ["a source", "source"], "law-enforcement-source-1", "claim", P_KELLY, None, False),
 ("Kelly declined to comment Monday", ["Ray Kelly", "Kelly"], "ray-kelly", "neutral", P_KELLY, None, False),
 ("which he said were clogging the justice system", THOMPSON, "ken-thompson", "claim", None, None, False),
 ("In a statement, Thompson said", THOMPSON, "ken-thompson", "claim", None, None, False),
 ("which he called \"similar to the approach that I have taken in Brooklyn", THOMPSON, "ken-thompson", "claim", None, None, True),
 ("But he said he was \"concerned about the due-process rights", THOMPSON, "ken-thompson", "claim", None, None, False),
 ("De Blasio described the new policy as a win-win", DEBLASIO, "bill-de-blasio", "claim", None, None, False),
 ("We don't want to saddle people who have made one small mistake", DEBLASIO, "bill-de-blasio", "claim", None, None, True),
 ("It will certainly be good for New Yorkers of color", DEBLASIO, "bill-de-blasio", "claim", None, None, False),
 ("When an individual is arrested, even for the smallest possession of marijuana", DEBLASIO, "bill-de-blasio", "claim", None, None, False),
 ("I think you will see fewer unnecessary arrests", DEBLASIO, "bill-de-blasio", "claim", None, None, False),
 ("a Post report last week that revealed the NYPD had stopped", POST, "new-york-post", "claim", P_BUST, None, False),
 ("Bratton called the article \"false\" Monday", BRATTON, "bill-bratton", "denial", P_BUST, None, False),
 ("Law-enforcement sources on Monday confirmed the accuracy of the Post report", LESRC, "law-enforcement-sources", "claim", P_BUST, None, False),
 ("You can't go on the record that you're pulling back on marijuana arrests", ["one source", "source", "a source"], "law-enforcement-source-2", "claim", P_BUST, None, False),
],
"1939": [
 ("has been named in reports as Mohammed Emwazi from London", ["reports"], "reports-1939", "claim", P_JJ, None, True),
 ("The Washington Post published a lengthy article naming the masked man", WAPO, "washington-post", "claim", P_JJ, None, False),
 ("was known to MI5 as a \"person of interest\" in 2011, according to the BBC", BBC, "bbc", "claim", None, None, False),
 ("It reports that his name was not revealed at an earlier stage", BBC, "bbc", "claim", None, None, False),
 ("One of Emwazi's friends was quoted by The Post as saying", FRIEND1, "emwazi-friend-1", "claim", P_JJ, WAPO, False),
 ("The Post claims that Emwazi is from an affluent family", WAPO, "washington-post", "claim", None, None, False),
 ("It says he is believed to have travelled to Syria in 2012", WAPO, "washington-post", "claim", None, None, False),
 ("said there was an \"extremely strong resemblance\"", QURESHI, "asim-qureshi", "claim", P_JJ, None, False),
 ("Mr Qureshi says he was in contact with Emwazi before he left for Syria", QURESHI, "asim-qureshi", "claim", None, None, False),
 ("after it was reported that hostages referred to the militant as 'John'", ["it was reported", "reports", "hostages"], "reports-1939", "claim", None, None, True),
 ("Emwazi is reported to have started to become radicalised", ["reports", "it is reported"], "reports-1939", "claim", None, None, True),
 ("It is claimed that Emwazi told friends he was flown to Amsterdam", EMWAZI, "mohammed-emwazi", "claim", None, None, False),
 ("an officer from MI5 accused him of trying to reach Somalia", ["an officer from MI5", "MI5 officer", "MI5"], "mi5-officer", "claim", None, None, True),
 ("Mr Qureshi says he met with Emwazi in the autumn", QURESHI, "asim-qureshi", "claim", None, None, False),
 ("Mohammed was quite incensed by his treatment", QURESHI, "asim-qureshi", "claim", None, WAPO, False),
 ("The Post reports that Emwazi then moved to Kuwait", WAPO, "washington-post", "claim", None, None, False),
 ("telling Mr Qureshi in an email", EMWAZI, "mohammed-emwazi", "claim", None, QURESHI, False),
 ("actions were taken to criminalize him and he had no way", QURESHI, "asim-qureshi", "claim", None, None, False),
 ("One friend said he believed Emwazi had wanted to teach English", FRIEND2, "emwazi-friend-2", "claim", None, None, False),
 ("the friend was quoted as saying", FRIEND2, "emwazi-friend-2", "claim", None, None, False),
 ("The Metropolitan Police said in a statement", ["Metropolitan Police", "The Metropolitan Police", "Met Police"], "metropolitan-police", "neutral", P_JJ, None, False),
 ("The Home Office said it would neither confirm nor deny reports", ["Home Office", "The Home Office"], "home-office", "neutral", P_JJ, None, False),
],
"1253": [
 ("The United States Department of Defense said on Tuesday that it is", DOD, "pentagon", None, P_DROP, None, False),
 ("the militant group released a video showing a cache of weapons", ISIS + ["the militant group", "Islamic State group"], "isis", "claim", P_DROP, None, True),
 ("They are certainly of the kinds of material that was dropped", KIRBY, "john-kirby", "claim", P_DROP, None, False),
 ("We're taking a look at this", KIRBY, "john-kirby", "neutral", P_DROP, None, False),
 ("Kirby, however, added that he is \"very confident\"", KIRBY, "john-kirby", "claim", None, None, False),
 ("In fact, we're only aware of one bundle that did not", KIRBY, "john-kirby", None, P_DROP, None, False),
 ("The Syrian Observatory for Human Rights also confirmed that ISIS had seized", SOHR, "syrian-observatory", "claim", P_DROP, ["media reports"], False),
 ("according to a statement by the United States Central Command", CENTCOM, "centcom", "claim", None, None, False),
 ("had confirmed on Monday that Kurdish fighters had received the weapons", XELIL, "redur-xelil", "claim", None, ["Al Jazeera", "an Al Jazeera report"], False),
 ("continues to remain \"tenuous,\" Kirby said on Tuesday", KIRBY, "john-kirby", "claim", None, None, False),
 ("We do assess that Kurdish forces in the city are in control", KIRBY, "john-kirby", "claim", None, None, False),
 ("I would hesitate to put a number figure on that", KIRBY, "john-kirby", "claim", None, None, False),
],
"1369": [
 ("Unconfirmed reports are circulating on social media", ["Unconfirmed reports", "reports"], "reports-1369", "claim", P_CHEM, None, True),
 ("said they were aware of such reports", ["Several journalists", "journalists", "Kurdish official", "at least one Kurdish official"], "journalists-and-kurdish-official", "neutral", P_CHEM, None, False),
 ("The patients said they had difficulty breathing", ["The patients", "patients"], "patients-1369", "claim", None, None, False),
 ("Asya Abdullah told the Kurdish Question", ABDULLAH, "asya-abdullah", None, P_CHEM, ["the Kurdish Question", "Kurdish Question"], False),
 ("Many people have lost consciousness and are struggling to breathe", ABDULLAH, "asya-abdullah", "claim", None, None, False),
 ("We are investigating the situation but do not have the necessary technical equipment", ABDULLAH, "asya-abdullah", "neutral", P_CHEM, None, False),
 ("reportedly spoke to doctors on the scene who confirmed the PYD's description", DOCTORS, "kobani-doctors", "claim", None, ["Journalists", "journalists reporting from the border"], False),
 ("Jenan Moussa posted on Twitter that a doctor said", ["a doctor", "doctor"], "kobani-doctor", "claim", None, MOUSSA + ["Al Aan TV"], False),
 ("Al Aan TV reporter Jenan Moussa", MOUSSA, "jenan-moussa", "claim", None, None, True),
 ("Victims also had \"swollen lips,\" Moussa added", MOUSSA, "jenan-moussa", "claim", None, None, False),
 ("who told him all victims were civilians", DRAHMED, "dr-ahmed", "claim", None, CIVIROGLU, False),
 ("Several patients came to health center", DRAHMED, "dr-ahmed", "claim", None, CIVIROGLU, False),
 ("We are NOT sure what the cause is yet", DRAHMED, "dr-ahmed", "neutral", P_CHEM, None, False),
 ("Reports of a similar chemical attack surfaced last week in Kobani", ["Reports"], "reports-1369", "claim", None, None, True),
 ("Burns and white spots on the bodies of the dead indicated the use of chemicals", NISAN, "nisan-ahmed", "claim", None, ["Middle East Review of International Affairs", "Middle East Review of International Affairs journal"], False),
 ("There have been rumors that ISIS militants have obtained chemical weapons", ["rumors"], "rumors-1369", "claim", None, None, True),
 ("State Department said that a \"number of critical issues", STATE, "state-department", "claim", None, None, False),
],
"2278": [
 ("has been forced to confirm that he is alive and well", NELSON, "judd-nelson", "denial", P_JUDD, None, False),
 ("rumors swept the internet on Sunday morning that he had died", ["rumors", "internet rumors"], "rumors-2278", "claim", P_JUDD, None, True),
 ("Nelson's 'death' was reported by Foxnews.es", FOXES, "foxnews-es", "claim", P_JUDD, None, False),
 ("The fake story claimed that the actor", FOXES, "foxnews-es", "claim", P_JUDD, None, False),
 ("to confirm that he is alive despite internet rumors", NELSON, "judd-nelson", "denial", P_JUDD, None, True),
 ("his agent was prompted to issue a denial", KLEIN, "gregg-klein", "denial", P_JUDD, None, False),
 ("death are not accurate please see attached photo", KLEIN, "gregg-klein", "denial", P_JUDD, None, False),
 ("Jean-Pierre Henraux told the Times that the actor doesn't even live", HENRAUX, "jean-pierre-henraux", "denial", P_JUDD, LATIMES, False),
],
"2218": [
 ("a source close to First Look confirmed today", FLSRC, "first-look-source", "claim", P_TAIBBI, None, False),
 ("which First Look executives had previously said would launch", FLEXEC, "first-look-executives", "claim", None, None, False),
 ("he described Goldman Sachs as", TAIBBI, "matt-taibbi", "claim", None, None, False),
 ("Journalists should be dark, funny, mean people", TAIBBI, "matt-taibbi", "claim", None, ["New York", "New York magazine"], False),
 ("It's appropriate for their antagonistic, adversarial role", TAIBBI, "matt-taibbi", "claim", None, None, False),
 ("Sources confirmed that Taibbi has been absent from the office", SOURCES18, "sources-2218", "claim", P_TAIBBI, None, False),
 ("which Taibbi indicated in September would be coming", TAIBBI, "matt-taibbi", "claim", None, None, False),
 ("We have a target date but I wouldn't make a launch date public", TEMPLE, "john-temple", "neutral", None, None, False),
 ("I don't comment about internal matters and I don't comment on personnel matters", TEMPLE, "john-temple", "neutral", P_TAIBBI, None, False),
 ("I mean we're a private company, so why would we", TEMPLE, "john-temple", "neutral", None, None, True),
 ("the billionaire announced he was scaling back the plan", OMIDYAR, "pierre-omidyar", "claim", None, None, False),
 ("federal investigators are reportedly pursuing the alleged leaker", ["federal investigators"], "federal-investigators", "claim", None, None, True),
 ("In August, Temple told me Taibbi's site was experimenting", TEMPLE, "john-temple", "claim", None, None, False),
 ("We're supporting Matt in creating something unique", TEMPLE, "john-temple", "claim", None, None, False),
 ("He's building a team and there's great esprit in Matt's team", TEMPLE, "john-temple", "claim", None, None, False),
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
