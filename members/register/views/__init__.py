"""The register's screens, by what they are about: the list of people, one person,
movements, case notes. ``access`` holds the mixins that every one of them uses."""
