"""The pages of the main window; each owns itself and listens to the change bus."""
