"""A throwaway PostgreSQL cluster for the tests: initdb, pg_ctl, a Unix socket and nothing else.

PostgreSQL refuses to run as root, so its programs then run as the postgres user. With a
superuser password the cluster asks every login for its password (scram-sha-256), as an office
server does; without one it trusts local logins.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def server_programs() -> Path | None:
    for folder in [*sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True), "/usr/local/bin"]:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def as_server_user(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its programs as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@contextmanager
def cluster(
    programs: Path, port: int, password: str | None = None, tcp: bool = False
) -> Iterator[Path]:
    """Start a cluster with a database `rapat`; yield the folder of its socket. With tcp, it
    also listens on 127.0.0.1 at the same port (for the benchmarks' latency proxy)."""
    folder = Path(tempfile.mkdtemp(prefix="rapat-pg-"))  # outside pytest's root-only folders
    data, socket = folder / "data", folder / "socket"
    socket.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(socket, "postgres")
    environment = dict(os.environ)
    auth = ["--auth=trust"]
    if password is not None:
        secret = folder / "pw"
        secret.write_text(password + "\n")
        if os.geteuid() == 0:
            shutil.chown(secret, "postgres")
        auth = ["--auth=scram-sha-256", f"--pwfile={secret}"]
        environment["PGPASSWORD"] = password

    def run(program: str, *args: str) -> None:
        subprocess.run(
            as_server_user([str(programs / program), *args]),
            check=True,
            capture_output=True,
            env=environment,
        )

    run("initdb", "-D", str(data), "-U", "postgres", *auth, "-E", "UTF8", "--locale=C.UTF-8")
    run(
        "pg_ctl",
        "-D",
        str(data),
        "-w",
        "-l",
        str(folder / "log"),
        "-o",
        f"-k {socket} -p {port} -c listen_addresses='{'127.0.0.1' if tcp else ''}'",
        "start",
    )
    try:
        run("createdb", "-h", str(socket), "-p", str(port), "-U", "postgres", "rapat")
        yield socket
    finally:
        run("pg_ctl", "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)
