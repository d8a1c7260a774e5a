"""The dashboard page's widgets: bar charts, the sector-pair matrix, headline figures."""
