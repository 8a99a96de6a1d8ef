"""Reports: documents (QTextDocument/HTML), PDF, CSV and iCalendar output — no windows."""
