"""RDF side of finkg: namespaces, mapping records to graphs, the store."""
