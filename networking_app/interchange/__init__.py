"""Contact files in and out: vCard, CSV, the JSON backup, iCalendar. Pure: bytes in,
records and problems out; records out, bytes back. No Qt, no database."""
