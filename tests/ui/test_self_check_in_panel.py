"""Self check-in end to end: headless Chromium on the phone page, the real Daftar Hadir widget."""

from __future__ import annotations

import shutil
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import Qt
from workspace_helpers import ready

from rapat.ui.attendance_model import SIGNATURE_COLUMN, STATUS_COLUMN
from rapat.ui.attendance_view import AttendanceView

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture
def phone():
    """Headless Chromium with a 360 × 740 phone screen, or a skip that says what is missing."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium (the test extra)")
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(
            "headless Chromium is not installed: `apt-get install chromium chromium-driver` "
            "(python3 make.py test installs them when run as root on Debian)"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--window-size=360,740", "--no-sandbox"):
        options.add_argument(argument)
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--force-device-scale-factor=1")
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(CHROMEDRIVER))
    driver.set_page_load_timeout(15)
    # A headless window is at least 500 pixels wide: the phone's screen is emulated instead.
    metrics = {"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
    yield driver
    driver.quit()


@pytest.fixture
def view(qtbot, context, door_meeting):
    widget = AttendanceView(context, door_meeting)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded)  # the rows are read in the background
    assert widget.self_check_in.open_check_in("127.0.0.1", 0)
    yield widget
    widget.self_check_in.close_check_in()


def wait_for(driver, css: str, timeout: float = 10):
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(
        ec.visibility_of_element_located(("css selector", css))
    )


def sign(driver) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    pad = driver.find_element("id", "pad")
    stroke = ActionChains(driver).move_to_element_with_offset(pad, -120, 20).click_and_hold()
    for dx, dy in ((30, -40), (30, 50), (40, -30), (50, 20)):
        stroke = stroke.move_by_offset(dx, dy)
    stroke.release().perform()


def row_named(view: AttendanceView, name: str):
    return next((r for r in view.model.rows() if r.name == name), None)


def post_from_page(driver, path: str, body: dict) -> list:
    """Submit from inside the page, as a tampered page would; returns [status, message]."""
    return driver.execute_async_script(
        """
        const [path, body, done] = arguments;
        fetch(path, {method: "POST", headers: {"Content-Type": "application/json"},
                     body: JSON.stringify(body)})
          .then(async (r) => done([r.status, (await r.json()).message]));
        """,
        path,
        body,
    )


def test_an_invitee_checks_in_from_a_phone_and_the_desk_sees_it(qtbot, view, phone, tmp_path):
    phone.get(view.self_check_in.url)
    wait_for(phone, "#q")
    qtbot.waitUntil(lambda: phone.find_element("id", "title").text == "Rakor Pengamanan Pilkada")
    assert "jaringan lokal" in phone.find_element("tag name", "footer").text
    phone.find_element("id", "q").send_keys("siti")
    found = wait_for(phone, "#results button")
    assert found.text.splitlines() == ["Siti Aminah, S.H.", "KPU Kabupaten Lembah Hijau"]
    shot = tmp_path / "search.png"
    phone.save_screenshot(str(shot))
    assert shot.read_bytes()[16:24] == (360).to_bytes(4, "big") + (740).to_bytes(4, "big")
    found.click()
    wait_for(phone, "#pad")
    sign(phone)
    phone.save_screenshot(str(tmp_path / "sign.png"))
    phone.find_element("id", "submit").click()
    done = wait_for(phone, "#done-text")
    assert done.text.startswith("Siti Aminah, S.H. tercatat hadir pukul ")

    qtbot.waitUntil(lambda: (row_named(view, "Siti Aminah, S.H.") or view).attended, timeout=1000)
    row = row_named(view, "Siti Aminah, S.H.")
    assert row.self_registered and row.signature_png.startswith(b"\x89PNG")
    position = view.model.row_of(row.id)
    assert view.model.index(position, STATUS_COLUMN).data() == "Hadir (mandiri)"
    assert view.model.index(position, SIGNATURE_COLUMN).data(Qt.ItemDataRole.DecorationRole)
    assert view.counts.count(view.model.rows()) == 3

    # the same person again: shown as already present, and refused if sent anyway
    phone.find_element("id", "again").click()
    phone.find_element("id", "q").send_keys("siti")
    again = wait_for(phone, "#results button")
    assert not again.is_enabled() and "sudah hadir" in again.text
    pad_png = row.signature_png
    status, message = post_from_page(
        phone, "api/check-in", {"id": row.id, "signature": "data:image/png;base64,"}
    )
    assert status == 400 and message
    assert row_named(view, "Siti Aminah, S.H.").signature_png == pad_png


def test_a_walk_in_registers_and_a_script_in_the_name_stays_text(qtbot, view, phone):
    phone.get(view.self_check_in.url)
    wait_for(phone, "#q").send_keys("Ahmad")
    phone.find_element("id", "walkin-open").click()
    name = '<img src=x onerror="window.pwned=1">Ahmad'
    phone.find_element("id", "name").clear()
    phone.find_element("id", "name").send_keys(name)
    phone.find_element("id", "position").send_keys("Camat")
    phone.find_element("id", "institution").send_keys("Kecamatan Timur")
    sign(phone)
    phone.find_element("id", "submit").click()
    done = wait_for(phone, "#done-text")
    assert done.text.startswith(name + " tercatat hadir pukul ")
    assert phone.find_elements("css selector", "#done-text img") == []
    assert phone.execute_script("return window.pwned") is None
    qtbot.waitUntil(lambda: row_named(view, name) is not None, timeout=1000)
    assert row_named(view, name).self_registered

    # the same walk-in sent again, and a name longer than the page lets anyone type
    body = {"name": name, "position": "Camat", "institution": "Kecamatan Timur"}
    body["signature"] = phone.execute_script("return document.getElementById('pad').toDataURL()")
    status, message = post_from_page(phone, "api/walk-in", body)
    assert status == 409 and "sudah tercatat hadir" in message
    status, message = post_from_page(phone, "api/walk-in", {**body, "name": "A" * 500})
    assert status == 400 and "terlalu panjang" in message
    huge = "data:image/png;base64," + "A" * 600_000
    status, message = post_from_page(phone, "api/walk-in", {**body, "signature": huge})
    assert status == 413
    assert [r.name for r in view.model.rows()].count(name) == 1


def test_closing_check_in_ends_the_address_and_reopening_gives_a_new_one(qtbot, view, phone):
    old = view.self_check_in.url
    phone.get(old)
    wait_for(phone, "#q")
    qtbot.mouseClick(view.self_check_in.close_button, Qt.MouseButton.LeftButton)
    assert view.self_check_in.details.isHidden() and view.self_check_in.url == ""
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(old, timeout=2)
    phone.find_element("id", "q").send_keys("siti")
    qtbot.waitUntil(lambda: "Tidak terhubung" in phone.find_element("id", "message").text)
    assert view.self_check_in.open_check_in("127.0.0.1", 0)
    new = view.self_check_in.url
    assert new != old
    stale = new.rsplit("/", 2)[0] + "/" + old.rsplit("/", 2)[1] + "/"
    phone.get(stale)
    assert phone.find_element("tag name", "body").text == "Not Found"


def test_a_final_meeting_cannot_open_self_check_in(qtbot, context, door_meeting):
    view = AttendanceView(context, door_meeting, read_only=True)
    qtbot.addWidget(view)
    assert not view.self_check_in.open_button.isEnabled()


def test_the_qr_code_goes_on_the_projector_and_off_when_closed(
    qtbot, context, door_meeting, tmp_path
):
    from rapat.ui.meeting_workspace import MeetingWorkspace

    workspace = MeetingWorkspace(context, door_meeting)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    ready(qtbot, workspace)
    panel = workspace.attendance.self_check_in
    assert panel.open_check_in("127.0.0.1", 0)
    workspace.grab().save(str(tmp_path / "daftar_hadir.png"))
    qtbot.mouseClick(panel.project_button, Qt.MouseButton.LeftButton)
    projector = workspace.projector
    qtbot.addWidget(projector)
    assert projector.isVisible() and projector.check_in.isVisible()
    assert projector.check_in_address.text() == panel.url
    assert projector.check_in_code.pixmap().width() >= 160
    qtbot.waitUntil(lambda: projector.check_in.geometry().right() < projector.width())
    projector.grab().save(str(tmp_path / "projector.png"))
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not projector.check_in.isVisible()


def test_the_desk_undoes_a_self_check_in_as_any_other(qtbot, context, database, door_meeting):
    """No browser needed: the check-in arrives as the server's threads hand it over."""
    import io

    from PIL import Image, ImageDraw
    from PySide6.QtWidgets import QPushButton

    from rapat.services import self_check_in as sci

    view = AttendanceView(context, door_meeting)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded)  # the rows are read in the background
    assert view.self_check_in.open_check_in("127.0.0.1", 0)
    image = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 200), (300, 40)], fill=(0, 0, 0, 255), width=4)
    png = io.BytesIO()
    image.save(png, format="PNG")
    line = view.model.rows()[1]
    with database.session() as s:
        row = sci.check_in_invitee(s, door_meeting, line.id, png.getvalue()).row
    view.self_check_in.server.on_check_in(row)  # what the server does after storing it
    qtbot.waitUntil(lambda: view.model.rows()[1].attended, timeout=1000)
    view.participants.select_position(1)
    absent = next(
        b
        for b in view.participants.command_bar.findChildren(QPushButton)
        if b.text() == "Tidak hadir"
    )
    qtbot.mouseClick(absent, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.model.rows()[1].attended)
    assert view.model.index(1, STATUS_COLUMN).data() == "Belum hadir (mandiri)"
    view.self_check_in.close_check_in()
