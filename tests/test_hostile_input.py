"""Malformed meeting files, damaged PDFs and a damaged archive get exit 2 and one clear line from
the command line: never an internal error (exit 3), never success on damage (exit 0)."""

from __future__ import annotations

import json

import pytest

from rapat.cli import EXIT_USAGE, main


def _pdf(extra: bytes) -> bytes:
    """A PDF whose catalog carries extra, with a correct cross-reference table."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R/Extra " + extra + b">>",
        b"<</Type/Pages/Kids[]/Count 0>>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


MEETING_FILES = {
    "bersarang": ('{"a":' * 100_000 + "1" + "}" * 100_000, "bersarang terlalu dalam"),
    "escape-patah": ('{"title": "Rapat \\u12"}', "bukan JSON yang sah"),
    "surrogate": ('{"title": "Rapat \\ud800"}', "surrogate tunggal"),
    "angka-panjang": ('{"title": ' + "9" * 100_000 + "}", "angka dengan 100000 digit"),
}


@pytest.mark.parametrize("name", list(MEETING_FILES))
def test_malformed_meeting_files_are_refused(db_path, tmp_path, capsys, name):
    text, refusal = MEETING_FILES[name]
    path = tmp_path / f"{name}.json"
    path.write_text(text, encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert refusal in err
    assert err.count("\n") == 1


def test_a_meeting_with_a_text_beyond_the_limit_is_refused(db_path, tmp_path, example_file, capsys):
    from rapat import limits

    meeting = json.loads(example_file.read_text("utf-8"))
    meeting["title"] = "Rapat " + "panjang " * (limits.CHARACTERS_PER_TEXT // 8)
    path = tmp_path / "panjang.json"
    path.write_text(json.dumps(meeting), encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(path)]) == EXIT_USAGE
    assert f"batasnya {limits.CHARACTERS_PER_TEXT} per isian" in capsys.readouterr().err


@pytest.mark.parametrize(
    "data",
    [
        _pdf(b"[" * 100_000 + b"]" * 100_000),
        _pdf(b"<</A " * 30_000 + b">>" * 30_000),
        b"%PDF-1.7\n" + bytes(range(256)) * 100,
    ],
    ids=["nested-arrays", "broken-dictionaries", "garbage"],
)
def test_damaged_pdfs_given_to_verify_are_refused(db_path, tmp_path, capsys, data):
    path = tmp_path / "rusak.pdf"
    path.write_bytes(data)
    assert main(["--db", str(db_path), "verify", str(path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "bukan PDF yang utuh" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("command", [["list"], ["search", "kodim"], ["export", "1", "-o", "-"]])
def test_an_archive_with_damaged_pages_is_reported_for_every_command(
    db_path, example_file, capsys, command
):
    for _ in range(30):
        assert main(["--db", str(db_path), "import", str(example_file)]) == 0
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        for offset in range(4096, size, 4096):
            handle.seek(offset)
            handle.write(b"\xa5" * 100)
    capsys.readouterr()
    assert main(["--db", str(db_path), *command]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "rusak" in err
    assert err.count("\n") == 1


def _png(width: int, height: int) -> bytes:
    """A valid PNG header claiming width × height pixels (the pixels need never exist)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def test_a_144_megapixel_photo_and_signature_are_refused(database, example_meeting):
    import io

    from PIL import Image

    from rapat.errors import InvalidInput
    from rapat.services.attachments import add_photo, list_photos
    from rapat.services.attendance import set_signature
    from rapat.services.meetings import load_meeting

    huge = _png(16_000, 9_000)
    with database.session() as session, pytest.raises(InvalidInput, match="144 megapiksel"):
        add_photo(session, example_meeting, "panorama.png", huge)
    with database.session() as session:
        participant = load_meeting(session, example_meeting).participants[0]
        assert list_photos(session, example_meeting) == []
    with database.session() as session, pytest.raises(InvalidInput, match="Tanda tangan: gambar"):
        set_signature(session, participant.id, huge)
    small = io.BytesIO()
    Image.new("RGB", (4000, 3000), "white").save(small, "JPEG")
    with database.session() as session:
        add_photo(session, example_meeting, "rapat.jpg", small.getvalue())
        assert len(list_photos(session, example_meeting)) == 1
