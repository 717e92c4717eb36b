"""The `rapat` command: opens the application, or runs one operation without a GUI.

Exit codes: 0 done; 1 a verification that failed; 2 bad input or usage (one line on stderr);
3 an internal error, whose details go to the log file named in the message.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from rapat.errors import RapatError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


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

    p = commands.add_parser("import", help="simpan rapat dari berkas rapat-meeting/1")
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(run=_import)

    p = commands.add_parser("export", help="tulis rapat ke berkas rapat-meeting/1")
    p.add_argument("meeting_id", metavar="ID", type=int)
    p.add_argument("-o", "--output", metavar="FILE.json", required=True, help="'-' untuk layar")
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

    p = commands.add_parser("sign", help="tanda tangani PDF dengan sertifikat PKCS#12")
    p.add_argument("input", metavar="IN.pdf")
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    p.add_argument(
        "--p12", metavar="FILE.p12", required=True, help="kata sandi: RAPAT_P12_PASSPHRASE"
    )
    p.add_argument(
        "--field", metavar="NAME", help="kolom tanda tangan (bawaan: yang pertama kosong)"
    )
    p.set_defaults(run=_sign)

    p = commands.add_parser("verify", help="periksa keaslian tanda tangan PDF")
    p.add_argument("input", metavar="FILE.pdf")
    p.add_argument(
        "--trust", metavar="CERT.pem", action="append", default=[], help="akar tepercaya"
    )
    p.set_defaults(run=_verify)

    _add_certificate_commands(commands)

    for command in commands.choices.values():  # --db is also understood after the sub-command
        command.add_argument(
            "--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )


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

    return open_database(args.db)


def _import(args: argparse.Namespace) -> int:
    from rapat.services.interchange import read_meeting_file
    from rapat.services.meetings import store_meeting

    record = read_meeting_file(args.file)
    database = _database(args)
    with database.session() as session:
        meeting_id = store_meeting(session, record)
    print(f"Tersimpan: {record.title} ({len(record.participants)} peserta)")
    print(meeting_id)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from rapat.services.interchange import meeting_to_json, write_meeting_file
    from rapat.services.meetings import load_meeting

    database = _database(args)
    with database.session() as session:
        record = load_meeting(session, args.meeting_id)
    if args.output == "-":
        import json

        json.dump(meeting_to_json(record), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        write_meeting_file(record, args.output)
    _record_export(database, args.meeting_id, "JSON", args.output)
    return EXIT_OK


def _record_export(database, meeting_id: int, what: str, output: str) -> None:
    """Note in the meeting's audit trail that it left the application, and as which file."""
    from pathlib import Path

    from rapat.services.audit import record_event

    target = "stdout" if output == "-" else Path(output).name
    with database.session() as session:
        record_event(session, "export", meeting_id, f"{what}: {target}")


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
    from rapat.documents.workbook import write_meeting_workbook
    from rapat.services.meetings import load_meeting

    database = _database(args)
    with database.session() as session:
        record = load_meeting(session, args.meeting_id)
    write_meeting_workbook(record, args.output)
    _record_export(database, args.meeting_id, "buku kerja Excel", args.output)
    return EXIT_OK


def _invite(args: argparse.Namespace) -> int:
    from rapat.services.participant_import import (
        build_preview,
        import_participants,
        meeting_roster,
        read_table,
    )

    table = read_table(args.file)
    with _database(args).session() as session:
        preview = build_preview(table, meeting_roster(session, args.meeting_id))
        if preview.ok and not args.dry_run:
            added = import_participants(session, args.meeting_id, preview)
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
    if args.dry_run:
        print(f"{_count(ready)} baris siap; tidak disimpan (--dry-run).")
    else:
        print(f"{_count(added)} peserta ditambahkan ke rapat {args.meeting_id}.")
    return EXIT_OK


def _count(number: int) -> str:
    """A count the Indonesian way: 1.204."""
    return f"{number:,}".replace(",", ".")


def _pdf(args: argparse.Namespace) -> int:
    from rapat.documents.attendance import build_attendance
    from rapat.documents.notula import build_notula
    from rapat.services.attachments import list_photos
    from rapat.services.meetings import load_meeting
    from rapat.services.organization import get_profile

    database = _database(args)
    with database.session() as session:
        meeting = load_meeting(session, args.meeting_id)
        profile = get_profile(session)
        photos = [] if args.attendance else list_photos(session, args.meeting_id)
    if args.attendance:
        document = build_attendance(meeting, profile)
    else:
        document = build_notula(meeting, profile, photos)
    _save_document(document, args.output)
    what = "daftar hadir PDF" if args.attendance else "notula PDF"
    _record_export(database, args.meeting_id, what, args.output)
    return EXIT_OK


def _save_document(document, output: str) -> None:
    """Write a built PDF, telling on stderr what it could not include."""
    from rapat.fileio import write_atomically

    for warning in document.warnings:
        print(f"rapat: peringatan: {warning}", file=sys.stderr)
    write_atomically(output, document.data)
    print(f"Tersimpan: {output} ({document.pages} halaman)")


def _actions(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from rapat.documents.action_list import describe_scope
    from rapat.errors import InvalidInput
    from rapat.services.actions import ActionFilter, find_actions
    from rapat.services.meetings import get_meeting
    from rapat.services.organization import get_profile

    # the output format is chosen here, by the file's suffix
    writers = {".pdf": _actions_pdf, ".xlsx": _actions_xlsx}
    suffix = Path(args.output).suffix.lower()
    if suffix not in writers:
        raise InvalidInput(
            f"{args.output}: jenis berkas '{suffix or '(tanpa akhiran)'}' tidak didukung; "
            f"gunakan {' atau '.join(sorted(writers))}"
        )
    today = date.today()
    criteria = ActionFilter(
        institution=args.institution,
        status=args.status,
        overdue_on=today if args.overdue else None,
        meeting_id=args.meeting,
    )
    with _database(args).session() as session:
        meeting = get_meeting(session, args.meeting) if args.meeting is not None else None
        rows = find_actions(session, criteria)
        profile = get_profile(session)
        scope = describe_scope(
            institution=args.institution,
            status=args.status,
            overdue_on=criteria.overdue_on,
            meeting=(meeting.title, meeting.date) if meeting else None,
        )
    writers[suffix](rows, profile, today, scope, args.output)
    return EXIT_OK


def _actions_xlsx(rows, _profile, today, scope: str, output: str) -> None:
    from rapat.documents.workbook import write_action_register

    write_action_register(rows, today, output, scope)


def _actions_pdf(rows, profile, today, scope: str, output: str) -> None:
    from rapat.documents.action_list import build_action_list

    _save_document(build_action_list(rows, profile, today, scope), output)


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
    from rapat.documents.signing import open_pkcs12, sign_pdf
    from rapat.fileio import write_atomically

    pdf, p12 = _read_file(args.input), _read_file(args.p12)
    identity = open_pkcs12(p12, _passphrase())
    setup = _signing_setup(args, pdf, identity.owner, args.field)
    signed = sign_pdf(pdf, identity, field=args.field, **setup.options)
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
    from rapat.services.verification import load_trusted, verify_document

    pdf = _read_file(args.input)
    extra = [cert for path in args.trust for cert in load_trusted(_read_file(path), path)]
    with _database(args).session() as session:
        result = verify_document(session, pdf, extra)
    if not result.signatures:
        print(f"{args.input}: tidak ada tanda tangan elektronik.")
    for number, report in enumerate(result.signatures, 1):
        when = report.signed_at.strftime("%d-%m-%Y %H.%M %Z") if report.signed_at else "?"
        state = "utuh" if report.intact and report.valid else "RUSAK atau dipalsukan"
        if report.modified_after:
            state += "; DIUBAH setelah ditandatangani"
        trust = "tepercaya" if report.trusted else "TIDAK tepercaya"
        print(f"{number}. {report.signer} ({report.field}), {when}: {state}, {trust}")
    print(_archive_line(result.archived))
    print("Hasil: SAH" if result.passed else "Hasil: TIDAK SAH")
    return EXIT_OK if result.passed else EXIT_FAILED


def _archive_line(archived) -> str:
    if archived is None:
        return "Tidak ditemukan di arsip basis data ini."
    entry = f"rapat #{archived.meeting_id} revisi {archived.revision} — {archived.title}"
    return {
        "same": f"Sama persis dengan arsip: {entry}",
        "earlier": f"Versi lebih awal dari arsip (arsip sudah bertambah tanda tangan): {entry}",
        "different": f"BERBEDA dari arsip yang disebutnya: {entry}",
    }[archived.relation]


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
            session, root_passphrase, args.name, passphrase, position=args.position
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
    from rapat.services.long_term import signing_setup

    with _database(args).session() as session:
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
