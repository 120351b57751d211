"""The words the meeting readers know: offices, places, name particles.

Kept apart from the readers so the lists can grow without hiding the logic.
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that make up offices: "Deputy Chief Cabinet Secretary", "Minister for
# Foreign Affairs", "State Department Spokesperson".
TITLE_WORDS: Final = _words(
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
    Science Technology Transport Infrastructure Energy President-elect Designate Second Third
    Deputy-Secretary Secretary-designate Vice-Premier Undersecretary Spokeswoman Chargé former
    """
)

# Words that continue a country or body named after "of"/"to" in a title:
# "of the Democratic Socialist Republic of Sri Lanka", "to the United States of America".
PLACE_WORDS: Final = _words(
    """
    Republic Kingdom States Nations Union Federation Commonwealth Emirates Islands
    Confederation Arabia Zealand Lanka Africa Korea Guinea Nam Rica Salvador Leone Faso Verde
    Marino Kong York Ireland Britain East Sudan Macedonia Herzegovina Tobago Barbuda Lucia
    Darussalam Democratic Socialist People’s People's Islamic Arab Federal Federative United
    Independent Plurinational Bolivarian Hashemite Cooperative Oriental Eastern Central European
    Commission Community Organization Organisation Bank Fund Agency Ministry Office Bureau
    Division Department Affairs Policy Relations Defense Defence America Japan Japanese U.S.
    """
)

# Lower-case words that join the parts of a title: "Minister for Foreign
# Affairs of Japan", "Ambassador to the U.S.", "Prime Minister and Minister ...".
TITLE_JOINERS: Final = frozenset({"of", "for", "to", "and", "the", "/", "on", "in", "at", "&"})

# The joiners after which any capitalised word belongs to the title, as the
# body or place it names: "of Mongolia", "to Japan", "for Women".
SLOT_JOINERS: Final = frozenset({"of", "for", "to", "on", "in", "at"})

# Lower-case particles inside personal names: "Antonio de Aguiar Patriota",
# "Abdullah bin Zayed Al Nahyan", "José Manuel García-Margallo y Marfil".
NAME_PARTICLES: Final = frozenset(
    {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "binti",
        "bint",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "ben",
    }
)

# Capitalised words that are never part of a personal name; a "name" holding
# one is an event or a body: "Security Consultative Committee".
NOT_NAME_WORDS: Final = _words(
    """
    Meeting Meetings Summit Talk Talks Dialogue Consultation Consultations Conference Committee
    Forum Assembly Session Agreement Partnership Group Officials Council Ceremony Call Dinner
    Lunch Luncheon Breakfast Banquet Visit Overview Outline Summary The January February March
    April May June July August September October November December Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Japan Japanese Office Ministry House Palace Headquarters
    Following During After Before On In At From For With Both Also Photo
    """
)

# Letters after a name that are not part of it: "Boris Johnson MP".
POST_NOMINALS: Final = frozenset({"MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "GCMG", "PC"})

# Capital-letter tokens that are not a family name written in capitals.
NOT_FAMILY_CAPS: Final = frozenset(
    {"II", "III", "IV", "VI", "VII", "VIII", "JR", "SR", "UN", "EU", "US", "UK", "ROK", "DPRK"}
    | POST_NOMINALS
)
