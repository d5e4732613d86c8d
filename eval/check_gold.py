#!/usr/bin/env python3
"""Validate gold files: quotes are exact substrings, codes/enums valid,
hospital references resolve, and each indicator value is plausibly derivable
from the digits in its quote.
Usage: python3 check_gold.py [GOLD_DIR [DOCS_DIR ...]]
  defaults: every eval/*/gold folder, texts looked up in seeds/real and seeds (copied from
  shared/extraction-dev/check_gold.py; only the folders changed)"""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
GOLD_DIRS = sys.argv[1:2] or sorted(glob.glob(os.path.join(HERE, "*", "gold")))
DOC_DIRS = sys.argv[2:] or [os.path.join(ROOT, "seeds", "real"), os.path.join(ROOT, "seeds")]
CODES = {}
for line in open(os.path.join(HERE, "indicator-codes.md"), encoding="utf-8"):
    p = [x.strip() for x in line.split("|")]
    if len(p) == 4 and p[0] and p[0] not in ("code", "---"):
        CODES[p[0]] = p[2]
KINDS = {"level", "yoy_change_pct"}
QUALS = {"exact", "approx", "at_most", "at_least"}
PLEV = {"national", "provincial", "municipal", "county"}
PCAT = {"modern_hospital_management", "drg_dip_payment", "salary_reform", "personnel_staffing", "title_evaluation", "comprehensive_reform", "high_quality_demo", "other"}
CTYPE = {"city_medical_group", "county_medical_community", "specialty_alliance", "tele_medicine_network", "regional_medical_center", "hospital_group", "other"}
MU = 666.6667  # m2 per 亩

def doc_text(doc):
    for d in DOC_DIRS:
        p = os.path.join(d, doc)
        if os.path.exists(p):
            return open(p, encoding="utf-8").read()
    raise FileNotFoundError(doc)

def candidates(quote):
    """numbers derivable from the quote: raw, x1e4 (万), x1e8 (亿), x亩, signed; table cells read separately; "9,294" also as 9294"""
    out = set()
    # spaces removed ("110.37 万"), and kept for table rows ("652456 750838"); "9,294" also read as 9294
    variants = set()
    for q in (quote.replace(" ", ""), quote):
        variants |= {q, re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", q)}
    for variant in variants:
        for m in re.finditer(r"\d+(?:\.\d+)?", variant):
            x = float(m.group())
            for f in (1, 1e4, 1e8, MU):
                out.add(round(x * f, 2))
    return out

def main():
    errs, n = [], {"docs": 0, "hospitals": 0, "indicators": 0, "pilots": 0, "consortia": 0}
    for gf in sorted(f for d in GOLD_DIRS for f in glob.glob(os.path.join(d, "*.json"))):
        g = json.load(open(gf, encoding="utf-8"))
        t = doc_text(g["doc"]); n["docs"] += 1
        names = set()
        for h in g["hospitals"]:
            names.add(h["name"]); n["hospitals"] += 1
            for a in h["aliases"]:
                if a not in t: errs.append(f"{gf}: alias not in text: {a}")
            if h["name"] not in t and not h["aliases"]:
                errs.append(f"{gf}: hospital name not in text and no alias: {h['name']}")
        def q(obj, what):
            if obj["quote"] not in t: errs.append(f"{gf}: {what} quote not in text: {obj['quote']!r}")
        for i in g["indicators"]:
            n["indicators"] += 1; q(i, "indicator")
            if i["hospital"] not in names: errs.append(f"{gf}: unknown hospital {i['hospital']}")
            if i["code"] not in CODES: errs.append(f"{gf}: bad code {i['code']}")
            if i["kind"] not in KINDS: errs.append(f"{gf}: bad kind {i['kind']}")
            if i["qualifier"] not in QUALS: errs.append(f"{gf}: bad qualifier {i['qualifier']}")
            exp_unit = "percent" if i["kind"] == "yoy_change_pct" else CODES.get(i["code"])
            if i["unit"] != exp_unit: errs.append(f"{gf}: unit {i['unit']} != {exp_unit} for {i['code']}")
            if not (i["year"] is None or isinstance(i["year"], int)): errs.append(f"{gf}: bad year {i['year']}")
            v = abs(i["value"])
            if not any(abs(v - c) <= max(0.01, 1e-6 * v) or abs(v - c) < 1.0 and c > 1000 for c in candidates(i["quote"])):
                errs.append(f"{gf}: value {i['value']} not derivable from quote {i['quote']!r}")
            if i["kind"] == "yoy_change_pct":
                neg = any(w in i["quote"] for w in ("下降", "减少", "降低")) or re.search(r"(?<![\w.])-\d", i["quote"]) is not None  # table cell "-6.68%"
                if neg != (i["value"] < 0): errs.append(f"{gf}: sign mismatch {i['value']} in {i['quote']!r}")
        for p in g["pilots"]:
            n["pilots"] += 1; q(p, "pilot")
            if p["hospital"] not in names: errs.append(f"{gf}: unknown pilot hospital {p['hospital']}")
            if p["level"] not in PLEV or p["category"] not in PCAT: errs.append(f"{gf}: bad pilot enum {p}")
            if p["name"] not in t: errs.append(f"{gf}: pilot name not in text: {p['name']}")
        for c in g["consortia"]:
            n["consortia"] += 1; q(c, "consortium")
            if c["type"] not in CTYPE: errs.append(f"{gf}: bad consortium type {c['type']}")
            if c["lead"] is not None and c["lead"] not in names: errs.append(f"{gf}: unknown lead {c['lead']}")
            for m in c["members"]:
                if m not in names and m not in t: errs.append(f"{gf}: member neither hospital entry nor in text: {m}")
            e = c["established"]
            if e is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e): errs.append(f"{gf}: bad date {e}")
        for s in g.get("skipped", []):
            if s not in t: errs.append(f"{gf}: skipped quote not in text: {s!r}")
        for a in g.get("ambiguous", []):
            if a["quote"] not in t: errs.append(f"{gf}: ambiguous quote not in text: {a['quote']!r}")
    print(json.dumps(n, ensure_ascii=False))
    for e in errs: print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
