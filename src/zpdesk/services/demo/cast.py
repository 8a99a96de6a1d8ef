"""The people of the normal demo: colleagues in the networks of Sanne de Vries.

Memberships name the network by its key in ``normal.NETWORKS``; ``since``/``until`` are
offsets in whole years from the current year (0 = this year, -1 = last year) plus a month.
"""

from __future__ import annotations

from dataclasses import dataclass

from zpdesk.domain.enums import MemberRole


@dataclass(frozen=True)
class Member:
    network: str
    role: MemberRole = MemberRole.MEMBER
    since: tuple[int, int] | None = None  # (years from now, month)
    until: tuple[int, int] | None = None


@dataclass(frozen=True)
class CastMember:
    key: str
    name: str
    organisation: str
    email: str
    phone: str
    expertise: str
    region: str
    background: str
    memberships: tuple[Member, ...]
    notes: str = ""


M = MemberRole
CAST: tuple[CastMember, ...] = (
    CastMember(
        "pieter",
        "Pieter Verhagen",
        "Verhagen Organisatieadvies",
        "pieter@verhagen-organisatieadvies.nl",
        "06-41 27 83 90",
        "organisatieadvies, verandermanagement",
        "West-Brabant (Huijbergen)",
        "Twintig jaar adviseur bij een groot bureau in Rotterdam, sinds 2012 zelfstandig. "
        "Mede-oprichter van het Kennisknooppunt.",
        (Member("kkp", M.FOUNDER, (-7, 9)), Member("coop", M.MEMBER, (-4, 1))),
        "Kent iedereen in de regio; goede ingang bij gemeenten.",
    ),
    CastMember(
        "marloes",
        "Marloes van den Berg",
        "Van den Berg Interim HR",
        "marloes@vdberg-interimhr.nl",
        "06-22 19 47 05",
        "interim HR, arbeidsvoorwaarden",
        "Breda",
        "Oud-HR-directeur in de zorg. Accountmanager en coördinator van ICZ.",
        (Member("icz", M.COORDINATOR, (-6, 3)),),
    ),
    CastMember(
        "jeroen",
        "Jeroen Bakker",
        "Bakker ICT-architectuur",
        "jeroen@bakker-architectuur.nl",
        "06-53 08 61 72",
        "ICT-architectuur, informatiebeveiliging",
        "Rotterdam",
        "Enterprise-architect bij banken en gemeenten; denkt in processen én mensen.",
        (Member("icz", M.MEMBER, (-4, 6)), Member("kkp", M.MEMBER, (-3, 2))),
    ),
    CastMember(
        "ingrid",
        "Ingrid de Wit",
        "De Wit Financieel Advies",
        "ingrid@dewit-financieel.nl",
        "06-18 72 30 44",
        "financieel advies, bedrijfsfinanciering",
        "Roosendaal",
        "Bedrijfseconoom, vijftien jaar controller in het MKB.",
        (Member("kkp", M.MEMBER, (-5, 1)), Member("kring", M.MEMBER, (-3, 4))),
    ),
    CastMember(
        "mark",
        "Mark van Dijk",
        "Van Dijk Juridisch Advies",
        "mark@vandijk-juridisch.nl",
        "06-29 64 15 38",
        "juridisch advies, arbeidsrecht",
        "Bergen op Zoom",
        "Advocaat geweest; nu zelfstandig jurist voor werkgevers in het MKB.",
        (Member("kring", M.COORDINATOR, (-5, 9)), Member("kkp", M.MEMBER, (-2, 10))),
        "Stuurt regelmatig werkgevers door die een HR-handboek nodig hebben.",
    ),
    CastMember(
        "femke",
        "Femke Jansen",
        "Studio Femke",
        "hallo@studiofemke.nl",
        "06-47 90 26 13",
        "grafisch ontwerp, huisstijlen",
        "Goes (Zeeland)",
        "Ontwerper; maakte de huisstijl van het Kennisknooppunt.",
        (Member("kring", M.MEMBER, (-2, 5)), Member("kkp", M.MEMBER, (-4, 11))),
    ),
    CastMember(
        "ruud",
        "Ruud Hermans",
        "Hermans Verandermanagement",
        "ruud@hermans-verandering.nl",
        "06-35 51 82 67",
        "verandermanagement, procesbegeleiding",
        "Tilburg",
        "Bedrijfskundige; begeleidt reorganisaties bij gemeenten. Partner in het project "
        "Wendbaar Roosendaal.",
        (Member("icz", M.MEMBER, (-5, 2)), Member("team", M.MEMBER, (-1, 9))),
    ),
    CastMember(
        "lotte",
        "Lotte Vermeulen",
        "Vermeulen Communicatie",
        "lotte@vermeulen-communicatie.nl",
        "06-61 43 09 28",
        "communicatieadvies, interne communicatie",
        "Roosendaal",
        "Woordvoerder bij een provincie geweest; schrijft helder en snel.",
        (Member("icz", M.MEMBER, (-3, 9)), Member("team", M.MEMBER, (-1, 9))),
    ),
    CastMember(
        "hans",
        "Hans Dekker",
        "Dekker Interim Finance",
        "hans@dekker-interimfinance.nl",
        "06-14 86 52 91",
        "interim financieel management",
        "Middelburg (Zeeland)",
        "Interim-CFO bij havenbedrijven; voorzitter van de coöperatie.",
        (Member("coop", M.BOARD, (-6, 1)),),
    ),
    CastMember(
        "sandra",
        "Sandra Willems",
        "Willems Loopbaan & Coaching",
        "sandra@willems-loopbaan.nl",
        "06-27 35 70 84",
        "loopbaancoaching, outplacement",
        "Vlissingen (Zeeland)",
        "Arbeids- en organisatiepsycholoog; doet re-integratie en mobiliteitstrajecten.",
        (Member("coop", M.MEMBER, (-4, 3)), Member("hrkring", M.MEMBER, (-8, 1))),
    ),
    CastMember(
        "bas",
        "Bas Mulder",
        "Mulder IT Beheer",
        "bas@mulder-itbeheer.nl",
        "06-50 12 93 66",
        "ICT-beheer, cloudmigratie",
        "Etten-Leur",
        "Systeembeheerder voor kleine kantoren; regelt alles van werkplek tot back-up.",
        (Member("kring", M.MEMBER, (-3, 1)),),
    ),
    CastMember(
        "annelies",
        "Annelies Maas",
        "Maas Inkoopadvies",
        "annelies@maas-inkoop.nl",
        "06-38 25 71 49",
        "inkoopadvies, aanbestedingen",
        "Den Haag",
        "Inkoper bij de rijksoverheid geweest; trekker van de lunchclub op de Zuidas.",
        (Member("lunch", M.COORDINATOR, (-4, 1)),),
    ),
    CastMember(
        "thomas",
        "Thomas de Graaf",
        "De Graaf Projectmanagement",
        "thomas@degraaf-pm.nl",
        "06-44 69 30 57",
        "projectmanagement, Prince2 en agile",
        "Amsterdam",
        "Projectleider in de financiële sector; bracht de Amstelveense opdracht aan.",
        (Member("lunch", M.MEMBER, (-4, 1)),),
    ),
    CastMember(
        "yvonne",
        "Yvonne Peeters",
        "Peeters People Analytics",
        "yvonne@peeters-analytics.nl",
        "06-12 57 84 32",
        "HR-analytics, strategische personeelsplanning",
        "Eindhoven",
        "Datawetenschapper met een HR-hart; nieuw bij ICZ.",
        (Member("icz", M.MEMBER, (0, 2)),),
    ),
    CastMember(
        "karin",
        "Karin Smits",
        "Smits Mediation",
        "karin@smits-mediation.nl",
        "06-58 31 46 20",
        "mediation, conflictbemiddeling",
        "Breda",
        "MfN-mediator; veel arbeidsconflicten in het onderwijs.",
        (Member("kkp", M.MEMBER, (-4, 4)), Member("coop", M.MEMBER, (-2, 6))),
    ),
    CastMember(
        "erik",
        "Erik van Leeuwen",
        "Van Leeuwen Belastingadvies",
        "erik@vanleeuwen-fiscaal.nl",
        "06-23 74 18 95",
        "fiscaal advies, belastingaangiften ondernemers",
        "Bergen op Zoom",
        "Fiscalist; helpt zzp'ers met hun aangifte en de keuze voor een rechtsvorm.",
        (Member("kring", M.MEMBER, (-5, 9)),),
    ),
    CastMember(
        "nicole",
        "Nicole Bosman",
        "Bosman Verzuimadvies",
        "nicole@bosman-verzuim.nl",
        "06-32 48 65 11",
        "interim HR, verzuimbegeleiding",
        "Terneuzen (Zeeland)",
        "Casemanager verzuim; regiovoorzitter van de HR-kring.",
        (Member("hrkring", M.COORDINATOR, (-9, 1)),),
    ),
    CastMember(
        "stefan",
        "Stefan Kuijpers",
        "Kuijpers Architectuur & Data",
        "stefan@kuijpers-data.nl",
        "06-66 20 39 78",
        "ICT-architectuur, datamanagement",
        "Utrecht",
        "Komt voor de themazaterdagen helemaal uit Utrecht; trekt de kennisgroep ICT.",
        (Member("kkp", M.COORDINATOR, (-3, 3)),),
    ),
    CastMember(
        "wendy",
        "Wendy van Rijn",
        "Van Rijn Ontwerp",
        "wendy@vanrijn-ontwerp.nl",
        "06-19 53 27 60",
        "grafisch ontwerp, webdesign",
        "Oosterhout",
        "Ontwierp het merk en de website van ICZ.",
        (Member("icz", M.MEMBER, (-5, 5)), Member("kkp", M.MEMBER, (-1, 3))),
    ),
    CastMember(
        "johan",
        "Johan Verbeek",
        "Verbeek Bedrijfsadvies",
        "johan@verbeek-bedrijfsadvies.nl",
        "06-42 16 58 03",
        "bedrijfskundig advies, strategie",
        "Rotterdam",
        "Oprichter van ICZ; bestuurder en bewaker van het keurmerk.",
        (Member("icz", M.FOUNDER, (-8, 1)),),
    ),
    CastMember(
        "mirjam",
        "Mirjam Koster",
        "Koster Subsidieadvies",
        "mirjam@koster-subsidie.nl",
        "06-57 09 34 86",
        "subsidieadvies, fondsenwerving",
        "Goes (Zeeland)",
        "Schrijft subsidieaanvragen voor culturele en maatschappelijke organisaties.",
        (Member("coop", M.MEMBER, (-3, 9)),),
    ),
    CastMember(
        "frank",
        "Frank Hoekstra",
        "Hoekstra Accountancy",
        "frank@hoekstra-accountancy.nl",
        "06-34 92 61 17",
        "accountancy, salarisadministratie",
        "Roosendaal",
        "Accountant-administratieconsulent met veel MKB-klanten in de regio.",
        (Member("kring", M.MEMBER, (-4, 2)),),
    ),
    CastMember(
        "esther",
        "Esther Brouwer",
        "Brouwer Privacy & Recht",
        "esther@brouwer-privacy.nl",
        "06-25 67 43 29",
        "juridisch advies, privacy en AVG",
        "Utrecht",
        "Functionaris gegevensbescherming voor meerdere organisaties; privacyadviseur van ICZ.",
        (Member("icz", M.MEMBER, (-2, 1)),),
    ),
    CastMember(
        "daan",
        "Daan Vos",
        "Vos Teamontwikkeling",
        "daan@vos-teamontwikkeling.nl",
        "06-48 36 12 50",
        "teamcoaching, organisatiepsychologie",
        "Middelburg (Zeeland)",
        "Organisatiepsycholoog; werkte samen met Sanne bij een zorginstelling.",
        (
            Member("kkp", M.MEMBER, (-2, 9)),
            Member("hrkring", M.MEMBER, (-6, 1)),
            Member("kring", M.GUEST, (0, 5)),
        ),
    ),
    CastMember(
        "petra",
        "Petra Lambregts",
        "Lambregts Facility & Inkoop",
        "petra@lambregts-facility.nl",
        "06-31 80 55 42",
        "inkoop, facilitair management",
        "Tilburg",
        "Facilitair manager geweest; stopte dit voorjaar met de zakenkring.",
        (Member("kring", M.MEMBER, (-3, 6), (0, 3)),),
    ),
)
