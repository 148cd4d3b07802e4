"""Application use-cases over storage and domain; no widgets here."""
