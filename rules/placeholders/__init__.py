"""PH: template slots and placeholders left in the text."""
