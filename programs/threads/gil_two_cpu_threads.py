# Two CPU-bound threads: what the GIL does to them.
#
# Both threads count; neither blocks.  With the GIL on only one of them runs bytecode at a
# time: they take turns, each holding the GIL for about one switch interval (5 ms) until the
# other, having waited that long, asks it to drop the GIL.  With the GIL off both run at once
# on two cores.  Watch it:
#
#   ./minipy run --gil=on  --trace=on.json  programs/threads/gil_two_cpu_threads.py
#   ./minipy run --gil=off --trace=off.json programs/threads/gil_two_cpu_threads.py
#   ./minipy trace-view on.json -o on.svg      (or -o on.html)
#
# The pictures in the README (programs/threads/gil_two_cpu_threads_on.svg, ..._off.svg) are made this way;
# GilViewTest draws them again on every test run (into target/gil-timelines/).
# --gil-stats shows the same in numbers: "forced" drops, time waiting for the GIL.
import threading

results = {}


def count(name, n):
    total = 0
    i = 0
    while i < n:
        total += i % 7
        i += 1
    results[name] = total


threads = [threading.Thread(target=count, args=(name, 200_000), name=name) for name in ("first", "second")]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
