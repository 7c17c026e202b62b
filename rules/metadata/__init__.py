"""MD: article metadata and copydesk's own directives."""
