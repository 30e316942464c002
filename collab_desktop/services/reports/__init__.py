"""Reports: the measures for one filter (members, attendance, series, the annual summary)."""
