"""Learning sessions: one-off and recurring (series, edits, follow-ups), sign-ups, attendance,
sign-up sheets and calendar files."""
