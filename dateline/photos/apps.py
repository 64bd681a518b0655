from django.apps import AppConfig


class PhotosConfig(AppConfig):
    """The agency's pictures: taken in from the desk and the wire, described
    (IPTC photo metadata), cut into renditions, and used by stories."""

    name = "dateline.photos"
    label = "photos"
    verbose_name = "Photos"
