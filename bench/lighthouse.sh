#!/usr/bin/env bash
# Lighthouse 12.2.3 on the real handbook with Debian's Chromium: the index and a phase page, mobile and
# desktop. Issue 9's targets: performance >= 95; accessibility, best practices and SEO = 100.
# Too slow for every CI run (about a minute a page), so it is run by hand; mvn verify runs axe, vnu and
# the page-weight budget. Reports go to bench/out/lighthouse/ (JSON and HTML).
#
#   bench/lighthouse.sh            # build, serve on 127.0.0.1 under /handbook/, audit, print the scores
#   PAGES="index.html capstone.html" bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."

version=12.2.3
tools=target/lighthouse
lh="$tools/node_modules/.bin/lighthouse"
if [ ! -x "$lh" ] || [ "$("$lh" --version 2>/dev/null)" != "$version" ]; then
  echo "lighthouse: installing lighthouse@$version into $tools" >&2
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error "lighthouse@$version" >&2
fi

# A free port, unless PORT is given: another server may hold any fixed one.
port=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
pages=${PAGES:-"index.html phases/02-async-rust-and-networking.html"}
out=bench/out/lighthouse
www=bench/out/www
rm -rf "$out" "$www"
mkdir -p "$out" "$www"
# Built as GitHub Pages would serve it: under a sub-path, with a base URL (canonical and Open Graph tags).
./handbook build --out "$www/handbook" --base-url "http://127.0.0.1:$port/handbook/" >&2

python3 -m http.server "$port" --bind 127.0.0.1 --directory "$www" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/handbook/index.html" 2>/dev/null && break
  sleep 0.1
done
kill -0 "$server" 2>/dev/null || { echo "lighthouse: could not serve on port $port" >&2; exit 2; }

# The flags the browser tests use: without the network ones Chromium stalls on this closed machine.
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
flags="$flags --disable-component-update --disable-sync --disable-dev-shm-usage"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

fail=0
printf '%-46s %-8s %5s %5s %5s %5s\n' page form perf a11y bp seo
for page in $pages; do
  for form in mobile desktop; do
    name="$(echo "$page" | tr '/' '_' | sed 's/\.html$//')-$form"
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    "$lh" "http://127.0.0.1:$port/handbook/$page" "${preset[@]}" --quiet \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="$flags" --output=json --output=html --output-path="$out/$name" >/dev/null 2>"$out/$name.log" \
      || { echo "lighthouse failed on $page ($form): see $out/$name.log" >&2; fail=1; continue; }
    scores=$(node -e '
      const r = require(process.argv[1]);
      const s = k => Math.round(r.categories[k].score * 100);
      console.log([s("performance"), s("accessibility"), s("best-practices"), s("seo")].join(" "));
      for (const [id, a] of Object.entries(r.audits)) {
        if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual"
            && a.scoreDisplayMode !== "notApplicable") {
          console.error("  " + id + ": " + a.score + (a.displayValue ? " (" + a.displayValue + ")" : ""));
        }
      }' "$PWD/$out/$name.report.json" 2>"$out/$name.below.txt")
    read -r perf a11y bp seo <<<"$scores"
    printf '%-46s %-8s %5s %5s %5s %5s\n' "$page" "$form" "$perf" "$a11y" "$bp" "$seo"
    if [ "$perf" -lt 95 ] || [ "$a11y" -lt 100 ] || [ "$bp" -lt 100 ] || [ "$seo" -lt 100 ]; then
      fail=1
      sed 's/^/    /' "$out/$name.below.txt"
    fi
  done
done
[ "$fail" = 0 ] && echo "lighthouse: all targets met" || echo "lighthouse: below target (reports in $out)"
exit "$fail"
