import subprocess
import sys
from datetime import date, time, timedelta

from rapat.dates import clock, long_date, plain_date, time_span


def test_long_date_names_the_right_weekday_in_indonesian():
    assert long_date(date(2025, 10, 14)) == "Selasa, 14 Oktober 2025"
    assert long_date(date(2024, 11, 5)) == "Selasa, 5 November 2024"
    assert long_date(date(2024, 10, 23)) == "Rabu, 23 Oktober 2024"


def test_plain_date_and_clock_use_indonesian_conventions():
    assert plain_date(date(2025, 1, 1)) == "1 Januari 2025"
    assert clock(time(9, 5)) == "09.05"


def test_time_span_with_end_or_open_ended():
    assert time_span(time(9), time(11, 45), "WIB") == "09.00 s.d. 11.45 WIB"
    assert time_span(time(10), None, "WITA") == "10.00 WITA s.d. selesai"
    assert time_span(time(10), None, None) == "10.00 s.d. selesai"


def test_dates_read_as_qt_writes_them_in_indonesian():
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    day = date(1999, 12, 25)
    while day < date(2031, 1, 10):
        qt_day = QDate(day.year, day.month, day.day)
        assert long_date(day) == locale.toString(qt_day, "dddd, d MMMM yyyy")
        assert plain_date(day) == locale.toString(qt_day, "d MMMM yyyy")
        day += timedelta(days=3)


def test_writing_a_date_does_not_load_qt():
    code = (
        "import sys; from datetime import date; from rapat.dates import long_date; "
        "long_date(date(2024, 11, 1)); print('PySide6' in sys.modules)"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"
