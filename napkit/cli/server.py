"""Running the web app, and regenerating the generated documentation."""

from __future__ import annotations

from pathlib import Path

import click

from napkit.cli import main, needs_database, output, setup_django


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@needs_database
def serve(host: str, port: int) -> None:
    """Serve the web app (for one machine; see docs/deployment.md for servers)."""
    from django.core.management import call_command

    output.ok(f"napkit at http://{host}:{port}/ (Ctrl-C stops it)")
    call_command("runserver", f"{host}:{port}", use_reloader=False)


@main.command()
@click.option("--check", is_flag=True, help="Exit 1 if a generated page is out of date.")
@click.option("--docs-dir", type=click.Path(file_okay=False), default="docs", show_default=True)
def docs(check: bool, docs_dir: str) -> None:
    """Regenerate the documentation pages generated from the code."""
    setup_django()
    from napkit import docs as generated

    stale = []
    for name, text in generated.pages().items():
        path = Path(docs_dir) / name
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(name)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            output.ok(f"wrote {path}")
    if check and stale:
        output.fail(f"out of date: {', '.join(stale)} (run `napkit docs`)")
        raise SystemExit(1)
