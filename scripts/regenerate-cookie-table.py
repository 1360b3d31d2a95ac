#!/usr/bin/env python3
"""Regenerate Candor's cookie-pattern table from the Open Cookie Database (OCD).

Usage:
    scripts/regenerate-cookie-table.py PATH/TO/open-cookie-database.csv [--commit SHA]

Writes rules/src/main/resources/dev/candor/rules/kb/cookies-ocd.tsv (relative to the
repository root, which is found from this script's location).

The Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database) is licensed
under the Apache License 2.0; see
rules/src/main/resources/dev/candor/rules/kb/NOTICE-open-cookie-database.txt.

Only facts are kept (name, match kind, platform, category, retention, domain, OCD id);
OCD's description prose, data controller and privacy-portal columns are dropped.

Standard library only.
"""

import argparse
import collections
import csv
import io
import os
import re
import sys

SOURCE_REPOSITORY = "https://github.com/jkwakman/Open-Cookie-Database"
OUTPUT_RELATIVE_PATH = os.path.join(
    "rules", "src", "main", "resources", "dev", "candor", "rules", "kb", "cookies-ocd.tsv")

HEADER = ["name", "match", "platform", "category", "retentionSeconds", "retention",
          "domain", "ocdId"]

# OCD CSV column names (header row of open-cookie-database.csv).
COL_ID = "ID"
COL_PLATFORM = "Platform"
COL_CATEGORY = "Category"
COL_NAME = "Cookie / Data Key name"
COL_DOMAIN = "Domain"
COL_RETENTION = "Retention period"
COL_WILDCARD = "Wildcard match"
REQUIRED_COLUMNS = [COL_ID, COL_PLATFORM, COL_CATEGORY, COL_NAME, COL_DOMAIN,
                    COL_RETENTION, COL_WILDCARD]

CATEGORY_MAP = {
    "Functional": "functional",
    "Analytics": "analytics",
    "Marketing": "marketing",
    "Personalization": "personalisation",
    "Security": "necessary",
    "Necessary": "necessary",
}

# OCD README, section "Wildcard match": "A `0` in this column means that the cookie name is
# not a wildcard, and a 1 means that the cookie name is a wildcard. [...] if a cookie name is
# a wildcard, it means the exact cookie name may change from one website to another [...]
# the cookie `_gac_1234` is a wildcard cookie name, because the `1234` part of the cookie
# name can be any string."  OCD's docs/CONTRIBUTING.md says how such names are recorded: for
# `cookie_[site-id]` "set the value to 1 [...] the dynamic property doesn't need to be
# specified. For example, we set the previous cookie as `cookie_`."  So the stored name is
# the fixed leading part and the rest varies: Candor matches it as a prefix.
WILDCARD_MATCH = {"0": "exact", "1": "prefix"}

# Fixed unit lengths in seconds. A month is 1/12 of a Gregorian year (365.2425 days).
SECOND = 1
MINUTE = 60
HOUR = 3600
DAY = 86400
WEEK = 7 * DAY
YEAR = 31556952          # 365.2425 * 86400
MONTH = YEAR // 12       # 2629746

UNIT_SECONDS = {}
for _names, _seconds in [
        (("s", "sec", "secs", "second", "seconds"), SECOND),
        (("min", "mins", "minute", "minutes"), MINUTE),
        (("h", "hr", "hrs", "hour", "hours"), HOUR),
        (("d", "day", "days"), DAY),
        (("w", "wk", "wks", "week", "weeks"), WEEK),
        (("mo", "mos", "month", "months"), MONTH),
        (("y", "yr", "yrs", "year", "years"), YEAR)]:
    for _name in _names:
        UNIT_SECONDS[_name] = _seconds

# Retention texts meaning "deleted when the browser session ends" (compared case-insensitively,
# whitespace collapsed).
SESSION_TEXTS = {"session", "sessions", "session cookie", "end of session",
                 "end of session (browser)", "browser session"}

_FIXED_PERIOD = re.compile(r"^(\d+)\s*([a-z]+)\.?$")
_THIRD_PARTY = re.compile(r"\(\s*3rd\s+party\s*\)", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def clean_text(value):
    """Trims a cell and replaces tabs and line breaks by spaces (TSV-safe)."""
    value = (value or "").translate(_INVISIBLE)
    value = re.sub(r"[\t\r\n]+", " ", value)
    return value.strip()


def parse_retention(text):
    """Returns the retention in seconds, 0 for a session cookie, or None when the text is not
    exactly one fixed period ("1 year", "30 Days", "24 hours", "2 yrs", "session", ...).
    Unknown, persistent, ranges, conditions and dates give None."""
    normalised = re.sub(r"\s+", " ", clean_text(text)).lower()
    if normalised in SESSION_TEXTS:
        return 0
    m = _FIXED_PERIOD.match(normalised)
    if not m:
        return None
    unit = UNIT_SECONDS.get(m.group(2))
    if unit is None:
        return None
    return int(m.group(1)) * unit


def clean_domain(text):
    """Host part(s) of OCD's Domain cell, lower-case, without " (3rd party)" annotations.
    A cell naming several hosts ("a.com (3rd party) or b.com") gives them comma-separated.
    A leading dot (cookie-domain notation) is kept as OCD gives it."""
    text = _THIRD_PARTY.sub(" ", clean_text(text))
    hosts = []
    for part in re.split(r"\s+or\s+|,|\s+", " " + text + " ", flags=re.IGNORECASE):
        part = part.strip().lower()
        if part and part != "or" and part not in hosts:
            hosts.append(part)
    return ",".join(hosts)


def convert(csv_text):
    """Converts OCD CSV text into table rows.

    Returns (rows, stats): rows is a list of dicts keyed by HEADER, sorted by platform, then
    name (then OCD id, so that equal names stay in a stable order); stats is a dict with
    "read", "written", "skipped" (Counter of reason -> count), "unmapped_categories" (Counter),
    "retention_unparsed" (Counter of retention text -> count, for rows written) and
    "notes" (list of strings about suspicious but kept rows)."""
    reader = csv.DictReader(io.StringIO(csv_text, newline=""))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError("CSV lacks required OCD columns: " + ", ".join(missing))
    rows = []
    skipped = collections.Counter()
    unmapped = collections.Counter()
    unparsed = collections.Counter()
    notes = []
    read = 0
    for record in reader:
        read += 1
        raw_name = record.get(COL_NAME) or ""
        name = raw_name.strip()
        if not name:
            skipped["empty name"] += 1
            continue
        if "\t" in name or "\n" in name or "\r" in name:
            skipped["name contains tab or newline"] += 1
            continue
        category_raw = (record.get(COL_CATEGORY) or "").strip()
        category = CATEGORY_MAP.get(category_raw)
        if category is None:
            skipped["unmapped category"] += 1
            unmapped[category_raw] += 1
            continue
        flag = (record.get(COL_WILDCARD) or "").strip()
        match = WILDCARD_MATCH.get(flag)
        if match is None:
            skipped["wildcard flag not 0 or 1"] += 1
            continue
        retention = clean_text(record.get(COL_RETENTION))
        seconds = parse_retention(retention)
        if seconds is None:
            unparsed[retention] += 1
        ocd_id = clean_text(record.get(COL_ID))
        if match == "exact" and any(c in name for c in "*[{<"):
            notes.append("exact name with pattern-like characters: %r (%s)" % (name, ocd_id))
        if raw_name != name:
            notes.append("name trimmed: %r -> %r (%s)" % (raw_name, name, ocd_id))
        rows.append({
            "name": name,
            "match": match,
            "platform": clean_text(record.get(COL_PLATFORM)),
            "category": category,
            "retentionSeconds": "" if seconds is None else str(seconds),
            "retention": retention,
            "domain": clean_domain(record.get(COL_DOMAIN)),
            "ocdId": ocd_id,
        })
    rows.sort(key=lambda r: (r["platform"], r["name"], r["ocdId"]))
    stats = {"read": read, "written": len(rows), "skipped": skipped,
             "unmapped_categories": unmapped, "retention_unparsed": unparsed, "notes": notes}
    return rows, stats


def comment_line(commit):
    return ("# Derived from the Open Cookie Database (%s) at %s; licence Apache-2.0 "
            "(see NOTICE-open-cookie-database.txt); generated by "
            "scripts/regenerate-cookie-table.py; do not edit by hand"
            % (SOURCE_REPOSITORY, ("commit " + commit) if commit else "unknown commit"))


def format_table(rows, commit=None):
    """The TSV file content: comment line, header line, one line per row."""
    lines = [comment_line(commit), "\t".join(HEADER)]
    for row in rows:
        cells = [row[c] for c in HEADER]
        for cell in cells:
            if "\t" in cell or "\n" in cell or "\r" in cell:
                raise ValueError("cell would break the TSV: %r" % (cell,))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def summary(stats, output_path=None):
    out = []
    if output_path:
        out.append("wrote %s" % output_path)
    out.append("rows read:    %d" % stats["read"])
    out.append("rows written: %d" % stats["written"])
    skipped = stats["skipped"]
    out.append("rows skipped: %d" % sum(skipped.values()))
    for reason, count in sorted(skipped.items()):
        out.append("  %-32s %d" % (reason + ":", count))
    for category, count in sorted(stats["unmapped_categories"].items()):
        out.append("  unmapped category %r: %d" % (category, count))
    unparsed = stats["retention_unparsed"]
    out.append("retentionSeconds left empty: %d rows (%d distinct retention texts); top 20:"
               % (sum(unparsed.values()), len(unparsed)))
    for text, count in sorted(unparsed.items(), key=lambda kv: (-kv[1], kv[0]))[:20]:
        out.append("  %4d  %r" % (count, text))
    if stats["notes"]:
        out.append("notes (%d):" % len(stats["notes"]))
        for note in stats["notes"]:
            out.append("  " + note)
    return "\n".join(out)


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Regenerate %s from the Open Cookie Database CSV." % OUTPUT_RELATIVE_PATH)
    parser.add_argument("csv", help="path to open-cookie-database.csv")
    parser.add_argument("--commit", help="commit SHA of the OCD repository the CSV comes from")
    args = parser.parse_args(argv)
    with open(args.csv, encoding="utf-8-sig", newline="") as f:
        csv_text = f.read()
    rows, stats = convert(csv_text)
    output = os.path.join(repo_root(), OUTPUT_RELATIVE_PATH)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write(format_table(rows, args.commit))
    print(summary(stats, os.path.relpath(output, repo_root())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
