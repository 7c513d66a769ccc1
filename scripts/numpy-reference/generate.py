#!/usr/bin/env python3
"""Reference implementation of the original chaos-experiment generator (`generate.py`).

Reconstructed from chaosgen's SPEC §1–§4 and §12 and the quirks listed in issue 12, because the
original script was not available on the machine where chaosgen's numpy mode was written. It is
what `[general] rng = "numpy"` reproduces byte for byte, and what
scripts/numpy-reference/make-fixtures.py runs to make the test fixtures.

    python3 generate.py -c config.toml -o output      # writes output/metrics.csv

Every number comes from NumPy, in the original's order: per metric a fresh
`np.random.default_rng(seed)` (so metrics with the same distribution move in lockstep), the
noise drawn with NumPy's own names and defaults, smoothed by `np.convolve(..., mode="same")`,
the anomaly shaped with `np.linspace` / `np.logspace`, then `np.round(x / step) * step` and
`np.round(x, 6)`; the CSV is written by Python's `csv` module (so `\r\n` and `repr(float)`).
"""
import argparse
import csv
import os
import sys

import numpy as np

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib

# chaosgen's names for NumPy's Generator methods.
SAMPLERS = {
    "gaussian": "normal",
    "uniform": "uniform",
    "exponential": "exponential",
    "logistic": "logistic",
    "laplace": "laplace",
}


def response(pattern, recovery_time, pattern_args):
    """r[k] for k = 0..R-1 (SPEC §2), the original's way: linspace / logspace, R**y via pow."""
    R = recovery_time
    if pattern == "step":
        return np.ones(R)
    if pattern == "linear":
        return np.linspace(1, 0, R)
    decay = np.logspace(1, 0, R, base=R)  # R ** linspace(1, 0, R); for R = 1: [1.0]
    if pattern == "exponential":
        with np.errstate(invalid="ignore", divide="ignore"):
            return (decay - 1) / (R - 1)  # 0/0 = NaN for R = 1, as the original produced
    if pattern == "oscillating":
        frequency = pattern_args.get("frequency", 3)
        return (decay - 1) / R * np.sin(frequency * np.arange(R))
    raise SystemExit(f"unknown pattern {pattern!r}")


def metric_values(seed, num_samples, spec, anomaly):
    data = np.full(num_samples, spec["value"], dtype=float)
    if anomaly is not None:
        at, R = anomaly["at"], anomaly["recovery_time"]
        r = response(anomaly["pattern"], R, anomaly.get("pattern_args", {}))
        data[at:at + R] *= 1 + (anomaly["anomaly_factor"] - 1) * r
    if "noise" in spec:
        rng = np.random.default_rng(seed)  # afresh for every metric: the original's lockstep
        args = dict(spec.get("noise_args", {}))
        window = args.pop("smoothing_window", None)
        noise = getattr(rng, SAMPLERS[spec["noise"]])(**args, size=num_samples)
        if window:
            noise = np.convolve(noise, np.ones(window) / window, mode="same")
        data += noise
    if "step_size" in spec:
        data = np.round(data / spec["step_size"]) * spec["step_size"]
    return np.round(data, 6)


def generate(config):
    general = config["general"]
    seed = general.get("seed")
    if not seed:  # the original's quirk: a missing seed and seed 0 both draw a random seed
        seed = np.random.randint(0, 1000)
    n = general["num_samples"]
    anomalies = config.get("anomalies", {})
    return {name: metric_values(seed, n, spec, anomalies.get(name)) for name, spec in config["metrics"].items()}


def write_csv(path, columns):
    names = list(columns)
    rows = zip(*(columns[name].tolist() for name in names))  # Python floats: csv writes repr()
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(names)
        writer.writerows(rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", default="config.toml")
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("--samples", type=int, help="override num_samples (fixtures: scaled references)")
    args = parser.parse_args(argv)
    with open(args.config, "rb") as f:
        config = tomllib.load(f)
    if args.samples is not None:
        config["general"]["num_samples"] = args.samples
    os.makedirs(args.output, exist_ok=True)
    write_csv(os.path.join(args.output, "metrics.csv"), generate(config))


if __name__ == "__main__":
    sys.exit(main())
