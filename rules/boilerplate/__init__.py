"""BP: boilerplate and extraction leftovers — text on the page that was never meant for readers."""
