"""One opening of self check-in: a uvicorn server in its own thread, on one address and token.

Opening binds the socket in the caller's thread, so a busy port or a wrong address is reported
there; closing stops the server and its thread, and the address stops answering. A new opening
has a new token, so an address from an earlier one never works again.
"""

from __future__ import annotations

import logging
import secrets
import socket
import threading
import time

import uvicorn

from rapat.db import Database
from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.kiosk.app import OnCheckIn, build_app
from rapat.kiosk.rate_limit import Budget

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
START_TIMEOUT_S = 10.0


def lan_address() -> str:
    """The address other devices on this network reach the laptop at; loopback when alone.

    Asks the system which local address would carry traffic outward (nothing is sent), then falls
    back to the addresses of the host name.
    """
    for probe in ("192.0.2.1", "10.255.255.255", "172.31.255.255"):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))
                address = s.getsockname()[0]
        except OSError:
            continue
        if not address.startswith("127.") and address != "0.0.0.0":
            return address
    try:
        _name, _aliases, addresses = socket.gethostbyname_ex(socket.gethostname())
    except OSError:
        addresses = []
    outward = [a for a in addresses if not a.startswith("127.")]
    return outward[0] if outward else "127.0.0.1"


class KioskServer:
    """Self check-in for one meeting; `start` opens it and gives the address, `stop` closes it."""

    def __init__(
        self,
        database: Database,
        meeting_id: int,
        on_check_in: OnCheckIn | None = None,
        budgets: dict[str, Budget] | None = None,
    ) -> None:
        self.database = database
        self.meeting_id = meeting_id
        self.on_check_in = on_check_in
        self.budgets = budgets
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, host: str | None = None, port: int = DEFAULT_PORT) -> str:
        """Open check-in on host (the LAN address by default) and port; a busy default port gives
        way to a free one. Returns the page's address with its new token."""
        self.stop()
        host = host or lan_address()
        sock = _bind(host, port)
        token = secrets.token_urlsafe(24)
        app = build_app(self.database, self.meeting_id, token, self.on_check_in, self.budgets)
        config = uvicorn.Config(
            app,
            log_config=None,
            log_level="warning",
            access_log=False,
            server_header=False,
            date_header=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
            limit_concurrency=500,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="rapat-kiosk", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        if not server.started:
            server.should_exit = True
            sock.close()
            raise InvalidInput(tr("Pendaftaran mandiri tidak dapat dibuka."))
        self._server, self._thread = server, thread
        bound_host, bound_port = sock.getsockname()[:2]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.url = f"http://{shown}:{bound_port}/{token}/"
        log.info("Self check-in opened for meeting %s on %s:%s", self.meeting_id, host, bound_port)
        return self.url

    def stop(self) -> None:
        """Close check-in: the server stops answering and its thread ends."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        self.url = ""
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout=5)
        log.info("Self check-in closed for meeting %s", self.meeting_id)


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket; the default port, when taken, gives way to one the system picks."""
    try:
        return _listen(host, port)
    except OSError as error:
        if port != DEFAULT_PORT:
            raise _unusable(host, port, error) from None
    try:
        return _listen(host, 0)
    except OSError as error:
        raise _unusable(host, port, error) from None


def _listen(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit it: the page's files leave without waiting 40 ms for an
        # acknowledgement (Nagle's algorithm meeting the phone's delayed ACK).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(512)
    except OSError:
        sock.close()
        raise
    return sock


def _unusable(host: str, port: int, error: OSError) -> InvalidInput:
    return InvalidInput(
        tr("Alamat {host}:{port} tidak dapat dipakai: {reason}").format(
            host=host, port=port, reason=error.strerror or error
        )
    )
