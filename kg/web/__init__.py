"""The browser interface of ``kg serve``: search, entity, article and SPARQL pages.

:mod:`kg.web.reads` reads what the pages show from the store, with small
bounded queries; :mod:`kg.web.source` reads an article's text again from its
source file; :mod:`kg.web.app` answers the pages, their static files and the
JSON API; ``static/`` holds the pages' own scripts and style sheet (no
library, nothing fetched from elsewhere).
"""

from kg.web.app import WebApp

__all__ = ["WebApp"]
