"""The one vocabulary: the words readouts name people, offices and meetings with.

Kept as data, apart from the readers, so a new honorific or office is a line
here and not a change of logic. Every list holds words as written in the
pages; readers compare tokens against them (most lists in lower case, see
each). Multi-word entries are split into tokens by the meeting tokeniser, so
"H.E. Dr." and "Dato' Sri" are matched token by token.
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


# -- people --------------------------------------------------------------------

HONORIFICS: Final = _lines(
    """
    Mr.
    Mr
    Mrs.
    Mrs
    Ms.
    Ms
    Miss
    Dr.
    Dr
    Prof.
    Professor Emeritus
    Professor
    Amb.
    Sayyid
    Sayed
    Rev.
    Sir
    Dame
    Lord
    Senator
    Sen.
    H.E.
    H. E.
    H.E
    HE
    H.H.
    H. H.
    H.M.
    H.R.H.
    HRH
    His Excellency
    Her Excellency
    His Majesty
    Her Majesty
    His Highness
    Her Highness
    His Royal Highness
    Her Royal Highness
    His Holiness
    His Eminence
    Cardinal
    Ayatollah
    Madam
    Madame
    the Honorable
    The Honorable
    the Honourable
    The Honourable
    Honorable
    Honourable
    the Hon.
    The Hon.
    the Hon
    The Hon
    Hon.
    Hon
    the Rt. Hon.
    The Rt. Hon.
    the Rt Hon
    The Rt Hon
    the Rt Hon.
    The Rt Hon.
    Rt. Hon.
    Rt Hon
    Rt Hon.
    Rt.Hon.
    the Right Honourable
    The Right Honorable
    the Right Honorable
    Right Honorable
    The Right Honourable
    Right Honourable
    the Most Honourable
    The Most Honourable
    Most Honourable
    the Most Hon.
    The Most Hon.
    Most Hon.
    Lyonpo
    Lyonchhen
    Dasho
    Sheikh
    Shaikh
    Sheikha
    Dato' Seri Utama
    Dato’ Seri Utama
    Dato' Sri
    Dato’ Sri
    Dato'Sri
    Dato’Sri
    Dato' Seri
    Dato’ Seri
    Dato'
    Dato’
    Dato
    Dato Seri Setia
    Dato' Seri Setia
    Dato’ Seri Setia
    Dato Seri Paduka
    Dato' Seri Paduka
    Dato’ Seri Paduka
    Dato Seri
    Dato Sri
    Dato Paduka
    Dato' Paduka
    Dato’ Paduka
    Dato' Sri Diraja
    Dato’ Sri Diraja
    Dato' Seri Diraja
    Dato’ Seri Diraja
    Dato Sri Diraja
    Dato Seri Diraja
    Datuk Seri Utama
    Datuk Seri
    Datuk
    Datin
    Tan Sri
    Ratu
    Adi
    Tun
    Y.B.
    Y. B.
    Y.A.B.
    Yang Berhormat
    Yang Amat Berhormat
    Yang Berbahagia
    Pehin
    Haji
    Hajah
    Custodian of the Two Holy Mosques
    Baroness
    the Lord
    the Baroness
    the Baron
    the Earl
    the Viscount
    Samdech
    Samdech Techo
    Samdech Akka Moha Sena Padei Techo
    Samdech Moha Borvor Thipadei
    Shri
    Shrimati
    Smt.
    U
    Daw
    General
    General of the Army
    Senior General
    Field Marshal
    Gen.
    Lt. Gen.
    Lieutenant General
    Major General
    Admiral
    Rear Admiral
    Vice Admiral
    Rear Admiral (Retired)
    Rear Admiral (Ret'd)
    Rear Admiral (Ret’d)
    Rear Admiral (Ret.)
    Rear Admiral (Ret)
    Air Chief Marshal
    Marshal
    Colonel
    Col.
    Captain
    Pastor
    Bishop
    Commodore
    Engr.
    Eng.
    Atty.
    Maj. Gen.
    """
)
"""Styles written before a name, alone or chained ("H.E. Dr.", "Hon. Rev. Dr.").

"Ambassador" is an office, not a style: "Ambassador Sasae" has the title
"Ambassador".
"""

PEERS: Final = frozenset({"Lord", "Baroness", "Baron", "Viscount", "Earl", "Countess"})
"""Styles of a peer, whose name may go on with a territorial designation: "Lord
Ahmad of Wimbledon", "Lord Cameron of Chipping Norton"."""

GENERATIONAL: Final = frozenset(
    {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", "VI", "Filho", "Júnior"}
)
"""Suffixes that are part of a name but not its family name: "Marcos Jr.", and in
Portuguese names "Alckmin Filho", "Júnior" ("Neto" is a family name too:
"Agostinho Neto")."""

POST_NOMINALS: Final = frozenset(
    {
        *("MP", "QC", "KC", "SC", "PC", "OBE", "CBE", "KBE", "DBE", "MBE", "GCMG", "KCMG", "CMG"),
        *("GCB", "KCB", "OM", "CH", "AO", "AC", "MNZM", "CNZM", "ONZM", "ONZ", "QSO", "ON", "OJ"),
        *("CD", "TD"),
    }
)
"""Letters after a name that are not part of it: "Boris Johnson MP", "Simon Coveney TD"."""

POST_NOMINALS_AFTER_COMMA: Final = frozenset({"T.D.", "M.P.", "Q.C.", "K.C.", "P.C.", "M.D."})
"""Letters after a name only when a comma sets them off, as they are initials
elsewhere: "Simon Coveney, T.D., Tánaiste ...", "Hon. Mangala Samaraweera,
M.P., Minister of Foreign Affairs ..." (but "Mr. T.D. Jakes")."""

NAME_PARTICLES: Final = frozenset(
    {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "dela",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "bin",
        "binti",
        "bint",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "ben",
        "zu",
        "abu",
        "abou",
        "aboul",
        "abul",
    }
)
"""Lower-case particles inside names; a family name keeps those before it (and one
written with a capital before its last word: "Van Rompuy", "Aboul Gheit")."""

NOT_FAMILY_CAPS: Final = frozenset(
    {"II", "III", "IV", "VI", "VII", "VIII", "JR", "SR", "UN", "EU", "US", "UK", "ROK", "DPRK"}
    | POST_NOMINALS
)
"""Words in capitals that are not a family name written in capitals."""

DISEASES: Final = _words("AIDS HIV COVID-19 Tuberculosis Malaria Polio Ebola")
"""Diseases a body's name fights: never a name, and a word of the office after a
word of the body ("Executive Director of the Global Fund to Fight AIDS, Tuberculosis
and Malaria")."""

NOT_NAME_WORDS: Final = (
    _words(
        """
    Meeting Meetings Summit Talk Talks Dialogue Consultation Consultations Conference Committee
    Forum Assembly Session Agreement Partnership Group Officials Council Ceremony Call Dinner
    Lunch Luncheon Breakfast Banquet Visit Overview Outline Summary The January February March
    April May June July August September October November December Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Japan Japanese Office Ministry House Palace Headquarters
    Following During After Before On In At From For With Both Also Photo Telephone Video
    Ministers Leaders Government Embassy Delegation Strategic Economic Bilateral Joint
    Ministerial Trilateral Consultative Plenary Working
    Meets Visits Holds Receives Pays Hosts Attends Welcomes
    Statement Statements Election Elections Referendum Test Tests Launch Launches Attack Attacks
    Situation Incident Issue Issues Week High-Level Segment
    """
    )
    | DISEASES
)
"""Capitalised words never part of a personal name ("Security Consultative Committee"),
diseases a body's name fights ("the Global Fund to Fight AIDS"), headline verbs among
them ("Foreign Minister Kono Meets Mr. Roberto Ampuero"), and the subjects of a
statement ("on the Presidential Election", "on the Nuclear Test")."""

BUILDING_WORDS: Final = frozenset(
    {"House", "Palace", "Office", "Residence", "Hall", "Building", "Headquarters", "Hotel"}
)
"""Words closing the name of a building: a name read after an office with no style
before them names none ("the State Guest House" is no "Guest" whose office is "State")."""

MONTHS_AS_NAMES: Final = frozenset({"April", "May", "June", "August"})
"""Months that are names too: after a given name and with no day after them,
a name goes on through them ("the Rt. Hon. Theresa May MP")."""

RANKS_AS_NAMES: Final = frozenset({"King", "Prince", "Duke", "Lord", "Pope"})
"""Ranks that are family names too: after a given name, and closing the name,
they are its last word ("Mr. Robert King, Special Envoy ...", "Mr. Winston Lord")."""

# -- offices -------------------------------------------------------------------

# How an office held from a day to come ends: "President-designate".
_TO_COME = ("-elect", "-designate", "-Designate")

OFFICE_WORDS: Final = _words(
    """
    Minister Ministers Prime Foreign Secretary Secretary-General President Vice Vice-President
    Vice-Minister Deputy Chief Cabinet Senior Parliamentary Ambassador Ambassador-designate
    Ambassador-Designate Director Director-General Chairman Chairperson Chair Chancellor Premier
    Governor Mayor Speaker Special Envoy Advisor Adviser Spokesperson Spokesman Press Assistant
    Under Under-Secretary Counsellor Counselor Councilor Councillor State High Representative
    Commissioner Federal External Defense Defence Emir Amir King Queen Crown Prince Princess
    Sultan Head Leader Member Acting First Former Executive Commander Consul Consul-General
    Attorney General Administrator Coordinator Officer Permanent Principal Political Affairs
    Economy Trade Industry Finance Environment Interior Justice Health Agriculture Security
    National Public Relations Department Council Lord Vice-Chairman Policy Planning Staff Joint
    Chiefs Economic Cooperation Development International Internal Home Education Culture
    Custodian Aide Pope Supreme Safety Nuclear Charge d'Affaires d’Affaires ad interim a.i.
    Science Technology Transport Infrastructure Energy President-elect Designate Second Third
    Deputy-Secretary Secretary-designate Vice-Premier Undersecretary Spokeswoman Chargé former
    newly newly-appointed newly-elected incoming outgoing Grand Duke Duchess Crown-Prince
    Minister-President Taoiseach Tánaiste Tanaiste T?naiste
    Captain-Regent
    Chief-Executive Co-Chair Co-Chairman Co-chair Co-chairman Co-Chairperson Co-chairperson
    Envoy Special-Envoy Legislative Assembly Senate
    Parliament Parliamentary Vice-Chair Vice-Chairperson Co-Chairs Presidential Minster
    Extraordinary Plenipotentiary Counsel Manager Responsible Secretaries Ambassadors
    Chairperson-in-Office Chairman-in-Office Chair-in-Office President-in-Office
    Governor-General Attorney-General Solicitor-General Inspector-General Auditor-General
    Senator Representative Congressman Congresswoman CEO COO CFO Founder Co-Founder Chairwoman
    Commander-in-Chief Rapporteur Under-Secretary-General Deputy-Secretary-General
    Assistant-Secretary-General Professor Emeritus Fellow Vice-Chancellor Rector pro tempore
    """
) | frozenset(
    # Offices held from a day to come: "President-designate", "Prime Minister-elect".
    f"{office}{to_come}"
    for office in _words("President Minister Premier Secretary-General Director-General Chair")
    for to_come in _TO_COME
)
"""Capitalised words that make up offices: "Deputy Chief Cabinet Secretary"."""

PORTFOLIO_WORDS: Final = _words(
    """
    Land Natural Resources Tourism Labour Labor Welfare Sports Forestry Fisheries Communications
    Investment Commerce Industries Mines Mining Water Housing Youth Women Family Social
    Employment Fiscal Treasury Revenue Customs Immigration Climate Digital Maritime Regional
    Human Rights Refugees Disarmament Humanitarian Gender Equality Children Migration Oceans Issues
    Issue Questions Diplomacy Studies Transformation Revitalization Revitalisation Reconstruction
    Innovation Decentralization Privatization Promotion
    """
)
"""Words of the portfolios an office names after "of" or "for" ("Minister of Natural
Resources and Environment"). Unlike office words they may be surnames ("Peter Land"),
so they count as part of an office only inside one."""

LOWER_OFFICE_WORDS: Final = frozenset(word.lower() for word in OFFICE_WORDS)
"""The same, lower case, for titles written so ("minister for foreign affairs of Peru")."""

OFFICE_HEADS: Final = _words(
    """
    Minister Prime Secretary Secretary-General President Vice-President Vice-Minister Deputy Chief
    Senior Parliamentary Ambassador Ambassador-designate Ambassador-Designate Director
    Director-General Chairman Chairperson Chair Chancellor Premier Governor Mayor Speaker Special
    Advisor Adviser Spokesperson Spokesman Assistant Under-Secretary Counsellor Counselor Councilor
    State High Commissioner Emir Amir King Queen Crown Prince Princess Sultan Head Leader Member
    Acting First Former Executive Commander Consul Consul-General Attorney Administrator
    Governor-General Attorney-General Solicitor-General Inspector-General Auditor-General
    Coordinator Permanent Principal Vice Foreign Grand Minister-President Taoiseach Tánaiste Envoy
    Tanaiste T?naiste
    Chairperson-in-Office Chairman-in-Office Chair-in-Office President-in-Office
    Co-Chair Co-Chairman Co-chair Co-chairman Co-Chairperson Co-chairperson Undersecretary
    Vice-Premier former newly newly-appointed newly-elected
    incoming outgoing U.S. Japanese British Federal
    Minster NATO Senator Representative Congressman Congresswoman CEO Founder Co-Founder
    Chairwoman Commander-in-Chief Under-Secretary-General Deputy-Secretary-General
    Assistant-Secretary-General Professor Vice-Chancellor Rector
    """
) | frozenset(office for office in OFFICE_WORDS if office.endswith(_TO_COME))
"""Words an office written after a name may begin with ("Minister", "Secretary")."""

ORDINAL_WORDS: Final = _words(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth
    """
)
"""Ordinals written as words, in lower case; a compound such as "seventy-ninth"
ends on one of them."""

ACADEMIC_POSTS: Final = frozenset({"Professor", "Emeritus", "Fellow", "Chair"})
"""Chairs and fellowships, held at a school or an institute: "Professor at the
University of Tokyo", "Senior Fellow at the CFR", "Japan Chair at the Center for
Strategic and International Studies"."""

SCHOOL_WORDS: Final = _words(
    "University College School Institute Institution Center Centre Academy Council"
)
"""Words naming a school or an institute a chair is held at ("at Keio University"),
as no place a meeting is held at does ("at the Prime Minister's Office")."""

COMPANY_FORMS: Final = frozenset({"Co", "Inc", "Ltd", "Corp"})
"""How a company's name ends, written short with a stop: "Toyota Motor Co., Ltd."."""

COMPANY_SUFFIXES: Final = _words(
    """
    AG GmbH SE PLC plc Berhad Bhd Tbk N.V. S.A. S.p.A. A.G. K.K. L.C. LLC LLP Pte Pty
    """
)
"""How a company's name ends in the law it is formed under, written whole after
it: "AirAsia Group Berhad", "Siemens AG", "Unilever PLC", "Nestlé S.A."."""

SHARED_STOP_WORDS: Final = COMPANY_FORMS | {"Jr", "Sr"}
"""Words written short whose stop a sentence ending on them shares with its own:
"... JPMorgan Chase & Co.", "... Ferdinand R. Marcos Jr."; the stop stays with the word."""

BODY_WORDS: Final = (
    _words(
        """
    Agency Assembly Association Authority Bank Bundestag Center Centre Chamber Commission
    Committee Company Congress Corporation Council Court Diet Duma Federation Forum
    Foundation Fund Group Holdings Institute Knesset Majlis Organisation Organization Parliament
    Party Region Sabha Society University LLC Command Watch Union League Bureau Division
    Delegation Department Front
    Secretariat Forces Roundtable Limited Conference Institution
    Mejlis Mazhilis Khural Kenesh Sejm Seimas Saeima Riigikogu Storting Folketing Riksdag
    Eduskunta Althingi Oireachtas Rada Bundesrat
    """
    )
    | COMPANY_FORMS
)
"""Words that end the name of a body an office is of: "Microsoft Corporation",
"Japan-Australia Business Council", "Supreme Court"."""

BODY_WORD_PAIRS: Final = frozenset({("Round", "Table")})
"""Two words that end the name of a body together, though the second alone ends
none: "EU-Japan Business Round Table" (not "International Table Tennis Federation")."""

TITLE_JOINERS: Final = frozenset({"of", "for", "to", "and", "the", "/", "on", "&", "in", "at"})
"""Lower-case words joining the parts of an office: "Minister for Foreign Affairs of Japan"."""

GLUED_JOINERS: Final = frozenset({"of", "for", "to", "and", "the", "on", "in", "at", "with", "by"})
"""Small words a web copy runs into the capitalised word after them, where a
link or tag stood between: "President of the Republic ofIndonesia"."""

SLOT_JOINERS: Final = frozenset({"of", "for", "to", "on"})
"""Joiners after which the next capitalised word belongs to the office ("of Mongolia")."""

CHIEFLY_STYLES: Final = frozenset({"Ratu", "Adi"})
"""Fijian chiefly styles, styles only where a personal style does not stand
before them: "the Honourable Ratu Inoke Kubuabola", but "Mr. Adi Sasono"."""

WOMEN_STYLES: Final = _words(
    """
    Ms. Ms Mrs. Mrs Madam Madame Mme. Her Dame Lady Baroness Queen Princess Duchess Daw Smt.
    Datin Puan Sheikha
    """
)
"""Styles and ranks a woman is named with ("Ms.", "Her Excellency", "Queen"): "She"
may stand for her, and "He" not. Styles both women and men hold ("Dr.", "Tan Sri",
"Dato'") are in neither list."""

MEN_STYLES: Final = _words(
    """
    Mr. Mr His Sir Lord Baron Earl King Prince Duke Sheikh Sultan Emir Amir Shri U Cardinal
    Ayatollah
    """
)
"""Styles and ranks a man is named with ("Mr.", "His Majesty", "Sheikh")."""

OWN_WORD_VERBS: Final = _words(
    """
    expressed stated explained reiterated renewed emphasized emphasised stressed underlined
    outlined voiced
    """
)
"""Reporting verbs that take what the speaker says, never a person, right after them: a
"his" or "her" there is the speaker's own ("Minister Wong expressed her appreciation"),
which tells whom "He" and "She" may stand for. ("thanked her", "extended her an
invitation" name someone else.)"""

PERSONAL_STYLES: Final = frozenset({"Mr", "Ms", "Mrs", "Dr", "Prof", "H.E"})
"""Personal styles written short with a stop: "Mr.", "H.E."."""

HONOURING_STYLES: Final = frozenset({"Hon", "Honourable", "Honorable", "Excellency"})
"""Styles that honour the name right after them, with or without a stop: "the
Honourable Fiam? Naomi Mata?afa", "Hon. Jos? ...", "His Excellency ..."."""

VIETNAMESE_FAMILY_NAMES: Final = _words(
    """
    Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Trinh
    Truong Dao Lam Mai Luong Doan Vuong Thai To Ha Ta Quach Kieu Trieu Thach Nong Giang
    Khuc Tong
    """
)
"""Family names a Vietnamese name opens with ("Vo Van Thuong"), where "Van" is a
middle name, not a particle."""

CAMBODIAN_FAMILY_NAMES: Final = _words(
    """
    Hun Prak Hor Sar Chea Kao Keo Sok Tea Men Say Ouk Neth Aun Cham Khieu Ieng Hok Keat Hang
    Sun Ouch Heng
    """
)
"""Family names a Cambodian name opens with ("Hun Sen", "Prak Sokhonn", "Kao Kim
Hourn"). Khmer given names are romanised too freely for the syllable test of the
others, so any given name follows them."""

KHMER_STYLE_OPENERS: Final = frozenset({"Samdech"})
"""Words that open a Khmer style of several words, whose words up to the
family name are the style, spelt as they may be: "Samdech Moha Bovor Thipadei
Hun Manet" is "Hun Manet", as "Samdech Moha Borvor Thipadei" is."""

FAMILY_NAMES_FIRST: Final = (
    VIETNAMESE_FAMILY_NAMES
    | CAMBODIAN_FAMILY_NAMES
    | _words(
        """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin
    Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan
    Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Dai Xi Fu Zhong
    Qian Qin Kong Bai Cui Kang Mao Qiu Gu Hou Shao Meng Wan Duan Lei Yin Hao Xiong
    Fan Shi Yan Liao Zou Xia Fang Jia Wen Geng Qi Tan Tao Xing Yue Zhan Ou Lou Ling
    Lee Lim Ng Ong Teo Goh Koh Chan Wong Leung Cheung Lau Chow Tsai Hsu Chiang Kuo
    Lai Yeo Chee Low Loh Lui Yeung Tsang Tung Chu Soong Hsieh Lien Chang Chung
    Kim Yi Rhee Park Pak Choi Choe Jung Jeong Cho Yoon Yun Jang Im Oh Seo Suh Shin
    Kwon Hwang Ahn Yoo Ryu Hong Jeon Chun Ko Moon Mun Son Sohn Bae Baek Paik Heo
    Huh Nam Noh Roh Kwak Cha Joo Woo Min Chae Won Bang Hyun Ham Byun Yeom Choo Ban
    Pyo Maeng Tak Yook Eom Hahn Ri Ra Na Wi Ha Shim Sim Gil Seol Ok Hur Ryoo Ju
    """
    )
)
"""Family names a Chinese, Korean, Vietnamese or Cambodian name opens with when
written family name first, as the site writes them ("Wang Yi", "Moon Jae-in",
"Pham Minh Chinh", "Hun Sen"). The family name is the first word only when
the rest is a given name in romanised syllables: "Kim Darroch" and "Lee
Hamilton" are written given name first."""

GIVEN_NAMES_TOO: Final = frozenset({"Kim", "Lee", "Jin", "Min", "Lou", "Han"})
"""Family names of :data:`FAMILY_NAMES_FIRST` that are Western given names too
("Kim Jackson", "Lee Watson"): they open a name written family name first only
before a given name of two words or in syllables joined by a hyphen ("Kim Jong
Un", "Lee Myung-bak"), or one holding "zh", "x" or a "q" after its first letter,
as Western names hardly do ("Han Zheng", "Jin Liqun")."""

RANKS: Final = frozenset(
    {"Prince", "Princess", "Crown Prince", "King", "Queen", "Sultan", "Emir", "Amir", "Ambassador"}
)
"""Ranks written before a name that stay with it as a style when an office follows
the name: "His Highness Prince Faisal bin Farhan Al-Saud, Minister of Foreign Affairs"."""

ELECTED_OFFICES: Final = frozenset({"Senator", "Representative", "Congressman", "Congresswoman"})
"""Offices held for a place, named after "from": "United States Senator from Tennessee"."""

MISSIONS: Final = _words(
    """
    Embassy Consulate Consulate-General Mission Consul Consul-General Delegation
    Organizations Organisations
    """
)
"""A country's missions abroad and their heads, whose place goes on an office after
"in": "... of the Embassy of the Republic of Korea in Japan", "Consul-General of
Japan in New York", "Permanent Representative of Japan to the International
Organizations in Vienna"."""

BODY_MEETING_WORDS: Final = frozenset({"Committee", "Conference"})
"""Meeting words that name a body before "of the" or "on": "International Committee
of the Red Cross", "Conference on Disarmament"."""

TOPIC_OFFICES: Final = _words(
    """
    Rapporteur Rapporteurs Envoy Representative Adviser Advisor Coordinator
    Committee Subcommittee Commission Council Panel Group Caucus
    """
)
"""Offices and bodies named for a subject after "on": "Special Rapporteur on the
situation of human rights in Myanmar", "the Senate Committee on Foreign Relations"."""

PLACE_WORDS: Final = _words(
    """
    Republic Kingdom States Nations Union Federation Commonwealth Emirates Islands Island
    Confederation Arabia Zealand Lanka Africa Korea Guinea Nam Rica Salvador Leone Faso Verde
    Marino Kong York Ireland Britain East Sudan Macedonia Herzegovina Tobago Barbuda Lucia
    Darussalam Democratic Socialist People’s People's Islamic Arab Federal Federative United
    Independent Plurinational Bolivarian Hashemite Cooperative Oriental Eastern Central European
    Commission Community Organization Organisation Bank Fund Agency Ministry Office Bureau
    Division Department Affairs Policy Relations Defense Defence America Japan Japanese U.S.
    New Great Northern Southern Western North South West Holy See Coast Timor Leste Grenadines
    Nevis Principe Tome Caicos Marshall Solomon Cook Papua Saudi Czech Dominican Equatorial
    Sri Costa El Sierra Burkina Cabo Cape San Sao São Trinidad Antigua Bosnia Saint St. Viet
    Lao ASEAN Asian Pacific Atlantic Caribbean Gulf Council Secretariat Parliament Assembly
    Foreign Economic Cooperation Development Trade Security International Treaty Olympic
    Committee Red Cross Crescent Health World Food Programme Program Refugees Energy Atomic
    Abu Dhabi Kuala Lumpur Buenos Aires Phnom Penh Addis Ababa Tel Aviv Puerto Santo Domingo
    Asia Europe Americas Oceania Middle Southeast Latin Indo-Pacific Los Las Santa Port Rio
    Hong Dar Ho Chi Minh
    """
)
"""Words that continue a country or body named after "of"/"to" in an office."""

# -- meetings ------------------------------------------------------------------

LEAD_VERBS: Final = _lines(
    """
    held
    had
    paid
    received
    hosted
    gave
    met
    exchanged
    took part
    participated
    visited
    was convened
    were convened
    was held
    were held
    talked
    spoke
    conducted
    co-chaired
    co-hosted
    chaired
    attended
    joined
    made
    """
)
"""Verbs a lead sentence tells a meeting with: "held", "received", "took part"."""

LEAD_VERB_WORDS: Final = frozenset(verb.split()[0] for verb in LEAD_VERBS)
"""The first words of :data:`LEAD_VERBS`: "held", "received", "spoke", "exchanged"."""

NO_MEETING_HEADLINES: Final = _words(
    """
    Statement Comment Comments Message Messages Condolences Congratulatory Announcement
    Signing Visit Visits Dispatch Emergency
    """
)
"""First words of the headline of a page that tells no meeting held, and so has no
lead: "Statement by Foreign Minister ...", "Visit to Japan by H.E. ..." (a visit
announced), "Signing of the Japan-Mongolia Economic Partnership Agreement"."""

NO_MEETING_OPENINGS: Final = (
    "Exchange of Letters",
    "Exchange of Notes",
    "Exchange of Messages",
    "Condolence Message",
)
"""Openings of such a headline that are more than its first word: "Exchange of
Letters between ...", "Condolence Message from ..." (but "Exchange of Views" and
"Condolence Call" may be meetings)."""

NO_MEETING_ASIDES: Final = ("(Statement by", "(Comment by", "(Message from", "(Press Release")
"""A headline's aside naming what the page is, wherever it stands: "The Nuclear Test
by North Korea (Statement by Prime Minister Shinzo Abe)"."""

MEETING_NOUNS: Final = _lines(
    """
    meeting
    meetings
    summit
    talk
    talks
    dialogue
    consultation
    consultations
    conference
    session
    """
)
"""Nouns a meeting is named with, in lower case: "The Japan-Viet Nam Foreign Ministers'
Meeting took place", "attended the talks"."""

MEETING_EVENTS: Final = _lines(
    """
    call
    calls
    lunch
    luncheon
    dinner
    breakfast
    banquet
    committee
    commission
    council
    exchange
    visit
    interview
    ceremony
    conversation
    teleconference
    videoconference
    2+2
    negotiation
    negotiations
    round
    ministerial
    forum
    symposium
    seminar
    workshop
    discussion
    discussions
    group
    roundtable
    reception
    """
)
"""Other words a lead names its meeting with, in lower case: "a telephone call",
"a working lunch", "the Joint Committee", "an exchange of views", "the 10th
Round of ... Negotiations", "the Joint Working Group"."""

WEAK_LEAD_VERBS: Final = frozenset(
    {"held", "conducted", "made", "was held", "were held", "had", "gave", "paid"}
)
"""Lead verbs that tell a meeting only with a meeting word beside them: "held a
meeting", not "the Presidential Election held in ..." or "conducted a nuclear test"."""

HEADLINE_SUFFIXES: Final = frozenset({"overview", "summary", "outline", "results", "result"})
"""Words in a parenthesis closing a headline, never part of an office: "(Overview)"."""

TOPIC_NOUNS: Final = _words(
    """
    situation situations incident incidents attack attacks earthquake earthquakes conflict
    conflicts crisis developments war disaster disasters floods flooding election elections
    hostage explosion shooting tragedy violence
    """
)
"""Nouns of what a meeting may be about, whose place is not the meeting's: "regarding
the situation in Ukraine", "the terrorist incident in Algeria"."""

PART_LABELS: Final = frozenset(
    {"Reference", "References", "Attachment", "Attachments", "Background", "Note", "Notes"}
)
"""Labels in brackets that head a part of a page of its own, after its items:
"(Reference) Recent high-level exchanges" over "(1) ...", "(2) ..."."""

# -- statements ----------------------------------------------------------------

REPORTING_VERBS: Final = _words(
    """
    stated said expressed noted explained welcomed agreed concurred confirmed emphasized
    emphasised stressed requested asked proposed responded replied added mentioned pointed
    conveyed shared affirmed reaffirmed underlined highlighted indicated appreciated thanked
    congratulated praised invited urged called sought discussed exchanged reiterated
    acknowledged showed voiced told briefed introduced presented raised offered extended
    touched commented hoped expected reported recognized recognised valued condemned decided
    issued began continued announced underscored committed pledged promised assured demanded
    suggested remarked observed declared described insisted encouraged approved supported
    endorsed accepted denied rejected criticized criticised protested lodged outlined updated
    elaborated clarified answered inquired wished spoke talked referred reviewed concluded
    appealed opposed objected denounced deplored regretted
    """
)
"""Verbs that report what a speaker said or held: "stated", "expressed", "concurred"."""

LOWER_PLACE_WORDS: Final = _words(
    """
    republic kingdom states union federation commonwealth democratic socialist people's
    people’s islamic arab federal federative united independent plurinational bolivarian
    hashemite state great northern ireland britain
    """
)
"""Words of a country's formal name that are not the country: "republic", "federation"."""

EU_BODIES: Final = _lines(
    """
    european union
    european council
    european commission
    european parliament
    european external action service
    """
)
"""The institutions of the European Union, in lower case: an office of one is of the
EU side ("The EU side", "The EU ..."); "the European Bank for Reconstruction and
Development" is none of them."""

SHARE_BUTTONS: Final = frozenset(
    _lines(
        """
        Tweet
        Share
        Share on X
        Share on Facebook
        Share on LINE
        """
    )
)
"""The site's buttons for sharing a page, as a copy gives them, a line each: "Tweet",
"Share" (not "Facebook" or "LINE" alone, which a page's own list may name)."""

BOX_WORDS: Final = _words(
    """
    news topics related latest recent links highlights features featured new pick
    announcements articles releases speeches
    """
)
"""Words of the headings of the site's boxes of links, lower case: "Latest News",
"Topics", "Related Pages", "What's New", "Pick Up", "Press Releases", "Speeches and
Statements"."""

COUNTRIES_WITH_THE: Final = {
    "united states": "u.s.",
    "u.s.": "u.s.",
    "us": "us",
    "united kingdom": "uk",
    "uk": "uk",
    "u.k.": "uk",
    "netherlands": "netherlands",
    "philippines": "philippines",
    "united arab emirates": "uae",
    "uae": "uae",
    "eu": "eu",
    "european union": "eu",
}
"""Countries written with "the", in lower case, by the side word their principal
is known by: "The United States proposed", "The U.S. explained", "The UK stated"."""

JAPANS_OFFICES: Final = frozenset(
    _lines(
        """
        prime minister
        deputy prime minister
        chief cabinet secretary
        deputy chief cabinet secretary
        minister for foreign affairs
        foreign minister
        state minister for foreign affairs
        senior vice-minister for foreign affairs
        parliamentary vice-minister for foreign affairs
        vice-minister for foreign affairs
        special advisor to the prime minister
        special adviser to the prime minister
        """
    )
)
"""Offices of Japan's government as the site writes them with no country, in
lower case: a principal named after a visitor whose office names theirs
("Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile, paid a courtesy
call on Mr. Shinzo Abe, Prime Minister") is Japan's side when they hold one."""

JAPANESE_BODY_OFFICES: Final = _lines(
    """
    house of representatives
    house of councillors
    diet
    governor of
    mayor of
    special envoy of the prime minister
    liberal democratic party
    komeito
    parliamentarians
    keidanren
    japan business federation
    """
)
"""Words of offices of Japan's own bodies and envoys that name no country, in
lower case: a principal named first holding one ("Speaker of the House of
Representatives", "Governor of Tokyo") keeps Japan's side, unless the office
names a country written with "the" ("Speaker of the United States House of
Representatives")."""

NOT_SIDE_WORDS: Final = _words(
    """
    human urban ocean plan man woman veteran partisan artisan caravan
    these publish establish finish wish media via criteria
    """
)
"""Common words ending as country names and adjectives do ("-an", "-ish",
"-ia"), in lower case: "the Minister of Human Rights" names no country."""

DEMONYMS: Final = {
    "japan": ("japanese",),
    "china": ("chinese",),
    "france": ("french",),
    "germany": ("german",),
    "netherlands": ("dutch",),
    "britain": ("british", "uk", "u.k."),
    "ireland": ("irish",),
    "spain": ("spanish",),
    "sweden": ("swedish",),
    "denmark": ("danish",),
    "finland": ("finnish",),
    "poland": ("polish",),
    "turkey": ("turkish",),
    "thailand": ("thai",),
    "philippines": ("philippine", "filipino"),
    "vietnam": ("vietnamese",),
    "nam": ("vietnamese",),
    "portugal": ("portuguese",),
    "switzerland": ("swiss",),
    "korea": ("korean", "rok"),
    "america": ("american", "u.s.", "us"),
    "united states": ("u.s.", "us", "american"),
    "united kingdom": ("british", "uk", "u.k.", "britain"),
    "kingdom": ("british", "uk", "u.k."),
    "lanka": ("lankan",),
    "zealand": ("nz",),
    "pakistan": ("pakistani",),
    "bangladesh": ("bangladeshi",),
    "israel": ("israeli",),
    "iraq": ("iraqi",),
    "kuwait": ("kuwaiti",),
    "qatar": ("qatari",),
    "oman": ("omani",),
    "uzbekistan": ("uzbek",),
    "kazakhstan": ("kazakh",),
    "afghanistan": ("afghan",),
    "norway": ("norwegian",),
    "peru": ("peruvian",),
    "belgium": ("belgian",),
    "türkiye": ("turkish",),
    "turkiye": ("turkish",),
    "greece": ("greek", "hellenic"),
    "hellenic": ("greek",),
    "emirates": ("emirati",),
    "united arab emirates": ("emirati", "uae"),
    "leste": ("timorese",),
    "timor-leste": ("timorese",),
    "ukraine": ("ukrainian",),
    "ghana": ("ghanaian",),
    "nepal": ("nepalese", "nepali"),
    "senegal": ("senegalese",),
    "azerbaijan": ("azerbaijani",),
    "morocco": ("moroccan",),
    "mexico": ("mexican",),
    "argentina": ("argentine", "argentinian"),
    "yemen": ("yemeni",),
    "bahrain": ("bahraini",),
    "cyprus": ("cypriot",),
    "lebanon": ("lebanese",),
    "sudan": ("sudanese",),
    "togo": ("togolese",),
    "congo": ("congolese",),
    "gabon": ("gabonese",),
    "benin": ("beninese",),
    "mali": ("malian",),
    "madagascar": ("malagasy",),
    "monaco": ("monegasque",),
    "iceland": ("icelandic",),
    "luxembourg": ("luxembourgish",),
    "slovakia": ("slovak",),
    "czechia": ("czech",),
    "tajikistan": ("tajik",),
    "kyrgyzstan": ("kyrgyz",),
    "turkmenistan": ("turkmen",),
    "mongolia": ("mongolian",),
    "laos": ("lao",),
    "myanmar": ("myanmar",),
}
"""Adjectives of countries that are not the name plus "-n"/"-an": "japan" -> "japanese".

Keyed by the word an office ends on, which may be a country's name ("greece"),
the last word of it ("leste", "emirates") or the adjective of its official name
("hellenic" of "the Hellenic Republic"); "myanmar" is its own adjective."""

# -- sentences -----------------------------------------------------------------

GIVEN_NAME_ABBREVIATIONS: Final = frozenset({"Md", "Mohd", "Muhd", "Hj", "Hjh"})
"""Given names and titles of a name written short, with a stop, inside a name: "Md.
Shahriar Alam", "Mohd. Najib", "Anifah Hj. Aman" ("Haji")."""

MAX_SHORT_GIVEN_NAME: Final = 4
"""The longest given name written short with a stop, after a style and before
the rest of a name: "Ms. Ma. Theresa P. Lazaro" ("Ma." for María), "Fco."
(Francisco). Unlike :data:`GIVEN_NAME_ABBREVIATIONS`, such a word ends a
sentence when no name goes on after it ("... with Mr. Ma. The two ...")."""

ABBREVIATIONS: Final = GIVEN_NAME_ABBREVIATIONS | _words(
    """
    Honorable Honourable Excellency
    Mr Mrs Ms Dr Prof St Hon Rt Amb Gen Lt Col Adm Rev Mt Sen Rep Gov No Nos Nr vs Messrs
    Mmes Dato Datuk Ret Smt approx Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)
"""Abbreviations whose full stop never ends a sentence: "Mr. Kishida", "No. 3",
"Md. Shahriar"."""

NUMBERED_ABBREVIATIONS: Final = _words("Art Arts Para Paras Sec Vol")
"""Abbreviations whose full stop ends no sentence before a number: "Art. 51 of the
UN Charter"; "... the National Gallery of Art. Prime Minister ..." ends one."""

SENTENCE_OPENERS: Final = _words(
    """
    The He She They It In On At Both This These That Those Furthermore Moreover Also Regarding
    As Following After Before During Then Finally Lastly Additionally In Subsequently Meanwhile
    However Further There Their His Her Its We I Concerning With Prime Minister Foreign
    President Secretary Japan
    """
)
"""Words that open a sentence after an abbreviation that may end one: "... the U.S. The"."""

JOINT_NOUNS: Final = _words(
    """
    leaders ministers sides countries foreign prime delegations governments heads parties
    presidents secretaries senators vice-ministers directors-general
    """
)
"""Nouns naming the principals together: "The two ministers", "Both sides", "The leaders"."""

EACH_NOUNS: Final = _words(
    """
    side leader minister country delegation government party president secretary senator
    vice-minister director-general
    """
)
"""Nouns naming every principal one by one after "Each": "Each side explained its position"."""

PREPOSITIONS: Final = _words(
    """
    with to from by of for on toward towards about regarding between among against into at in
    upon after before during than including like over under
    """
)
"""Words that put what follows in the object, never the subject: "with President X"."""

SUBORDINATORS: Final = _words(
    """
    since until because although though once when whereas unless if whether as after
    before that
    """
)
"""Words that open a clause inside the sentence, whose subject is not the sentence's:
"... since Prime Minister Kishida took office on October 4", "... the condolences
that the United States extended"."""

SHARED_PASSIVES: Final = _words(
    """
    agreed confirmed affirmed reaffirmed shared recognized recognised decided
    """
)
"""Participles of what the sides settle together, written without an agent: "It was
agreed that ...", "It was confirmed that ..." report every principal."""

EVENT_VERBS: Final = _words(
    """
    attended witnessed signed visited toured inspected watched participated planted unveiled met
    chaired co-chaired served departed graduated
    """
)
"""Verbs that tell what principals did, not what they said or held: "The two leaders
witnessed the exchange of documents", "... attended a dinner". A clause whose verb
is one of them reports no speaker unless a reporting verb follows after "and"
("... attended the session and expressed Japan's position")."""

ADVERBS: Final = _words(
    """
    also then further again once both all first subsequently furthermore likewise moreover
    similarly respectively jointly each
    """
)
"""Words that may stand between a subject and its verb: "also", "then", "once"."""

LY_NOT_ADVERBS: Final = _words(
    """
    family ally assembly supply rally reply anomaly monopoly homily belly bully jelly lily
    elderly daily weekly monthly yearly quarterly early only likely friendly lovely costly
    timely orderly deadly lonely holy ugly silly curly kindly
    """
)
"""Words ending in "-ly" that are nouns or adjectives, no adverbs: "family", "elderly"."""

IRREGULAR_PAST: Final = _words(
    """
    brought went made gave took told said spoke met held had sought thought felt left began
    led saw knew understood set put kept paid sent won lost bore drew wrote rose stood came
    became got heard meant showed shown reaffirmed underwent undertook
    """
)
"""Past tenses that do not end in "-ed": the verbs of a readout's narration besides "stated"."""


PLACE_ABBREVIATIONS: Final = frozenset({"D.C", "N.Y"})
"""Places written short, without their last stop, which end a name and qualify
no office: "... his visit to Washington, D.C. Minister Kishida expressed ..." is
two sentences."""

STATE_WORDS: Final = _words(
    """
    Republic Kingdom Federation Commonwealth State Sultanate Principality Emirates Islands
    Union Confederation PDR
    """
)
"""Words that make a name after "the" a country's, besides those of
:data:`COUNTRIES_WITH_THE`: opening it before "of" ("the Republic of Korea",
"the Kingdom of Spain", "the State of Qatar") or closing it ("the Russian
Federation", "the Czech Republic", "the Marshall Islands"); not "the State
Department" nor "the Ministry of Defense"."""

COUNTRY_ACRONYMS: Final = frozenset({"ROK", "DPRK", "PRC", "UK", "U.K.", "UAE", "U.S.", "US", "EU"})
"""Countries written short after "the": "from the ROK, ..."."""

OFFICE_JOINERS: Final = _words("of for and the to in on at de &")
"""The small words of names and offices, which say nothing on their own:
"Secretary of State for Business", "Minister of Economy, Trade and Industry"."""

DOCUMENT_WORDS: Final = _words(
    """
    Memorandum Agreement Exchange Convention Treaty Protocol Declaration Statement Plan Programme
    Program Arrangement Framework Roadmap Charter Letter Record Minutes Note Notes Initiative
    Strategy Vision Partnership Action Joint Amendment
    """
)
"""First words of the names of documents signed or issued: "Memorandum of Cooperation
...", "Exchange of Notes concerning ...", "Joint Statement on ..."."""

NAME_JOINERS: Final = OFFICE_JOINERS | _words("between with by concerning regarding respect")
"""The small words of the long names of documents and bodies: "Memorandum of
Cooperation in the Field of Clean Energy between the Ministry of ... and the
Ministry of ...", "Agreement ... with respect to Taxes on Income"."""

GROUPINGS: Final = _lines(
    """
    ASEAN
    EU
    Mekong
    Pacific Islands
    PALM
    CARICOM
    GCC
    Gulf
    Central Asia
    V4
    Visegrad
    SICA
    Central America
    Latin America
    Caribbean
    Africa
    African Union
    AU
    Arab
    Nordic
    Baltic
    Pacific Alliance
    NATO
    """
)
"""Groupings of countries a headline may pair Japan with, which are no one other
side: "Japan-ASEAN Foreign Ministers' Meeting", "Japan-Pacific Islands ..."."""
