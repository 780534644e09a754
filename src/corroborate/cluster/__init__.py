"""Cluster stage: group articles into stories as they stream in, with stable story ids.

`StreamClusterer` (in `engine`) is the incremental engine that ingest and the store can keep
alive across batches; its `ClusterState` is plain data (pickle it to persist). `StoryClusterer`
is the pipeline stage over one batch.
"""
from __future__ import annotations

from corroborate.cluster.engine import ClusterParams, ClusterState, StreamClusterer
from corroborate.cluster.stage import StoryClusterer

__all__ = ["ClusterParams", "ClusterState", "StreamClusterer", "StoryClusterer"]
