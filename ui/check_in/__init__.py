"""The check-in page's pieces: the scan field, the queue of scans, the answer shown, the
counts, the kiosk screen facing arrivals."""
