"""Property tests: the importers raise nothing but their documented refusals, whatever the file holds."""

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needs.db import write_intent
from needs.extensions import db

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=20)
FIELDS = ["id", "agency", "kind", "title", "description", "text_language", "themes", "capacity_type", "level",
          "audience", "delivery", "languages", "regions", "status", "sessions", "translations", "cost"]
records = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=len(FIELDS))


def _import(app, data: bytes, filename: str):
    from needs.inventory import exchange_io
    from needs.inventory import services as inventory

    with app.app_context(), write_intent():
        try:
            inventory.import_file(data, filename, agency=None)
        except (inventory.ImportRefused, exchange_io.FileRefused):
            pass
        finally:
            db.session.rollback()


@FUZZ
@given(lines=st.lists(records, max_size=4))
def test_jsonl_records(app, lines):
    _import(app, "\n".join(json.dumps(line) for line in lines).encode(), "fuzz.jsonl")


@FUZZ
@given(data=st.binary(max_size=400), name=st.sampled_from(["f.jsonl", "f.csv", "f.xlsx"]))
def test_arbitrary_bytes(app, data, name):
    _import(app, data, name)


@FUZZ
@given(text=st.text(max_size=400))
def test_csv_text(app, text):
    _import(app, ("id,agency,kind,title\n" + text).encode("utf-8", "surrogatepass"), "f.csv")


@FUZZ
@given(data=st.binary(max_size=300))
def test_survey_definitions(data):
    from needs.surveys.definitions import DefinitionError, load_definition

    for name in ("survey.yaml", "survey.xlsx"):
        with pytest.raises(DefinitionError):
            load_definition(data, filename=name, vocabulary_lists={"themes"})


def test_xlsx_that_is_not_a_workbook(app):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    _import(app, buffer.getvalue(), "fake.xlsx")
