"""The daily review (Ctrl+1): what is due, the weekly ritual, events and next steps."""
