"""The expression language and the definition readers stay pure: no web framework, no database,
no other feature of the application."""

import ast
from pathlib import Path

import needs.surveys

PURE = ("expressions", "definitions")
ALLOWED_INTERNAL = ("needs.surveys.expressions", "needs.surveys.definitions")
FORBIDDEN = ("flask", "flask_", "sqlalchemy", "werkzeug", "jinja2", "wtforms")


def imported_modules(path: Path, package: str):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # resolve a relative import against the file's package
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                yield f"{base}.{node.module}" if node.module else base
            else:
                yield node.module


def test_pure_packages_import_nothing_of_the_application_or_frameworks():
    root = Path(needs.surveys.__file__).parent
    checked = 0
    for name in PURE:
        for path in (root / name).glob("*.py"):
            package = f"needs.surveys.{name}"
            for module in imported_modules(path, package):
                assert not module.startswith(FORBIDDEN), (path.name, module)
                if module.startswith("needs"):
                    assert module.startswith(ALLOWED_INTERNAL), (path.name, module)
            checked += 1
    assert checked >= 10
