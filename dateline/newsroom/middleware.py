"""Ending every session of a user at once ("sign out everywhere")."""

from django.contrib.auth import logout

SESSION_KEY = "newsroom_generation"


def current_generation(user_id):
    # Read from the database on purpose: a per-process cache would let other
    # web processes keep honouring old sessions. Only signed-in staff pay this
    # one small query; readers have no session and pay nothing.
    from .models import StaffProfile

    return StaffProfile.objects.filter(user_id=user_id).values_list("session_generation", flat=True).first() or 0


def stamp_session(request, user):
    request.session[SESSION_KEY] = current_generation(user.pk)


def stamp_session_on_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        stamp_session(request, user)


class SessionGenerationMiddleware:
    """Signs out sessions started before the user's last "sign out everywhere"."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.session_key:
            user_id = session.get("_auth_user_id")
            if user_id and session.get(SESSION_KEY, 0) != current_generation(user_id):
                logout(request)
        return self.get_response(request)
