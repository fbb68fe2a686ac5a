"""The pages of this app, one module per subject; urls.py names each view."""
