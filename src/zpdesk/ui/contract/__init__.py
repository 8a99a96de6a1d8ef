"""The psychological contract in the window: network tabs, dialogs, Overview sections."""
