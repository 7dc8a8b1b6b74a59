"""The shared core: settings, errors, the HTTP app factory and observability."""
