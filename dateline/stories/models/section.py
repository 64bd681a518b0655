from django.conf import settings
from django.db import models

from dateline.core.slugs import name_slug
from dateline.core.urls import fast_reverse


class Section(models.Model):
    """A desk of the newsroom and a section of the site (North Korea, Sports...)."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    # Three digits at the end of every public story ID, as agencies number desks.
    code = models.PositiveSmallIntegerField(unique=True)
    position = models.PositiveSmallIntegerField(default=0)
    description = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return fast_reverse("site:section", self.slug)

    @classmethod
    def for_copy(cls, name: str = "", fallback_id: int | None = None) -> "Section | None":
        """Where copy from outside is filed: the section called `name` (in any
        case), else the section `fallback_id` (a feed's), else the default
        section (`DATELINE_DEFAULT_SECTION`, "national"), else the first one;
        None when there is no section at all."""
        if name.strip():
            named = cls.objects.filter(name__iexact=name.strip()).first()
            if named is not None:
                return named
        if fallback_id is not None:
            chosen = cls.objects.filter(pk=fallback_id).first()
            if chosen is not None:
                return chosen
        default = getattr(settings, "DATELINE_DEFAULT_SECTION", "national")
        return cls.objects.filter(slug=default).first() or cls.objects.order_by("position").first()


class Author(models.Model):
    """A byline. Staff authors link to a user; agency and guest bylines need not."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=140, unique=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="author"
    )
    bio = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def for_name(cls, name: str) -> "Author":
        slug = name_slug(name)[:140] or "author"
        author, _ = cls.objects.get_or_create(slug=slug, defaults={"name": name})
        return author
