#!/usr/bin/env python3
"""End-to-end latency of Duijie's walking skeleton, measured against a running system (./run.sh --detach).

For each of N enterprises (distinct valid credit codes, an aluminium-profile main business so that each matches
清远高新区's 新材料 cluster), it POSTs the profile to intake-service and polls matching-service and
notification-service until the match and the inbox alert appear. Prints p50/p95/max of
submit→202, submit→match visible, submit→inbox alert. Standard library only.

    python3 benchmarks/e2e_latency.py [N] [--parallel K]
"""
import json
import statistics
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

INTAKE = "http://localhost:8081"
MATCHING = "http://localhost:8082"
NOTIFICATION = "http://localhost:8083"
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(n):
    base = "91440604MA" + "".join(CHARS[(n // 31 ** i) % 31] for i in range(7))
    check = 31 - sum(CHARS.index(c) * w for c, w in zip(base, WEIGHTS)) % 31
    return base + CHARS[0 if check == 31 else check]


def call(method, url, body=None):
    data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.loads(response.read() or b"null")


def one(n, run):
    enterprise = {
        "name": f"基准铝型材有限公司{run}-{n}", "creditCode": credit_code(run * 100000 + n), "region": "佛山",
        "description": "主营工业铝型材挤压与深加工", "needs": {"factoryAreaM2": 3000},
        "contact": {"name": "测试", "email": f"bench{n}@example.com"},
    }
    started = time.perf_counter()
    status, body = call("POST", INTAKE + "/api/enterprises", enterprise)
    accepted = time.perf_counter() - started
    assert status == 202, status
    eid = body["id"]
    matched = alerted = None
    deadline = started + 30
    while (matched is None or alerted is None) and time.perf_counter() < deadline:
        if matched is None:
            _, matches = call("GET", f"{MATCHING}/api/matches?enterpriseId={eid}")
            if any(m.get("partnerName") == "新材料" for m in matches):
                matched = time.perf_counter() - started
        if alerted is None:
            _, inbox = call("GET", f"{NOTIFICATION}/api/inbox/{eid}")
            if inbox:
                alerted = time.perf_counter() - started
        time.sleep(0.01)
    return accepted, matched, alerted


def summary(name, values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return f"{name:<22} no samples"
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return (f"{name:<22} n={len(values):<4} p50={statistics.median(values) * 1000:7.1f} ms  "
            f"p95={p95 * 1000:7.1f} ms  max={values[-1] * 1000:7.1f} ms")


def main():
    args = sys.argv[1:]
    n = int(args[0]) if args and args[0].isdigit() else 50
    parallel = int(args[args.index("--parallel") + 1]) if "--parallel" in args else 1
    run = int(time.time()) % 100000
    started = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        results = list(pool.map(lambda i: one(i, run), range(n)))
    elapsed = time.perf_counter() - started
    print(f"{n} enterprises, {parallel} at a time, {elapsed:.1f} s in all")
    print(summary("submit -> 202", [r[0] for r in results]))
    print(summary("submit -> match", [r[1] for r in results]))
    print(summary("submit -> inbox alert", [r[2] for r in results]))
    missing = sum(1 for r in results if r[1] is None or r[2] is None)
    if missing:
        print(f"{missing} enterprises got no match or no alert within 30 s")
        sys.exit(1)


if __name__ == "__main__":
    main()
