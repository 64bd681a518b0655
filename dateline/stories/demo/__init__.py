"""Demo content for Dateline: a few dozen hand-written stories (`loader`) and
a generator of large synthetic archives for benchmarks (`archive`)."""
