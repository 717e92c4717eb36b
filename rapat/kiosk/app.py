"""The check-in page and its JSON interface, as a Starlette application for one meeting and token.

Everything lives under /TOKEN/; any other path, and any wrong token, is a bare 404. The page is
Indonesian whatever the window's language, so the server's own messages are written in it. Handlers are
plain functions, which Starlette runs in its thread pool: each opens its own session through
`Database.session()` and calls one service of rapat.services.self_check_in.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import time
from collections.abc import Callable
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from rapat import limits
from rapat.db import Database
from rapat.errors import DatabaseLocked, InvalidInput, NotFound, RapatError, ReadOnlyMeeting
from rapat.kiosk.rate_limit import PAGE, SEARCH, SUBMIT, Budget, RateLimiter
from rapat.services import self_check_in as sci
from rapat.services.attendance import AlreadyCheckedIn
from rapat.services.attendance_list import AttendanceRow

log = logging.getLogger(__name__)

WRITE_ATTEMPTS = 4  # a write that finds the database locked is tried again this often
PAGE_FILES = {
    "": ("index.html", "text/html; charset=utf-8"),
    "app.js": ("app.js", "text/javascript; charset=utf-8"),
    "app.css": ("app.css", "text/css; charset=utf-8"),
}
HEADERS = {
    # The token is in the address: no referrer carries it elsewhere, and nothing is cached.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
}

OnCheckIn = Callable[[AttendanceRow], None]


def not_found(_request: Request | None = None, _exc: Exception | None = None) -> Response:
    return PlainTextResponse("Not Found", status_code=404)


def build_app(
    database: Database,
    meeting_id: int,
    token: str,
    on_check_in: OnCheckIn | None = None,
    budgets: dict[str, Budget] | None = None,
) -> Starlette:
    """The application serving one meeting's check-in under /token/."""
    limiter = RateLimiter(budgets or {"page": PAGE, "search": SEARCH, "submit": SUBMIT})
    page = resources.files("rapat.kiosk") / "page"
    files = {name: (page / file).read_bytes() for name, (file, _type) in PAGE_FILES.items()}

    def refused(request: Request, kind: str) -> Response | None:
        if request.path_params.get("token") != token:
            return not_found()
        client = request.client.host if request.client else ""
        wait = limiter.wait_needed(client, kind)
        if wait:
            return _json(
                {"message": "Terlalu sering. Tunggu sebentar, lalu coba lagi."},
                429,
                {"Retry-After": str(max(1, round(wait)))},
            )
        return None

    async def serve_file(request: Request) -> Response:
        name = request.path_params.get("name", "")
        if name not in files:
            return not_found()
        if (answer := refused(request, "page")) is not None:
            return answer
        return Response(files[name], media_type=PAGE_FILES[name][1], headers=HEADERS)

    async def meeting(request: Request) -> Response:
        if (answer := refused(request, "page")) is not None:
            return answer
        return await run_in_threadpool(_answer, lambda: _meeting(database, meeting_id))

    async def search(request: Request) -> Response:
        if (answer := refused(request, "search")) is not None:
            return answer
        query = request.query_params.get("q", "")

        def work() -> Any:
            with database.session() as session:
                found = sci.search_invited(session, meeting_id, query)
            return [
                {"id": m.id, "name": m.name, "institution": m.institution, "present": m.present}
                for m in found
            ]

        return await run_in_threadpool(_answer, work)

    async def check_in(request: Request) -> Response:
        if (answer := refused(request, "submit")) is not None:
            return answer
        body = await _body(request)
        if isinstance(body, Response):
            return body

        def work() -> Any:
            participant_id = body.get("id")
            if not isinstance(participant_id, int) or isinstance(participant_id, bool):
                raise InvalidInput("Pilih nama Anda dari hasil pencarian.")
            png = _signature(body.get("signature"))
            return _write(
                database,
                lambda s: sci.check_in_invitee(s, meeting_id, participant_id, png),
                on_check_in,
            )

        return await run_in_threadpool(_answer, work)

    async def walk_in(request: Request) -> Response:
        if (answer := refused(request, "submit")) is not None:
            return answer
        body = await _body(request)
        if isinstance(body, Response):
            return body

        def work() -> Any:
            fields = {
                key: body.get(key, "")
                for key in ("name", "position", "institution", "representing")
            }
            png = _signature(body.get("signature"))
            return _write(
                database,
                lambda s: sci.register_walk_in(s, meeting_id, **fields, signature=png),
                on_check_in,
            )

        return await run_in_threadpool(_answer, work)

    routes = [
        Route("/{token}/", serve_file, methods=["GET"]),
        Route("/{token}/{name:str}", serve_file, methods=["GET"]),
        Route("/{token}/api/meeting", meeting, methods=["GET"]),
        Route("/{token}/api/search", search, methods=["GET"]),
        Route("/{token}/api/check-in", check_in, methods=["POST"]),
        Route("/{token}/api/walk-in", walk_in, methods=["POST"]),
    ]
    handlers = {404: not_found, 405: not_found, Exception: _internal_error}
    return Starlette(routes=routes, exception_handlers=handlers)


def _meeting(database: Database, meeting_id: int) -> dict[str, str]:
    with database.session() as session:
        m = sci.kiosk_meeting(session, meeting_id)
    return {"title": m.title, "day": m.day, "place": m.place}


def _write(database: Database, work, on_check_in: OnCheckIn | None) -> dict[str, str]:
    """Store one check-in, trying again while another writer holds the database."""
    for attempt in range(WRITE_ATTEMPTS):
        try:
            with database.session() as session:
                done = work(session)
            break
        except DatabaseLocked:
            if attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    if on_check_in is not None:
        on_check_in(done.row)
    return {"name": done.row.name, "time": done.at.strftime("%H.%M")}


def _answer(work: Callable[[], Any]) -> Response:
    """The work's result as JSON, or its refusal in words fit for the attendee."""
    try:
        return _json(work())
    except AlreadyCheckedIn as error:
        return _json({"message": error.message, "already": True}, 409)
    except ReadOnlyMeeting:
        return _json({"message": "Pendaftaran mandiri untuk rapat ini sudah ditutup."}, 410)
    except (InvalidInput, NotFound) as error:
        return _json({"message": error.message}, 400)
    except DatabaseLocked:
        return _json({"message": "Sedang ramai. Coba kirim lagi sebentar lagi."}, 503)
    except RapatError as error:
        log.error("Self check-in refused: %s", error.message)
        return _json({"message": "Terjadi kesalahan. Silakan lapor ke meja registrasi."}, 500)


async def _body(request: Request) -> dict | Response:
    """The submitted JSON object, read no further than limits.SELF_CHECK_IN_REQUEST_BYTES bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and (
        not declared.isdigit() or int(declared) > limits.SELF_CHECK_IN_REQUEST_BYTES
    ):
        return _json({"message": "Kiriman terlalu besar."}, 413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.SELF_CHECK_IN_REQUEST_BYTES:
            return _json({"message": "Kiriman terlalu besar."}, 413)
        chunks.append(chunk)
    try:
        body = json.loads(b"".join(chunks))
    except (ValueError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        return _json({"message": "Kiriman tidak terbaca."}, 400)
    return body


def _signature(value: Any) -> bytes:
    """The PNG bytes of a data URL sent by the page's canvas."""
    prefix = "data:image/png;base64,"
    if not isinstance(value, str) or not value.startswith(prefix):
        raise InvalidInput("Tanda tangan belum dibuat.")
    try:
        return base64.b64decode(value[len(prefix) :], validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("Tanda tangan tidak terbaca.") from None


def _json(content: Any, status: int = 200, extra: dict[str, str] | None = None) -> Response:
    return JSONResponse(content, status_code=status, headers={**HEADERS, **(extra or {})})


def _internal_error(_request: Request, error: Exception) -> Response:
    log.error("Self check-in failed", exc_info=error)
    return PlainTextResponse("Internal Server Error", status_code=500)
