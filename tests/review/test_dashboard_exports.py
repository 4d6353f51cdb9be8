"""The dashboard page (accessible SVG with data tables, filters), its downloads, and formula safety."""

import csv
import io
import re
import zipfile

import openpyxl

from needs.review import exports
from tests.review.support import add_response, rank, small_world


def test_dashboard_draws_accessible_charts_with_tables(app, make_user, login, client):
    small_world(app)
    login(make_user("cdtf"))
    page = client.get("/review/demand")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert html.count('role="img"') >= 9
    assert html.count("<title id=") == html.count('role="img"')
    assert "<desc id=" in html
    assert "style=" not in html and "<script>" not in html
    assert 'fill="url(#chart-heat-hatch)"' in html  # under-served cells are hatched, not only coloured
    assert html.count(" !</text>") == 3  # the three under-served cells, marked in text too
    # The under-served table lists the gap cells.
    under = html[html.index('id="underserved-table"'):]
    under = under[:under.index("</table>")]
    assert "Remittances" in under and "Human trafficking" in under and "Asia" in under and "Africa" in under
    assert "Europe" not in under


def test_dashboard_filters_by_get_parameters(app, make_user, login, client):
    world = small_world(app)
    login(make_user("cdtf"))
    html = client.get(f"/review/demand?round={world['round_b']}").get_data(as_text=True)
    summary = html[html.index('class="review-summary"'):]
    assert re.search(r"<dt>Needs</dt><dd>1</dd>", summary)
    html = client.get("/review/demand?region=africa&theme=trafficking&capacity=technical").get_data(as_text=True)
    assert re.search(r"<dt>Needs</dt><dd>1</dd>", html)
    # Unknown values are ignored, not errors.
    assert client.get("/review/demand?round=x&region=mars&theme=<b>").status_code == 200


def test_dashboard_in_arabic_is_right_to_left(app, make_user, login, client):
    small_world(app)
    login(make_user("cdtf", language="ar"))
    html = client.get("/review/demand").get_data(as_text=True)
    assert 'dir="rtl"' in html and "آسيا" in html  # region names from Babel in Arabic


def test_csv_and_xlsx_downloads(app, make_user, login, client):
    world = small_world(app)
    login(make_user("cdtf"))
    response = client.get("/review/demand/theme_region.csv")
    assert response.status_code == 200 and response.headers["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:3] == ["Theme", "Region", "Needs"]
    assert ["Remittances", "Asia", "3", "1", "1", "yes"] in rows
    response = client.get(f"/review/demand/languages.xlsx?round={world['round_a']}")
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["French"] == 2 and values["English"] == 2 and values["Chinese"] == 1
    assert client.get("/review/demand/nothing.csv").status_code == 404
    assert client.get("/review/demand/themes.exe").status_code == 404


def test_needs_export_neutralises_formulas(app, make_user, login, client):
    world = small_world(app)
    payloads = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-3+4", "@SUM(A1)", "\tcmd", "\x00nul"]
    with app.app_context():
        from needs.extensions import db

        if db.engine.dialect.name == "postgresql":
            payloads.remove("\x00nul")  # PostgreSQL cannot store NUL (and requests drop it at the door)
        rid, ids = add_response(world["round_b"], "BRA", [{"text": p, "themes": ["health"]} for p in payloads])
        for need_id in ids:
            rank(rid, world["round_b"], need_id, "BRA", ["ACT-1"])
        from needs.review import services as review

        review.clear_cache()
    login(make_user("cdtf"))
    text = client.get("/review/needs.csv").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    texts = [row[5] for row in rows[1:]]
    for payload in payloads:
        assert "'" + payload in texts, payload
    assert all(not t.startswith(exports.FORMULA_START) for row in rows for t in row)
    data = client.get("/review/needs.xlsx").data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert "'=HYPERLINK(\"http://evil.example\",\"x\")" in [c.value for c in cells]
    # Needs of every country, with their matches and decisions.
    assert any(row[2] == "Philippines" and "ACT-1" in row[15] for row in rows[1:])


def test_exports_unit():
    assert exports.neutralise("=1+1") == "'=1+1"
    assert exports.neutralise(" =x") == " =x"
    assert exports.neutralise(-3) == -3 and exports.neutralise(None) == ""
    body = exports.to_xlsx("t", ["a"], [["=cmd|' /C calc'!A0"], [5]])
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    assert sheet["A2"].value == "'=cmd|' /C calc'!A0" and sheet["A2"].data_type == "s"
    assert sheet["A3"].value == 5
