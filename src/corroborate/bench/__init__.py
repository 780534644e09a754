"""Benchmarks behind `corroborate bench ...`: print figures and write them as JSON."""
