"""Dossier: a folder of news articles in, a searchable, source-linked fact site out."""
