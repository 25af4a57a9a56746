#!/usr/bin/env python3
"""A second implementation checks itself against the bpjs-ketenagakerjaan conformance data set.

Reads the data set (the package's `bpjs-ketenagakerjaan/conformance`, dist/conformance/scenarios.json after
`npm run build`), then, with the standard library only:
1. for every scenario line that has a base and a rate, checks amount = base x rate rounded half-up to
   whole rupiah, and that every result's totals are the sum of its lines per payer;
2. re-computes, with a tiny PU implementation (statutory rates of PP 44/2015, PP 45/2015, PP 46/2015),
   the lines of every PU scenario it covers (JKK, JKM, JHT, JP with its yearly cap; no relief, no JKP).
Usage: python3 examples/conformance.py [path/to/scenarios.json]
"""
import json, sys
from decimal import Decimal, ROUND_HALF_UP

path = sys.argv[1] if len(sys.argv) > 1 else "dist/conformance/scenarios.json"
data = json.load(open(path, encoding="utf-8"))
assert data["format"] == "bpjs-tk.conformance" and data["formatVersion"] == 1, "unknown data set format"

def half_up(x):  # whole rupiah, half away from zero (decisions D12)
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))

JKK = {1: "0.0024", 2: "0.0054", 3: "0.0089", 4: "0.0127", 5: "0.0174"}  # PP 44/2015 Lampiran I
RATES = {("JKM", "employer"): "0.003", ("JHT", "employer"): "0.037", ("JHT", "worker"): "0.02"}
RATES.update({("JP", "employer"): "0.02", ("JP", "worker"): "0.01"})  # PP 45/2015 Pasal 28
# JP wage cap from each March (PP 45/2015 Pasal 28, raised yearly by GDP growth; BPJS TK letters)
JP_CAP = {"2015-07": 7000000, "2016-03": 7335300, "2017-03": 7703500, "2018-03": 8094000, "2019-03": 8512400,
          "2020-03": 8939700, "2021-03": 8754600, "2022-03": 9077600, "2023-03": 9559600, "2024-03": 10042300,
          "2025-03": 10547400, "2026-03": 11086300}
PP49 = ("2020-08", "2021-01")  # PP 49/2020 relief; PP 7/2025 applies only to jkkDiscountEligible

def reference_pu(inp):
    """The lines of a PU input this tiny implementation covers, or None."""
    programs = inp.get("programs")
    if programs is None or "JKP" in programs or PP49[0] <= inp["period"] <= PP49[1] or inp["period"] > "2026-11":
        return None
    if any(inp.get(k) for k in ("jkpRegistered", "covidRelief", "jkkDiscountEligible", "jpDeferral", "minimumWage")):
        return None
    wage, lines = Decimal(str(inp["wage"])), []
    cap = JP_CAP[max(k for k in JP_CAP if k <= inp["period"])]
    for program, payer in [("JKK", "employer"), ("JKM", "employer"), ("JHT", "employer"), ("JHT", "worker"),
                           ("JP", "employer"), ("JP", "worker")]:
        if program in programs:
            rate = JKK[inp["jkkRiskClass"]] if program == "JKK" else RATES[(program, payer)]
            base = min(wage, cap) if program == "JP" else wage
            lines.append((program, payer, half_up(base * Decimal(rate))))
    return lines

rounded = totals = pu = 0
for s in data["scenarios"]:
    out = s.get("output") or {}
    for line in out.get("lines", []):
        if "base" in line and "rate" in line and not ({"gross", "tiers", "months", "deferred"} & line.keys()):
            want = half_up(Decimal(str(line["base"])) * Decimal(line["rate"]))
            assert line["amount"] == want, f"{s['id']}: {line} should be {want}"
            rounded += 1
    complete = all("payer" in l and "amount" in l for l in out.get("lines", []))
    if complete and "totals" in out and len(out.get("lines", [])) > 0 and set(out["totals"]) >= {"employer", "worker", "participant", "government"}:
        for payer in ("employer", "worker", "participant", "government"):
            got = sum(l["amount"] for l in out["lines"] if l["payer"] == payer)
            assert out["totals"][payer] == got, f"{s['id']}: totals.{payer} {out['totals'][payer]} != {got}"
        totals += 1
    if s["function"] == "calculateContribution" and s["input"].get("category") == "PU" and complete and "lines" in out:
        mine = reference_pu(s["input"])
        if mine is not None:
            theirs = [(l["program"], l["payer"], l["amount"]) for l in out["lines"]]
            assert mine == theirs, f"{s['id']}: reference {mine} != data set {theirs}"
            pu += 1

print(f"conformance data set v{data['formatVersion']} of bpjs-ketenagakerjaan {data['libraryVersion']}: {data['count']} scenarios")
print(f"  {rounded} lines: amount = base x rate, rounded half-up")
print(f"  {totals} results: totals = sum of the lines per payer")
print(f"  {pu} PU scenarios re-computed by the reference implementation (JKK, JKM, JHT, JP)")
assert rounded > 0 and totals > 0 and pu > 0, "nothing was checked"
print("ok")
