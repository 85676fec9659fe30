#!/usr/bin/env python3
"""Save-to-reload time of `./handbook serve`, measured as a user meets it: through the launcher (its JVM
flags included), with a page open on the server's event stream.

    bench/serve_latency.py --content bench/out/corpus-1000/handbook/content \
        --page phases/0500-modules-under-the-hood.md [--saves 30] [--launcher ./handbook]

The content is copied to a temporary folder first; each save appends a line to the page, and the time runs
until the open page is told to reload. Prints the median, min and max in milliseconds, and the server's own
figures from its output: the median rebuild time and the first build's.
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--content", default="content")
    parser.add_argument("--page", default="phases/03-web-back-end-services.md")
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--launcher", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "handbook"))
    parser.add_argument("--templates", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates"))
    args = parser.parse_args()
    launcher = os.path.abspath(args.launcher)
    if args.saves <= 5:
        sys.exit("serve_latency: --saves must be more than 5 (the first 5 warm up)")
    if not os.path.isfile(os.path.join(args.content, args.page)):
        sys.exit(f"serve_latency: no page {args.page} in {args.content}; the benchmark's corpus is written by"
                 " bench/run.sh (e.g. --sizes 1000 --tools handbook)")

    work = tempfile.mkdtemp(prefix="serve-latency-")
    content = os.path.join(work, "content")
    shutil.copytree(os.path.abspath(args.content), content)
    server = subprocess.Popen([launcher, "serve", "--source", content, "--templates", os.path.abspath(args.templates),
                               "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              cwd=work)
    try:
        port = None
        first_build = None
        for line in server.stdout:
            m = re.search(r"^Built .* in (\d+) ms", line)
            if m:
                first_build = int(m.group(1))
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
                break
        if port is None:
            sys.exit("serve did not start")
        rebuilds = []  # "Rebuilt in N ms", one per save, in order

        def read_output():
            for line in server.stdout:
                m = re.search(r"^Rebuilt in (\d+) ms", line)
                if m:
                    rebuilds.append(int(m.group(1)))

        threading.Thread(target=read_output, daemon=True).start()
        events = socket.create_connection(("127.0.0.1", port))
        events.sendall(b"GET /__handbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        stream = events.makefile("rb")

        def wait_for(wanted):
            while True:
                line = stream.readline()
                if not line:
                    sys.exit("the event stream ended")
                if line.strip() == wanted:
                    return

        wait_for(b"event: hello")
        page = os.path.join(content, args.page)
        latencies = []
        for i in range(args.saves):
            time.sleep(0.3)  # a person saves far less often than this
            start = time.perf_counter()
            with open(page, "a", encoding="utf-8") as f:
                f.write(f"\nEdit {i}.\n")
            wait_for(b"event: reload")
            latencies.append((time.perf_counter() - start) * 1000)
        steady = latencies[5:]  # the first saves also warm the JIT
        builds = ""
        if len(rebuilds) > 5:
            builds += f"; rebuild median {statistics.median(rebuilds[5:]):.0f} ms"
        if first_build is not None:
            builds += f"; first build {first_build} ms"
        print(f"serve via {os.path.basename(args.launcher)}: {len(steady)} saves of {args.page} after 5 warm-up: "
              f"median {statistics.median(steady):.0f} ms (min {min(steady):.0f}, max {max(steady):.0f}){builds}; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
