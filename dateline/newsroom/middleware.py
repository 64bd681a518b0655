"""Ending every session of a user at once ("sign out everywhere")."""

from django.contrib.auth import logout
from django.core.cache import cache

SESSION_KEY = "newsroom_generation"


def _cache_key(user_id):
    return f"newsroom:session-generation:{user_id}"


def current_generation(user_id):
    key = _cache_key(user_id)
    value = cache.get(key)
    if value is None:
        from .models import StaffProfile

        value = StaffProfile.objects.filter(user_id=user_id).values_list("session_generation", flat=True).first() or 0
        cache.set(key, value, 3600)
    return value


def forget_generation(user_id):
    cache.delete(_cache_key(user_id))


def stamp_session(request, user):
    request.session[SESSION_KEY] = current_generation(user.pk)


def stamp_session_on_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        stamp_session(request, user)


class SessionGenerationMiddleware:
    """Signs out sessions started before the user's last "sign out everywhere".

    Reads only the session (no user query) and a cached number, so anonymous
    readers and the article page's query budget are untouched.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.session_key:
            user_id = session.get("_auth_user_id")
            if user_id and session.get(SESSION_KEY, 0) != current_generation(user_id):
                logout(request)
        return self.get_response(request)
