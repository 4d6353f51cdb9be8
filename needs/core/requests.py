"""The request class: user input arrives without NUL characters.

No person means a NUL in a form or a JSON body, PostgreSQL's text and JSONB refuse it, and in a
spreadsheet or a log it can hide what follows; so it is dropped at the door, for every feature alike.
"""

from __future__ import annotations

from typing import Any

from flask import Request


def strip_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [strip_nul(item) for item in value]
    if isinstance(value, dict):
        return {strip_nul(key): strip_nul(item) for key, item in value.items()}
    return value


class CleanRequest(Request):
    def _load_form_data(self) -> None:
        super()._load_form_data()
        form = self.__dict__.get("form")
        if form is not None and any("\x00" in value for value in form.values()):
            self.__dict__["form"] = self.parameter_storage_class(
                [(key, value.replace("\x00", "")) for key, value in form.items(multi=True)])

    def get_json(self, *args, **kwargs) -> Any:
        return strip_nul(super().get_json(*args, **kwargs))
