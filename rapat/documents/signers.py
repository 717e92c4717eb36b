"""Who may sign a block: the officer a signature block names, and whether a certificate is theirs.

A block names its officer (name and NIP) in its signature field, written before anyone signs, so a
file checked in another office still says whose block each signature sits in. A certificate fits a
block when both carry the same NIP, or, where either lacks one, when the names agree once titles,
ranks, case and punctuation are folded away.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cryptography import x509
from cryptography.x509.oid import NameOID

# Titles, degrees, ranks and corps as they are written before or after Indonesian officials' names,
# compared without dots, case or spaces.
TITLE_GROUPS = (
    "h hj kh ir dr drs dra prof drg apt ns",  # before the name
    "sh se st ssos sip sag spd ssi skom spsi sked sfarm skm sp stp sstp sst sik sipem spi sth shi",
    "sei ssy sak sab sars shum sikom slp sn sds sgz skep ssn stat amd amk bsc ba",  # first degrees
    "mh me mt msi mm mpd mkom map mag mpa mba msc ma mkes mhum mtp meng mak msos mip phd llm",
    "pj plt plh bapak bpk ibu sdr sdri",  # acting officials, forms of address
    "jenderal jend letjen mayjen brigjen kolonel kol letkol mayor kapten lettu letda",  # TNI
    "peltu pelda serma serka sertu serda kopka koptu kopda praka pratu prada",
    "laksamana laksdya laksda laksma marsekal marsdya marsda marsma",
    "inf kav arm art czi cba chb cpl cpm ckm ctp cpn cku caj chk psk tni polri",  # corps
    "komjen irjen kombes kombespol akbp kompol akp iptu ipda",  # Polri
    "aiptu aipda bripka brigpol brigadir briptu bripda abripda",
)
TITLES = frozenset(word for group in TITLE_GROUPS for word in group.split())
_DIGITS = re.compile(r"\D")
NIP_DIGITS = 18


@dataclass(frozen=True)
class BlockOfficer:
    """The officer a signature block belongs to, as printed under it."""

    name: str
    nip: str | None = None

    def __str__(self) -> str:
        return f"{self.name} (NIP {self.nip})" if self.nip else self.name


def fold_name(name: str) -> str:
    """A person's name without titles, ranks, case, accents or punctuation, for comparison.

    "Dr. Ir. H. Bambang Sutrisno, M.T." and "BAMBANG SUTRISNO" both fold to "bambang sutrisno".
    What follows the first comma is degrees (", SH, M.Si"), so it is dropped whole.
    """
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    plain = plain.split(",", 1)[0]
    plain = re.sub(r"['’`]", "", plain)
    words = []
    for word in re.split(r"[\s\-/]+", plain):
        bare = re.sub(r"[^\w]", "", word)
        if bare and bare not in TITLES:
            words.append(bare)
    return " ".join(words)


def fold_nip(nip: str | None) -> str:
    """The digits of a NIP ("19750101 200003 1 001" → "197501012000031001"); empty when none."""
    return _DIGITS.sub("", nip or "")


def same_person(officer: BlockOfficer, other: BlockOfficer) -> bool:
    """Whether two descriptions name one person: NIP when both have one, otherwise the folded name."""
    nip, other_nip = fold_nip(officer.nip), fold_nip(other.nip)
    if nip and other_nip:
        return nip == other_nip
    folded = fold_name(officer.name)
    return bool(folded) and folded == fold_name(other.name)


def certificate_holder(certificate: x509.Certificate) -> BlockOfficer:
    """The person a certificate names: its common name, and its NIP where the subject's serial
    number is one (18 digits; other authorities put a 16-digit NIK there, which is not a NIP)."""
    subject = certificate.subject
    names = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    numbers = subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    name = str(names[0].value) if names else subject.rfc4514_string()
    nip = fold_nip(str(numbers[0].value)) if numbers else ""
    return BlockOfficer(name, nip if len(nip) == NIP_DIGITS else None)
