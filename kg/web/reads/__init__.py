"""What the browser pages show, read from the store by small bounded queries.

Every function takes a store snapshot (from :meth:`kg.rdf.store.Store.snapshot`)
and returns plain JSON-ready dicts, and every part of a page reads a bounded
amount, so that the page of the largest hub of a 50,000-article store stays
fast. One module a page or part of one: :mod:`~kg.web.reads.search` (home
page), :mod:`~kg.web.reads.entity`, :mod:`~kg.web.reads.relations` (relation
counts and evidence), :mod:`~kg.web.reads.figures` (figures and ratings),
:mod:`~kg.web.reads.graph` (neighbourhood), :mod:`~kg.web.reads.articles`;
:mod:`~kg.web.reads.common` holds what they share.
"""
