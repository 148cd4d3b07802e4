"""Qt widgets, item models, dialogs and the tray."""
