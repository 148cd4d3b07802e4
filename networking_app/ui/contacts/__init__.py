"""Editing contacts: the contact editor, the trash and merging two contacts."""
