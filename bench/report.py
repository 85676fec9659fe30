#!/usr/bin/env python3
"""Turns one bench/run.sh run folder into a Markdown report (printed on stdout).

    python3 bench/report.py bench/out/runs/<stamp>

The folder holds meta.env, corpus-<n>.txt, and per group (jvm/, N14/, N1000/, ...) for each tool:
<tool>.json (hyperfine --export-json), <tool>.time (/usr/bin/time -v blocks, one per run, warm-up runs
first), <tool>.runs ("runs warmup"), <tool>.load (load average before and after) and <tool>.size
("bytes files" of the output). Python 3 standard library only.
"""
import json
import os
import re
import statistics
import sys

TOOLS = ["handbook", "hugo", "eleventy"]
PEERS = ["hugo", "eleventy"]


def read(path, default=None):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return default


def meta(folder):
    values = {}
    for line in (read(os.path.join(folder, "meta.env"), "") or "").splitlines():
        key, _, value = line.partition("=")
        values[key] = value
    return values


def time_blocks(text):
    """Each /usr/bin/time -v block as (user+sys seconds, max RSS bytes)."""
    blocks = []
    for block in re.split(r"(?m)^\s*Command being timed:", text)[1:]:
        user = float(re.search(r"User time \(seconds\): ([\d.]+)", block).group(1))
        system = float(re.search(r"System time \(seconds\): ([\d.]+)", block).group(1))
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", block).group(1)) * 1024
        blocks.append((user + system, rss))
    return blocks


def measure(folder, group, tool):
    """The figures of one tool in one group, or None when it was not run."""
    at = os.path.join(folder, group)
    raw = read(os.path.join(at, tool + ".json"))
    if raw is None:
        return None
    result = json.loads(raw)["results"][0]
    runs, warmup = (int(x) for x in read(os.path.join(at, tool + ".runs")).split())
    blocks = time_blocks(read(os.path.join(at, tool + ".time"), ""))[warmup:][-runs:]
    size = (read(os.path.join(at, tool + ".size")) or "").split()
    load = (read(os.path.join(at, tool + ".load")) or "").splitlines()
    times = result["times"]
    return {
        "runs": len(times), "warmup": warmup,
        "wall": statistics.median(times), "min": min(times), "max": max(times),
        "cpu": statistics.median(b[0] for b in blocks) if blocks else None,
        "rss": statistics.median(b[1] for b in blocks) if blocks else None,
        "bytes": int(size[0]) if size else None, "files": int(size[1]) if len(size) > 1 else None,
        "load": [line.split()[0] for line in load if line.strip()],
    }


def seconds(value):
    if value is None:
        return "–"
    return f"{value:.3f} s" if value < 1 else f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def size(value):
    if value is None:
        return "–"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if value >= scale:
            return f"{value / scale:.1f} {unit}"
    return f"{value} B"


def ratio(ours, theirs):
    if ours is None or theirs in (None, 0):
        return "–"
    return f"{ours / theirs:.2f}×"


def label(tool, info):
    if tool == "handbook":
        return "handbook build"
    if tool == "hugo":
        return f"Hugo {info.get('hugo', '')}".strip()
    if tool == "eleventy":
        return f"Eleventy {info.get('eleventy', '')}".strip()
    return "bare JVM start"


def groups(folder):
    found = [g for g in os.listdir(folder) if re.fullmatch(r"N\d+", g)]
    return sorted(found, key=lambda g: int(g[1:]))


def report(folder):
    info = meta(folder)
    sizes = groups(folder)
    figures = {g: {t: measure(folder, g, t) for t in TOOLS} for g in sizes}
    jvm = measure(folder, "jvm", "jvm")
    present = [t for t in TOOLS if any(figures[g][t] for g in sizes)]
    peers = [t for t in PEERS if t in present]
    ours = "handbook" in present
    out = []
    w = out.append

    w(f"# Build benchmark, {info.get('date', '')}")
    w("")
    w(f"`bench/run.sh` at commit {info.get('commit', '?')}, seed {info.get('seed', '?')}. Machine: "
      f"{info.get('cpus', '?')} CPUs ({info.get('cpu', '?')}), {size(int(info.get('memory_kb', 0) or 0) * 1024)} "
      f"of memory; load average {info.get('load_start', '?')} (1, 5, 15 min) at the start, "
      f"{info.get('load_end', '?')} at the end.")
    w("")
    versions = [info.get("java", "")] + [f"{label(t, info)}" for t in peers] + [info.get("hyperfine", "")]
    w("Tools: " + "; ".join(v for v in versions if v) + ".")
    w("")
    w("Every tool builds the same synthetic handbook (`bench/gen_corpus.py`); every page carries a navigation "
      "of all pages and its checklist as checkboxes. `handbook build` runs a cold JVM each time, through the "
      "`./handbook` launcher (with its start-up cache: a class-data sharing archive, or an AOT cache on "
      "JDK 25+). Wall time is hyperfine's; CPU time "
      "(user + system) and peak memory (maximum resident set size) come from `/usr/bin/time -v`; all are "
      "medians over the timed runs. A ratio is ours ÷ the peer's: below 1 we are faster or smaller. On a "
      "loaded machine (see the load average) CPU time is the steadier comparison; wall time includes waiting "
      "for a core.")
    w("")

    for title, key in (("Wall time, median", "wall"), ("CPU time (user + system), median", "cpu")):
        w(f"## {title}")
        w("")
        head = ["N pages"] + [label(t, info) for t in present]
        if ours:
            head += [f"ours ÷ {label(p, info).split()[0]}" for p in peers]
        w("| " + " | ".join(head) + " |")
        w("|" + "---|" * len(head))
        for g in sizes:
            row = [f"{int(g[1:]):,}"] + [seconds(figures[g][t][key]) if figures[g][t] else "–" for t in present]
            if ours:
                mine = figures[g]["handbook"]
                row += [ratio(mine and mine[key], figures[g][p] and figures[g][p][key]) for p in peers]
            w("| " + " | ".join(row) + " |")
        w("")
    if jvm:
        w(f"Bare JVM start (`java -Xshare:auto -version`): {seconds(jvm['wall'])} median wall, "
          f"{seconds(jvm['cpu'])} CPU, {size(jvm['rss'])} peak memory ({jvm['runs']} runs).")
        w("")

    for g in sizes:
        n = int(g[1:])
        corpus = (read(os.path.join(folder, f"corpus-{n}.txt"), "") or "").strip()
        corpus = re.sub(r"\s*->.*$", "", corpus)
        any_tool = next(f for f in figures[g].values() if f)
        w(f"## N = {n:,}")
        w("")
        w(f"Corpus: {corpus}. {any_tool['runs']} timed runs after {any_tool['warmup']} warm-up.")
        w("")
        w("| tool | wall median (min–max) | CPU median | peak memory | output (files) | load avg before → after |")
        w("|---|---|---|---|---|---|")
        for t in present:
            f = figures[g][t]
            if not f:
                continue
            files = f" ({f['files']:,})" if f["files"] is not None else ""
            w(f"| {label(t, info)} | {seconds(f['wall'])} ({seconds(f['min'])}–{seconds(f['max'])}) | "
              f"{seconds(f['cpu'])} | {size(f['rss'])} | {size(f['bytes'])}{files} | {' → '.join(f['load'])} |")
        w("")
        mine = figures[g].get("handbook")
        if mine and any(figures[g][p] for p in peers):
            w("| ours ÷ peer | wall | CPU | peak memory | output |")
            w("|---|---|---|---|---|")
            for p in peers:
                f = figures[g][p]
                if f:
                    w(f"| {label(p, info)} | {ratio(mine['wall'], f['wall'])} | {ratio(mine['cpu'], f['cpu'])} | "
                      f"{ratio(mine['rss'], f['rss'])} | {ratio(mine['bytes'], f['bytes'])} |")
            w("")
    return "\n".join(out)


def main(argv):
    if len(argv) != 1 or not os.path.isdir(argv[0]):
        sys.exit("usage: report.py RUN_FOLDER")
    print(report(argv[0]))


if __name__ == "__main__":
    main(sys.argv[1:])
