"""The office server: its group roles and staff logins, and each person's password in the keyring.

Rapat's rights on a PostgreSQL server are two group roles: `rapat_staf` may read and change the
archive, `rapat_baca` may only read it. Each person logs in as a login role of their own in one of
the groups, so the server itself names them in every change (rapat.models.tracking) and refuses
a reader's writes whatever the interface does. A password is never kept in a Rapat file: a person
may keep it in the operating system's keyring, under the server, database and login it opens.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url

from rapat.errors import InvalidInput, RapatError
from rapat.i18n import tr

STAFF, READERS = "rapat_staf", "rapat_baca"
KEYRING_SERVICE = "Rapat"
# A login name as the office types it: lower case, digits and underscores, as PostgreSQL keeps
# an unquoted name (and short enough for its 63-byte identifiers).
LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_.]{0,62}")


@dataclass(frozen=True)
class ServerReady:
    database: str
    revision: str


def is_server(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def init_server(url: str) -> ServerReady:
    """Create or upgrade the schema on the server's database and give the groups their rights.

    Run by the server's administrator (the database's owner); run again after each upgrade of
    Rapat, it brings the schema and the rights of new tables up to date.
    """
    from rapat.db import open_database

    if not is_server(url):
        raise InvalidInput(tr("rapat server init memerlukan alamat PostgreSQL (postgresql://…)"))
    database = open_database(url)
    try:
        with database.engine.begin() as connection:
            _create_groups(connection)
            _grant(connection)
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            name = connection.execute(text("SELECT current_database()")).scalar()
    finally:
        database.close()
    return ServerReady(database=name, revision=revision)


def _create_groups(connection: Connection) -> None:
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:staff, :readers)"),
            {"staff": STAFF, "readers": READERS},
        ).scalars()
    )
    for group in (READERS, STAFF):
        if group not in existing:
            connection.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
    connection.exec_driver_sql(f"GRANT {READERS} TO {STAFF}")


def _grant(connection: Connection) -> None:
    """Readers read every table (and record their exports); staff change the archive's rows but
    never its schema."""
    database = connection.execute(text("SELECT quote_ident(current_database())")).scalar()
    for statement in (
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {READERS}",
        f"GRANT USAGE ON SCHEMA public TO {READERS}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READERS}",
        f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {READERS}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {STAFF}",
        f"GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {STAFF}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {STAFF}",
        # A reader's exports are recorded in the audit trail like anyone's.
        f"GRANT INSERT ON audit_events TO {READERS}",
        f"GRANT USAGE ON SEQUENCE audit_events_id_seq TO {READERS}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {READERS}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON SEQUENCES TO {READERS}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {STAFF}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, UPDATE ON SEQUENCES TO {STAFF}",
    ):
        connection.exec_driver_sql(statement)


def add_user(url: str, name: str, password: str, read_only: bool = False) -> str:
    """Create a staff login in the group that fits; return the group's name."""
    from sqlalchemy import create_engine

    from rapat.db import explain_driver_error

    if not LOGIN_NAME.fullmatch(name):
        raise InvalidInput(
            tr(
                "Nama login '{name}' tidak dapat dipakai: gunakan huruf kecil, angka, titik atau "
                "garis bawah, diawali huruf."
            ).format(name=name)
        )
    if len(password) < 8:
        raise InvalidInput(tr("Kata sandi terlalu pendek: paling sedikit 8 karakter."))
    group = READERS if read_only else STAFF
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            groups = connection.execute(
                text("SELECT count(*) FROM pg_roles WHERE rolname IN (:staff, :readers)"),
                {"staff": STAFF, "readers": READERS},
            ).scalar()
            if groups != 2:
                raise InvalidInput(
                    tr("Server belum disiapkan: jalankan dulu 'rapat server init ALAMAT'.")
                )
            taken = connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
            ).scalar()
            if taken:
                raise InvalidInput(tr("Login '{name}' sudah ada di server.").format(name=name))
            quoted = connection.execute(
                text("SELECT quote_ident(:name), quote_literal(:password)"),
                {"name": name, "password": password},
            ).one()
            connection.exec_driver_sql(
                f"CREATE ROLE {quoted[0]} LOGIN PASSWORD {quoted[1]} IN ROLE {group}"
            )
    except RapatError:
        raise
    except Exception as error:
        explained = explain_driver_error(error, engine.url)
        if explained is None:
            raise
        raise explained from error
    finally:
        engine.dispose()
    return group


def check_login(url: str) -> None:
    """Log in once and out again: raise LoginRefused, PasswordNeeded or DatabaseError if refused."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.pool import NullPool

    from rapat.db import explain_driver_error

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect():
            pass
    except OperationalError as error:
        raise explain_driver_error(error, engine.url) from error
    finally:
        engine.dispose()


# -- the password in the keyring -------------------------------------------------------------------


def keyring_entry(url: URL) -> str:
    """What a password is kept under: the login, the server and the database."""
    host = url.host or url.query.get("host") or "localhost"
    port = url.port or url.query.get("port") or 5432
    return f"{url.username}@{host}:{port}/{url.database}"


def needs_password(url: str) -> bool:
    """Whether the address names a server login but carries no password."""
    parsed = make_url(url)
    return (
        parsed.get_backend_name() == "postgresql" and bool(parsed.username) and not parsed.password
    )


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def stored_password(url: str) -> str | None:
    """The password kept in the keyring for this login, if any (and if there is a keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_entry(make_url(url)))
    except KeyringError:
        return None


def store_password(url: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_entry(make_url(url)), password)
    except KeyringError as error:
        raise RapatError(
            tr("Kata sandi tidak dapat disimpan di keyring sistem: {reason}").format(reason=error)
        ) from None


def forget_password(url: str) -> None:
    """Remove a kept password (one the server no longer accepts)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, keyring_entry(make_url(url)))


def with_stored_password(url: str) -> str:
    """The address with the password from the keyring when it carries none."""
    if not needs_password(url):
        return url
    password = stored_password(url)
    return url if password is None else with_password(url, password)
