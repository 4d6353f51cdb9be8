"""Bulk import and export: round trips in three formats, all-or-nothing with every problem named,
formula neutralisation, hostile files refused."""

import io
import json
import time
import zipfile

import openpyxl
import pytest
import sqlalchemy as sa

from needs.db import write_intent
from needs.extensions import db
from needs.inventory import exchange_io, services
from needs.inventory.models import Activity

HOSTILE = "=HYPERLINK(\"http://evil.example\",\"x\")"


@pytest.fixture
def demo(app):
    with app.app_context(), write_intent():
        services.load_demo()
        rec = services.get_record("IOM-0002")
        rec.update(title=HOSTILE, contact="+1 555 0100", duration="-2 days", partners=["@ILO", "\tUNDP"],
                   retired=True)
        services.save_records(services.check_records([rec], agency=None), source="test")
        db.session.commit()


def _wipe():
    with write_intent():
        db.session.execute(sa.delete(Activity))
        db.session.commit()


def _import(data, name, *, agency=None, sessions=None):
    with write_intent():
        try:
            return services.import_file(data, name, agency=agency, sessions=sessions)
        finally:
            db.session.commit()


@pytest.mark.parametrize("kind", ["jsonl", "csv", "xlsx"])
def test_round_trip_preserves_every_field(ctx, demo, kind):
    before = services.exchange_records(include_retired=True)
    assert any(r["sessions"] for r in before) and any(r["translations"] for r in before)
    data = services.export_file(kind)
    sessions = services.export_file("sessions-csv") if kind == "csv" else None
    _wipe()
    summary = _import(data, f"inventory.{kind}", sessions=sessions)
    assert summary == {"records": len(before), "changed": len(before)}
    assert services.exchange_records(include_retired=True) == before
    # importing the same file again updates nothing and duplicates nothing
    assert _import(data, f"inventory.{kind}", sessions=sessions)["changed"] == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Activity)) == len(before)


def test_cli_round_trip_csv_with_sessions_file(ctx, demo, runner, tmp_path):
    before = services.exchange_records(include_retired=True)
    out = tmp_path / "inv.csv"
    result = runner.invoke(args=["export-inventory", "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "inv.sessions.csv").exists()
    _wipe()
    result = runner.invoke(args=["import-inventory", str(out)])
    assert result.exit_code == 0, result.output
    assert services.exchange_records(include_retired=True) == before


def test_formulas_are_neutralised_in_csv(ctx, demo):
    text = services.export_file("csv").decode("utf-8")
    assert "'=HYPERLINK" in text and "'+1 555 0100" in text and "'-2 days" in text and "'@ILO" in text
    for line in text.splitlines():
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "@")), cell


def test_formulas_are_neutralised_in_xlsx(ctx, demo):
    data = services.export_file("xlsx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert all("<f>" not in xml and "<f " not in xml for xml in sheets)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["activities"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == HOSTILE]
    assert cells and all(c.data_type == "s" for c in cells)


def _csv(rows):
    header = list(exchange_io.ACTIVITY_COLUMNS)
    lines = [",".join(header)] + [",".join(str(row.get(h, "")) for h in header) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def _row(i, **extra):
    row = {"id": f"ILO-{8000 + i}", "agency": "ILO", "kind": "course", "text_language": "en",
           "title": f"Course {i}", "description": "About labour migration.", "themes": "low-skilled-labour|rights",
           "capacity_type": "policy", "level": "individual", "audience": "government", "delivery": "online",
           "languages": "en|fr", "regions": "global", "status": "existing"}
    row.update(extra)
    return row


def test_one_bad_row_imports_nothing_and_names_row_and_column(ctx):
    rows = [_row(1), _row(2, themes="rights|no-such-theme"), _row(3, link="javascript:alert(1)")]
    with pytest.raises(services.ImportRefused) as refused:
        _import(_csv(rows), "bad.csv")
    where = {(p.row, p.column) for p in refused.value.problems}
    assert (3, "themes") in where and (4, "link") in where
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Activity)) == 0


def test_jsonl_problems_name_the_line(ctx):
    good = json.dumps(services.read_demo_records()[0])
    data = "\n".join([good, "{not json", json.dumps({**json.loads(good), "id": "X-1", "sessions": [
        {"start": "2027-13-01", "online": True}]})]).encode()
    with pytest.raises(services.ImportRefused) as refused:
        _import(data, "bad.jsonl")
    where = {(p.row, p.column) for p in refused.value.problems}
    assert (2, None) in where and (3, "sessions.0.start") in where
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Activity)) == 0


def test_xlsx_session_problem_names_the_sessions_sheet(ctx):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "activities"
    sheet.append(list(exchange_io.ACTIVITY_COLUMNS))
    sheet.append([_row(1).get(c, "") for c in exchange_io.ACTIVITY_COLUMNS])
    sessions = workbook.create_sheet("sessions")
    sessions.append(list(exchange_io.SESSION_COLUMNS))
    sessions.append(["ILO-8001", "2027-05-01", "2027-05-03", "Geneva", False, "en", 20, None])
    sessions.append(["ILO-8001", "2027-06-01", "2027-05-03", "Geneva", False, "en", "many", None])
    out = io.BytesIO()
    workbook.save(out)
    with pytest.raises(services.ImportRefused) as refused:
        _import(out.getvalue(), "x.xlsx")
    where = {(p.sheet, p.row, p.column) for p in refused.value.problems}
    assert ("sessions", 3, "end") in where and ("sessions", 3, "seats") in where


def test_agency_file_may_only_carry_its_own_activities(ctx, demo):
    rows = [_row(1), _row(2, agency="IOM"), _row(3, id="IOM-0001")]
    with pytest.raises(services.ImportRefused) as refused:
        _import(_csv(rows), "mine.csv", agency="ILO")
    where = {(p.row, p.column) for p in refused.value.problems}
    assert (3, "agency") in where and (4, "id") in where
    assert services.get_activity("ILO-8001") is None
    assert services.get_record("IOM-0001")["agency"] == "IOM"


def test_administrator_import_creates_unknown_agencies(ctx):
    from needs.vocabulary.models import Agency

    _import(_csv([_row(1, agency="NEWORG", id="NEWORG-1")]), "new.csv")
    assert db.session.get(Agency, "NEWORG") is not None
    with pytest.raises(services.ImportRefused):
        _import(_csv([_row(1, agency="OTHERNEW", id="OTHERNEW-1")]), "new.csv", agency="ILO")


def _zip(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return out.getvalue()


BASE = [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")]


@pytest.mark.parametrize("data", [
    pytest.param(lambda: _zip([*BASE, ("xl/worksheets/sheet1.xml", b"\0" * 60_000_000)]), id="bomb"),
    pytest.param(lambda: _zip([*BASE, *[(f"x/{i}", b"") for i in range(2500)]]), id="entries"),
    pytest.param(lambda: b"id,title\nA-1,just text\n", id="text-named-xlsx"),
])
def test_hostile_workbooks_are_refused_quickly(ctx, data):
    payload = data()
    started = time.perf_counter()
    with pytest.raises(exchange_io.FileRefused):
        _import(payload, "inventory.xlsx")
    assert time.perf_counter() - started < 1.0


def test_xxe_in_a_workbook_is_refused(ctx):
    workbook = openpyxl.Workbook()
    workbook.active.append(["id"])
    out = io.BytesIO()
    workbook.save(out)
    source, target = zipfile.ZipFile(io.BytesIO(out.getvalue())), io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + data
            archive.writestr(item, data)
    with pytest.raises(exchange_io.FileRefused):
        _import(target.getvalue(), "inventory.xlsx")


def test_zip_named_csv_and_binary_jsonl_are_refused(ctx):
    with pytest.raises(exchange_io.FileRefused):
        _import(_zip(BASE), "inventory.csv")
    with pytest.raises(exchange_io.FileRefused):
        _import(b"\x00\x01binary", "inventory.jsonl")
    with pytest.raises(exchange_io.FileRefused):
        _import(b"{}", "inventory.exe")
