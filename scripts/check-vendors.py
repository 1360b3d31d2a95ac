#!/usr/bin/env python3
"""Check Candor's vendor knowledge base (rules/src/main/resources/dev/candor/rules/kb/vendors.json).

Usage:
    scripts/check-vendors.py [PATH/TO/vendors.json]

Without an argument it checks the built-in file (found from this script's location).
Exits 1 and prints one line per problem when the file is not valid; on success prints
"N vendors, M aliases, K domains, C cookie patterns".

Standard library only.
"""

import json
import os
import re
import sys

DEFAULT_RELATIVE_PATH = os.path.join(
    "rules", "src", "main", "resources", "dev", "candor", "rules", "kb", "vendors.json")

MIN_VENDORS = 320
MAX_BYTES = 400 * 1024

KINDS = {
    "analytics", "advertising", "social", "video", "maps", "fonts", "cdn", "chat", "ab-testing",
    "session-recording", "cmp", "tag-manager", "hosting", "email", "payments", "captcha", "reviews",
    "search", "crm", "customer-data", "affiliate", "comments", "forms", "personalisation", "security", "other",
}
CATEGORIES = {"necessary", "functional", "analytics", "marketing", "personalisation", "social"}
MECHANISMS = {"EU-US Data Privacy Framework", "Standard Contractual Clauses", "adequacy decision"}

# Ids other parts of Candor and the test fixtures refer to.
REQUIRED_IDS = """
google-analytics google-tag-manager google-ads google-fonts google-maps recaptcha youtube meta-pixel facebook
instagram hotjar linkedin-insight linkedin tiktok-pixel tiktok microsoft-clarity microsoft-advertising matomo
piwik-pro etracker hubspot mailchimp brevo cleverreach mailjet stripe paypal klarna cloudflare cloudflare-turnstile
jsdelivr unpkg bunnycdn fastly akamai amazon-web-services hetzner ovhcloud ionos vimeo twitter pinterest-tag
snapchat-pixel criteo taboola outbrain adform the-trade-desk amazon-advertising xandr pubmatic rubicon-project openx
index-exchange quantcast comscore adobe-analytics adobe-target optimizely vwo google-optimize mixpanel amplitude
segment heap fullstory mouseflow smartlook crazy-egg lucky-orange plausible fathom simple-analytics umami
usercentrics cookiebot onetrust didomi borlabs-cookie klaro complianz cookieyes osano iubenda trustarc
quantcast-choice tarteaucitron intercom zendesk tawk-to livechat crisp drift freshchat tidio trustpilot
trusted-shops disqus typeform calendly gravatar wordpress-stats shopify wix squarespace sentry new-relic datadog
vercel netlify github openstreetmap mapbox spotify-embed soundcloud datawrapper canva zoom awin tradedoubler
yandex-metrica seznam
""".split()

FIELDS = ["id", "name", "kind", "category", "entities", "aliases", "domains", "cookies", "storage", "country", "transfer"]
LIST_FIELDS = ["entities", "aliases", "domains", "cookies", "storage"]

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
HOST_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?$")


def default_path():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(root, DEFAULT_RELATIVE_PATH)


def check(path):
    problems = []
    try:
        size = os.path.getsize(path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        return [f"{path}: cannot be read ({e.strerror})"], None
    if size > MAX_BYTES:
        problems.append(f"{path}: {size} bytes, more than the limit of {MAX_BYTES}")
    try:
        root = json.loads(text)
    except json.JSONDecodeError as e:
        return [f"{path}: not valid JSON ({e.msg} at line {e.lineno}, column {e.colno})"], None

    if not isinstance(root, dict):
        return [f"{path}: the top level is not an object"], None
    for key in ("_about", "version"):
        if not isinstance(root.get(key), str) or not root.get(key).strip():
            problems.append(f"{path}: \"{key}\" is missing or not a string")
    vendors = root.get("vendors")
    if not isinstance(vendors, list):
        return problems + [f"{path}: no \"vendors\" array"], None

    ids = {}
    names = {}
    alias_owner = {}          # exact alias -> vendor id
    alias_folded = {}         # lower-cased alias -> (vendor id, alias)
    domain_owner = {}         # domain entry -> vendor id
    entities = set()
    n_aliases = n_domains = n_cookies = 0

    for i, v in enumerate(vendors):
        where = f"vendors[{i}]"
        if not isinstance(v, dict):
            problems.append(f"{where}: not an object")
            continue
        vid = v.get("id")
        if isinstance(vid, str):
            where = f"vendors[{i}] ({vid})"
        missing = [k for k in FIELDS if k not in v]
        if missing:
            problems.append(f"{where}: missing field(s) {', '.join(missing)}")
        extra = [k for k in v if k not in FIELDS]
        if extra:
            problems.append(f"{where}: unknown field(s) {', '.join(extra)}")

        for k in ("id", "name", "kind", "category"):
            if k in v and (not isinstance(v[k], str) or not v[k].strip()):
                problems.append(f"{where}: \"{k}\" is not a non-empty string")
        for k in LIST_FIELDS:
            if k in v:
                if not isinstance(v[k], list) or not all(isinstance(s, str) and s.strip() for s in v[k]):
                    problems.append(f"{where}: \"{k}\" is not a list of non-empty strings")
                elif len(set(v[k])) != len(v[k]):
                    dups = sorted({s for s in v[k] if v[k].count(s) > 1})
                    problems.append(f"{where}: \"{k}\" lists {', '.join(dups)} more than once")

        if isinstance(vid, str):
            if not ID_RE.match(vid):
                problems.append(f"{where}: id is not kebab-case")
            if vid in ids:
                problems.append(f"{where}: duplicate id (also vendors[{ids[vid]}])")
            else:
                ids[vid] = i
        name = v.get("name")
        if isinstance(name, str):
            folded = name.lower()
            if folded in names:
                problems.append(f"{where}: name \"{name}\" is also the name of {names[folded]}")
            else:
                names[folded] = vid
        if isinstance(v.get("kind"), str) and v["kind"] not in KINDS:
            problems.append(f"{where}: unknown kind \"{v['kind']}\"")
        if isinstance(v.get("category"), str) and v["category"] not in CATEGORIES:
            problems.append(f"{where}: unknown category \"{v['category']}\"")

        country = v.get("country")
        if "country" in v and not (isinstance(country, str) and COUNTRY_RE.match(country)):
            problems.append(f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code")

        transfer = v.get("transfer")
        if "transfer" in v:
            if not isinstance(transfer, dict) or "outsideEea" not in transfer or "mechanism" not in transfer:
                problems.append(f"{where}: transfer needs outsideEea and mechanism")
            else:
                out, mech = transfer["outsideEea"], transfer["mechanism"]
                if not isinstance(out, bool):
                    problems.append(f"{where}: transfer.outsideEea is not true or false")
                if mech is not None and mech not in MECHANISMS:
                    problems.append(f"{where}: unknown transfer.mechanism {mech!r}")
                if out is False and mech is not None:
                    problems.append(f"{where}: transfer.mechanism must be null when outsideEea is false")

        for e in v.get("entities") or []:
            if isinstance(e, str):
                entities.add(e)

        aliases = v.get("aliases") if isinstance(v.get("aliases"), list) else []
        if isinstance(name, str) and name not in aliases:
            problems.append(f"{where}: aliases do not include the name \"{name}\"")
        for a in aliases:
            if not isinstance(a, str):
                continue
            n_aliases += 1
            if a != a.strip():
                problems.append(f"{where}: alias {a!r} has leading or trailing space")
            owner = alias_owner.get(a)
            if owner is not None and owner != vid:
                problems.append(f"{where}: alias \"{a}\" is also an alias of {owner}")
            alias_owner.setdefault(a, vid)
            other = alias_folded.get(a.lower())
            if other is not None and other[0] != vid and other[1] != a:
                problems.append(f"{where}: alias \"{a}\" differs only in case from \"{other[1]}\" of {other[0]}")
            alias_folded.setdefault(a.lower(), (vid, a))

        for d in v.get("domains") or []:
            if not isinstance(d, str):
                continue
            n_domains += 1
            if d != d.lower():
                problems.append(f"{where}: domain \"{d}\" has upper case")
            host, slash, _ = d.partition("/")
            if not HOST_RE.match(host.lower()) or "://" in d or " " in d:
                problems.append(f"{where}: domain \"{d}\" is not a host or host/path")
            if slash and not d.split("/", 1)[1]:
                problems.append(f"{where}: domain \"{d}\" ends in an empty path")
            owner = domain_owner.get(d)
            if owner is not None and owner != vid:
                what = "domain" if not slash else "domain and path"
                problems.append(f"{where}: {what} \"{d}\" is also listed by {owner}")
            domain_owner.setdefault(d, vid)

        for c in (v.get("cookies") or []) + (v.get("storage") or []):
            if isinstance(c, str) and (c.strip("*") == "" or " " in c):
                problems.append(f"{where}: cookie or storage pattern {c!r} is empty or has a space")
        n_cookies += len(v.get("cookies") or [])

    for a, owner in alias_owner.items():
        if a in entities:
            problems.append(f"{owner}: alias \"{a}\" is a legal entity name; put it in entities")

    if len(vendors) < MIN_VENDORS:
        problems.append(f"{path}: {len(vendors)} vendors, fewer than {MIN_VENDORS}")
    for rid in REQUIRED_IDS:
        if rid not in ids:
            problems.append(f"{path}: required vendor id \"{rid}\" is missing")

    summary = f"{len(vendors)} vendors, {n_aliases} aliases, {n_domains} domains, {n_cookies} cookie patterns"
    return problems, summary


def main(argv):
    path = argv[1] if len(argv) > 1 else default_path()
    problems, summary = check(path)
    if problems:
        for p in problems:
            print(p)
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
