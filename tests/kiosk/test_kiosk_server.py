"""The check-in server over real HTTP on 127.0.0.1: token, bare 404s, limits, closing."""

from __future__ import annotations

import base64
import io
import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import date, time

import pytest
from PIL import Image, ImageDraw

from rapat.kiosk.rate_limit import Budget
from rapat.kiosk.server import KioskServer
from rapat.services import attendance as att
from rapat.services.directory import save_institution, save_person
from rapat.services.meetings import create_meeting


def signature_url(width: int = 600, height: int = 240) -> str:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 200), (120, 40), (300, 180)], fill=(16, 32, 74, 255), width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


@pytest.fixture
def meeting(database) -> int:
    with database.session() as s:
        meeting = create_meeting(
            s,
            title="Rakor Pengamanan Pilkada",
            date=date(2024, 11, 5),
            start_time=time(9),
            location="Aula Kantor Bupati",
        )
        polres = save_institution(s, None, "Polres Lembah Hijau", "Polres")
        save_person(
            s,
            None,
            "AKBP Budi Santoso",
            institution_id=polres,
            position="Kapolres",
            nip="197001011990031001",
            phone="0812000111",
        )
        att.invite_institution(s, meeting, polres)
        return meeting


@pytest.fixture
def kiosk(database, meeting):
    arrived = []
    server = KioskServer(database, meeting, arrived.append)
    server.start("127.0.0.1", 0)
    server.arrived = arrived
    yield server
    server.stop()


def request(url: str, body: dict | bytes | None = None, headers: dict | None = None):
    """(status, headers, body bytes) of one request, errors included."""
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    req = urllib.request.Request(url, data=data, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_page_meeting_and_search_show_name_and_institution_only(kiosk):
    status, headers, page = request(kiosk.url)
    assert status == 200 and b"Cari nama Anda" in page and b"jaringan lokal" in page
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert b"http" not in request(kiosk.url + "app.js")[2].replace(b"http:", b"")  # no remote
    status, _, body = request(kiosk.url + "api/meeting")
    assert json.loads(body) == {
        "title": "Rakor Pengamanan Pilkada",
        "day": "Selasa, 5 November 2024",
        "place": "Aula Kantor Bupati",
    }
    status, _, body = request(kiosk.url + "api/search?q=budi")
    found = json.loads(body)
    assert [set(m) for m in found] == [{"id", "name", "institution", "present"}]
    assert b"1970010119" not in body and b"0812" not in body


def test_other_paths_and_wrong_tokens_are_bare_404s(kiosk):
    base = kiosk.url.rsplit("/", 2)[0]
    token = kiosk.url.rsplit("/", 2)[1]
    for path in [
        "/",
        "/favicon.ico",
        "/api/search?q=budi",
        f"/{token[:-1]}x/",
        f"/{token[:-1]}x/api/search?q=budi",
        f"/{token}/index.html",
        f"/{token}/../app.js",
        f"/{token}/api/",
    ]:
        status, headers, body = request(base + path)
        assert (status, body) == (404, b"Not Found"), path
        assert "server" not in {k.lower() for k in headers}
    status, _, body = request(base + f"/{token[:-1]}x/api/check-in", {"id": 1})
    assert (status, body) == (404, b"Not Found")


def test_check_in_then_second_submission_is_told_already_present(kiosk, database, meeting):
    line = att_rows(database, meeting)[0]
    status, _, body = request(
        kiosk.url + "api/check-in", {"id": line.id, "signature": signature_url()}
    )
    assert status == 200 and json.loads(body)["name"] == "AKBP Budi Santoso"
    assert [r.name for r in kiosk.arrived] == ["AKBP Budi Santoso"]
    status, _, body = request(
        kiosk.url + "api/check-in", {"id": line.id, "signature": signature_url()}
    )
    assert status == 409 and json.loads(body)["already"] is True
    assert "sudah tercatat hadir" in json.loads(body)["message"]


def att_rows(database, meeting):
    with database.session() as s:
        return att.list_attendance(s, meeting)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"id": "1", "signature": ""}, 400),
        ({"id": 1, "signature": "data:image/png;base64,!!!"}, 400),
        ({"id": 1, "signature": signature_url(3000, 200)}, 400),
        (b"[1, 2]", 400),
        (b"not json", 400),
        (b"{" + b" " * 500_000 + b"}", 413),
    ],
    ids=["no-signature", "bad-base64", "huge-pixels", "not-object", "not-json", "too-large"],
)
def test_bad_submissions_are_refused(kiosk, database, meeting, body, status):
    assert request(kiosk.url + "api/check-in", body)[0] == status
    assert not any(r.attended for r in att_rows(database, meeting))


def test_a_phone_submitting_too_often_is_slowed_down(database, meeting):
    server = KioskServer(
        database,
        meeting,
        budgets={"page": Budget(5, 0.01), "search": Budget(3, 0.01), "submit": Budget(2, 0.01)},
    )
    url = server.start("127.0.0.1", 0)
    try:
        statuses = [request(url + "api/search?q=budi")[0] for _ in range(5)]
        assert statuses == [200, 200, 200, 429, 429]
        _status, headers, body = request(url + "api/search?q=budi")
        assert int(headers["Retry-After"]) >= 1 and "Tunggu" in json.loads(body)["message"]
    finally:
        server.stop()


def test_closing_stops_the_address_and_reopening_changes_the_token(kiosk):
    old = kiosk.url
    assert request(old)[0] == 200
    kiosk.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(old, timeout=2)
    new = kiosk.start("127.0.0.1", 0)
    assert new != old
    base = new.rsplit("/", 2)[0]
    assert request(base + "/" + old.rsplit("/", 2)[1] + "/")[0] == 404


def test_command_line_prints_the_address_first_and_serves_until_interrupted(db_path, meeting):
    command = [sys.executable, "-m", "rapat", "--db", str(db_path), "kiosk", str(meeting)]
    command += ["--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        first = process.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:") and first.endswith("/")
        assert request(first)[0] == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(first, timeout=2)
