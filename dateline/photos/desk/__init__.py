"""The newsroom's photo desk: the photo list, uploads (many files at once,
with progress when scripts run), describing a photo, its focal point,
publishing and withdrawing, and choosing a story's photos in its editor."""
