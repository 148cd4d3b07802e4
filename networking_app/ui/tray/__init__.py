"""The reminder service in the system tray: badge icon, menu, notifications, autostart."""
