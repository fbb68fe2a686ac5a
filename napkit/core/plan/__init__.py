"""A plan: its model, ids and vocabulary, plan files, validation, edits, diffs and walks."""
