#!/usr/bin/env python3
"""Turns one bench/run.sh result directory into a markdown summary (stdout): figures and targets, pass or fail."""
import glob
import os
import re
import sys

OUT = sys.argv[1]
TARGET_QUERIES = ["incidents-filtered", "timeline", "concurrent-incidents"]
CONTRACTS = ["contract", "contract-10", "contract-small"]


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def num(text):
    try:
        return float(text)
    except ValueError:
        return float("nan")


env = dict(line.split("=", 1) for line in read(f"{OUT}/env.txt").splitlines() if "=" in line)
scales = env.get("scales", "").split()
rows = []
for line in read(f"{OUT}/load.tsv").splitlines():
    f = line.split("\t")
    rows.append(dict(scale=f[0], query=f[1], kind=f[2], phase=f[3], c=int(f[4]), requests=int(f[5]),
                     errors=int(f[6]), rps=num(f[7]), p50=num(f[8]), p99=num(f[9]), server_p50=num(f[10]),
                     server_p99=num(f[11]), st_min=int(f[12]), st_max=int(f[13]), bytes=int(f[14]),
                     note=f[15] if len(f) > 15 else ""))
queries = []
for r in rows:
    if r["query"] not in queries:
        queries.append(r["query"])
concurrencies = sorted({r["c"] for r in rows if r["phase"].startswith("c")})


def nested_fields(query):
    """Fields with a selection set, the root operation and inline fragments aside: the most SQL statements a
    request may run if every relation is loaded in one statement per level, whatever the rows returned."""
    text = read(os.path.join(os.path.dirname(os.path.abspath(__file__)), "queries", f"{query}.graphql"))
    text = re.sub(r"#[^\n]*", "", text)
    depth = 0
    braces = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "{" and depth == 0:
            braces += 1
    return braces - 1 - len(re.findall(r"\.\.\.\s*on\b", text)) if braces else None


def find(scale, query, kind, phase):
    for r in rows:
        if (r["scale"], r["query"], r["kind"], r["phase"]) == (scale, query, kind, phase):
            return r
    return None


def ms(value):
    return "–" if value != value else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def verdict(ok):
    return "**pass**" if ok else "**FAIL**"


out = []
p = out.append
p(f"# Parley benchmark, {env.get('started', '?')}")
p("")
p(f"Commit `{env.get('commit', '?')}`, {env.get('cpus', '?')} CPUs, {env.get('memory', '?')} RAM (shared), "
  f"{env.get('java', '')}. App: packaged jar, `-Xmx512m`, embedded H2 file. Load: {env.get('concurrency', '')}. "
  "Latencies in ms; *server* = `Server-Timing` of the app measured one request at a time; p50/p99 under load "
  "are client-side on loopback. Load average of the machine (other work included) at the start "
  f"{env.get('load_before', '?')}, at the end {env.get('load_after', '?')}.")
p("")

p("## Dataset")
p("")
p("| incidents | rows generated | load time | |")
p("| ---: | ---: | ---: | --- |")
for scale in scales:
    log = read(f"{OUT}/generate-{scale}.log")
    m = re.search(r"generated ([\d,]+) rows .* in ([\d.]+) s, ([\d,]+) rows/s", log)
    if m:
        p(f"| {int(scale):,} | {m.group(1)} | {m.group(2)} s | {m.group(3)} rows/s |")
    else:
        p(f"| {int(scale):,} | ? | ? | generator log missing |")
p("")

p("## Per query and scale")
p("")
head = "| incidents | query | server p50 | server p99 | SQL statements (bound) | objects returned | response bytes |"
sep = "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
for c in concurrencies:
    head += f" c={c} req/s | c={c} p50 | c={c} p99 |"
    sep += " ---: | ---: | ---: |"
p(head)
p(sep)
for scale in scales:
    for q in queries:
        skipped = find(scale, q, "graphql", "skipped")
        if skipped:
            p(f"| {int(scale):,} | {q} | skipped: not in this build ({skipped['note'][:80]}) |")
            continue
        probe = find(scale, q, "graphql", "probe")
        if not probe:
            p(f"| {int(scale):,} | {q} | not measured (the run stopped before it) |")
            continue
        statements = str(probe["st_min"]) if probe["st_min"] == probe["st_max"] else f"{probe['st_min']}–{probe['st_max']}"
        line = (f"| {int(scale):,} | {q} | {ms(probe['server_p50'])} | {ms(probe['server_p99'])} | {statements} "
                f"({nested_fields(q)}) | {int(probe['note'] or 0):,} | {probe['bytes']:,} |")
        for c in concurrencies:
            r = find(scale, q, "graphql", f"c{c}")
            if r:
                errors = f" ({r['errors']} errors)" if r["errors"] else ""
                line += f" {r['rps']:.1f}{errors} | {ms(r['p50'])} | {ms(r['p99'])} |"
            else:
                line += " – | – | – |"
        p(line)
p("")

p("## Contract query against the pre-built-JSON baseline (same run, same concurrency)")
p("")
p("`contract` is the foundation's contract query verbatim: at scale its first page is 50 talks, each with up to 100 "
  "concurrent incidents. `contract-10` asks for 10 talks, `contract-small` for 5 talks with 5 incidents each "
  "(about the size of the demo-data response). *executed*: every request runs the query (`Cache-Control: no-cache`); "
  "*cached*: the same requests as repeated anonymous readers send them, answered by the service's response cache "
  "(common/responsecache) after the first. Target: GraphQL throughput ≥ 50% of the baseline's.")
p("")
p("| incidents | query | c | executed req/s | cached req/s | baseline req/s | executed / baseline | cached / baseline | |")
p("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
ratios = []
executed_ratios = []
for scale in scales:
    for q in CONTRACTS:
        for c in concurrencies:
            g = find(scale, q, "graphql", f"c{c}")
            k = find(scale, q, "cached", f"c{c}")
            b = find(scale, q, "baseline", f"c{c}")
            if not b or not (g or k):
                if find(scale, q, "graphql", "probe"):
                    rps = f"{g['rps']:.1f}" if g else "–"
                    p(f"| {int(scale):,} | {q} | {c} | {rps} | – | – | – | – | not measured (service stopped?) |")
                continue
            executed = g["rps"] / b["rps"] if g and b["rps"] else float("nan")
            cached = k["rps"] / b["rps"] if k and b["rps"] else float("nan")
            executed_ratios.append((scale, q, c, executed))
            ratios.append((scale, q, c, cached))
            p(f"| {int(scale):,} | {q} | {c} | {g['rps'] if g else float('nan'):.1f} | "
              f"{k['rps'] if k else float('nan'):.1f} | {b['rps']:.1f} | {executed:.1%} | {cached:.1%} | "
              f"{verdict(cached >= 0.5)} |")
p("")

p("## Scaling: server p50 by number of incidents")
p("")
p("Target: 10× more data costs < 2× more time; at 1,000,000 incidents each of the filtered incidents page, the "
  "timeline page and the concurrentIncidents lookup < 20 ms median in the server.")
p("")
head = "| query |" + "".join(f" {int(s):,} |" for s in scales) + "".join(
    f" ×{int(scales[i + 1]) // int(scales[i])} data → time |" for i in range(len(scales) - 1)) + " |"
p(head)
p("| --- |" + " ---: |" * (len(scales) + len(scales) - 1) + " --- |")
growth = {}
for q in queries:
    values = []
    for s in scales:
        probe = find(s, q, "graphql", "probe")
        values.append(probe["server_p50"] if probe else float("nan"))
    factors = [values[i + 1] / values[i] if values[i] and values[i] == values[i] else float("nan")
               for i in range(len(values) - 1)]
    growth[q] = factors
    known = [f for f in factors if f == f]
    ok = verdict(all(f < 2 for f in known)) if known else "–"
    p(f"| {q} |" + "".join(f" {ms(v)} |" for v in values) + "".join(
        f" {f:.2f}× |" if f == f else " – |" for f in factors) + f" {ok} |")
p("")

p("## Memory (`-Xmx512m`, `-XX:+ExitOnOutOfMemoryError`)")
p("")
p("Peak heap = the largest heap occupancy G1 reported before a collection (`-Xlog:gc`). After an "
  "OutOfMemoryError the app exits and the next query gets a fresh one.")
p("")
p("| incidents | peak heap used | heap after last GC | collections | out of memory |")
p("| ---: | ---: | ---: | ---: | --- |")
heap_ok = True
for scale in scales:
    gc = "".join(read(f) for f in sorted(glob.glob(f"{OUT}/gc-{scale}-*.log")))
    pairs = [(int(a), int(b)) for a, b in re.findall(r"(\d+)M->(\d+)M\(\d+M\)", gc)]
    ooms = []
    for log in sorted(glob.glob(f"{OUT}/app-{scale}-*.log")):
        if "OutOfMemoryError" in read(log):
            ooms.append(log)
    heap_ok = heap_ok and not ooms
    peak = max((a for a, _ in pairs), default=0)
    last = pairs[-1][1] if pairs else 0
    died = []
    for r in rows:
        if r["scale"] == scale and r["errors"] and r["requests"] == 0:
            died.append(f"{r['query']} c={r['c']}")
    verdict_text = f"**YES** ×{len(ooms)}" + (f" (during {', '.join(died)})" if died else "") if ooms else "no"
    p(f"| {int(scale):,} | {peak} MB | {last} MB | {len(pairs)} | {verdict_text} |")
p("")

p("Peak heap per query (all its phases: probe, baseline, every concurrency), from the GC log lines written while "
  "it ran:")
p("")
p("| query |" + "".join(f" {int(s):,} |" for s in scales))
p("| --- |" + " ---: |" * len(scales))
per_query = {}
for scale in scales:
    marks = [line.split() for line in read(f"{OUT}/gc-marks-{scale}.txt").splitlines() if line.strip()]
    for i, (query, gc_file, start) in enumerate(marks):
        lines = read(gc_file).splitlines()
        end = len(lines)
        if i + 1 < len(marks) and marks[i + 1][1] == gc_file:
            end = int(marks[i + 1][2])
        values = [int(a) for a in re.findall(r"(\d+)M->\d+M\(\d+M\)", "\n".join(lines[int(start):end]))]
        died = any(r["scale"] == scale and r["query"] == query and r["errors"] and r["requests"] == 0 for r in rows)
        per_query[(scale, query)] = (f"{max(values)} MB" if values else "–") + (" **OOM**" if died else "")
for q in queries:
    p(f"| {q} |" + "".join(f" {per_query.get((s, q), '–')} |" for s in scales))
p("")

p("## Targets")
p("")
statement_notes = []
statements_ok = True
for q in queries:
    probes = [find(s, q, "graphql", "probe") for s in scales if find(s, q, "graphql", "probe")]
    if probes:
        bound = nested_fields(q)
        counts = sorted({r["st_min"] for r in probes} | {r["st_max"] for r in probes})
        objects = sorted(int(r["note"] or 0) for r in probes)
        ok = bound is not None and counts[-1] <= bound
        statements_ok = statements_ok and ok
        counted = str(counts[0]) if len(counts) == 1 else f"{counts[0]}–{counts[-1]}"
        statement_notes.append(f"{q}: {counted} statements (bound {bound}) for {objects[0]:,}–{objects[-1]:,} objects")
p(f"- SQL statements per request independent of the rows returned, at most one per nested field of the query "
  f"(the bound: fields with a selection set), at every scale and for every random id: {verdict(statements_ok)} — "
  f"{'; '.join(statement_notes)}. A count below the bound means a level had nothing to load.")
if ratios:
    worst = min(ratios, key=lambda r: r[3])
    best = max(ratios, key=lambda r: r[3])
    worst_run = min(executed_ratios, key=lambda r: r[3] if r[3] == r[3] else 0)
    best_run = max(executed_ratios, key=lambda r: r[3] if r[3] == r[3] else 0)
    p(f"- Contract query throughput ≥ 50% of the baseline, as readers get it (response cache): "
      f"{verdict(all(r[3] >= 0.5 for r in ratios))} — from {worst[3]:.1%} ({worst[1]}, {int(worst[0]):,} incidents, "
      f"c={worst[2]}) to {best[3]:.1%} ({best[1]}, {int(best[0]):,}, c={best[2]}). Executing the query on every "
      f"request: {verdict(all(r[3] >= 0.5 for r in executed_ratios))} — from {worst_run[3]:.1%} ({worst_run[1]}, "
      f"{int(worst_run[0]):,}, c={worst_run[2]}) to {best_run[3]:.1%} ({best_run[1]}, {int(best_run[0]):,}, "
      f"c={best_run[2]}).")
largest = scales[-1] if scales else None
for q in TARGET_QUERIES:
    probe = find(largest, q, "graphql", "probe") if largest else None
    if not probe:
        skipped = find(largest, q, "graphql", "skipped") if largest else None
        p(f"- {q} < 20 ms median at {int(largest):,}: not measured"
          f"{' (not in this build)' if skipped else ''}.")
        continue
    factors = [f for f in growth.get(q, []) if f == f]
    p(f"- {q} < 20 ms median in the server at {int(largest):,}: {verdict(probe['server_p50'] < 20)} "
      f"({ms(probe['server_p50'])} ms); 10× data < 2× time: "
      f"{verdict(all(f < 2 for f in factors)) if factors else '–'} "
      f"({', '.join(f'{f:.2f}×' for f in factors)}).")
p(f"- Heap within 512 MB under the load driver (no OutOfMemoryError): {verdict(heap_ok)}.")
p("")

plans = sorted(glob.glob(f"{OUT}/plan-*.txt"))
if plans:
    p("## Query plans (H2 `EXPLAIN ANALYZE` of the SQL each request ran)")
    p("")
    p("Key lines: the index each table is read through (`/* PUBLIC.<index>: <condition> */`, "
      "`tableScan` when none) and the rows H2 scanned (`scanCount`). Full plans: `plan-*.txt` in the result directory.")
    p("")
    for path in plans:
        name = os.path.basename(path)[len("plan-"):-len(".txt")]
        p(f"### {name}")
        p("")
        if "-- statement" not in read(path):
            p("No SQL: the query is not in this build.")
            p("")
            continue
        p("```")
        for line in read(path).splitlines():
            stripped = line.strip()
            if line.startswith("-- statement"):
                p(line)
            elif stripped.startswith("/* PUBLIC.") or "scanCount" in stripped or "tableScan" in stripped:
                p("    " + (stripped if len(stripped) <= 200 else stripped[:200] + " …"))
            elif stripped.startswith("Exception") or "Error" in stripped[:40]:
                p("    " + stripped[:200])
        p("```")
        p("")
print("\n".join(out))
