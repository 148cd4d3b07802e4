"""File → Import… and Export…, drag and drop, the column mapping and the merge preview."""
