#!/usr/bin/env python3
"""The floors under the PostGraphile comparison (issue 11), run by bench/peers/floors.sh.

  floors.py pgbench OUT DB SECONDS CONCURRENCY QUERIES
      Replays what each server sent for one request (OUT/pgbench/<server>-<query>-<n>.sql, written by Peers.java
      from PostgreSQL's log) with pgbench, prepared statements, no server in between: transactions per second, and
      the machine's CPU per transaction minus pgbench's own (PostgreSQL's cost). Writes OUT/pgbench.tsv.
  floors.py report OUT RESULTS COMMIT LOAD_BEFORE LOAD_AFTER
      Joins OUT/pgbench.tsv, OUT/graphql-java.txt (Floors.java) and OUT/phases.tsv (Peers.java, the same run) into
      a markdown section, written to RESULTS and printed.
"""
import glob
import os
import re
import resource
import subprocess
import sys
import time

SERVERS = ["parley", "postgraphile-v4", "postgraphile-v5"]


def machine_busy_ms():
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    # user nice system idle iowait irq softirq steal: all but idle and iowait
    busy = sum(fields[:8]) - fields[3] - fields[4]
    return busy * 1000 / os.sysconf("SC_CLK_TCK")


def children_cpu_ms():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r.ru_utime + r.ru_stime) * 1000


def pgbench(scripts, db, clients, seconds):
    command = ["pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-M", "prepared", "-c", str(clients),
               "-j", str(min(clients, os.cpu_count() or 1)), "-T", str(seconds)]
    for s in scripts:
        command += ["-f", s]
    busy, own = machine_busy_ms(), children_cpu_ms()
    done = subprocess.run(command + [db], capture_output=True, text=True)
    busy, own = machine_busy_ms() - busy, children_cpu_ms() - own
    out = done.stdout + done.stderr
    failed = re.search(r"number of failed transactions: (\d+)", out)
    if done.returncode != 0 or (failed and failed.group(1) != "0"):
        sys.exit("pgbench failed on %s:\n%s" % (" ".join(scripts), out[-2000:]))
    tx = int(re.search(r"number of transactions actually processed: (\d+)", out).group(1))
    tps = float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", out).group(1))
    return tps, (busy - own) / max(tx, 1)


def statements(script):
    with open(script) as f:
        text = f.read()
    return len(re.findall(r";\s*$", text, re.M))


def run_pgbench(out, db, seconds, concurrency, queries):
    rows = ["query\tserver\tstatements\tc\ttps\tpg_cpu_ms"]
    for q in queries:
        for server in SERVERS:
            scripts = sorted(glob.glob(os.path.join(out, "pgbench", "%s-%s-*.sql" % (server, q))))
            if not scripts:
                sys.exit("no pgbench script for %s %s in %s/pgbench: run bench/peers/run.sh first" % (server, q, out))
            pgbench(scripts, db, 4, 2)  # warm-up: caches, prepared statements
            for c in concurrency:
                tps, cpu = pgbench(scripts, db, c, seconds)
                rows.append("\t".join([q, server, str(statements(scripts[0])), str(c), "%.1f" % tps, "%.2f" % cpu]))
                print("[floors] %s %s c=%d: %.0f tps, %.2f ms of PostgreSQL CPU per request" % (q, server, c, tps, cpu),
                      flush=True)
    with open(os.path.join(out, "pgbench.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")


def tsv(path):
    with open(path) as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    return [dict(zip(lines[0], line)) for line in lines[1:]]


def report(out, results, commit, load_before, load_after):
    cores = os.cpu_count() or 1
    pg = tsv(os.path.join(out, "pgbench.tsv"))
    served = tsv(os.path.join(out, "phases.tsv"))
    floor = {}
    with open(os.path.join(out, "graphql-java.txt")) as f:
        for line in f:
            m = re.match(r"(q\d): (\d+) fields, (\d+) bytes: ([\d.]+) ms CPU per execution on its thread, ([\d.]+) ms", line)
            if m:
                floor[m.group(1)] = (int(m.group(2)), int(m.group(3)), float(m.group(4)), float(m.group(5)))
    queries = sorted(floor)
    cs = sorted({int(r["c"]) for r in pg})

    def pg_row(q, server, c):
        return next(r for r in pg if r["query"] == q and r["server"] == server and int(r["c"]) == c)

    def served_rps(q, server, c):
        rows = [r for r in served if r["query"] == q and r["server"] == server and int(r["c"]) == c]
        return float(rows[0]["req/s"]) if rows else None

    md = ["## Floors: PostgreSQL alone, graphql-java alone (`bench/peers/floors.sh`)", "",
          "Run at %s after the comparison above, in the same run of `bench/peers/run.sh`; load average %s at start, "
          "%s at end; %d cores." % (commit, load_before, load_after, cores), "",
          "**PostgreSQL alone**: what each server sent for one request (from PostgreSQL's log, parameters written in),"
          " replayed by pgbench with prepared statements and no server in between. Transactions per second, and the"
          " machine's CPU per request minus pgbench's own: PostgreSQL's cost of that request.", "",
          "| query | server | statements | " + " | ".join("tps c=%d" % c for c in cs) + " | "
          + " | ".join("PG ms/req c=%d" % c for c in cs) + " |",
          "| --- | --- | --- | " + " | ".join("---" for _ in cs * 2) + " |"]
    for q in queries:
        for server in SERVERS:
            rows = [pg_row(q, server, c) for c in cs]
            md.append("| %s | %s | %s | %s | %s |" % (q, server, rows[0]["statements"],
                      " | ".join("%.0f" % float(r["tps"]) for r in rows),
                      " | ".join(r["pg_cpu_ms"] for r in rows)))
    md += ["", "**graphql-java alone** (`bench/peers/Floors.java`): Parley's served schema and each query's served"
           " answer held in memory; graphql-java executes the document over it (every field a map lookup, the"
           " document parsed and validated once) and Jackson writes the bytes. One thread; CPU per execution.", "",
           "| query | fields | bytes | ms CPU on its thread | ms CPU of the process (GC, JIT) |", "| --- | --- | --- | --- | --- |"]
    for q in queries:
        n, size, thread, process = floor[q]
        md.append("| %s | %d | %d | %.2f | %.2f |" % (q, n, size, thread, process))
    md += ["", "**The ceiling for a server that sends Parley's statements and runs graphql-java**, with nothing else (no"
           " Hibernate, no HTTP, no SmallRye, no load client). At c = 1 one request at a time: 1000 ms ÷ (1000 ÷"
           " PostgreSQL's tps + graphql-java's thread ms). From c = %d up, CPU-bound on %d cores: %d × 1000 ms ÷"
           " (PostgreSQL's ms per request + graphql-java's thread ms), never above PostgreSQL's own tps. The target is"
           " issue 11's: twice the faster PostGraphile's served req/s from the comparison above at c = 4 and 16, ahead"
           " of it at c = 1." % (cores, cores, cores), "",
           "| query | c | Parley served | faster peer served | target | ceiling | ceiling ÷ target |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    for q in queries:
        for c in cs:
            row = pg_row(q, "parley", c)
            tps, pg_ms, graphql_ms = float(row["tps"]), float(row["pg_cpu_ms"]), floor[q][2]
            if c == 1:
                ceiling = 1000 / (1000 / tps + graphql_ms)
            else:
                ceiling = min(tps, cores * 1000 / (pg_ms + graphql_ms))
            peers = [(served_rps(q, s, c), s) for s in SERVERS[1:] if served_rps(q, s, c) is not None]
            parley = served_rps(q, "parley", c)
            if not peers or parley is None:
                continue
            best, name = max(peers)
            target = best if c == 1 else 2 * best
            md.append("| %s | %d | %.0f | %.0f (%s) | %.0f | %.0f | **%.2f** |" % (
                q, c, parley, best, name.replace("postgraphile-", ""), target, ceiling, ceiling / target))
    text = "\n".join(md) + "\n"
    with open(results, "a") as f:
        f.write("\n" + text)
    print(text)


if __name__ == "__main__":
    if sys.argv[1] == "pgbench":
        _, _, out, db, seconds, concurrency, queries = sys.argv
        run_pgbench(out, db, int(seconds), [int(c) for c in concurrency.split(",")], queries.split(","))
    elif sys.argv[1] == "report":
        _, _, out, results, commit, load_before, load_after = sys.argv
        report(out, results, commit, load_before, load_after)
    else:
        sys.exit(__doc__)
