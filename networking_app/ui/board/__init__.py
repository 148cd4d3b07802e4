"""The board: contacts in one column per circle, the filter bar and the detail panel."""
