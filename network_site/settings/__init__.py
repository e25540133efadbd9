"""Settings package: ``base`` is safe to deploy; ``dev``, ``test``, ``production`` build on it."""
