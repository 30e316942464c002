"""The user guide and its screenshots, shipped with the app and opened from Help > User guide."""
