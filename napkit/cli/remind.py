"""`napkit remind`: reminders before a reporting deadline and late notices after it."""

from __future__ import annotations

import datetime as dt

import click

from napkit.cli import main, needs_database, output


@main.command("remind")
@click.option(
    "--days",
    type=click.IntRange(0, 60),
    default=3,
    show_default=True,
    help="Remind this many days before a deadline (and on each run until it is sent).",
)
@click.option(
    "--late-every",
    type=click.IntRange(1, 60),
    default=7,
    show_default=True,
    help="Repeat a late notice every this many days while the submission stays late.",
)
@click.option("--dry-run", is_flag=True, help="List what would be sent; send and record nothing.")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Run as on this day (YYYY-MM-DD) instead of today.",
)
@needs_database
def remind_command(days: int, late_every: int, dry_run: bool, today: dt.datetime | None) -> None:
    """Email the focal points whose submission is still to fill in or fix: a reminder
    before the round's deadline, a late notice after it. Run it once a day (cron):

        15 7 * * *  napkit remind

    Every message sent is recorded, so running it twice the same day sends nothing new.
    People without an email address are skipped; links start with NAPKIT_SITE_URL.
    """
    from django.utils import timezone

    from napkit.monitoring import reminders

    day = today.date() if today else timezone.localdate()
    notices = reminders.due(day, days, late_every)
    for n in notices:
        what = "late notice" if n.kind == "late" else "reminder"
        output.out.print(
            f"{'would send' if dry_run else 'sending'} {what} to {n.mail.to}: "
            f"{n.plan} {n.round} {n.organisation}",
            markup=False,
        )
    if dry_run:
        output.ok(f"{len(notices)} message(s) would be sent (dry run: nothing sent)")
        return
    sent = reminders.send(notices, day)
    output.ok(f"{sent} message(s) sent")
    if sent < len(notices):
        output.fail(f"{len(notices) - sent} could not be sent (see the log); the next run retries")
