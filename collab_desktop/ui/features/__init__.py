"""What each feature adds to the window (menus, actions, dialogs), through the WindowHost seam."""
