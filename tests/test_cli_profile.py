"""`rapat profile show` and `rapat profile set FILE.json`, run as a secretariat's script would."""

from __future__ import annotations

import json

import pytest
from PIL import Image
from pypdf import PdfReader

from rapat.cli import main
from rapat.services.organization import get_profile

LETTERHEAD = {
    "government": "PEMERINTAH KABUPATEN LEMBAH HIJAU",
    "unit": "BADAN KESATUAN BANGSA DAN POLITIK",
    "address": "Jl. Merdeka No. 1, Lembah Hijau",
    "phone": "(0751) 123456",
    "email": "kesbangpol@lembahhijau.go.id",
    "website": "kesbangpol.lembahhijau.go.id",
    "city": "Lembah Hijau",
    "signature_blocks": "chair",
    "timezone": "WITA",
}


def _settings(tmp_path, settings: dict, name: str = "profil.json"):
    path = tmp_path / name
    path.write_text(json.dumps(settings), encoding="utf-8")
    return str(path)


def _show(db_path, capsys) -> dict:
    assert main(["--db", str(db_path), "profile", "show"]) == 0
    return json.loads(capsys.readouterr().out)


def test_set_then_show_gives_the_profile_back(database, db_path, tmp_path, capsys):
    Image.new("CMYK", (120, 140), (0, 80, 80, 0)).save(tmp_path / "logo.jpg")
    settings = {**LETTERHEAD, "logo": "logo.jpg"}  # beside the settings file
    assert main(["--db", str(db_path), "profile", "set", _settings(tmp_path, settings)]) == 0
    assert "Profil kantor diperbarui" in capsys.readouterr().out
    shown = _show(db_path, capsys)
    assert {key: shown[key] for key in LETTERHEAD} == LETTERHEAD
    assert shown["logo"]["png_bytes"] > 0
    with database.session() as session:
        profile = get_profile(session)
    assert profile.letterhead_lines == [LETTERHEAD["government"], LETTERHEAD["unit"]]
    assert (profile.signature_blocks, profile.signing_city) == ("chair", "Lembah Hijau")
    assert profile.default_timezone == "WITA"
    assert profile.logo_png.startswith(b"\x89PNG")


def test_keys_left_out_stay_and_null_empties(database, db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "profile", "set", _settings(tmp_path, LETTERHEAD)]) == 0
    change = {"unit": "BAGIAN PEMERINTAHAN\nSEKRETARIAT DAERAH", "phone": None}
    assert main(["--db", str(db_path), "profile", "set", _settings(tmp_path, change)]) == 0
    capsys.readouterr()
    shown = _show(db_path, capsys)
    assert shown["government"] == LETTERHEAD["government"]
    assert shown["unit"] == "BAGIAN PEMERINTAHAN\nSEKRETARIAT DAERAH"
    assert shown["phone"] is None and shown["email"] == LETTERHEAD["email"]


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({**LETTERHEAD, "motto": "Maju"}, "'motto'"),
        ({**LETTERHEAD, "signature_blocks": "everyone"}, "'signature_blocks'"),
        ({**LETTERHEAD, "timezone": "UTC"}, "'timezone'"),
        ({**LETTERHEAD, "phone": 751123456}, "'phone'"),
        ({**LETTERHEAD, "logo": "tidak-ada.png"}, "'logo'"),
        ({**LETTERHEAD, "government": "PEMERINTAH\nKOTA"}, "'government'"),
        ({**LETTERHEAD, "margins": {"left": 0.5}}, "Margin kiri harus antara 1 dan 6 cm"),
        ({**LETTERHEAD, "margins": {"kiri": 3}}, "'margins'"),
        ({**LETTERHEAD, "margins": [3, 2, 2, 2.5]}, "'margins'"),
        ({**LETTERHEAD, "typeface": "arial"}, "Jenis huruf"),
        ({**LETTERHEAD, "font_size": 20}, "Ukuran huruf"),
        ({**LETTERHEAD, "invitation_pattern": "005/Kesbangpol/{tahun}"}, "{n}"),
    ],
)
def test_a_bad_key_or_value_is_one_line_exit_2_and_changes_nothing(
    database, db_path, tmp_path, capsys, settings, named
):
    before = _show(db_path, capsys)
    assert main(["--db", str(db_path), "profile", "set", _settings(tmp_path, settings)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("rapat: ") and named in err
    assert _show(db_path, capsys) == before


def test_a_file_that_is_not_an_image_or_not_json_is_refused(database, db_path, tmp_path, capsys):
    (tmp_path / "logo.png").write_bytes(b"bukan gambar")
    path = _settings(tmp_path, {"logo": "logo.png"})
    assert main(["--db", str(db_path), "profile", "set", path]) == 2
    assert "bukan gambar" in capsys.readouterr().err
    broken = tmp_path / "rusak.json"
    broken.write_text("{government: 1", encoding="utf-8")
    assert main(["--db", str(db_path), "profile", "set", str(broken)]) == 2
    assert "bukan JSON" in capsys.readouterr().err


def test_the_naskah_dinas_page_and_numbering_follow_the_profile(
    db_path, example_file, tmp_path, capsys
):
    """Margins, typeface and the invitation number's pattern, set as an office would, show in the
    documents made afterwards; null gives the usual defaults back."""
    meeting = json.loads(example_file.read_text(encoding="utf-8"))
    del meeting["invitation_ref"]  # not numbered yet: the letter takes the next number
    main(["--db", str(db_path), "import", _settings(tmp_path, meeting, "rapat.json")])
    main(["--db", str(db_path), "profile", "set", _settings(tmp_path, LETTERHEAD)])
    naskah = {
        "invitation_pattern": "005/{n}/Kesbangpol/{bulan}/{tahun}",
        "margins": {"left": 3.5, "top": 2.5},
        "typeface": "noto",
        "font_size": 11,
    }
    assert main(["--db", str(db_path), "profile", "set", _settings(tmp_path, naskah)]) == 0
    capsys.readouterr()
    shown = _show(db_path, capsys)
    assert shown["margins"] == {"left": 3.5, "right": None, "top": 2.5, "bottom": None}
    assert (shown["typeface"], shown["font_size"]) == ("noto", 11)
    notula = _page_of(db_path, tmp_path, "pdf")
    assert _left_edge(notula) == pytest.approx(35 * MM, abs=0.5)
    assert all("NotoSans" in font for font in _fonts(notula))
    number = " ".join(_page_of(db_path, tmp_path, "invitation").extract_text().split())
    assert "Nomor : 005/1/Kesbangpol/" in number
    reset = {"margins": None, "typeface": None, "font_size": None}
    assert main(["--db", str(db_path), "profile", "set", _settings(tmp_path, reset)]) == 0
    notula = _page_of(db_path, tmp_path, "pdf")
    assert _left_edge(notula) == pytest.approx(30 * MM, abs=0.5)
    assert all("LiberationSans" in font for font in _fonts(notula))


MM = 72 / 25.4


def _page_of(db_path, tmp_path, command: str):
    target = tmp_path / f"{command}.pdf"
    assert main(["--db", str(db_path), command, "1", "-o", str(target)]) == 0
    return PdfReader(target).pages[0]


def _left_edge(page) -> float:
    """Where the leftmost text of the page starts on it (the DRAF mark across the page aside)."""
    starts: list[float] = []

    def visit(text, cm, tm, *_):
        if text.strip() and "DRAF" not in text:
            starts.append(cm[0] * tm[4] + cm[2] * tm[5] + cm[4])

    page.extract_text(visitor_text=visit)
    return min(starts)


def _fonts(page) -> list[str]:
    return [str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()]
