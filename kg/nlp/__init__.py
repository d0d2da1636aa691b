"""Language processing: spaCy pipelines and the rule-based extractors."""
