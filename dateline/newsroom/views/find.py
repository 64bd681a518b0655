"""The "All stories" desk: any story, in any state, by its words and filters."""

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.decorators.http import require_safe

from dateline.desk.views import desk_page

from ..find_forms import FindForm
from ..finder import COUNT_LIMIT, PER_PAGE, Finding, find_stories
from ..permissions import is_editor
from .common import presence_for, render


class CappedPaginator(Paginator):
    """Counts to COUNT_LIMIT and no further: a count of 100,000 stories costs a
    scan and tells an editor nothing a narrower search would not."""

    @cached_property
    def found(self):
        return self.object_list[: COUNT_LIMIT + 1].count()

    @cached_property
    def count(self):
        return min(self.found, COUNT_LIMIT)

    @property
    def capped(self):
        return self.found > COUNT_LIMIT


@require_safe
@desk_page(desk="all")
def all_stories(request):
    editor = is_editor(request.user)
    form = FindForm(request.GET or None, show_authors=editor)
    if request.GET and not form.is_valid():
        return render(request, "newsroom/all_stories.html", {"form": form, "page": None}, status=400)
    finding = form.finding() if request.GET else Finding()
    paginator = CappedPaginator(find_stories(finding, request.user), PER_PAGE)
    page = paginator.get_page(finding.page)
    if finding.problems:
        return render(
            request, "newsroom/all_stories.html", {"form": form, "page": None, "problems": finding.problems}, status=400
        )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "newsroom/all_stories.html",
        {
            "form": form,
            "page": page,
            "finding": finding,
            "capped": paginator.capped,
            "editing": presence_for([s.pk for s in page.object_list]),
            "query": query.urlencode(),
            "now": timezone.now(),
        },
    )
