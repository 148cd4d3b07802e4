"""Persistence: peewee models over one SQLite file, migrations, backups, queries.

Never imports Qt; returns plain dataclasses to the layers above.
"""
