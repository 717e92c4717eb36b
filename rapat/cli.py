"""The `rapat` command: opens the application, or runs one operation without a GUI.

Exit codes: 0 done; 1 a verification that failed; 2 bad input or usage (one line on stderr);
3 an internal error, whose details go to the log file named in the message.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from contextlib import closing

from rapat.errors import RapatError
from rapat.lasting import one_shot

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
SIGN_AS = {"chair": "ttd_ketua", "note_taker": "ttd_notulis"}  # --as: the notula's blocks


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"rapat: {message}\n")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without commands, only what opening the window takes."""
    parser = _Parser(
        prog="rapat",
        description="Rapat — notula, daftar hadir dan tindak lanjut rapat koordinasi.",
    )
    parser.add_argument(
        "--db", metavar="PATH|URL", help="berkas SQLite atau URL SQLAlchemy (bawaan: RAPAT_DB)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="buka aplikasi dan rapat terbaru, gambar jendela, lalu keluar (untuk pemeriksaan)",
    )
    if commands:
        _add_commands(parser)
    return parser


def _add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)

    p = commands.add_parser("import", help="simpan rapat dari berkas rapat-meeting/1 atau paket")
    p.add_argument("file", metavar="FILE.json|FILE.rapat")
    p.set_defaults(run=_import)

    p = commands.add_parser("export", help="tulis rapat ke berkas rapat-meeting/1 atau paket")
    p.add_argument("meeting_id", metavar="ID", type=int)
    p.add_argument(
        "-o", "--output", metavar="FILE.json|FILE.rapat", required=True, help="'-' untuk layar"
    )
    p.add_argument(
        "--take-to", metavar="TEMPAT", help="paket: tandai rapat 'dibawa ke' TEMPAT sampai kembali"
    )
    p.set_defaults(run=_export)

    p = commands.add_parser("list", help="daftar rapat, terbaru lebih dulu")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(run=_list)

    p = commands.add_parser("demo", help="isi basis data dengan rapat contoh")
    p.add_argument("--meetings", metavar="N", type=int, default=20)
    p.add_argument("--seed", metavar="S", type=int, default=1)
    p.set_defaults(run=_demo)

    p = commands.add_parser("xlsx", help="tulis rapat sebagai buku kerja Excel")
    p.add_argument("meeting_id", metavar="ID", type=int)
    p.add_argument("-o", "--output", metavar="FILE.xlsx", required=True)
    p.set_defaults(run=_xlsx)

    p = commands.add_parser("invite", help="impor daftar undangan (.xlsx/.csv) ke rapat")
    p.add_argument("meeting_id", metavar="ID", type=int)
    p.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    p.add_argument("--dry-run", action="store_true", help="hanya periksa, jangan simpan")
    p.set_defaults(run=_invite)

    p = commands.add_parser("pdf", help="notula PDF/A dengan daftar hadir terlampir")
    p.add_argument("meeting_id", metavar="ID", type=int)
    p.add_argument("--attendance", action="store_true", help="hanya daftar hadir")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    p.set_defaults(run=_pdf)

    p = commands.add_parser("invitation", help="surat undangan PDF/A, atau undangan kalender .ics")
    p.add_argument("meeting_id", metavar="ID", type=int)
    p.add_argument("-o", "--output", metavar="FILE.pdf|FILE.ics", required=True)
    p.set_defaults(run=_invitation)

    p = commands.add_parser("actions", help="matriks tindak lanjut, tersaring")
    p.add_argument("--institution", metavar="NAMA", help="sebagian nama instansi")
    p.add_argument("--status", metavar="S", help="open, in_progress, done atau cancelled")
    p.add_argument("--overdue", action="store_true", help="hanya yang melewati tenggat")
    p.add_argument("--meeting", metavar="ID", type=int, help="hanya dari rapat ini")
    p.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx", required=True)
    p.set_defaults(run=_actions)

    p = commands.add_parser("search", help="cari di arsip rapat: judul, peserta, pembahasan, …")
    p.add_argument("query", metavar="KATA")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(run=_search)

    p = commands.add_parser("profile", help="profil kantor: kop surat, logo, blok tanda tangan")
    actions = p.add_subparsers(dest="profile_action", metavar="AKSI", parser_class=_Parser)
    actions.required = True
    shown = actions.add_parser("show", help="tampilkan profil kantor sebagai JSON")
    shown.set_defaults(run=_profile_show)
    changed = actions.add_parser(
        "set",
        help="ubah profil kantor dari berkas JSON",
        description="Kunci: government, unit, address, phone, email, website, city, logo "
        "(path gambar), signature_blocks (chair|chair_and_note_taker), timezone (WIB|WITA|WIT). "
        "Kunci bernilai null dikosongkan; kunci yang tidak disebut tetap.",
    )
    changed.add_argument("file", metavar="FILE.json")
    changed.set_defaults(run=_profile_set)

    p = commands.add_parser(
        "finalize", help="finalisasi rapat dan tulis notula PDF/A yang menunggu tanda tangan"
    )
    p.add_argument("meeting_id", metavar="ID", type=int)
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    p.set_defaults(run=_finalize)

    p = commands.add_parser("sign", help="tanda tangani PDF dengan sertifikat PKCS#12")
    p.add_argument("input", metavar="IN.pdf")
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    p.add_argument(
        "--p12", metavar="FILE.p12", required=True, help="kata sandi: RAPAT_P12_PASSPHRASE"
    )
    block = p.add_mutually_exclusive_group()
    block.add_argument(
        "--as",
        dest="block",
        choices=sorted(SIGN_AS),
        help="blok notula Rapat yang ditandatangani: chair (pimpinan) atau note_taker (notulis)",
    )
    block.add_argument(
        "--field", metavar="NAME", help="kolom tanda tangan PDF lain (bawaan: yang pertama kosong)"
    )
    p.set_defaults(run=_sign)

    p = commands.add_parser("verify", help="periksa keaslian tanda tangan PDF")
    p.add_argument("input", metavar="FILE.pdf")
    p.add_argument(
        "--trust", metavar="CERT.pem", action="append", default=[], help="akar tepercaya"
    )
    p.set_defaults(run=_verify)

    p = commands.add_parser("backup", help="cadangkan basis data (SQLite: ke folder backups/)")
    p.add_argument("-o", "--output", metavar="FILE", help="tulis cadangan ke berkas ini")
    p.set_defaults(run=_backup)

    p = commands.add_parser("restore", help="pulihkan basis data dari cadangan")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=_restore)

    _add_certificate_commands(commands)

    p = commands.add_parser(
        "kiosk", help="buka pendaftaran mandiri: peserta mengisi daftar hadir dari ponsel"
    )
    p.add_argument("meeting_id", metavar="ID", type=int)
    p.add_argument("--host", metavar="H", help="alamat yang didengar (bawaan: alamat jaringan)")
    p.add_argument("--port", metavar="P", type=int, default=8765, help="port (bawaan: 8765)")
    p.set_defaults(run=_kiosk)

    office = _add_server_commands(commands)

    # --db is also understood after the sub-command
    for command in [*commands.choices.values(), shown, changed, *office]:
        command.add_argument(
            "--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )


def _add_server_commands(commands) -> list[argparse.ArgumentParser]:
    """`rapat server init URL` and `rapat server add-user NAME`: the office's PostgreSQL server."""
    p = commands.add_parser("server", help="siapkan server PostgreSQL kantor dan login staf")
    actions = p.add_subparsers(dest="server_action", metavar="TINDAKAN", required=True)
    init = actions.add_parser("init", help="buat atau perbarui skema dan kelompok rapat_staf/baca")
    init.add_argument("url", metavar="URL", help="postgresql+psycopg://pengelola@server/rapat")
    init.set_defaults(run=_server_init)
    user = actions.add_parser("add-user", help="buat login staf (kata sandi ditanyakan)")
    user.add_argument("name", metavar="NAME")
    user.add_argument("--read-only", action="store_true", help="hanya boleh membaca (rapat_baca)")
    user.set_defaults(run=_server_add_user)
    return [init, user]


def _server_init(args: argparse.Namespace) -> int:
    from rapat.office import init_server

    ready = init_server(args.url)
    print(f"Server siap: basis data {ready.database}, skema {ready.revision}.")
    print("Kelompok: rapat_staf (boleh mengubah), rapat_baca (hanya membaca).")
    return EXIT_OK


def _server_add_user(args: argparse.Namespace) -> int:
    from rapat.db import resolve_url
    from rapat.office import add_user, is_server

    url = resolve_url(args.db)
    if not is_server(url):
        raise RapatError("Login staf dibuat di server PostgreSQL: beri --db postgresql+psycopg://…")
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Kata sandi untuk {args.name}: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            raise RapatError("Kedua kata sandi tidak sama; login tidak dibuat.")
    else:  # a script gives it on standard input
        password = sys.stdin.readline().rstrip("\n")
    group = add_user(url, args.name, password, read_only=args.read_only)
    print(f"Login {args.name} dibuat dalam kelompok {group}.")
    return EXIT_OK


def _only_opens_the_window(argv: list[str]) -> bool:
    """Whether argv holds nothing but the window's options: building every sub-command's parser
    takes a tenth of a bare window's start-up, so opening the window skips it."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not (word.startswith("--db=") or word == "--smoke-test"):
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(commands=not _only_opens_the_window(argv)).parse_args(argv)
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", _open_application)
    try:
        return run(args)
    except RapatError as error:
        print(f"rapat: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`rapat list | head`): nothing more to say
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit flush quiet
        return EXIT_OK
    except Exception as error:  # a bug: keep the traceback for the log, not the user's screen
        from rapat.logs import log_exception

        where = log_exception(error)
        print(f"rapat: kesalahan internal ({error}); rincian di {where}", file=sys.stderr)
        return EXIT_INTERNAL


def _open_application(args: argparse.Namespace) -> int:
    from rapat.ui.app import run_application

    return run_application(args.db, smoke_test=args.smoke_test)


def _database(args: argparse.Namespace):
    from rapat.db import open_database

    # Damaged pages are reported even where the command would not read them (a tenth of a
    # second for a 2,000-meeting archive).
    return open_database(args.db, check_pages=True)


def _import(args: argparse.Namespace) -> int:
    if args.file.endswith(".rapat"):
        return _import_package(args)
    from rapat.services.interchange import import_meeting

    with _database(args).session() as session:
        stored = import_meeting(session, args.file)
    print(f"Tersimpan: {stored.title} ({stored.participants} peserta)")
    print(stored.id)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    if args.output.endswith(".rapat"):
        return _export_package(args)
    if args.take_to:
        raise RapatError("--take-to hanya untuk paket (.rapat)")
    from rapat.services.outputs import export_json, export_json_text

    with _database(args).session() as session:
        if args.output == "-":
            text = export_json_text(session, args.meeting_id)
        else:
            export_json(session, args.meeting_id, args.output)
    if args.output == "-":
        sys.stdout.write(text)
    return EXIT_OK


def _import_package(args: argparse.Namespace) -> int:
    from rapat.services.package import import_package

    with _database(args).session() as session:
        stored = import_package(session, args.file)
    said = {"new": "Tersimpan", "updated": "Diperbarui", "unchanged": "Sudah sama, tidak berubah"}
    print(f"{said[stored.outcome]}: {stored.title} ({stored.participants} peserta)")
    print(stored.meeting_id)
    return EXIT_OK


def _export_package(args: argparse.Namespace) -> int:
    from rapat.services.package import export_package

    with _database(args).session() as session:
        written = export_package(session, args.meeting_id, args.output, taken_to=args.take_to)
    print(f"Paket tertulis: {written.path} ({written.members} berkas, {_size(written.size)})")
    if args.take_to:
        print(f"Rapat ditandai dibawa ke {args.take_to} sampai paketnya diimpor kembali.")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from rapat.services.meetings import list_meetings

    with _database(args).session() as session:
        meetings = list_meetings(session)
    if args.json:
        import json

        rows = [
            {
                "id": m.id,
                "title": m.title,
                "date": m.date.isoformat(),
                "start_time": m.start_time.strftime("%H:%M"),
                "timezone": m.timezone,
                "location": m.location,
                "kind": m.kind,
                "status": m.status,
                "revision": m.revision,
            }
            for m in meetings
        ]
        print(json.dumps(rows, ensure_ascii=False))  # one shot: the C encoder, no indent
        return EXIT_OK
    if not meetings:
        print("Belum ada rapat. Buat rapat baru di aplikasi, atau `rapat import FILE.json`.")
    for m in meetings:
        when = f"{m.date.isoformat()} {m.start_time.strftime('%H:%M')} {m.timezone or ''}".rstrip()
        print(f"{m.id:>6}  {when:<22}  {m.title} — {m.location}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from rapat.services.demo import fill_demo

    if args.meetings < 1:
        raise RapatError("--meetings harus paling sedikit 1")
    database = _database(args)
    count = fill_demo(database, args.meetings, args.seed, progress=_progress)
    print(f"\r{count} rapat contoh tersimpan.{' ' * 20}")
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rMembuat rapat contoh {done}/{total} …", end="", file=sys.stderr, flush=True)


def _xlsx(args: argparse.Namespace) -> int:
    from rapat.services.outputs import write_workbook

    with _database(args).session() as session:
        write_workbook(session, args.meeting_id, args.output)
    return EXIT_OK


def _invite(args: argparse.Namespace) -> int:
    from rapat.services.invitation_list import invite_from_file

    with _database(args).session() as session:
        outcome = invite_from_file(session, args.meeting_id, args.file, dry_run=args.dry_run)
    preview = outcome.preview
    for problem in preview.problems:
        print(f"{preview.source}: {problem}", file=sys.stderr)
    for row in preview.rows:
        if row.problems:
            print(f"{preview.source}:{row.line}: {'; '.join(row.problems)}", file=sys.stderr)
    ready = len(preview.rows) - preview.bad_rows
    if not preview.ok:
        print(
            f"{_count(ready)} baris siap, {_count(preview.bad_rows)} baris bermasalah; "
            "tidak ada yang disimpan.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if outcome.added is None:
        print(f"{_count(ready)} baris siap; tidak disimpan (--dry-run).")
    else:
        print(f"{_count(outcome.added)} peserta ditambahkan ke rapat {args.meeting_id}.")
    return EXIT_OK


def _count(number: int) -> str:
    """A count the Indonesian way: 1.204."""
    return f"{number:,}".replace(",", ".")


def _pdf(args: argparse.Namespace) -> int:
    with one_shot():
        from rapat.services.outputs import write_attendance, write_notula

        write = write_attendance if args.attendance else write_notula
        with closing(_database(args)) as database, database.session() as session:
            saved = write(session, args.meeting_id, args.output)
    _announce(saved)
    return EXIT_OK


def _announce(saved) -> None:
    """Tell what a written PDF could not include (on stderr), then where it is."""
    for warning in saved.warnings:
        print(f"rapat: peringatan: {warning}", file=sys.stderr)
    print(f"Tersimpan: {saved.path} ({saved.pages} halaman)")


def _invitation(args: argparse.Namespace) -> int:
    """The surat undangan (numbered once, from the office's pattern) or its calendar file."""
    from datetime import date

    from rapat.services.invitations import write_invitation

    with _database(args).session() as session:
        saved = write_invitation(session, args.meeting_id, args.output, date.today())
    if saved.pages is None:
        print(f"Tersimpan: {saved.path}")
    else:
        _announce(saved)
    return EXIT_OK


def _actions(args: argparse.Namespace) -> int:
    from datetime import date

    from rapat.services.action_list import write_action_list
    from rapat.services.actions import ActionFilter

    today = date.today()
    criteria = ActionFilter(
        institution=args.institution,
        status=args.status,
        overdue_on=today if args.overdue else None,
        meeting_id=args.meeting,
    )
    with _database(args).session() as session:
        saved = write_action_list(session, criteria, today, args.output)
    if saved.pages is not None:
        _announce(saved)
    return EXIT_OK


def _profile_show(args: argparse.Namespace) -> int:
    import json

    from rapat.services.profile_settings import profile_settings

    with _database(args).session() as session:
        settings = profile_settings(session)
    print(json.dumps(settings, ensure_ascii=False, indent=2))
    return EXIT_OK


def _profile_set(args: argparse.Namespace) -> int:
    from rapat.services.profile_settings import set_profile_from_file

    with _database(args).session() as session:
        keys = set_profile_from_file(session, args.file)
    print(f"Profil kantor diperbarui: {', '.join(keys) or 'tidak ada yang berubah'}.")
    return EXIT_OK


def _finalize(args: argparse.Namespace) -> int:
    from rapat.services.finalize import finalize_to_file

    with _database(args).session() as session:
        saved = finalize_to_file(session, args.meeting_id, args.output)
    print(f"Rapat {args.meeting_id} difinalisasi; notula menunggu tanda tangan.")
    print(f"Tersimpan: {saved.path}")
    return EXIT_OK


def _kiosk(args: argparse.Namespace) -> int:
    """Serve self check-in until interrupted; the address with its token is the first line."""
    import time

    from rapat.kiosk.server import KioskServer
    from rapat.services.self_check_in import kiosk_meeting

    database = _database(args)
    with database.session() as session:
        meeting = kiosk_meeting(session, args.meeting_id)

    def arrived(row) -> None:
        print(f"Hadir: {row.name} ({row.institution})", flush=True)

    server = KioskServer(database, args.meeting_id, arrived)
    print(server.start(args.host, args.port), flush=True)
    print(f"Pendaftaran mandiri {meeting.title} dibuka. Tekan Ctrl+C untuk menutup.", flush=True)
    try:
        while server.running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Pendaftaran mandiri ditutup.", flush=True)
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from rapat.services.search import search

    with _database(args).session() as session:
        hits = search(session, args.query, limit=None)
    if args.json:
        import json

        rows = [
            {
                "meeting_id": hit.meeting_id,
                "title": hit.title,
                "date": hit.date.isoformat(),
                "snippet": hit.snippet,
                "highlights": hit.highlights,
                "matched": hit.kind,
                "matches": hit.matches,
            }
            for hit in hits
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print("Tidak ada rapat yang memuat kata-kata itu.")
    for hit in hits:
        snippet = "".join(f"[{piece}]" if matched else piece for piece, matched in hit.fragments)
        print(f"{hit.meeting_id:>6}  {hit.date.isoformat()}  {hit.title}")
        print(f"        {snippet}")
    return EXIT_OK


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise RapatError(f"{path}: tidak dapat dibaca ({error.strerror})") from None


def _sign(args: argparse.Namespace) -> int:
    with one_shot():
        return _sign_file(args)


def _sign_file(args: argparse.Namespace) -> int:
    from rapat.documents.signing import block_officers, open_pkcs12, sign_pdf
    from rapat.fileio import write_atomically

    pdf, p12 = _read_file(args.input), _read_file(args.p12)
    field = SIGN_AS[args.block] if args.block else args.field
    if field is None and block_officers(pdf):
        raise RapatError(
            f"{args.input} adalah notula Rapat: pilih bloknya dengan --as chair atau "
            "--as note_taker"
        )
    identity = open_pkcs12(p12, _passphrase())
    setup = _signing_setup(args, pdf, identity.owner, field)
    signed = sign_pdf(pdf, identity, field=field, **setup.options)
    if setup.warning:
        print(f"rapat: {setup.warning}", file=sys.stderr)
    write_atomically(args.output, signed)
    print(f"Ditandatangani oleh {identity.owner}: {args.output}")
    return EXIT_OK


def _passphrase() -> str:
    passphrase = os.environ.get("RAPAT_P12_PASSPHRASE")
    if passphrase is not None:
        return passphrase
    if not sys.stdin or not sys.stdin.isatty():
        raise RapatError("kata sandi sertifikat tidak diberikan: isi RAPAT_P12_PASSPHRASE")
    import getpass

    return getpass.getpass("Kata sandi sertifikat: ")


def _verify(args: argparse.Namespace) -> int:
    with one_shot():
        return _verify_file(args)


def _verify_file(args: argparse.Namespace) -> int:
    from rapat.services.verification import block_label, load_trusted, signer_fits, verify

    pdf = _read_file(args.input)
    extra = [cert for path in args.trust for cert in load_trusted(_read_file(path), path)]
    with closing(_database(args)) as database, database.session() as session:
        verdict = verify(session, pdf, extra)
    if not verdict.signatures:
        print(f"{args.input}: tidak ada tanda tangan elektronik.")
    for number, report in enumerate(verdict.signatures, 1):
        when = report.signed_at.strftime("%d-%m-%Y %H.%M %Z") if report.signed_at else "?"
        state = "utuh" if report.intact and report.valid else "RUSAK atau dipalsukan"
        if report.modified_after:
            state += "; DIUBAH setelah ditandatangani"
        trust = "tepercaya" if report.trusted else "TIDAK tepercaya"
        block = block_label(report.field)
        if report.officer is not None:
            fits = "pejabatnya" if signer_fits(report) else "BUKAN pejabatnya"
            block += f" milik {report.officer}, {fits}"
        print(f"{number}. {report.signer} ({block}), {when}: {state}, {trust}")
    print(_archive_line(verdict.archived))
    for note in verdict.notes:
        print(note)
    if verdict.authentic:
        print("Hasil: SAH")
        return EXIT_OK
    print(f"Hasil: TIDAK SAH — {verdict.reasons[0]}")
    for reason in verdict.reasons[1:]:
        print(f"  juga: {reason}")
    return EXIT_FAILED


def _archive_line(archived) -> str:
    if archived is None:
        return "Tidak ditemukan di arsip basis data ini."
    entry = f"rapat #{archived.meeting_id} revisi {archived.revision} — {archived.title}"
    return {
        "same": f"Sama persis dengan arsip: {entry}",
        "earlier": f"Versi lebih awal dari arsip (arsip sudah bertambah tanda tangan): {entry}",
        "later": f"Arsip ditambah tanda tangan atau data validasi yang belum tersimpan: {entry}",
        "different": f"BERBEDA dari arsip yang disebutnya: {entry}",
    }[archived.relation]


def _sqlite_archive(args: argparse.Namespace):
    """The SQLite file of --db; None for a server. Backing up and restoring do not open the
    database through SQLAlchemy: they must work when the archive itself will not open."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from rapat.db import resolve_url

    url = make_url(resolve_url(args.db))
    if url.get_backend_name() == "sqlite":
        return Path(url.database), url
    return None, url


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rapat import backup

    path, url = _sqlite_archive(args)
    if path is None:
        written = backup.dump_server(url, args.output)
        print(f"Cadangan server tersimpan (pg_dump): {written}")
        return EXIT_OK
    if not path.exists():
        raise RapatError(f"Basis data {path} tidak ada.")
    if args.output:
        written = Path(args.output)
        backup.copy_database(path, written)
    else:
        written = backup.make_backup(path, backup.BY_HAND)
    made = backup.check_backup(written)
    print(f"Cadangan tersimpan: {written} ({made.meetings} rapat, {_size(made.size)})")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rapat import backup

    path, _url = _sqlite_archive(args)
    if path is None:
        raise RapatError(
            "Basis data server dipulihkan oleh pengelolanya dengan pg_restore, bukan dengan Rapat."
        )
    source = Path(args.file)
    offered = backup.check_backup(source)
    aside = backup.restore(path, source)
    print(f"Dipulihkan dari {source}: {offered.meetings} rapat.")
    if aside is not None:
        print(f"Basis data sebelumnya disimpan di {aside}")
    return EXIT_OK


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} KB"


# -- certificates and the archive's long-term validation ------------------------------------------


def _add_certificate_commands(commands) -> None:
    p = commands.add_parser("certificates", help="sertifikat tanda tangan elektronik kantor")
    actions = p.add_subparsers(dest="action", metavar="AKSI", required=True, parser_class=_Parser)
    a = actions.add_parser("list", help="daftar sertifikat dan keadaannya")
    a.set_defaults(run=_certificates_list)
    a = actions.add_parser("trust", help="percayai sertifikat akar lembaga lain (PEM atau DER)")
    a.add_argument("file", metavar="CERT.pem")
    a.set_defaults(run=_certificates_trust)
    a = actions.add_parser(
        "root", help="buat akar sertifikat kantor, atau tulis akar sebagai PEM untuk pemeriksa"
    )
    a.add_argument("--create", metavar="ORGANISASI", help="kata sandi: RAPAT_ROOT_PASSPHRASE")
    a.add_argument("-o", "--output", metavar="ROOT.pem", help="tulis akar sebagai PEM")
    a.set_defaults(run=_certificates_root)
    a = actions.add_parser(
        "issue",
        help="terbitkan sertifikat pejabat dari akar kantor "
        "(kata sandi: RAPAT_ROOT_PASSPHRASE, RAPAT_P12_PASSPHRASE)",
    )
    a.add_argument("name", metavar="NAMA")
    a.add_argument("--position", metavar="JABATAN")
    a.add_argument("--nip", metavar="NIP", help="NIP pejabat, untuk mengikat sertifikat ke bloknya")
    a.add_argument("-o", "--output", metavar="FILE.p12", help="tulis juga berkas PKCS#12-nya")
    a.set_defaults(run=_certificates_issue)
    a = actions.add_parser(
        "revoke", help="cabut sertifikat pejabat (kata sandi akar: RAPAT_ROOT_PASSPHRASE)"
    )
    a.add_argument("certificate_id", metavar="ID", type=int)
    a.add_argument("--reason", metavar="ALASAN", required=True)
    a.set_defaults(run=_certificates_revoke)

    p = commands.add_parser("archive", help="arsip notula yang ditandatangani")
    actions = p.add_subparsers(dest="action", metavar="AKSI", required=True, parser_class=_Parser)
    a = actions.add_parser(
        "refresh",
        help="perbarui validasi arsip: cap waktu dokumen atas data validasi terbaru (PAdES B-LTA)",
    )
    a.add_argument("meeting_id", metavar="ID", type=int)
    a.set_defaults(run=_archive_refresh)


def _secret(variable: str, prompt: str) -> str:
    """A passphrase from the environment, or asked on the terminal; never from an argument."""
    secret = os.environ.get(variable)
    if secret is not None:
        return secret
    if not sys.stdin or not sys.stdin.isatty():
        raise RapatError(f"kata sandi tidak diberikan: isi {variable}")
    import getpass

    return getpass.getpass(prompt)


def _certificates_list(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from rapat.services.certificates import list_certificates

    kinds = {"root": "akar kantor", "officer": "pejabat", "trusted": "tepercaya"}
    now = datetime.now(UTC)
    with _database(args).session() as session:
        rows = list_certificates(session)
    if not rows:
        print("Belum ada sertifikat.")
    for row in rows:
        if row.revoked_at is not None:
            state = f"DICABUT {row.revoked_at:%d-%m-%Y} ({row.revocation_reason})"
        elif row.expired(now):
            state = "KEDALUWARSA"
        else:
            state = "berlaku"
        print(
            f"{row.id}\t{kinds.get(row.kind, row.kind)}\t{row.owner}\toleh {row.issuer}\t"
            f"s.d. {row.not_after:%d-%m-%Y}\t{state}"
        )
    return EXIT_OK


def _certificates_trust(args: argparse.Namespace) -> int:
    from rapat.services.certificates import import_trusted

    data = _read_file(args.file)
    with _database(args).session() as session:
        certificate_id = import_trusted(session, data)
    print(f"Dipercaya: {args.file}")
    print(certificate_id)
    return EXIT_OK


def _certificates_root(args: argparse.Namespace) -> int:
    from rapat.fileio import write_atomically
    from rapat.services.certificates import create_root, root_pem

    if not (args.create or args.output):
        raise RapatError("sebutkan --create ORGANISASI dan/atau -o ROOT.pem")
    database = _database(args)
    if args.create:
        passphrase = _secret("RAPAT_ROOT_PASSPHRASE", "Kata sandi akar sertifikat baru: ")
        with database.session() as session:
            create_root(session, args.create, passphrase)
        print(f"Akar sertifikat {args.create} dibuat.")
    if args.output:
        with database.session() as session:
            pem = root_pem(session)
        write_atomically(args.output, pem.encode("ascii"))
        print(f"Akar sertifikat ditulis: {args.output}")
    return EXIT_OK


def _certificates_issue(args: argparse.Namespace) -> int:
    from rapat.fileio import write_atomically
    from rapat.services.certificates import issue_officer, pkcs12_data

    root_passphrase = _secret("RAPAT_ROOT_PASSPHRASE", "Kata sandi akar sertifikat: ")
    passphrase = _secret("RAPAT_P12_PASSPHRASE", f"Kata sandi baru untuk {args.name}: ")
    with _database(args).session() as session:
        certificate_id = issue_officer(
            session, root_passphrase, args.name, passphrase, position=args.position, nip=args.nip
        )
        data = pkcs12_data(session, certificate_id)
    if args.output:
        write_atomically(args.output, data)
        print(f"Sertifikat {args.name} ditulis: {args.output}")
    print(certificate_id)
    return EXIT_OK


def _certificates_revoke(args: argparse.Namespace) -> int:
    from rapat.services.certificates import revoke

    root_passphrase = _secret("RAPAT_ROOT_PASSPHRASE", "Kata sandi akar sertifikat: ")
    with _database(args).session() as session:
        revoke(session, args.certificate_id, args.reason, root_passphrase)
    print(f"Sertifikat {args.certificate_id} dicabut; daftar pencabutan (CRL) diperbarui.")
    return EXIT_OK


def _signing_setup(args: argparse.Namespace, pdf: bytes, signer: str, field: str | None):
    """The office's timestamp authority, validation data and stamp for signing pdf."""
    from rapat.services.signing_setup import signing_setup

    with closing(_database(args)) as database, database.session() as session:
        return signing_setup(session, pdf, signer, field)


def _archive_refresh(args: argparse.Namespace) -> int:
    from rapat.services.long_term import refresh_meeting_archive

    with _database(args).session() as session:
        documents = refresh_meeting_archive(session, args.meeting_id)
    for document in documents:
        print(
            f"Rapat #{document.meeting_id} revisi {document.revision}: validasi arsip diperbarui "
            f"(SHA-256 {document.sha256})"
        )
    return EXIT_OK
