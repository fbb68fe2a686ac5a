"""Generated documentation is current: regenerate with `napkit docs`."""

from __future__ import annotations

from pathlib import Path

import pytest

from napkit import docs

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("name", sorted(docs.pages()))
def test_generated_page_is_current(name: str) -> None:
    path = DOCS / name
    assert path.exists(), f"docs/{name} is missing: run `napkit docs`"
    assert path.read_text(encoding="utf-8") == docs.pages()[name], (
        f"docs/{name} is stale: run `napkit docs`"
    )


def test_the_published_schema_accepts_the_examples() -> None:
    import json

    import jsonschema

    from napkit.core.plan import planfile
    from tests.conftest import DEMO_FILE, WEAK_FILE

    schema = json.loads((DOCS / "plan.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in (DEMO_FILE, WEAK_FILE):
        data = planfile.to_data(planfile.load(path), json_mode=True)
        errors = list(validator.iter_errors(data))
        assert errors == [], errors[:3]
