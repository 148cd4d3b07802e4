"""The application shell: main window, navigation, settings, help, single instance."""
