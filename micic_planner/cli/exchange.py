"""Exchange from the command line: import lists of nationals, export for partners, blank templates, CAP alerts."""

import argparse
import sys
from pathlib import Path

from micic_planner.cli.file_format import format_for
from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import ImportFileError, ImportRejectedError, MicicError
from micic_planner.core.i18n import _, counted, language

# The endings each format claims; a name ending in one of a format's endings decides the format by itself.
EXPORT_EXTENSIONS = {"csv": (".csv",), "xlsx": (".xlsx",), "pfif": (".xml",), "hxl": (".csv",), "vcard": (".vcf",),
                     "cap": (".xml",), "gpx": (".gpx",), "kml": (".kml",), "geojson": (".geojson", ".json")}
EXPORT_FORMATS = tuple(EXPORT_EXTENSIONS)
TEMPLATE_EXTENSIONS = {"csv": (".csv",), "xlsx": (".xlsx",)}


def register(commands) -> None:
    p = commands.add_parser("import", help=_("import nationals from a CSV, XLSX or PFIF file, all or nothing"))
    add_post(p, _("post file"))
    p.add_argument("file", help=_("the file to import (.csv, .xlsx or PFIF .xml)"))
    p.add_argument("--mapping", help=_('a JSON file mapping headers to fields, {"Apellidos": "family_names", …}'))
    p.add_argument("--source", default="", help=_("who sent the file; its column mapping is saved under this name"))
    p.add_argument("--region", default="", help=_("country whose numbering reads phones written without + "
                                                  "(default: the post's host country)"))
    p.add_argument("--dry-run", action="store_true", help=_("check the file and report, without importing"))
    p.add_argument("--report", help=_("write the validation report (CSV) to this file"))
    p.add_argument("--no-geocode", action="store_true",
                   help=_("do not give nationals who have a town but no coordinates those of the town"))
    p.add_argument("--skip-invalid", action="store_true", help=_("skip rows with errors instead of refusing the file"))
    p.add_argument("--duplicates", choices=("skip", "keep", "merge"), default="skip",
                   help=_("what to do with a row that matches a known national (default: skip)"))
    p.add_argument("--sex-codes", choices=("hm", "mf"),
                   help=_("what a one-letter sex code M means: hm (H hombre, M mujer, as on CURP and INE) or mf "
                          "(M male or masculino, F female or femenino); needed when the file does not settle it"))
    p.set_defaults(run=run_import)

    p = commands.add_parser("export", help=_("export nationals, contacts, figures or alerts for a partner"))
    add_post(p, _("post file"))
    p.add_argument("--format", choices=EXPORT_FORMATS,
                   help=_("file format (default: the one the file name ends in, when only one format uses it)"))
    p.add_argument("--out", required=True, help=_("file to write"))
    p.add_argument("--profile", choices=("partner", "full"), default="partner",
                   help=_("partner leaves out sensitive fields and what nationals did not consent to share "
                          "(default: partner)"))
    p.add_argument("--fields", default="", help=_("comma-separated fields for csv and xlsx (default: all the "
                                                  "profile allows)"))
    p.add_argument("--phase", type=int, choices=(1, 2, 3, 4), help=_("alert phase for cap (default: the open "
                                                                     "crisis's phase)"))
    p.add_argument("--partner", help=_("the partner (name or id) the file is for; recorded in the disclosure "
                                       "ledger"))
    p.add_argument("--encrypt", action=argparse.BooleanOptionalAction, default=None,
                   help=_("write an AES-256 encrypted zip that opens with a passphrase (default: encrypted for the "
                          "full profile of csv, xlsx and pfif)"))
    p.add_argument("--passphrase-file", help=_("read the passphrase of the encrypted file from the first line of "
                                               "this file (default: asked at the terminal)"))
    p.set_defaults(run=run_export)

    p = commands.add_parser("template", help=_("write a blank import template (CSV or XLSX)"))
    p.add_argument("--format", choices=tuple(TEMPLATE_EXTENSIONS),
                   help=_("file format (default: the one the file name ends in)"))
    p.add_argument("--out", required=True, help=_("file to write, .csv or .xlsx"))
    p.add_argument("--example", action="store_true", help=_("add one example row"))
    p.set_defaults(run=run_template)

    p = commands.add_parser("read-alert", help=_("show a host-country CAP 1.2 alert and the alert level it suggests"))
    p.add_argument("file", help=_("a CAP 1.2 .xml file"))
    p.add_argument("--db", help=_("post file: check the alert's area against the post's jurisdiction"))
    p.add_argument("--log", action="store_true", help=_("keep the alert in the open crisis's log (needs --db)"))
    p.add_argument("--apply", action="store_true",
                   help=_("set the open crisis to the proposed level and log the alert (needs --db)"))
    p.set_defaults(run=run_read_alert)


def _open(path):
    from micic_planner.storage.store import PostStore

    return PostStore.open(path)


def run_import(args) -> int:
    from micic_planner.core.column_mapping import ColumnMapping, guess_mapping
    from micic_planner.core.duplicates import DuplicateFinder
    from micic_planner.core.import_job import ImportDecisions, ImportPipeline
    from micic_planner.core.import_rows import RowValidator
    from micic_planner.interchange.tables import open_table
    from micic_planner.storage.import_store import ImportStore
    from micic_planner.storage.nationals import fast_uuid

    table = open_table(args.file)
    with _open(args.db) as store:
        imports = ImportStore(store)
        saved = imports.saved_mapping(args.source) if args.source else None
        if args.mapping:
            mapping = ColumnMapping.from_json(table.headers, _read_text(args.mapping), where=args.mapping)
        elif saved:
            mapping = ColumnMapping.from_json(table.headers, saved[0], where=args.source)
        else:
            mapping = guess_mapping(table.headers)
        missing = mapping.missing_required()
        if missing:
            raise ImportFileError(_("No column was recognised for: {fields}.").format(fields=", ".join(missing)),
                                  where=str(args.file), hint=_("Give a mapping with --mapping, or rename the "
                                                               "columns as in the import template."))
        post = store.post()
        region = args.region or (saved[1] if saved else "") or (post.host_country if post else "")
        validator = RowValidator(mapping, region=region or None, zones=imports.zones(),
                                 sex_codes=_sex_codes(args, mapping, table))
        decisions = ImportDecisions(skip_invalid=args.skip_invalid, duplicates=args.duplicates)
        pipeline = ImportPipeline(validator, decisions, fast_uuid, DuplicateFinder(imports.lookup()),
                                  where=str(args.file))
        try:
            if args.dry_run:
                outcome = pipeline.consume(table.rows())
                _print_notes_found(imports, getattr(table, "notes", None))
            else:
                outcome, _changes = imports.apply(pipeline, table.rows(), file_name=args.file, source=args.source,
                                                  expected=table.estimate_rows(),
                                                  notes=getattr(table, "notes", None),
                                                  person_notes=getattr(table, "person_notes", None),
                                                  inquiry_notes=getattr(table, "inquiry_notes", None))
                if args.source:
                    imports.save_mapping(args.source, mapping.to_json(), region)
                if not args.no_geocode:
                    _place_towns(store, region)
        except ImportRejectedError:
            _write_report(args.report, pipeline)
            raise
        _write_report(args.report, pipeline)
    _print_outcome(outcome, args.dry_run)
    _print_expired(getattr(table, "expired", None))
    return 0


def _print_expired(expired) -> None:
    """The persons left out because the sender's record had expired (PFIF expiry_date), each by name."""
    if not expired:
        return
    print(counted("{count} persons not imported: the sender's record has expired (PFIF expiry_date), and PFIF asks "
                  "every copy to be deleted:",
                  "{count} person not imported: the sender's record has expired (PFIF expiry_date), and PFIF asks "
                  "every copy to be deleted:", count=len(expired)))
    for record_id, name, when in expired:
        print(f"  {name or record_id} ({record_id}): {when}")


def _sex_codes(args, mapping, table) -> str:
    """The reading of one-letter sex codes: given, or settled by the file; refused when ambiguous."""
    from micic_planner.core.sex_codes import for_mapping

    codes = args.sex_codes or for_mapping(mapping, table.rows())
    if codes is None:
        raise ImportFileError(_("The sex column writes M, which can mean mujer (H/M, as on CURP and INE) or male "
                                "(M/F); nothing was imported."), where=str(args.file),
                              hint=_("Say which with --sex-codes hm (H hombre, M mujer) or --sex-codes mf "
                                     "(M male or masculino, F female or femenino)."))
    return codes


def _place_towns(store, region: str) -> None:
    """Imported rows that name a town but give no coordinates get the town's, from the offline gazetteer."""
    from micic_planner.storage.place_coordinates import PlaceCoordinates

    job = PlaceCoordinates(store)
    changes = job.fill(region or None)
    if changes.count:
        print(counted("{count} nationals got the coordinates of their town.",
                      "{count} national got the coordinates of their town.", count=changes.count))
    if job.unknown:
        print(_("Towns not found (give these nationals coordinates by hand):") + " "
              + ", ".join(sorted(job.unknown)[:20]))


def _print_outcome(outcome, dry_run: bool) -> None:
    report = outcome.report
    if dry_run:
        print(_("Dry run: {rows} rows read, {ok} acceptable, {bad} with errors; nothing was written.").format(
            rows=report.rows, ok=report.accepted, bad=len(report.bad_rows)))
    elif report.rows or not outcome.notes:  # a file of notes only has no rows to speak of
        print(_("{rows} rows read: {inserted} imported, {merged} merged, {skipped} skipped.").format(
            rows=report.rows, inserted=outcome.inserted, merged=outcome.merged, skipped=outcome.skipped))
    if outcome.statuses_kept:
        print(counted("{count} merged rows kept the registry's status, which is newer or more specific than the "
                      "file's.",
                      "{count} merged row kept the registry's status, which is newer or more specific than the "
                      "file's.", count=outcome.statuses_kept))
    if outcome.candidates:
        print(counted("{count} rows may be nationals already known (see the report).",
                      "{count} row may be a national already known (see the report).",
                      count=len({c.row for c in outcome.candidates})))
    if outcome.statuses_from_notes:
        print(counted("{count} nationals already in the registry under the file's record ids took the newer status of "
                      "their notes.",
                      "{count} national already in the registry under the file's record id took the newer status of "
                      "their notes.", count=outcome.statuses_from_notes))
    if outcome.notes:
        _print_notes(outcome.notes)
    if outcome.inquiries_noted:
        print(counted("{count} new notes from the file added to {inquiries} hotline inquiries about the same person "
                      "(see `inquiry notes`).",
                      "{count} new note from the file added to {inquiries} hotline inquiries about the same person "
                      "(see `inquiry notes`).", count=outcome.inquiry_notes, inquiries=outcome.inquiries_noted))


def _print_notes_found(imports, notes) -> None:
    """In a dry run, how many notes about people not in the file name a national of the post."""
    if not notes:
        return
    known = imports.lookup().by_uuids(sorted({n.key for n in notes if n.key}))
    print(_("{found} of the file's {total} notes about people not in it name a national of this post; they are "
            "applied on import.").format(found=sum(1 for n in notes if n.key in known), total=len(notes)))


def _print_notes(notes) -> None:
    """What became of the notes about people the file does not hold, naming every note not used."""
    print(_("{total} notes about people not in the file: {applied} changed a status, {same} confirmed it, "
            "{texts} added news to the person's notes.").format(
        total=notes.total, applied=len(notes.applied), same=len(notes.same), texts=len(notes.texts)))
    unused = [(notes.kept, _("the registry's status is newer or more specific")),
              (notes.superseded, _("a later note of the same person in this file was used")),
              (notes.unmatched, _("names nobody in the registry"))]
    if any(items for items, _why in unused):
        print(_("Notes not used:"))
    for items, why in unused:
        for note in items:
            print(f"  {note.note_id or '?'} ({note.person_id or '?'}): {why}")


def _write_report(path, pipeline) -> None:
    if not path:
        return
    from micic_planner.core.import_job import report_csv

    try:
        Path(path).write_text(report_csv(pipeline.outcome), encoding="utf-8-sig")
    except OSError as exc:
        raise MicicError(_("The report cannot be written: {reason}").format(reason=exc.strerror or exc),
                         where=str(path), hint=_("Choose a folder you may write to.")) from None
    print(_("Validation report written to {path}.").format(path=path), file=sys.stderr)


def _read_text(path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeError) as exc:
        raise ImportFileError(_("The file cannot be read: {reason}").format(reason=exc), where=str(path),
                              hint=_("Check the path and try again.")) from None


def run_export(args) -> int:
    from micic_planner.cli.disclosure import export_passphrase, warn_in_clear
    from micic_planner.core.disclosure import Disclosure
    from micic_planner.interchange.exports import PERSONAL_FORMATS, export_fields, export_post
    from micic_planner.storage.disclosures import DisclosureLedger
    from micic_planner.storage.exchange_source import ExchangeSource

    # An encrypted file's name ends in .zip after the format's own ending (list.xlsx.zip).
    name = args.out[:-4] if args.out.lower().endswith(".zip") else args.out
    args.format = format_for(name, args.format, EXPORT_EXTENSIONS)
    encrypt = args.encrypt
    if encrypt is None:
        encrypt = args.profile == "full" and args.format in PERSONAL_FORMATS
    out = args.out
    if encrypt and not out.lower().endswith(".zip"):
        out += ".zip"
    with _open(args.db) as store:
        ledger = DisclosureLedger(store)
        disclosure = Disclosure("export")
        if args.partner:
            disclosure.partner_id, disclosure.partner_name = ledger.partner(args.partner)
        fields = [f.strip() for f in args.fields.split(",") if f.strip()] or None
        source = ExchangeSource(store, args.profile)
        if args.format in PERSONAL_FORMATS:
            # The role first: someone who may not export is told so before being asked for a passphrase.
            source.check(export_fields(args.profile, fields))
        passphrase = export_passphrase(args.passphrase_file) if encrypt else None
        count = export_post(source, args.format, out, profile=args.profile,
                            fields=fields, phase=args.phase, lang=language(), passphrase=passphrase,
                            disclosure=disclosure, publish=ledger.record)
    print(counted("{count} records written to {path}.",
                  "{count} record written to {path}.", count=count, path=out))
    if encrypt:
        print(_("The file is encrypted (AES-256 zip): it opens with the passphrase, in 7-Zip or a similar "
                "program. Send the passphrase by another way than the file."), file=sys.stderr)
    else:
        warn_in_clear(disclosure, out)
    return 0


def run_template(args) -> int:
    from micic_planner.interchange.nationals_table import write_template

    fmt = format_for(args.out, args.format, TEMPLATE_EXTENSIONS)
    write_template(args.out, fmt, language(), example=args.example)
    print(_("Template written to {path}.").format(path=args.out))
    return 0


def run_read_alert(args) -> int:
    from micic_planner.core.alert_proposal import PostArea
    from micic_planner.interchange.cap import read_cap

    alert = read_cap(args.file)
    if (args.log or args.apply) and not args.db:
        raise MicicError(_("Keeping or applying an alert needs the post file."), hint=_("Add --db POST_FILE."))
    if not args.db:
        for line in alert.summary_lines(language()):
            print(line)
        return 0
    from micic_planner.cli.crisis import _open as open_crisis

    store, crises = open_crisis(args.db)
    with store:
        post = store.post()
        area = PostArea(post.host_country, list(post.jurisdiction), post.lat, post.lon) if post else None
        for line in alert.summary_lines(language(), area):
            print(line)
        if args.log or args.apply:
            phase = alert.proposed_phase(area)
            event = alert.infos[0].event if alert.infos else ""
            crises.record_alert(alert.identifier, alert.sender, event, phase, apply=args.apply)
            if args.apply and phase is not None:
                print(_("Alert level set to {level} ({label}).").format(level=phase.value, label=phase.label()))
            else:
                print(_("The alert is kept in the crisis log."))
    return 0
