#!/usr/bin/env python3
"""Makes the fixtures that test chaosgen's numpy mode against NumPy itself.

    npm run fixtures:numpy        # = python3 scripts/numpy-reference/make-fixtures.py

Needs NumPy (`python3 -c "import numpy"`); the tests that read the fixtures need no Python.
Writes src/engine/numpy/fixtures/:

- streams.json: SeedSequence(seed).generate_state(4, uint64) and PCG64's first raw uint64
  draws for a few seeds, including multi-word seeds above 2^32;
- samplers.json + draws-*.f64: the first 10,000 draws of every sampler of SPEC §1 with loc and
  scale cases: whole (little-endian float64) for the default parameters, SHA-256 for the rest;
- configs.json: metrics.csv of every config in configs/ the original can read, at its own size
  (whole) and at 1,000,000 samples (SHA-256 and size: the files would be tens of MB);
- corpus.json: a corpus of generated configs (every distribution x smoothing window x step
  size x pattern, R from 1 to 20,000) with their metrics.csv as SHA-256 and size, a few whole.
"""
import hashlib
import io
import json
import math
import os
import sys
import tempfile
from decimal import Decimal, getcontext

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import generate  # noqa: E402  (the reference implementation beside this script)

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "src", "engine", "numpy", "fixtures")
DRAWS = 10_000
BIG = 1_000_000
# The configs of configs/ that the original can read: the ones without SPEC §7–§11 keys.
ORIGINAL_CONFIGS = ["config.toml", "cpu-spike.toml", "memory-leak.toml", "pod-crash.toml"]
STREAM_SEEDS = [1, 42, 2**32 - 1, 2**32, 2**32 + 5, 2**40 + 7, 2**53 - 1]


def csv_bytes(config):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "metrics.csv")
        generate.write_csv(path, generate.generate(config))
        with open(path, "rb") as f:
            return f.read()


def digest(data):
    return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def streams():
    out = []
    for seed in STREAM_SEEDS:
        state = np.random.SeedSequence(seed).generate_state(4, np.uint64)
        raw = np.random.PCG64(seed).random_raw(300)
        out.append({"seed": seed, "state": [f"{int(v):016x}" for v in state],
                    "raw": [f"{int(v):016x}" for v in raw]})
    return {"numpy": np.__version__, "streams": out}


SAMPLER_CASES = [
    ("normal", {}, 1), ("normal", {"loc": 2.5, "scale": 0.3}, 7), ("normal", {"loc": -1e6, "scale": 1e9}, 2**40 + 7),
    ("exponential", {}, 1), ("exponential", {"scale": 0.48}, 42),
    ("uniform", {}, 1), ("uniform", {"low": -2, "high": 5}, 3),
    ("logistic", {}, 1), ("logistic", {"loc": 3, "scale": 10}, 99),
    ("laplace", {}, 1), ("laplace", {"loc": -1, "scale": 2.5}, 2**32 + 5),
]


# The argument these samplers pass to the C library's log, from the uniform U = next_double.
LOG_ARGUMENT = {
    "logistic": lambda u: u / (1.0 - u),
    "laplace": lambda u: 2.0 - u - u if u >= 0.5 else u + u,
}


def glibc_misrounded(method, seed):
    """The draws where this machine's log(a) is not ln(a) correctly rounded (from 40-digit
    decimal arithmetic). chaosgen's log is correctly rounded, so only these may differ."""
    getcontext().prec = 40
    uniforms = np.random.default_rng(seed).random(DRAWS)  # both samplers take one U per draw
    assert (uniforms > 0).all()
    out = []
    for i, u in enumerate(uniforms.tolist()):
        a = LOG_ARGUMENT[method](u)
        if math.log(a) != float(Decimal(a).ln()):
            out.append(i)
    return out


def samplers():
    cases = []
    for method, args, seed in SAMPLER_CASES:
        values = getattr(np.random.default_rng(seed), method)(**args, size=DRAWS).astype("<f8")
        draws = values.tobytes()
        case = {"method": method, "args": args, "seed": seed, "count": DRAWS, **digest(draws)}
        if method in LOG_ARGUMENT:
            case["glibcMisrounded"] = glibc_misrounded(method, seed)
            case["numpyAtMisrounded"] = [values[i].item() for i in case["glibcMisrounded"]]
        if not args:
            case["file"] = f"draws-{method}.f64"
            with open(os.path.join(OUT, case["file"]), "wb") as f:
                f.write(draws)
        cases.append(case)
    return {"numpy": np.__version__, "cases": cases}


def read_toml(path):
    with open(path, "rb") as f:
        return generate.tomllib.load(f)


def configs():
    out = []
    for name in ORIGINAL_CONFIGS:
        config = read_toml(os.path.join(ROOT, "configs", name))
        small = csv_bytes(config)
        config["general"]["num_samples"] = BIG
        out.append({"config": name, "csv": small.decode(), **digest(small), "big": {"numSamples": BIG, **digest(csv_bytes(config))}})
    return {"numpy": np.__version__, "configs": out}


DISTRIBUTIONS = [
    ("gaussian", {"loc": 0.5, "scale": 2}),
    ("uniform", {"low": -1, "high": 3}),
    ("exponential", {"scale": 0.48}),
    ("logistic", {"loc": 0, "scale": 10}),
    ("laplace", {"loc": -0.2, "scale": 1.5}),
]
WINDOWS = [None, 1, 2, 10, 11, 12, 30, 600]
STEPS = [None, 1, 0.1, 1e-5]
PATTERNS = ["step", "linear", "exponential", "oscillating"]
RECOVERY = [1, 2, 3, 20, 149, 997]
VALUES = [60, 4, 2000, 0.006, -3.5, 0]
FACTORS = [1.3, 2, 0.4, 5, 0.95]


def toml_value(v):
    return repr(float(v)) if isinstance(v, float) else str(v)


def corpus_toml(seed, n, metrics, anomalies):
    lines = ["[general]", f"seed = {seed}", f"num_samples = {n}", ""]
    for name, m in metrics:
        lines.append(f"[metrics.{name}]")
        for key in ("value", "step_size", "noise"):
            if key in m:
                lines.append(f"{key} = {json.dumps(m[key]) if key == 'noise' else toml_value(m[key])}")
        if "noise_args" in m:
            lines.append("noise_args = { " + ", ".join(f"{k} = {toml_value(v)}" for k, v in m["noise_args"].items()) + " }")
        lines.append("")
    for name, a in anomalies:
        lines.append(f"[anomalies.{name}]")
        for key in ("at", "anomaly_factor", "pattern", "recovery_time"):
            lines.append(f"{key} = {json.dumps(a[key]) if key == 'pattern' else toml_value(a[key])}")
        if "pattern_args" in a:
            lines.append(f"pattern_args = {{ frequency = {toml_value(a['pattern_args']['frequency'])} }}")
        lines.append("")
    return "\n".join(lines)


def seed_of(i):
    return [1 + i * 7919, 2**33 + i, 2**53 - 1 - i, 42, 7][i % 5]


def corpus_cases():
    i = 0
    for dist, args in DISTRIBUTIONS:
        for window in WINDOWS:
            for step in STEPS:
                for pattern in PATTERNS:
                    n, R = 1200, RECOVERY[(i // 4) % len(RECOVERY)]
                    yield i, n, dist, args, window, step, pattern, R, (i * 37) % (n - R + 1)
                    i += 1
    for dist, args in DISTRIBUTIONS:  # long anomalies: R up to 20,000
        for pattern in PATTERNS:
            yield i, 20_500, dist, args, [None, 12, 600, 2][i % 4], STEPS[i % 4], pattern, 20_000 - (i % 3) * 4_999, 250
            i += 1


def corpus():
    out = []
    for i, n, dist, args, window, step, pattern, R, at in corpus_cases():
        metric = {"value": VALUES[i % len(VALUES)], "noise": dist, "noise_args": dict(args)}
        if window is not None:
            metric["noise_args"]["smoothing_window"] = window
        if step is not None:
            metric["step_size"] = step
        anomaly = {"at": at, "anomaly_factor": FACTORS[i % len(FACTORS)], "pattern": pattern, "recovery_time": R}
        if pattern == "oscillating" and i % 2:
            anomaly["pattern_args"] = {"frequency": 0.3}
        # a second metric with the same distribution and no anomaly: the original's lockstep
        twin = {"value": 10, "noise": dist, "noise_args": dict(args)}
        text = corpus_toml(seed_of(i), n, [("m", metric), ("twin", twin)], [("m", anomaly)])
        data = csv_bytes(generate.tomllib.loads(text))
        case = {"name": f"c{i:03d}-{dist}-w{window}-s{step}-{pattern}-R{R}", "toml": text, **digest(data)}
        if i % 97 == 0:
            case["csv"] = data.decode()
        out.append(case)
    return {"numpy": np.__version__, "cases": out}


def write_json(name, value):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(value, f, indent=1)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    write_json("streams.json", streams())
    write_json("samplers.json", samplers())
    write_json("corpus.json", corpus())
    write_json("configs.json", configs())


if __name__ == "__main__":
    main()
