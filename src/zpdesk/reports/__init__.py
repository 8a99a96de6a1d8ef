"""Reports: documents and files built from the services (QtGui/QtPrintSupport, no windows)."""
