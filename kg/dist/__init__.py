"""Building past one machine: the input cut into parts, and parts run as tasks.

* :mod:`kg.dist.inputs` plans parts (a few files, or a run of JSON Lines
  lines; local paths or fsspec URLs) and reads one part anywhere;
* :mod:`kg.dist.tasks` is what a worker runs on a part: read, extract,
  map, validate, and hand back N-Triples or write a gzipped N-Quads shard;
* :mod:`kg.dist.cluster` runs those tasks on a Dask distributed cluster
  (``kg build --cluster``, ``kg extract --cluster``) and streams the results
  back in input order;
* :mod:`kg.dist.shards` writes and loads shard folders (``kg extract``,
  ``kg load``).

Dask is optional (``pip install finkg[dask]``): only :mod:`kg.dist.cluster`
imports it, and only when a cluster is asked for. Workers need nothing but
``pip install finkg``.
"""
