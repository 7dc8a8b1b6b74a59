"""Benchmarks: ``make bench`` (speed, :mod:`benchmarks.run`) and ``make eval`` (accuracy)."""
