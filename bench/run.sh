#!/usr/bin/env bash
# The build benchmark: times `handbook build` against Hugo and Eleventy on the same synthetic handbook.
#
#   bench/run.sh                      N = 14 and 1000 (10 and 5 timed runs)
#   bench/run.sh --with-10000         also N = 10000 (2 runs; tens of GB of output: see README)
#   bench/run.sh --sizes 14 --runs 3 --tools handbook,hugo
#
# Needs python3, a JDK 17+ and Maven; installs what is missing when it can: hyperfine, time and hugo
# (Debian packages, as root or with passwordless sudo), Eleventy (npm, into bench/.peers/, never global).
# A peer that cannot be installed is left out of the table, with a note. Everything it writes goes to
# bench/out/; the table is printed and saved as bench/out/results-<date>.md.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$bench")
out="$bench/out"
peers="$bench/.peers"
eleventy_spec="${ELEVENTY_SPEC:-@11ty/eleventy@3}"

sizes="14,1000"
tools="handbook,hugo,eleventy,jvm"
runs=""
seed=7

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  echo "options: --sizes LIST  --with-10000  --runs N  --tools LIST (handbook,hugo,eleventy,jvm)  --seed N"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --with-10000) sizes="$sizes,10000"; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

say() { printf '%s\n' "bench: $*" >&2; }
has_tool() { case ",$tools," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# Runs apt-get as root, or through passwordless sudo; fails quietly otherwise.
apt_install() {
  local apt=(apt-get)
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || return 1
    apt=(sudo -n apt-get)
  fi
  command -v apt-get >/dev/null 2>&1 || return 1
  say "installing Debian package(s) $*"
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -q "$@" >"$out/apt.log" 2>&1 && return 0
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -q >>"$out/apt.log" 2>&1 || return 1
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -q "$@" >>"$out/apt.log" 2>&1
}

runs_for() {
  if [ -n "$runs" ]; then echo "$runs"; return; fi
  if [ "$1" -le 100 ]; then echo 10; elif [ "$1" -le 2000 ]; then echo 5; else echo 2; fi
}
warmup_for() { if [ "$1" -le 2000 ]; then echo 1; else echo 0; fi; }

mkdir -p "$out"

# ---------------------------------------------------------------------------------------- tools
command -v python3 >/dev/null || { echo "bench/run.sh: python3 is needed" >&2; exit 2; }
command -v hyperfine >/dev/null || apt_install hyperfine \
  || { echo "bench/run.sh: hyperfine is needed (Debian package 'hyperfine')" >&2; exit 2; }
[ -x /usr/bin/time ] || apt_install time \
  || { echo "bench/run.sh: /usr/bin/time is needed (Debian package 'time')" >&2; exit 2; }

if has_tool hugo && ! command -v hugo >/dev/null; then
  apt_install hugo || { say "hugo is not installed and cannot be (Debian package 'hugo'): left out"; tools="${tools//hugo/}"; }
fi
eleventy="$peers/node_modules/.bin/eleventy"
if has_tool eleventy && [ ! -x "$eleventy" ]; then
  if command -v npm >/dev/null; then
    say "installing $eleventy_spec into bench/.peers/"
    mkdir -p "$peers"
    npm install --prefix "$peers" --no-audit --no-fund --loglevel=error "$eleventy_spec" >"$out/npm.log" 2>&1 \
      || say "npm install failed (see bench/out/npm.log)"
  fi
  [ -x "$eleventy" ] || { say "Eleventy is not installed and cannot be (needs npm): left out"; tools="${tools//eleventy/}"; }
fi

if has_tool handbook; then
  jar="$repo/target/handbook.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$repo/pom.xml" "$repo/src/main" -newer "$jar" -type f 2>/dev/null | head -n 1)" ]; then
    say "building target/handbook.jar"
    (cd "$repo" && mvn -q -B -DskipTests package) >&2
  fi
fi

# ---------------------------------------------------------------------------------------- runs
stamp=$(date +%Y-%m-%d-%H%M)
data="$out/runs/$stamp"
mkdir -p "$data"
{
  echo "date=$(date '+%Y-%m-%d %H:%M %Z')"
  echo "cpus=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')"
  echo "memory_kb=$(awk '/MemTotal/ {print $2}' /proc/meminfo)"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "seed=$seed"
  echo "java=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)"
  echo "hyperfine=$(hyperfine --version)"
  has_tool hugo && echo "hugo=$(hugo version | cut -d' ' -f2 | sed 's/^v//; s/+.*//')"
  has_tool eleventy && echo "eleventy=$("$eleventy" --version)"
  echo "commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
} >"$data/meta.env"

corpus() {  # corpus <n>: generates bench/out/corpus-<n> unless it is there, for this seed and generator
  local n=$1 dir="$out/corpus-$1"
  if [ "$(cat "$dir/.seed" 2>/dev/null)" != "$seed" ] || [ "$bench/gen_corpus.py" -nt "$dir/.seed" ]; then
    python3 "$bench/gen_corpus.py" --n "$n" --out "$dir" --seed "$seed" >"$out/corpus-$n.txt"
    echo "$seed" >"$dir/.seed"
  fi
  cat "$out/corpus-$n.txt" >&2
}

# time_tool <group> <runs> <warmup> <name> <dir> <output> <command...>: hyperfine for wall time;
# /usr/bin/time -v (appended, one block per run) for CPU time and peak memory; du for the output's size.
time_tool() {
  local group=$1 count=$2 warmup=$3 name=$4 dir=$5 target=$6
  shift 6
  local cmd at="$data/$group" prepare=()
  printf -v cmd '%q ' "$@"
  if [ -n "$target" ] && [ -n "$trash" ]; then
    # Each run starts without the last run's output: moved aside whole (a rename), deleted after the size.
    prepare=(--prepare "if [ -e $(printf %q "$target") ]; then mv $(printf %q "$target") $(printf %q "$trash")/\$(date +%s%N); fi")
  elif [ -n "$target" ]; then
    prepare=(--prepare "rm -rf $(printf %q "$target")")
  fi
  mkdir -p "$at"
  : >"$at/$name.time"
  say "$group $name: $count runs after $warmup warm-up"
  echo "$count $warmup" >"$at/$name.runs"
  cut -d' ' -f1-3 /proc/loadavg >"$at/$name.load"
  hyperfine --style basic --runs "$count" --warmup "$warmup" "${prepare[@]}" \
    --export-json "$at/$name.json" --command-name "$name" \
    "cd $(printf %q "$dir") && /usr/bin/time -v -a -o $(printf %q "$at/$name.time") $cmd" >&2
  cut -d' ' -f1-3 /proc/loadavg >>"$at/$name.load"
  if [ -n "$target" ] && [ -d "$target" ]; then
    echo "$(du -sb "$target" | cut -f1) $(find "$target" -type f | wc -l)" >"$at/$name.size"
  fi
}

# A cold JVM each run, through the launcher, so its start-up cache (AOT cache on JDK 25+, class-data
# sharing archive before) counts. The launcher trains a fresh cache on the repository's own handbook
# before its first run; make that run an untimed one.
if has_tool handbook; then
  corpus 14
  rm -f "$repo"/target/handbook-jdk*.jsa "$repo"/target/handbook-jdk*.aot
  "$repo/handbook" build --source "$out/corpus-14/handbook/content" --templates "$repo/templates" \
    --out "$out/prime" >/dev/null
  rm -rf "$out/prime"
fi

# The floor any JVM tool stands on, measured once.
if has_tool jvm; then
  time_tool jvm 10 2 jvm "$repo" "" java -Xshare:auto -version
fi

# Outputs of earlier runs are moved aside, not deleted, until every tool has run at a size. On ext4
# without a journal (this benchmark's machine), a new file skips each inode of its block group deleted in
# the last 35 s, reading each one's deletion time: an `rm -rf` of the last run's output right before a run
# made creating a file cost up to ~1 ms of system time: 1-3 s of a 1,000-page run, varying from run to run
# with where the file system put the new files. That measured the file system's memory of the last run,
# not the tool. At N >= 5000 the outputs are too big to keep: each run's output is deleted before the next.
trash=""
IFS=',' read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  trash=""
  if [ "$n" -lt 5000 ]; then
    trash="$out/trash-$n"
    rm -rf "$trash"
    mkdir -p "$trash"
  fi
  if [ "$n" -ge 5000 ]; then  # every page lists every page: output grows with N squared
    free_gb=$(( $(df -Pk "$out" | awk 'NR == 2 {print $4}') / 1024 / 1024 ))
    need_gb=$(( n * n / 6000000 + 1 ))
    [ "$free_gb" -ge "$need_gb" ] || say "warning: N=$n may write ~${need_gb} GB for one tool, and only ${free_gb} GB is free"
  fi
  corpus "$n"
  cp "$out/corpus-$n.txt" "$data/corpus-$n.txt"
  c="$out/corpus-$n"
  site="$out/site-$n"
  r=$(runs_for "$n")
  w=$(warmup_for "$n")
  if has_tool handbook; then
    time_tool "N$n" "$r" "$w" handbook "$repo" "$site/handbook" "$repo/handbook" build \
      --source "$c/handbook/content" --templates "$repo/templates" --out "$site/handbook"
  fi
  if has_tool hugo; then
    time_tool "N$n" "$r" "$w" hugo "$c/hugo" "$site/hugo" hugo --quiet -d "$site/hugo"
  fi
  if has_tool eleventy; then
    time_tool "N$n" "$r" "$w" eleventy "$c/eleventy" "$site/eleventy" "$eleventy" --quiet --output="$site/eleventy"
  fi
  if [ -n "$trash" ]; then
    rm -rf "$trash"
    if [ "$n" != "${size_list[${#size_list[@]}-1]}" ]; then
      say "waiting 36 s: files deleted just now would slow the next size's first runs (see above)"
      sleep 36
    fi
  fi
done
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$data/meta.env"

results="$out/results-$stamp.md"
python3 "$bench/report.py" "$data" >"$results"
cat "$results"
say "saved $results"
