"""Word banks and sentence templates for synthetic newswire copy.

Every organisation, person and event here is invented. Templates use
`str.format_map` slots filled per story (`{org}`, `{speaker}`, `{topic}`...)
and per paragraph (`{num}`, `{pct}`, `{amount}`...), so a story keeps one
cast of characters while its figures vary, and no real outlet's copy is reused.
"""

SURNAMES = (
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
    "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong",
    "Jeon", "Ko", "Moon", "Yang", "Baek", "Nam", "Noh", "Ha", "Kwak", "Bae",
)
GIVEN_NAMES = (
    "Min-ji", "Ji-hoon", "Seo-yeon", "Hyun-woo", "Eun-ji", "Dong-hyun", "Soo-jin", "Jae-won",
    "Ha-eun", "Sung-min", "Ye-jin", "Tae-yang", "Na-rae", "Joon-ho", "Yu-na", "Kyung-soo",
    "Da-eun", "Woo-jin", "Hye-rin", "Sang-woo", "Ji-young", "Min-seok", "So-yeon", "Hyo-jin",
    "Chang-min", "Eun-seo", "Do-yoon", "Mi-rae", "Seung-hoon", "Ga-young", "In-su", "Bo-ram",
)
FOREIGN_NAMES = (
    "Laura Whitfield", "Daniel Okafor", "Marta Lindqvist", "Tomas Reyes", "Claire Dubois",
    "Henrik Vogel", "Priya Raman", "Owen Gallagher", "Ana Ferreira", "Kenji Morita",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
TIMEFRAMES = (
    "by the end of the year", "next month", "in the coming weeks", "before the end of the quarter",
    "early next year", "within the month", "later this week", "by the first half of next year",
)
ATTRIBUTIONS = (
    "officials said", "analysts said", "according to people familiar with the matter",
    "according to data released on the same day", "observers said", "sources said",
)

# (city, country) pairs; the country is only written for places a reader
# might not place without it, as agencies do.
HOME_CITIES = (
    ("Seoul", ""), ("Seoul", ""), ("Seoul", ""), ("Busan", ""), ("Incheon", ""), ("Daegu", ""),
    ("Gwangju", ""), ("Daejeon", ""), ("Ulsan", ""), ("Sejong", ""), ("Suwon", ""),
    ("Changwon", ""), ("Jeju", ""), ("Gangneung", ""), ("Pohang", ""), ("Chuncheon", ""),
    ("Jeonju", ""), ("Cheongju", ""), ("Andong", ""), ("Yeosu", ""),
)
WORLD_CITIES = (
    ("Washington", ""), ("Tokyo", ""), ("Beijing", ""), ("New York", ""), ("Geneva", ""),
    ("Brussels", ""), ("London", ""), ("Paris", ""), ("Berlin", ""), ("Hanoi", ""),
    ("Jakarta", ""), ("Singapore", ""), ("Canberra", ""), ("Ottawa", ""), ("New Delhi", ""),
    ("Da Nang", "Vietnam"), ("Osaka", "Japan"), ("Ulaanbaatar", "Mongolia"), ("Nairobi", "Kenya"),
    ("Lima", "Peru"), ("Warsaw", "Poland"), ("Astana", "Kazakhstan"), ("Manila", ""), ("Bangkok", ""),
)

# A story opens with one of these, then draws from the general pool.
LEAD_SENTENCES = (
    "{Speaker} said on {day} that {org} would {action} {topic} {timeframe}.",
    "{Org} will {action} {topic} {timeframe} amid {concern}, {speaker} said on {day}.",
    "{Org} on {day} unveiled a plan to {action} {topic}, a move aimed at easing {concern}.",
    "{Org} and {org2} agreed on {day} to {action} {topic}, {attrib}.",
)
# Follows a lead that names no one, so later quotes have someone to belong to.
SPEAKER_INTRODUCTIONS = (
    "{Speaker} said the decision reflected weeks of discussion.",
    "\u201cWe could not wait any longer,\u201d {speaker} said.",
    "{Speaker} told reporters the details would be settled {timeframe}.",
)

GENERIC_SENTENCES = (
    "The move comes as worries over {concern} have weighed on {group}, {attrib}.",
    "\u201cWe will {action} {topic} in close consultation with {group},\u201d {speaker_short} said.",
    "{Org} plans to commit {amount} to the effort over the next {small} years.",
    "Critics argue that the plan does little to address {concern}.",
    "{Group} have called for a clearer timetable since {month}.",
    "A final decision is expected {timeframe}, {attrib}.",
    "The announcement follows {small} rounds of talks between {org} and {org2} since {month}.",
    "Details of the plan, including its cost, were not immediately disclosed.",
    "{Speaker_short} added that {org} would closely monitor {topic} and respond quickly to any change in {concern}.",
    "Analysts said the outcome could shape {topic} for years to come.",
    "In {month}, {org} said it would {action} {topic}, but the plan stalled amid {concern}.",
    "About {big} people took part in the meeting in {city}, {attrib}.",
    "{Org2} said in a separate statement that it welcomed the decision but wanted more detail on {topic}.",
    "The figure marks a {pct} percent change from a year earlier.",
    "{Speaker_short} declined to say whether {org} had discussed {concern} with {org2}.",
    "Some {group} said they had not been consulted, while others praised the speed of the response.",
    "The issue is expected to come up again when {org} meets {org2} {timeframe}.",
    "Officials stressed that the measures were temporary and would be reviewed every {small} months.",
    "{Org} has faced growing pressure over {concern} since early {month}.",
    "A survey of {big} {group} released last week found that {pct} percent supported the idea.",
    "It was not immediately clear how {org2} would respond.",
    "\u201cThis is a first step, not the last one,\u201d {speaker_short} told reporters after the meeting.",
    "The plan will be put to a vote {timeframe}, {attrib}.",
    "Under the plan, {org} will set aside {amount} and report its progress every quarter.",
    "{Speaker_short} said the decision had been made after weeks of internal debate.",
    "Reaction from {group} was mixed.",
    "\u201cWe understand the concerns, and we are listening,\u201d {speaker_short} said.",
    "The last comparable measure, introduced {small} years ago, was scrapped within months.",
    "{Org2} is expected to announce its own position {timeframe}.",
    "Opinion among {group} remains divided, with many waiting to see how the measures work in practice.",
    "Observers noted that worries over {concern} had eased slightly since {month} but remained a risk.",
    "{Org} did not respond to a request for comment on {concern}.",
    "The numbers were broadly in line with forecasts compiled before the announcement.",
    "Spending on {topic} has risen {pct} percent over the past {small} years.",
    "A hearing on the matter is scheduled for {day}.",
    "\u201cNobody expected this to be easy,\u201d said one of the {group} at the meeting in {city}.",
    "The {big} figure was the highest since records began, {attrib}.",
    "{Speaker_short} said more details would be released {timeframe}.",
    "The proposal drew {big} public comments during a {small}-week consultation.",
)

SECTIONS = {
    "national": {
        "orgs": ("the interior ministry", "the Seoul city government", "the health ministry",
                 "the education ministry", "the national police agency", "the environment ministry",
                 "the fire agency", "the transport ministry", "the weather agency", "the labor ministry"),
        "titles": ("Interior Minister", "Seoul Mayor", "Health Minister", "a ministry spokesperson,",
                   "Police Commissioner", "Education Minister", "Vice Transport Minister", "fire official"),
        "topics": ("the winter safety plan", "the school meal program", "subway fares", "emergency room staffing",
                   "flood defences along the river", "fine dust alerts", "the city's bus network",
                   "rental housing for young people", "the late-night taxi service", "care for the elderly"),
        "actions": ("expand", "review", "overhaul", "fund", "delay", "roll out", "tighten", "simplify"),
        "concerns": ("the shortage of nurses", "rising heating costs", "heavy autumn rain", "falling school enrolment",
                     "a string of construction accidents", "long waits at emergency rooms", "record heat"),
        "groups": ("residents", "parents", "commuters", "doctors", "teachers", "local officials", "small shop owners"),
        "headlines": ("{Org} to {action} {topic}", "{City} to {action} {topic} amid {concern}",
                      "Gov't moves to {action} {topic}", "{Big} residents evacuated as {concern} hits {city}",
                      "Parents urge action on {topic}"),
        "keywords": ("safety", "health", "education", "housing", "weather", "transport", "police", "welfare"),
        "sentences": (
            "Police said no one was seriously injured, but {small} people were treated for minor injuries.",
            "The weather agency issued a heavy rain advisory for {city} and nearby areas on {day}.",
            "Residents in {city} said they had waited years for the change.",
            "The city will add {small} late-night bus routes from next month, according to {org}.",
        ),
    },
    "north-korea": {
        "orgs": ("the unification ministry", "the Joint Chiefs of Staff", "the defense ministry",
                 "the North's official news agency", "the National Intelligence Service", "the North's ruling party"),
        "titles": ("Unification Minister", "a unification ministry spokesperson,", "Defense Minister",
                   "a military official,", "Vice Unification Minister", "a lawmaker briefed by the spy agency,"),
        "topics": ("inter-Korean liaison channels", "aid for separated families", "the joint military drills",
                   "the North's missile program", "the border buffer zone", "reunions of separated families",
                   "tourism at the Mount Kumgang resort", "the North's harvest"),
        "actions": ("resume", "restore", "monitor", "suspend", "condemn", "review", "propose talks on", "analyse"),
        "concerns": ("tension on the peninsula", "the North's recent weapons tests", "food shortages in the North",
                     "the suspension of the hotline", "a string of border incidents", "sanctions"),
        "groups": ("separated families", "defectors", "aid groups", "border residents", "military officials"),
        "headlines": ("N. Korea fires {small} short-range ballistic missiles into East Sea: JCS",
                      "Seoul proposes talks on {topic}", "N. Korea slams plan to {action} {topic}",
                      "Unification ministry to {action} {topic}", "N. Korea marks party anniversary amid {concern}"),
        "keywords": ("North Korea", "inter-Korean", "missile", "unification", "defense", "sanctions", "JCS"),
        "sentences": (
            "The North's official news agency carried no report on the matter as of {day} evening.",
            "The Joint Chiefs of Staff said the military had stepped up surveillance and was in close contact with its allies.",
            "The North has ignored Seoul's calls for dialogue since {month}.",
            "Some {big} separated families are still waiting to meet relatives in the North, according to ministry data.",
        ),
    },
    "politics": {
        "orgs": ("the ruling party", "the main opposition party", "the presidential office", "the National Assembly",
                 "the prime minister's office", "the National Election Commission", "a minor progressive party"),
        "titles": ("Floor leader", "Rep.", "the party's chief spokesperson,", "Prime Minister",
                   "a senior presidential secretary,", "Assembly Speaker"),
        "topics": ("the budget bill", "electoral reform", "the parliamentary audit", "the Cabinet reshuffle",
                   "the special counsel bill", "local election rules", "the proposed constitutional amendment"),
        "actions": ("pass", "block", "revise", "push through", "delay a vote on", "reject", "negotiate"),
        "concerns": ("the deadlock in parliament", "a row over appointments", "a corruption inquiry",
                     "infighting within the party", "the approaching general election"),
        "groups": ("lawmakers", "voters", "party members", "civic groups", "opposition lawmakers"),
        "headlines": ("Parties clash over {topic}", "Rival parties fail to agree on {topic}",
                      "Opposition vows to {action} {topic}", "Presidential office rejects call to {action} {topic}",
                      "Approval rating falls to {small}0 pct amid {concern}"),
        "keywords": ("politics", "National Assembly", "election", "budget", "parties", "presidential office"),
        "sentences": (
            "The bill needs the support of a simple majority of the {big}-seat chamber to pass.",
            "Lawmakers from the opposition walked out of the plenary session in protest.",
            "The two parties have traded barbs over the issue for weeks.",
            "A poll of {big} adults released on {day} put support for the ruling party at {small}0 percent.",
        ),
    },
    "economy": {
        "orgs": ("the finance ministry", "the central bank", "the statistics agency", "the trade ministry",
                 "the financial regulator", "the land ministry", "the Korea Development Institute"),
        "titles": ("Finance Minister", "the central bank's governor,", "Vice Finance Minister",
                   "Trade Minister", "an economist at the central bank,", "the head of the financial regulator,"),
        "topics": ("exports of semiconductors", "household debt", "consumer prices", "the key interest rate",
                   "the housing market", "the won-dollar exchange rate", "the growth outlook", "youth employment"),
        "actions": ("stabilise", "review", "revise", "support", "curb", "watch", "ease rules on", "tighten rules on"),
        "concerns": ("slowing global demand", "high interest rates", "volatile oil prices", "a weak won",
                     "sluggish domestic consumption", "a rebound in mortgage lending"),
        "groups": ("exporters", "households", "small businesses", "economists", "investors", "first-time buyers"),
        "headlines": ("Exports rise {pct} pct in {month} on chip demand", "Central bank keeps rate steady amid {concern}",
                      "Consumer prices up {pct} pct in {month}", "Gov't to {action} {topic}",
                      "Household debt hits record amid {concern}"),
        "keywords": ("economy", "exports", "inflation", "interest rate", "won", "housing", "jobs", "growth"),
        "sentences": (
            "Consumer prices rose {pct} percent on-year in {month}, slower than the previous month.",
            "The won closed at {big} against the dollar on {day}.",
            "Outbound shipments of chips jumped {pct} percent, according to the trade ministry.",
            "The economy grew {pct} percent on-quarter in the third quarter, the central bank's estimate showed.",
        ),
    },
    "business": {
        "orgs": ("Hanbit Electronics", "Daesan Motors", "Seorin Chemical", "Namhae Shipbuilding", "Ora Telecom",
                 "Cheongsol Foods", "Baram Airlines", "Mirae Battery", "Gaon Bio", "Haneul Steel"),
        "titles": ("Chief Executive", "the company's chief financial officer,", "a company spokesperson,",
                   "Chairman", "an industry analyst,", "the head of the company's chip division,"),
        "topics": ("its battery plant", "third-quarter earnings", "a new line of memory chips", "its electric vehicles",
                   "an order for LNG carriers", "its overseas factories", "a share buyback", "its mobile network"),
        "actions": ("expand", "launch", "invest in", "restructure", "sell", "upgrade", "scale back", "build"),
        "concerns": ("weak demand for smartphones", "rising raw material costs", "competition from Chinese rivals",
                     "a slowdown in electric vehicle sales", "labour disputes"),
        "groups": ("shareholders", "suppliers", "unionised workers", "customers", "analysts", "investors"),
        "headlines": ("{Org} Q3 operating profit up {pct} pct", "{Org} to {action} {topic}",
                      "{Org} wins {amount} order", "{Org} shares fall {pct} pct on {concern}",
                      "{Org} unveils plan to {action} {topic}"),
        "keywords": ("earnings", "industry", "semiconductors", "batteries", "shipbuilding", "autos", "telecom"),
        "sentences": (
            "Operating profit rose {pct} percent on-year to {amount}, beating market expectations.",
            "Shares of {org} closed {pct} percent higher on {day}.",
            "The company said it would hire about {big} people at the new plant.",
            "Sales fell short of analysts' forecasts for a second straight quarter.",
        ),
    },
    "sports": {
        "orgs": ("the national football team", "Incheon Harbor FC", "the Seoul Hawks", "the national volleyball team",
                 "the Busan Gulls", "the Daegu Falcons", "the national archery team", "Daejeon Citizen United"),
        "titles": ("head coach", "team captain", "manager", "the league's commissioner,", "midfielder", "pitcher"),
        "topics": ("the squad for next month's qualifiers", "the title race", "the new season", "the playoff series",
                   "the team's defence", "the youth academy", "the new stadium"),
        "actions": ("finalise", "rebuild", "strengthen", "defend", "review", "open", "reshape"),
        "concerns": ("a string of injuries", "a three-game losing streak", "poor attendance", "fixture congestion",
                     "the loss of key players"),
        "groups": ("fans", "players", "coaches", "club officials", "season ticket holders"),
        "headlines": ("{Org} beat rivals {score} to stay top", "{Org} name new head coach",
                      "Injuries leave {org} short ahead of {topic}", "{Org} clinch playoff spot",
                      "Archers win {small} golds at Asian championships"),
        "keywords": ("sports", "football", "baseball", "volleyball", "archery", "K League", "Olympics"),
        "sentences": (
            "The winning goal came in the {small}0th minute from a header at the far post.",
            "A crowd of {big} watched the match in {city}.",
            "The team has won {small} of its last 10 games.",
            "The two sides meet again on {day} in {city}.",
        ),
    },
    "culture": {
        "orgs": ("the culture ministry", "the National Museum of Korean Crafts", "the Busan Harbor Film Festival",
                 "the Seoul Book Fair", "the Cultural Heritage Administration", "a Seoul theatre company",
                 "the Jeonju Folk Music Festival"),
        "titles": ("Culture Minister", "the festival's director,", "curator", "the film's director,",
                   "novelist", "the museum's director,"),
        "topics": ("the autumn exhibition", "its programme of independent films", "restoration of the palace gate",
                   "the translated novel", "the traditional music series", "a touring K-pop showcase",
                   "the webtoon adaptation"),
        "actions": ("present", "open", "restore", "celebrate", "host", "premiere", "revive"),
        "concerns": ("falling ticket sales", "the cost of restoration", "a shortage of translators",
                     "competition from streaming platforms"),
        "groups": ("visitors", "artists", "film fans", "readers", "critics", "musicians"),
        "headlines": ("{Org} to {action} {topic}", "Novel wins top prize at {city} awards",
                      "Ancient pottery goes on show in {city}", "{Org} draws record {big} visitors",
                      "Indie film festival opens with {small}0 titles"),
        "keywords": ("culture", "film", "books", "heritage", "music", "exhibition", "K-pop", "festival"),
        "sentences": (
            "The exhibition runs until the end of {month} and admission is free.",
            "Tickets for the opening night sold out within {small} minutes.",
            "The festival will screen {small}0 films from {small2}0 countries this year.",
            "Critics praised the production's spare staging and its live band.",
        ),
    },
    "world": {
        "orgs": ("the United Nations", "the European Commission", "the U.S. State Department",
                 "Japan's foreign ministry", "the World Health Organization", "the G20 finance ministers",
                 "the Association of Southeast Asian Nations", "the International Monetary Fund"),
        "titles": ("Foreign Minister", "a State Department spokesperson,", "the U.N. envoy,",
                   "Prime Minister", "an EU official,", "the IMF's chief economist,"),
        "topics": ("the climate finance deal", "the ceasefire talks", "supply chain rules", "the trade agreement",
                   "aid for flood victims", "the pandemic preparedness treaty", "shipping routes in the region"),
        "actions": ("back", "resume", "finalise", "extend", "review", "expand", "support"),
        "concerns": ("the fighting near the border", "a deepening debt crisis", "severe flooding",
                     "slowing growth in China", "disruption to shipping"),
        "groups": ("diplomats", "aid agencies", "member states", "refugees", "negotiators"),
        "headlines": ("{Org} urges restraint amid {concern}", "Talks on {topic} resume in {city}",
                      "{Org} to {action} {topic}", "Floods displace {big} in {city} region",
                      "Leaders agree to {action} {topic}"),
        "keywords": ("diplomacy", "United Nations", "climate", "trade", "security", "aid", "summit"),
        "sentences": (
            "Delegates from {small}0 countries attended the talks in {city}.",
            "Seoul's foreign ministry said it was watching the situation closely.",
            "The agreement still needs to be ratified by national parliaments.",
            "No Korean nationals were reported among the casualties, the foreign ministry said.",
        ),
    },
}
