"""The agenda's dialogs and table models (time commitments, attendance, time log, .ics)."""
