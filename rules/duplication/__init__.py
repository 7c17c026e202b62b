"""DU: duplication — a headline, byline, paragraph or sentence printed twice."""
