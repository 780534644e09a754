"""Cluster stage: group articles into stories as they stream in, with stable story ids."""
