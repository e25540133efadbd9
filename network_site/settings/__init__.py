"""Settings package: ``base`` is safe to deploy, ``dev``, ``test`` and ``production`` build on it."""
